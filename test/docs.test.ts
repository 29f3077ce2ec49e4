/**
 * Keeps docs/rules.md and the rule catalog in step: every rule has an entry
 * with its title, severity and RFC section, and every documented example
 * still produces (or does not produce) its rule.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { toState } from '../src/app/gate.js';
import { lintDomain, type DomainInput } from '../src/core/lint.js';
import { canonicalText, canonicalizePolicy } from '../src/core/policy/canonical.js';
import { parsePolicy } from '../src/core/policy/parse.js';
import { compareRevisions, type DomainState, type HistoryEntry } from '../src/core/revision/compare.js';
import { RULES } from '../src/core/rules/catalog.js';
import type { SiteFacts } from '../src/core/site.js';
import { lintPolicyText, lintStsText, lintTlsRptText, lintZoneText, recordSet, type SnippetContext } from './helpers/lint.js';
import { liveRuleIds, liveSpecFromYaml } from './helpers/live.js';

const DOCS = readFileSync(path.join(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8');

interface Example {
  language: string;
  options: Map<string, string>;
  body: string;
}

interface Section {
  id: string;
  alias: string;
  text: string;
  failing: Example[];
  passing: Example[];
}

function parseSections(markdown: string): Section[] {
  const sections: Section[] = [];
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const heading = part.slice(0, part.indexOf('\n')).trim();
    const match = /^(STS\d{3}) ([a-z0-9-]+)$/.exec(heading);
    if (!match) continue;
    sections.push({
      id: match[1]!,
      alias: match[2]!,
      text: part,
      failing: examplesUnder(part, 'Failing'),
      passing: examplesUnder(part, 'Passing'),
    });
  }
  return sections;
}

function examplesUnder(section: string, heading: string): Example[] {
  const start = section.indexOf(`### ${heading}`);
  if (start < 0) return [];
  const rest = section.slice(start + heading.length + 4);
  const end = rest.search(/^### /m);
  const body = end < 0 ? rest : rest.slice(0, end);

  const examples: Example[] = [];
  const fence = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const match of body.matchAll(fence)) {
    const [language = '', ...optionParts] = match[1]!.trim().split(/\s+/);
    const options = new Map(optionParts.map((part) => [part.split('=')[0]!, part.split('=').slice(1).join('=')]));
    examples.push({ language, options, body: match[2]! });
  }
  return examples;
}

/**
 * Decodes the escapes the docs use for bytes a Markdown file cannot show:
 * `\r`, `\t`, `\u{FEFF}` (a character, UTF-8 encoded) and `\xNN` (one raw
 * byte, so `\xE9` is invalid UTF-8).
 */
function decodeBody(body: string): Uint8Array {
  const text = body
    .replace(/\\r/g, '\r')
    .replace(/\\t/g, '\t')
    .replace(/\\u\{([0-9A-Fa-f]+)\}/g, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

  const bytes: number[] = [];
  const encoder = new TextEncoder();
  const parts = text.split(/\\x([0-9A-Fa-f]{2})/);
  for (const [index, part] of parts.entries()) {
    if (index % 2 === 1) bytes.push(parseInt(part, 16));
    else bytes.push(...encoder.encode(part));
  }
  return new Uint8Array(bytes);
}

/** Appends an extension line so that the body reaches `size` bytes, for the size rules. */
function padTo(body: Uint8Array, size: number): Uint8Array {
  const prefix = new TextEncoder().encode('padding: ');
  const fill = Math.max(1, size - body.length - prefix.length - 1);
  const padded = new Uint8Array(body.length + prefix.length + fill + 1);
  padded.set(body, 0);
  padded.set(prefix, body.length);
  padded.fill(0x61, body.length + prefix.length, body.length + prefix.length + fill);
  padded[padded.length - 1] = 0x0a;
  return padded;
}

function contextOf(example: Example): SnippetContext {
  const context: SnippetContext = {};
  const domain = example.options.get('domain');
  if (domain !== undefined) context.domain = domain === 'none' ? null : domain;
  if (example.options.has('sts')) context.sts = example.options.get('sts') === 'none' ? '' : example.options.get('sts')!;
  if (example.options.has('tlsrpt')) context.tlsrpt = example.options.get('tlsrpt') === 'none' ? '' : example.options.get('tlsrpt')!;

  const jekyll = example.options.get('jekyll');
  const dotFolder = example.options.get('dot-folder');
  if (jekyll !== undefined || dotFolder !== undefined) {
    const site: SiteFacts = {};
    if (jekyll !== undefined) site.jekyll = { signal: jekyll === 'CNAME' ? 'CNAME' : '_config.yml', disabled: false, includesDotFolder: example.options.has('jekyll-include') };
    if (dotFolder !== undefined) site.dotFolder = dotFolder;
    context.site = site;
  }
  return context;
}

/** The parts of a `gate` example: the policy body and record lines at each revision, and earlier (id, content) pairs. */
interface GateExample {
  basePolicy?: string;
  headPolicy?: string;
  baseRecord?: string;
  headRecord?: string;
  history: HistoryEntry[];
}

const GATE_SECTION = /^--- (base|head) (policy|record)$/;
const GATE_HISTORY = /^--- history ([0-9a-f]{7,40}) ([0-9]{4}-[0-9]{2}-[0-9]{2}) ([A-Za-z0-9]{1,32})$/;

/**
 * Splits a `gate` example into its sections. Each section starts with a
 * marker line (`--- base policy`, `--- head record`,
 * `--- history <commit> <YYYY-MM-DD> <id>`) and runs to the next marker. Line
 * endings inside a section are kept, so `\r` escapes reach the policy body.
 */
function parseGateExample(text: string): GateExample {
  const example: GateExample = { history: [] };
  const sections: Array<{ marker: string; body: string }> = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith('--- ')) {
      sections.push({ marker: line.trimEnd(), body: '' });
    } else if (sections.length > 0) {
      sections.at(-1)!.body += line;
    } else if (line.trim().length > 0) {
      throw new Error(`gate example: text ${JSON.stringify(line)} comes before the first marker line. Start the block with a marker such as \`--- base policy\``);
    }
  }

  for (const { marker, body } of sections) {
    const history = GATE_HISTORY.exec(marker);
    if (history) {
      const [, commit, date, id] = history;
      const canonical = canonicalText(canonicalizePolicy(parsePolicy(body)));
      example.history.push({ commit: commit!, date: date!, id: id!, canonical });
      continue;
    }

    const section = GATE_SECTION.exec(marker);
    if (!section) throw new Error(`gate example: invalid marker line ${JSON.stringify(marker)}. Expected \`--- base|head policy|record\` or \`--- history <commit> <YYYY-MM-DD> <id>\``);
    const key = `${section[1]}${section[2] === 'policy' ? 'Policy' : 'Record'}` as 'basePolicy' | 'headPolicy' | 'baseRecord' | 'headRecord';
    if (example[key] !== undefined) throw new Error(`gate example: marker line ${JSON.stringify(marker)} appears twice. Merge the two sections`);
    example[key] = body;
  }
  return example;
}

/** Lints one revision of example.com and extracts what the gate compares. Returns null when the revision has neither a policy nor a record section. */
function gateState(policy: string | undefined, record: string | undefined): DomainState | null {
  if (policy === undefined && record === undefined) return null;
  const input: DomainInput = { domain: 'example.com' };
  if (policy !== undefined) input.policy = { file: '.well-known/mta-sts.txt', bytes: new TextEncoder().encode(policy) };
  if (record !== undefined) input.sts = recordSet(record, 'dns/mta-sts.txt');
  return toState(lintDomain(input), input);
}

/** Runs the policy id gate on a `gate` example, as `check --base` does for one domain without live checks. */
function runGate(text: string): string[] {
  const example = parseGateExample(text);
  const findings = compareRevisions({
    domain: 'example.com',
    base: gateState(example.basePolicy, example.baseRecord),
    head: gateState(example.headPolicy, example.headRecord),
    history: example.history,
    now: new Date('2026-01-01T00:00:00Z'),
    liveChecked: false,
  });
  return findings.map((finding) => finding.raw.ruleId);
}

function run(example: Example): string[] {
  // A `live` block is YAML, which has escapes of its own, so it skips the byte escapes of the other languages.
  if (example.language === 'live') return liveRuleIds(liveSpecFromYaml(example.body));

  let body = decodeBody(example.body);
  const context = contextOf(example);
  if (example.language === 'gate') return runGate(new TextDecoder().decode(body));
  if (example.language === 'zone') {
    return lintZoneText(new TextDecoder().decode(body), { ...context, ...(example.options.has('origin') ? { origin: example.options.get('origin')! } : {}) }).map((finding) => finding.ruleId);
  }
  if (example.language !== 'policy') {
    const text = new TextDecoder().decode(body);
    const findings = example.language === 'sts-record' ? lintStsText(text, context) : lintTlsRptText(text, context);
    return findings.map((finding) => finding.ruleId);
  }

  if (example.options.has('no-final-newline') && body.at(-1) === 0x0a) body = body.subarray(0, -1);
  const pad = example.options.get('pad');
  if (pad !== undefined) body = padTo(body, Number(pad));
  return lintPolicyText(body, context).map((finding) => finding.ruleId);
}

const RUNNABLE = new Set(['policy', 'sts-record', 'tlsrpt-record', 'zone', 'gate', 'live']);
const sections = parseSections(DOCS);

describe('docs/rules.md', () => {
  it('documents every rule', () => {
    const documented = new Set(sections.map((section) => section.id));
    const missing = RULES.filter((rule) => !documented.has(rule.id)).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  it('names only existing rules', () => {
    const known = new Set(RULES.map((rule) => rule.id));
    const unknown = sections.filter((section) => !known.has(section.id)).map((section) => section.id);
    expect(unknown).toEqual([]);
  });

  it('documents each rule once', () => {
    const ids = sections.map((section) => section.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  for (const rule of RULES) {
    const section = sections.find((candidate) => candidate.id === rule.id);
    describe(`${rule.id} ${rule.alias}`, () => {
      it('has a matching header', () => {
        expect(section?.alias).toBe(rule.alias);
        expect(section?.text).toContain(`\n${rule.title}.\n`);
        expect(section?.text).toContain(`- Severity: ${rule.severity}\n`);
        expect(section?.text).toContain(`- Section: ${rule.rfc}\n`);
        expect(section?.text).toContain('### How to fix');
      });

      it('has runnable failing and passing examples', () => {
        expect(section?.failing.filter((example) => RUNNABLE.has(example.language)).length ?? 0).toBeGreaterThan(0);
        expect(section?.passing.filter((example) => RUNNABLE.has(example.language)).length ?? 0).toBeGreaterThan(0);
      });

      for (const [index, example] of (section?.failing ?? []).entries()) {
        if (!RUNNABLE.has(example.language)) continue;
        it(`failing example ${index + 1} reports the rule`, () => {
          expect(run(example)).toContain(rule.id);
        });
      }
      for (const [index, example] of (section?.passing ?? []).entries()) {
        if (!RUNNABLE.has(example.language)) continue;
        it(`passing example ${index + 1} does not report the rule`, () => {
          expect(run(example)).not.toContain(rule.id);
        });
      }
    });
  }
});
