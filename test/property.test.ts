/**
 * Property tests for the parsers and the linter: no input makes them throw,
 * every span lies inside the text of the file it points at, every message
 * template gets the data it names, and the canonical policy form is stable.
 * Each property runs a bounded number of cases so the file stays fast.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseRecordText } from '../src/adapters/records.js';
import type { Finding, Span } from '../src/core/diagnostic.js';
import { lintDomain, type DomainInput, type RecordSet } from '../src/core/lint.js';
import { canonicalText, canonicalizePolicy } from '../src/core/policy/canonical.js';
import { parsePolicy } from '../src/core/policy/parse.js';
import { parseCharacterStrings } from '../src/core/record/presentation.js';
import { RULES } from '../src/core/rules/catalog.js';
import type { SiteFacts } from '../src/core/site.js';

const RUNS = 500;

const POLICY_FILE = '.well-known/mta-sts.txt';
const STS_FILE = 'dns/mta-sts.txt';
const TLSRPT_FILE = 'dns/tlsrpt.txt';

const encoder = new TextEncoder();

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// Generators for policy bodies.

const LINE_BREAKS = ['\n', '\r\n', '\r'];

/** Pieces of policy lines, as bytes. The last entries are a BOM, invalid UTF-8, NUL and U+00FC. */
const POLICY_TOKENS: readonly Uint8Array[] = [
  ...[
    'version',
    'mode',
    'mx',
    'max_age',
    'Max_Age',
    ':',
    ': ',
    ' ',
    '\t',
    '#',
    '*.',
    '.',
    '-',
    '_',
    '=',
    '0',
    '7',
    '86400',
    '604800',
    '31557600',
    '99999999999',
    '1d',
    'STSv1',
    'stsv1',
    'testing',
    'enforce',
    'none',
    'ENFORCE',
    'mail.example.com',
    'xn--',
    'xn--mnchen-3ya',
    '[::1]',
    ':25',
    ',',
    'v=STSv1',
    'id=1',
    '---',
    '{{ mx }}',
    'x-ext',
    'ü',
  ].map((text) => encoder.encode(text)),
  Uint8Array.of(0xef, 0xbb, 0xbf),
  Uint8Array.of(0xc0),
  Uint8Array.of(0xff),
  Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0x80),
  Uint8Array.of(0x00),
  Uint8Array.of(0xc3, 0xbc),
];

const LINE_BREAK_TOKENS: readonly Uint8Array[] = LINE_BREAKS.map((text) => encoder.encode(text));

const policyToken = fc.constantFrom(...POLICY_TOKENS);
const lineBreakToken = fc.constantFrom(...LINE_BREAK_TOKENS);

/** Any tokens, line breaks included, in any order. */
const policyTokenSoup = fc.array(fc.oneof({ weight: 4, arbitrary: policyToken }, { weight: 1, arbitrary: lineBreakToken }), { maxLength: 60 }).map(concatBytes);

/** 0 to 12 lines of tokens, each ended by LF, CRLF, a bare CR or nothing. */
const policyTokenLines = fc
  .array(fc.tuple(fc.array(policyToken, { maxLength: 8 }), fc.constantFrom(...LINE_BREAK_TOKENS, new Uint8Array())), { maxLength: 12 })
  .map((lines) => concatBytes(lines.flatMap(([tokens, lineBreak]) => [...tokens, lineBreak])));

const fieldName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('version', 'mode', 'mx', 'max_age') },
  { weight: 2, arbitrary: fc.constantFrom('maxage', 'max-age', 'Mode', 'mx-host', 'mxhosts', 'verison', 'id', 'v', 'rua', 'x-ext', 'x-other') },
  { weight: 1, arbitrary: fc.constantFrom(' mode', 'mo de', 'mx ', '', '-x', 'a'.repeat(33), 'ü') },
);
const fieldSeparator = fc.oneof({ weight: 6, arbitrary: fc.constant(': ') }, { weight: 2, arbitrary: fc.constantFrom(':', ' : ', ':\t', ':  ', '=', ' = ', ' ', '') });

/** Values that each reach a different branch of the value checks, for any field name. */
const TRICKY_VALUES = [
  // version
  'STSv1', 'stsv1', '"STSv1"', 'STSv1 x', 'STSv2',
  // mode
  'testing', 'enforce', 'none', 'Enforce', 'enforce # strict', 'testing2', '[MODE]', '{{mode}}', 'MODE', 'report', 'enforc', 'strict',
  // max_age
  '0', '60', '86400', '604800', '31557600', '31557601', '9999999999', '99999999999', '0086400', '86400 # one day', '1w', '7 d', '+86400', '1_000', '1,000', '-5', '1.5',
  // mx
  'mail.example.com', 'MAIL.Example.com', '*.example.com', '*.example.com', '*.*.example.com', 'a..b', '-a.example', 'a-.example', 'mail.example.com.', '.example.com',
  '*', '*.', '*mx.example.com', 'mx*.example.com', 'a_b.example.com', 'a!b.example', '[192.0.2.1]', '192.0.2.1', '2001:db8::1', 'mx.example.com:25',
  'a.example, b.example', 'a.example b.example', 'mx.example.com # backup', '{{ mx }}', '${MX}', 'ü.example', 'bücher.example', 'xn--zz.example', 'xn--bcher-kva.example',
  `${'a'.repeat(64)}.example`, `${'a.'.repeat(130)}example`,
  // empty and whitespace
  '', ' ', '\t',
];
const fieldValue = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TRICKY_VALUES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) });

/** Lines shaped like `name: value`, with the usual mistakes mixed in. */
const policyFieldLines = fc
  .array(fc.tuple(fieldName, fieldSeparator, fieldValue, fc.constantFrom(...LINE_BREAKS, '')), { minLength: 1, maxLength: 12 })
  .map((lines) => encoder.encode(lines.map(([name, separator, value, lineBreak]) => `${name}${separator}${value}${lineBreak}`).join('')));

/** A well-formed policy with one field value swapped for a tricky one, so the value checks that need the other fields run. */
const nearlyValidPolicy = fc
  .tuple(
    fc.constantFrom('testing', 'enforce', 'none'),
    fc.constantFrom('86400', '604800', '1209600', '0', '3600'),
    fc.constantFrom('version', 'mode', 'mx', 'max_age'),
    fc.constantFrom(...TRICKY_VALUES),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([mode, maxAge, swapped, value, lineBreak]) => {
    const fields: Array<[string, string]> = [
      ['version', 'STSv1'],
      ['mode', mode],
      ['mx', 'mail.example.com'],
      ['mx', '*.example.com'],
      ['max_age', maxAge],
    ];
    const lines = fields.map(([name, original]) => `${name}: ${name === swapped ? value : original}`);
    return encoder.encode(lines.join(lineBreak) + lineBreak);
  });

/** Token soup repeated up to the sizes where the 10 KiB notice and the 64 KiB limit apply. */
const largePolicy = fc.tuple(policyTokenSoup, fc.integer({ min: 1, max: 3000 })).map(([unit, count]) => {
  const body = unit.length === 0 ? encoder.encode('mx: a.example\n') : unit;
  return concatBytes(Array.from({ length: Math.min(count, Math.ceil(70_000 / body.length)) }, () => body));
});

const policyBytes = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 3, arbitrary: policyTokenSoup },
  { weight: 3, arbitrary: policyTokenLines },
  { weight: 3, arbitrary: policyFieldLines },
  { weight: 3, arbitrary: nearlyValidPolicy },
  { weight: 1, arbitrary: largePolicy },
);

// Generators for record files.

const RECORD_TOKENS = [
  'v=STSv1',
  'v=TLSRPTv1',
  'v=stsv1',
  'v=STS',
  ';',
  '; ',
  ' ',
  '\t',
  'id=',
  'ID=',
  'id=20240501',
  'rua=',
  'ruf=',
  'mailto:',
  'MAILTO:',
  'https://',
  'http://',
  'tlsrpt@example.com',
  'example.com',
  ',',
  '!',
  '!10m',
  '"',
  '\\',
  '\\059',
  '\\"',
  '=',
  '%',
  '%2C',
  '#',
  '0',
  '42',
  'ü',
  '😀',
  '\u00a0',
  '\uFEFF',
  '\n',
  '\r\n',
  '\r',
];

const recordTokenSoup = fc.array(fc.constantFrom(...RECORD_TOKENS), { maxLength: 40 }).map((tokens) => tokens.join(''));

/** Lines that look like `dig +short` output: quoted character-strings. */
const quotedRecordLines = fc
  .array(fc.array(recordTokenSoup.map((text) => `"${text.replace(/["\\]/g, '\\$&').replace(/[\r\n]/g, '')}"`), { minLength: 1, maxLength: 3 }), { maxLength: 4 })
  .map((lines) => lines.map((strings) => strings.join(' ')).join('\n'));

/** Lines that start with a quote but may hold raw `\DDD` escapes, stray quotes and no closing quote. */
const rawQuotedRecordLines = fc.array(recordTokenSoup.map((text) => `"${text}`), { maxLength: 4 }).map((lines) => lines.join('\n'));

const ID_VALUES = ['20240501120000', '1', '007', 'a'.repeat(33), '2024-05-01', '"1"', '', ' '];
const RUA_VALUES = [
  'mailto:tlsrpt@example.com',
  'MAILTO:tlsrpt@example.com',
  'mailto:tlsrpt@example.com!10m',
  'mailto:tlsrpt@example.com, https://reports.example.com/tlsrpt',
  'mailto:a@example.com,,mailto:b@example.com',
  'mailto:a@example.com ,',
  'mailto:tls rpt@example.com',
  'mailto:tlsrpt',
  'mailto:%zz@example.com',
  'mailto:ü@example.com',
  'tlsrpt@example.com',
  'example.com',
  'https://reports.example.com/tlsrpt',
  'https:reports.example.com',
  'http://reports.example.com/tlsrpt',
  'ftp://reports.example.com/',
  '',
  ' ',
];
const OTHER_FIELD_NAMES = ['ID', 'Id', 'RUA', 'rue', 'ruf', 'mode', 'v', 'x', 'x_ext', 'a b', ''];

/** A `name=value` field: mostly an `id` or `rua` with a value for it, sometimes any name with any value. */
const recordField = fc.oneof(
  fc.tuple(fc.constant('id'), fc.constant('='), fc.constantFrom(...ID_VALUES)),
  fc.tuple(fc.constant('rua'), fc.constant('='), fc.constantFrom(...RUA_VALUES)),
  fc.tuple(fc.constantFrom(...OTHER_FIELD_NAMES), fc.constantFrom('=', ''), fc.constantFrom(...ID_VALUES, ...RUA_VALUES, 'x'.repeat(300))),
);
const recordDelimiter = fc.constantFrom('; ', ';', ' ;', ' ; ', ' ', ';;', '; ;', '\t;');

/** Records built from a version token and fields, each line one record. */
const structuredRecordLines = fc
  .array(
    fc.tuple(
      fc.constantFrom('v=STSv1', 'v=TLSRPTv1', 'v=stsv1', 'v=tlsrptv1', ' v=STSv1', ' v=TLSRPTv1', 'v=STSv1x', 'v=TLSRPTv1;v=STSv1', 'x; v=STSv1', ''),
      fc.array(fc.tuple(recordDelimiter, recordField), { maxLength: 4 }),
      fc.constantFrom('', ';', '; ', ' '),
      fc.boolean(),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((records) =>
    records
      .map(([version, fields, end, quoted]) => {
        const value = version + fields.map(([delimiter, [name, equals, fieldValue]]) => `${delimiter}${name}${equals}${fieldValue}`).join('') + end;
        return quoted ? `"${value.replace(/["\\]/g, '\\$&')}"` : value;
      })
      .join('\n'),
  );

const recordText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  recordTokenSoup,
  quotedRecordLines,
  rawQuotedRecordLines,
  { arbitrary: structuredRecordLines, weight: 3 },
);

// Where spans may point.

/**
 * Returns the length in UTF-16 code units of each line, splitting at LF,
 * CRLF and bare CR as editors and `LineIndex` do. A leading BOM takes no
 * column.
 */
function lineLengths(text: string): number[] {
  const lengths = text.split(/\r\n|\r|\n/).map((line) => line.length);
  if (text.charCodeAt(0) === 0xfeff) lengths[0]! -= 1;
  return lengths;
}

/** Returns the line lengths of a policy file. Invalid UTF-8 decodes to one U+FFFD per maximal subpart, as the WHATWG decoder does. */
function policyLineLengths(bytes: Uint8Array): number[] {
  return lineLengths(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

/**
 * Lists how a span breaks the bounds: each end must lie on an existing line,
 * at a column from 1 to one past the line's last character, and the end must
 * not come before the start. Returns an empty list for a good span.
 */
function spanProblems(span: Span, lengths: readonly number[]): string[] {
  const problems: string[] = [];
  const checkPosition = (end: string, line: number, column: number): void => {
    if (line < 1 || line > lengths.length) {
      problems.push(`${end} line ${line} is outside lines 1-${lengths.length}`);
      return;
    }
    const maxColumn = lengths[line - 1]! + 1;
    if (column < 1 || column > maxColumn) problems.push(`${end} column ${column} is outside columns 1-${maxColumn} of line ${line}`);
  };

  checkPosition('start', span.line, span.column);
  checkPosition('end', span.endLine, span.endColumn);
  if (span.endLine < span.line || (span.endLine === span.line && span.endColumn < span.column)) {
    problems.push(`end ${span.endLine}:${span.endColumn} is before start ${span.line}:${span.column}`);
  }
  return problems;
}

function expectSpanInside(span: Span, lengths: readonly number[], label: string): void {
  expect(spanProblems(span, lengths).join('; '), `${label} span ${JSON.stringify(span)}`).toBe('');
}

// Messages.

const RULE_IDS = new Set(RULES.map((rule) => rule.id));
/** Placeholders, as `ruleId/messageId/name`, that findings may leave without a value. */
const KNOWN_MISSING_VALUES = new Set<string>();
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * Asserts that a finding names a known rule and message, and that its
 * message has every value its template names. `renderMessage` shows a
 * missing value as `?` and leaves nothing else to detect it by, so the check
 * compares the template's placeholders with the finding's data.
 */
function expectCompleteMessage(finding: Finding): void {
  const context = `${finding.ruleId}/${finding.messageId}: ${finding.message}`;
  expect(RULE_IDS.has(finding.ruleId), context).toBe(true);
  expect(finding.message.length, context).toBeGreaterThan(0);

  const rule = RULES.find((candidate) => candidate.id === finding.ruleId)!;
  const template = rule.messages[finding.messageId];
  expect(template, `${context}: no template for message id ${finding.messageId}`).toBeDefined();

  for (const [, name] of template!.matchAll(PLACEHOLDER)) {
    if (KNOWN_MISSING_VALUES.has(`${finding.ruleId}/${finding.messageId}/${name}`)) continue;
    expect(finding.data[name!], `${context}: no value for {${name}}`).toBeDefined();
  }

  // Values come from the input and may contain braces, so they are removed before the search.
  // Removing the longest first keeps a short value, such as a field name, from splitting a longer one.
  const values = Object.values(finding.data)
    .map(String)
    .sort((a, b) => b.length - a.length);
  let rest = finding.message;
  for (const value of values) rest = rest.split(value).join('');
  expect(rest, context).not.toMatch(/\{[A-Za-z]+\}/);
}

// Properties.

describe('parsePolicy on arbitrary bytes', () => {
  it('keeps spans inside the input', () => {
    fc.assert(
      fc.property(policyBytes, (bytes) => {
        const policy = parsePolicy(bytes);
        const lengths = policyLineLengths(bytes);

        for (const finding of policy.findings) {
          if (finding.span) expectSpanInside(finding.span, lengths, `${finding.ruleId}/${finding.messageId}`);
        }
        for (const field of policy.fields) {
          expectSpanInside(field.nameSpan, lengths, `field ${field.name} name`);
          expectSpanInside(field.valueSpan, lengths, `field ${field.name} value`);
          expectSpanInside(field.lineSpan, lengths, `field ${field.name} line`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const policy = parsePolicy(text);
        const lengths = policyLineLengths(encoder.encode(text));

        for (const finding of policy.findings) {
          if (finding.span) expectSpanInside(finding.span, lengths, `${finding.ruleId}/${finding.messageId}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** Jekyll front matter: a `---` line, a few lines (one with a bare CR), then `---` or `...`. */
const frontMatter = fc
  .tuple(
    fc.array(fc.constantFrom('title: policy', 'layout: none', 'permalink: /.well-known/mta-sts.txt', '', 'a\rb'), { maxLength: 3 }),
    fc.constantFrom('---', '...', '---  '),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([lines, fence, lineBreak]) => ['---', ...lines, fence].join(lineBreak) + lineBreak);

const JEKYLL_SITE: SiteFacts = { jekyll: { signal: '_config.yml', disabled: false, includesDotFolder: false }, dotFolder: '.well-known' };

function recordSet(text: string, file: string, explicit: boolean): RecordSet {
  return { file, label: `\`${file}\``, records: parseRecordText(text), explicit };
}

describe('lintDomain on arbitrary input', () => {
  it('produces well-formed findings', () => {
    const input = fc.record({
      domain: fc.constantFrom<string | null>('example.com', 'EXAMPLE.com', 'bücher.example', null),
      policy: fc.option(policyBytes, { nil: undefined }),
      frontMatter: fc.option(frontMatter, { nil: undefined }),
      sts: fc.option(recordText, { nil: undefined }),
      tlsrpt: fc.option(recordText, { nil: undefined }),
      explicit: fc.boolean(),
    });

    fc.assert(
      fc.property(input, (generated) => {
        const domainInput: DomainInput = { domain: generated.domain };
        const linesByFile = new Map<string, number[]>();

        if (generated.policy !== undefined) {
          const bytes = generated.frontMatter === undefined ? generated.policy : concatBytes([encoder.encode(generated.frontMatter), generated.policy]);
          domainInput.policy = { file: POLICY_FILE, bytes, ...(generated.frontMatter === undefined ? {} : { site: JEKYLL_SITE }) };
          linesByFile.set(POLICY_FILE, policyLineLengths(bytes));
        }
        if (generated.sts !== undefined) {
          domainInput.sts = recordSet(generated.sts, STS_FILE, generated.explicit);
          linesByFile.set(STS_FILE, lineLengths(generated.sts));
        }
        if (generated.tlsrpt !== undefined) {
          domainInput.tlsrpt = recordSet(generated.tlsrpt, TLSRPT_FILE, generated.explicit);
          linesByFile.set(TLSRPT_FILE, lineLengths(generated.tlsrpt));
        }

        const result = lintDomain(domainInput);
        for (const finding of result.findings) {
          expectCompleteMessage(finding);
          if (!finding.span) continue;

          const label = `${finding.ruleId}/${finding.messageId}`;
          expect(finding.file, `${label} has a span but no file`).not.toBeNull();
          const lengths = linesByFile.get(finding.file!);
          expect(lengths, `${label} points at unknown file ${finding.file}`).toBeDefined();
          expectSpanInside(finding.span, lengths!, label);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseCharacterStrings', () => {
  const printableChar = fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }).filter((char) => char >= ' ' && char <= '~') },
    { weight: 1, arbitrary: fc.constantFrom('"', '\\', ';', '\t', 'ü', '😀', '\u00a0') },
  );
  const printableString = fc.string({ unit: printableChar, maxLength: 30 });

  it('round-trips quoted strings', () => {
    fc.assert(
      fc.property(fc.array(printableString, { maxLength: 6 }), fc.constantFrom(' ', '  ', '\t'), fc.boolean(), (strings, separator, semicolonComments) => {
        const text = strings.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(separator);
        const parsed = parseCharacterStrings(text, { line: 1, column: 1, semicolonComments });

        expect(parsed.record.strings).toEqual(strings);
        expect(parsed.unterminatedAt).toBe(-1);
        expect(parsed.commentAt).toBe(-1);
        expect(parsed.end).toBe(text.length);
        expect(parsed.record.positions).toHaveLength(strings.join('').length + 1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('canonical policy form', () => {
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
  const hostName = fc.array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join('.'));
  const mxPattern = fc.tuple(fc.boolean(), hostName, fc.boolean()).map(([wildcard, host, upper]) => {
    const pattern = wildcard ? `*.${host}` : host;
    return upper ? pattern.toUpperCase() : pattern;
  });
  const extensionName = fc.stringMatching(/^x-[a-z0-9]{1,8}$/);
  const extensionValue = fc.stringMatching(/^[!-~](?:[ !-~]{0,10}[!-~])?$/);

  /** A valid policy as a list of `name: value` lines. Extension names are unique, so the first-wins rule cannot matter. */
  const validPolicyLines = fc
    .record({
      mode: fc.constantFrom('testing', 'enforce', 'none'),
      mx: fc.array(mxPattern, { minLength: 1, maxLength: 5 }),
      maxAge: fc.integer({ min: 0, max: 31_557_600 }),
      extensions: fc.uniqueArray(fc.tuple(extensionName, extensionValue), { maxLength: 3, selector: ([name]) => name }),
    })
    .map((policy) => [
      'version: STSv1',
      `mode: ${policy.mode}`,
      ...policy.mx.map((pattern) => `mx: ${pattern}`),
      `max_age: ${policy.maxAge}`,
      ...policy.extensions.map(([name, value]) => `${name}: ${value}`),
    ]);

  const canonicalOf = (text: string): string => canonicalText(canonicalizePolicy(parsePolicy(text)));

  it('is stable for any input', () => {
    fc.assert(
      fc.property(policyBytes, (bytes) => {
        const once = canonicalText(canonicalizePolicy(parsePolicy(bytes)));
        expect(canonicalOf(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('is stable for valid policies', () => {
    fc.assert(
      fc.property(validPolicyLines, (lines) => {
        const once = canonicalOf(lines.join('\n') + '\n');
        expect(canonicalOf(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('ignores field order and line endings', () => {
    const reordered = validPolicyLines.chain((lines) =>
      fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), fc.constantFrom('\n', '\r\n'), fc.boolean()),
    );

    fc.assert(
      fc.property(reordered, ([lines, shuffled, lineBreak, finalBreak]) => {
        const original = canonicalOf(lines.join('\n') + '\n');
        const changed = canonicalOf(shuffled.join(lineBreak) + (finalBreak ? lineBreak : ''));
        expect(changed).toBe(original);
      }),
      { numRuns: RUNS },
    );
  });
});

// Regressions found by the properties above.
describe('property regressions', () => {
  it('empty record message has version', () => {
    const sts = lintDomain({ domain: 'example.com', sts: recordSet('""', STS_FILE, true) }).findings;
    const tlsrpt = lintDomain({ domain: 'example.com', tlsrpt: recordSet('""', TLSRPT_FILE, true) }).findings;

    expect(sts.find((finding) => finding.ruleId === 'STS303')?.message).toContain('publish `v=STSv1; ...`');
    expect(tlsrpt.find((finding) => finding.ruleId === 'STS401')?.message).toContain('publish `v=TLSRPTv1; ...`');
  });

  it('front matter with bare CR', () => {
    // Editors and `LineIndex` show "a\rb" as two lines, so the closing fence is line 4 and `mode` is line 6.
    const bytes = encoder.encode('---\na\rb\n---\nversion: STSv1\nmode: bad\nmx: mail.example.com\nmax_age: 604800\n');
    const findings = lintDomain({ domain: 'example.com', policy: { file: POLICY_FILE, bytes, site: JEKYLL_SITE } }).findings;

    expect(findings.find((finding) => finding.ruleId === 'STS002')?.span?.endLine).toBe(4);
    expect(findings.find((finding) => finding.ruleId === 'STS204')?.span?.line).toBe(6);
  });
});
