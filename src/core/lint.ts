/**
 * Lints one policy domain: its policy file and its `_mta-sts` and
 * `_smtp._tls` records, each given as plain data. Applies the rules that
 * need more than one part (the policy domain, the TLS-RPT record) and the
 * user's rule settings.
 */

import { type Finding, type RawFinding, type Severity, type Span, compareFindings } from './diagnostic.js';
import { canonicalizePolicy, type CanonicalPolicy } from './policy/canonical.js';
import { parsePolicy, type ParsedPolicy } from './policy/parse.js';
import { parseStsRecord, parseTlsRptRecord, STS_VERSION, TLSRPT_VERSION, type ParsedStsRecord, type ParsedTlsRptRecord } from './record/parse.js';
import { joinTxt, txtSpan, type TxtRecord } from './record/txt.js';
import { findRule, renderMessage } from './rules/catalog.js';
import { findTemplateSyntax, stripFrontMatter, type SiteFacts } from './site.js';
import { showValue } from './text.js';

export interface PolicyInput {
  /** Path relative to the repository root, as reporters show it. */
  file: string;
  bytes: Uint8Array;
  site?: SiteFacts;
}

/** The TXT records found at one owner name, with where they came from. */
export interface RecordSet {
  /** Path that findings point at: a file, or `<record>` / `<tlsrpt>` for command-line values. */
  file: string | null;
  /** Names the source in messages, such as "`dns/example.com.zone`" or "the command line". */
  label: string;
  records: TxtRecord[];
  /** True when every record was given as meant for this name (command line), so none is skipped as unrelated. */
  explicit: boolean;
  /** Owner name shown in messages, such as `_mta-sts.example.com`. */
  owner?: string;
  /** Values the source computes when it is applied, so their content cannot be read here. */
  computed?: Array<{ expression: string; span: Span }>;
  /** Set when the name is a CNAME, so the record lives at its target. */
  cname?: { target: string; span: Span };
  /** Findings from reading the source format, such as an unquoted `;` in a zone file. */
  sourceFindings?: RawFinding[];
}

export interface DomainInput {
  domain: string | null;
  /** A host named by a GitHub Pages `CNAME` file that is not a policy host, when the domain is unknown. */
  cnameHost?: string;
  policy?: PolicyInput;
  /** Undefined when no source for the record is known, which is not the same as an empty set. */
  sts?: RecordSet;
  tlsrpt?: RecordSet;
}

export type RuleSetting = Severity | 'off';

/** Severity overrides by rule id. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

export interface DomainResult {
  domain: string | null;
  policyFile: string | null;
  policy: ParsedPolicy | null;
  canonical: CanonicalPolicy | null;
  sts: ParsedStsRecord[];
  tlsrpt: ParsedTlsRptRecord[];
  /** The policy id of the one valid `_mta-sts` record, or null. */
  id: string | null;
  findings: Finding[];
}

interface Collector {
  add(file: string | null, raw: RawFinding): void;
}

/** Lints one domain. Pure: the same input always gives the same findings. */
export function lintDomain(input: DomainInput, settings: RuleSettings = new Map()): DomainResult {
  const findings: Finding[] = [];
  const collector: Collector = {
    add(file, raw) {
      const finding = toFinding(raw, input.domain, file, settings);
      if (finding) findings.push(finding);
    },
  };

  let policy: ParsedPolicy | null = null;
  if (input.policy) {
    policy = lintPolicyFile(input.policy, input.domain, input.cnameHost, collector);
  }

  const sts = input.sts ? lintRecordSet(input.sts, 'sts', parseStsRecord, input.domain, collector) : [];
  const tlsrpt = input.tlsrpt ? lintRecordSet(input.tlsrpt, 'tlsrpt', parseTlsRptRecord, input.domain, collector) : [];

  if (policy && input.domain) {
    checkTlsRptPresence(policy, input, tlsrpt, collector);
    if (!input.sts || !input.tlsrpt) {
      let messageId = 'noSts';
      if (!input.sts && !input.tlsrpt) messageId = 'noSource';
      else if (input.sts) messageId = 'noTlsrpt';
      collector.add(input.policy!.file, { ruleId: 'STS003', messageId, data: { domain: input.domain } });
    }
  }

  const validSts = sts.filter((record) => record.isSts);
  findings.sort(compareFindings);
  return {
    domain: input.domain,
    policyFile: input.policy?.file ?? null,
    policy,
    canonical: policy?.parsed ? canonicalizePolicy(policy) : null,
    sts,
    tlsrpt,
    id: validSts.length === 1 ? validSts[0]!.id : null,
    findings,
  };
}

function lintPolicyFile(input: PolicyInput, domain: string | null, cnameHost: string | undefined, collector: Collector): ParsedPolicy {
  const add = (raw: RawFinding): void => collector.add(input.file, raw);
  let bytes = input.bytes;
  let firstLine = 1;

  const jekyll = input.site?.jekyll;
  if (jekyll && !jekyll.disabled) {
    const served = stripFrontMatter(bytes);
    if (served.frontMatterLines > 0) {
      bytes = served.bytes;
      firstLine = served.firstLine;
      add({
        ruleId: 'STS002',
        messageId: 'jekyll',
        data: { lines: served.frontMatterLines, firstLine },
        span: { line: 1, column: 1, endLine: served.frontMatterLines, endColumn: 4 },
      });
    }
    if (input.site?.dotFolder && !jekyll.includesDotFolder) {
      add({ ruleId: 'STS005', messageId: jekyll.signal === '_config.yml' ? 'excludedConfig' : 'excludedPages', data: { folder: input.site.dotFolder } });
    }
  }

  const policy = parsePolicy(bytes, { firstLine });
  for (const raw of policy.findings) add(raw);
  if (!policy.parsed) return policy;

  const template = findTemplateSyntax(new TextDecoder().decode(bytes));
  if (template) {
    add({ ruleId: 'STS004', messageId: 'template', data: { token: showValue(template, 40) } });
  }

  checkPolicyValues(policy, domain, add);
  if (domain === null) {
    add(cnameHost ? { ruleId: 'STS001', messageId: 'cnameNotPolicyHost', data: { host: cnameHost } } : { ruleId: 'STS001', messageId: 'unknown', data: { file: input.file } });
  }
  return policy;
}

const DAY = 86_400;
const WEEK = 7 * DAY;

/** Checks that need the values of several fields or the policy domain (mode and max_age advice, mx repeats). */
function checkPolicyValues(policy: ParsedPolicy, domain: string | null, add: (raw: RawFinding) => void): void {
  const maxAgeField = policy.fields.find((field) => field.name === 'max_age');
  const modeField = policy.fields.find((field) => field.name === 'mode');
  if (policy.maxAge !== null && maxAgeField) {
    const data = { value: String(policy.maxAge), duration: formatDuration(policy.maxAge) };
    const span = maxAgeField.valueSpan;
    if (policy.maxAge === 0) {
      add({ ruleId: 'STS220', messageId: 'zero', span });
    } else if (policy.maxAge < WEEK && policy.mode === 'enforce') {
      add({ ruleId: 'STS219', messageId: 'enforce', data, span });
    } else if (policy.maxAge < WEEK && policy.mode === 'testing') {
      add({ ruleId: 'STS219', messageId: 'testing', data, span, severity: 'notice' });
    } else if (policy.maxAge > DAY && policy.mode === 'none') {
      add({ ruleId: 'STS221', messageId: 'long', data, span: span ?? modeField?.valueSpan });
    }
  }

  const seen = new Map<string, number>();
  for (const field of policy.mxFields) {
    const key = field.value.toLowerCase();
    if (key.length === 0) continue;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      add({ ruleId: 'STS216', messageId: 'duplicate', data: { value: showValue(field.value), firstLine }, span: field.valueSpan });
      continue;
    }
    seen.set(key, field.line);

    if (domain && key === `*.${domain.toLowerCase()}`) {
      add({ ruleId: 'STS218', messageId: 'loose', data: { value: field.value, domain }, span: field.valueSpan });
    }
  }

  for (const field of policy.extensions) {
    if (field.value.length === 0) {
      add({ ruleId: 'STS113', messageId: 'emptyValue', data: { name: field.name }, span: field.lineSpan });
    }
  }
}

/** Formats seconds the way people plan rollouts: "1 day", "2 weeks", "3600 seconds (1 hour)". */
export function formatDuration(seconds: number): string {
  const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (seconds % WEEK === 0 && seconds >= WEEK) return plural(seconds / WEEK, 'week');
  if (seconds % DAY === 0 && seconds >= DAY) return plural(seconds / DAY, 'day');
  if (seconds % 3600 === 0 && seconds >= 3600) return plural(seconds / 3600, 'hour');
  if (seconds >= DAY) return `about ${(seconds / DAY).toFixed(1)} days`;
  if (seconds >= 3600) return `about ${(seconds / 3600).toFixed(1)} hours`;
  return plural(seconds, 'second');
}

type RecordKind = 'sts' | 'tlsrpt';

function lintRecordSet<Parsed extends { findings: RawFinding[] }>(
  set: RecordSet,
  kind: RecordKind,
  parse: (record: TxtRecord) => Parsed,
  domain: string | null,
  collector: Collector,
): Parsed[] {
  const add = (raw: RawFinding): void => collector.add(set.file, raw);
  const version = kind === 'sts' ? STS_VERSION : TLSRPT_VERSION;
  const parsed: Parsed[] = [];
  let matching = 0;
  const owner = set.owner ?? (kind === 'sts' ? `_mta-sts.${domain ?? '<domain>'}` : `_smtp._tls.${domain ?? '<domain>'}`);

  for (const raw of set.sourceFindings ?? []) add(raw);
  for (const computed of set.computed ?? []) {
    add({ ruleId: 'STS322', messageId: 'computed', data: { owner, expression: computed.expression }, span: computed.span });
  }
  if (set.cname) {
    add({ ruleId: 'STS324', messageId: 'cname', data: { owner, target: set.cname.target }, span: set.cname.span });
  }

  for (const record of set.records) {
    const value = joinTxt(record);
    if (!set.explicit && !looksLikeKind(value, kind)) {
      add({ ruleId: 'STS316', messageId: 'unrelated', data: { value: showValue(value, 60) }, span: txtSpan(record, 0, value.length) });
      continue;
    }

    const result = parse(record);
    for (const raw of result.findings) add(raw);
    parsed.push(result);

    if (value.startsWith(version)) {
      matching++;
      if (matching === 2) {
        const count = set.records.filter((candidate) => joinTxt(candidate).startsWith(version)).length;
        add({ ruleId: kind === 'sts' ? 'STS315' : 'STS410', messageId: 'multiple', data: { count }, span: txtSpan(record, 0, value.length) });
      }
    }
  }

  const unreadable = (set.computed?.length ?? 0) > 0 || set.cname !== undefined;
  if (parsed.length === 0 && kind === 'sts' && domain && !unreadable) {
    add({ ruleId: 'STS301', messageId: 'missing', data: { domain, source: set.label } });
  }
  return parsed;
}

/** Tells an attempt at an MTA-STS or TLS-RPT record apart from other TXT data at the same name. */
function looksLikeKind(value: string, kind: RecordKind): boolean {
  const lower = value.toLowerCase();
  const mentionsEither = lower.includes('sts') || lower.includes('tlsrpt');
  if (kind === 'sts') return mentionsEither || /(^|[; ])id=/.test(lower);
  return mentionsEither || lower.includes('rua=');
}

function checkTlsRptPresence(policy: ParsedPolicy, input: DomainInput, tlsrpt: ParsedTlsRptRecord[], collector: Collector): void {
  if (!input.tlsrpt || tlsrpt.length > 0 || !input.policy) return;
  if ((input.tlsrpt.computed?.length ?? 0) > 0 || input.tlsrpt.cname) return;

  const modeField = policy.fields.find((field) => field.name === 'mode');
  const data = { domain: input.domain!, source: input.tlsrpt.label };
  if (policy.mode === 'testing') {
    collector.add(input.policy.file, { ruleId: 'STS222', messageId: 'missing', data, span: modeField?.valueSpan });
  } else if (policy.mode === 'enforce') {
    collector.add(input.policy.file, { ruleId: 'STS223', messageId: 'missing', data, span: modeField?.valueSpan });
  }
}

/** Renders a raw finding with the rule registry and the user's settings; returns undefined for a rule turned off. */
export function toFinding(raw: RawFinding, domain: string | null, file: string | null, settings: RuleSettings): Finding | undefined {
  const rule = findRule(raw.ruleId);
  if (!rule) {
    throw new Error(`internal error: finding for unregistered rule ${raw.ruleId}`);
  }

  const setting = settings.get(rule.id);
  if (setting === 'off') return undefined;
  const severity = setting ?? raw.severity ?? rule.severity;
  let span = raw.span ?? null;
  let findingFile = file;
  if (span?.file !== undefined) {
    findingFile = span.file;
    const { file: _spanFile, ...rest } = span;
    span = rest;
  }
  return {
    ruleId: rule.id,
    alias: rule.alias,
    messageId: raw.messageId,
    severity,
    message: renderMessage(rule, raw.messageId, raw.data),
    rfc: rule.rfc,
    domain,
    file: findingFile,
    span,
    data: raw.data ?? {},
  };
}
