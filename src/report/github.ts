/**
 * GitHub reporting as data: which findings become annotations, and the job
 * summary and pull request comment as Markdown. Every piece of text that a
 * pull request author controls is escaped before it reaches Markdown.
 */

import { SEVERITY_RANK, type Finding, type Severity } from '../core/diagnostic.js';
import type { LiveSummary } from '../core/live/evaluate.js';
import { ruleDocsUrl } from './meta.js';
import { countFindings, plural } from './summary.js';

/** GitHub shows at most this many annotations of each kind per step, and 50 per job. */
export const ANNOTATIONS_PER_KIND = 10;
export const ANNOTATIONS_PER_JOB = 50;

/** Rules whose findings matter most: the id gate's errors block the change that caused them. */
const GATE_RULES = new Set(['STS501', 'STS502', 'STS505']);

/**
 * Picks the findings to annotate: errors first (gate errors before lint
 * errors), then warnings, then notices, at most ten of each kind less the
 * `reserved` slots that the caller fills with its own annotations, such as
 * the step failure message. Returns the rest as `dropped`, so the summary
 * can report how many.
 */
export function selectAnnotations(findings: readonly Finding[], reserved: Partial<Record<Severity, number>> = {}): { annotated: Finding[]; dropped: Finding[] } {
  const ordered = [...findings].sort((a, b) => {
    const bySeverity = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
    if (bySeverity !== 0) return bySeverity;
    return Number(GATE_RULES.has(b.ruleId)) - Number(GATE_RULES.has(a.ruleId));
  });

  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const jobLimit = ANNOTATIONS_PER_JOB - Object.values(reserved).reduce((sum, count) => sum + count, 0);
  const annotated: Finding[] = [];
  const dropped: Finding[] = [];
  for (const finding of ordered) {
    const kindLimit = ANNOTATIONS_PER_KIND - (reserved[finding.severity] ?? 0);
    if (finding.file === null || finding.file.startsWith('<') || taken[finding.severity] >= kindLimit || annotated.length >= jobLimit) {
      dropped.push(finding);
      continue;
    }
    taken[finding.severity]++;
    annotated.push(finding);
  }
  return { annotated, dropped };
}

/**
 * Escapes untrusted text for GitHub Markdown and HTML: every character that
 * could start markup, a link, an HTML tag or a table cell becomes a numeric
 * entity, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[&<>"'`|\\*_[\]()#!~{}=:@+-]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Formats untrusted text as inline code that stays code whatever it contains. */
function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

export interface SummaryDomain {
  domain: string | null;
  policyFile: string | null;
  mode: string | null;
  maxAge: number | null;
  mx: string[];
  baseId: string | null;
  headId: string | null;
  /** `passed`, `failed` or `not compared`. */
  gate: string;
  /** Live state of the domain, when the live checks ran. */
  live?: LiveSummary;
}

export interface SummaryInput {
  title: string;
  /** Description of the comparison, such as "`main` (abc1234) → working tree", or null for a lint without the gate. */
  comparison: string | null;
  domains: SummaryDomain[];
  findings: readonly Finding[];
  notAnnotated: number;
  /** Notes about what the run could not do; they may quote file names. */
  notes: string[];
  /** True when a finding reached the fail-on level, so the step fails. */
  failed: boolean;
  /** False for a lint without the id gate, so the advice does not talk about a change. */
  compared: boolean;
}

/** Builds the job summary (and pull request comment body) as GitHub-flavored Markdown. */
export function buildSummary(input: SummaryInput): string {
  const counts = countFindings(input.findings);
  const lines: string[] = [];
  let verdict = '✅';
  if (input.failed) verdict = '❌';
  else if (counts.errors + counts.warnings > 0) verdict = '⚠️';
  lines.push(`## ${verdict} ${input.title}`, '');
  lines.push(`${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')} in ${plural(input.domains.length, 'policy domain')}.`);
  if (input.comparison) lines.push('', `Compared ${input.comparison}.`);
  lines.push('');

  const live = input.domains.some((domain) => domain.live);
  if (input.domains.length > 0) {
    const liveHeader = live ? ' Live id | Live body | MX coverage | Certificate expires |' : '';
    lines.push(`| Policy domain | Mode | max_age | mx patterns | Policy id (base → head) | Gate |${liveHeader} Errors | Warnings | Notices |`);
    lines.push(`| --- | --- | --- | --- | --- | --- |${live ? ' --- | --- | --- | --- |' : ''} --- | --- | --- |`);
    for (const domain of input.domains) {
      // Policies of unknown domain are matched by file, so each row counts only its own findings.
      const own = input.findings.filter((finding) => (domain.domain !== null ? finding.domain === domain.domain : finding.domain === null && finding.file === domain.policyFile));
      const domainCounts = countFindings(own);
      const name = domain.domain ? code(domain.domain) : `unknown (${code(domain.policyFile ?? '?')})`;
      const ids = domain.baseId === domain.headId ? code(domain.headId ?? '—') : `${code(domain.baseId ?? '—')} → ${code(domain.headId ?? '—')}`;
      const mx = domain.mx.length > 0 ? domain.mx.map(code).join('<br>') : '—';
      lines.push(
        `| ${name} | ${domain.mode ? code(domain.mode) : '—'} | ${domain.maxAge ?? '—'} | ${mx} | ${ids} | ${escapeMarkdown(domain.gate)} |${live ? liveCells(domain.live) : ''} ${domainCounts.errors} | ${domainCounts.warnings} | ${domainCounts.notices} |`,
      );
    }
    lines.push('');
  }

  const byDomain = new Map<string, Finding[]>();
  for (const finding of input.findings) {
    const key = finding.domain ?? '';
    byDomain.set(key, [...(byDomain.get(key) ?? []), finding]);
  }
  for (const [domain, findings] of byDomain) {
    lines.push(`### ${domain ? code(domain) : 'Other findings'}`, '');
    for (const finding of findings) {
      const place = finding.file ? `${code(finding.file)}${finding.span ? `:${finding.span.line}:${finding.span.column}` : ''}: ` : '';
      lines.push(`- **${finding.severity}** ${place}${escapeMarkdown(finding.message)} ([${finding.ruleId} ${finding.alias}](${ruleDocsUrl(finding.ruleId)}))`);
    }
    lines.push('');
  }

  if (input.notAnnotated > 0) {
    lines.push(`GitHub shows at most ${ANNOTATIONS_PER_KIND} annotations of each severity per step, so ${plural(input.notAnnotated, 'finding')} appear only in this summary and the log.`, '');
  }
  // Notes can name files from the pull request, so they are escaped like every other untrusted text.
  for (const note of input.notes) lines.push(`> ${escapeMarkdown(note)}`, '');

  lines.push('### What to do next', '');
  lines.push(...nextSteps(input.findings, input.failed, input.compared));
  return `${lines.join('\n')}\n`;
}

/** Formats the live columns of one row. Every value came from the network, so each is escaped. */
function liveCells(live: LiveSummary | undefined): string {
  if (!live) return ' — | — | — | — |';

  let body = live.bodyMatch ?? '—';
  if (live.bodyMatch === null && live.fetch !== '200') body = `not served (${escapeMarkdown(live.fetch)})`;
  let id = 'none';
  if (live.id) id = code(live.id);
  else if (live.inconclusive) id = 'inconclusive';
  const expires = live.certificateExpires ? escapeMarkdown(live.certificateExpires.slice(0, 10)) : '—';
  return ` ${id} | ${body} | ${live.mxCoverage ? escapeMarkdown(live.mxCoverage) : '—'} | ${expires} |`;
}

function nextSteps(findings: readonly Finding[], failed: boolean, compared: boolean): string[] {
  const rules = new Set(findings.map((finding) => finding.ruleId));
  const steps: string[] = [];
  if (rules.has('STS501')) steps.push('- Publish a new policy id for each changed policy: run `mta-sts-guard bump <domain>` and commit the edited record file.');
  if (rules.has('STS502')) steps.push('- Replace each reused policy id with one never used before (`mta-sts-guard bump` writes a fresh UTC timestamp).');
  if (rules.has('STS505')) steps.push('- To remove MTA-STS, first publish `mode: none` with a short `max_age` and a new id, and delete the record and policy only after old caches expire.');
  if (rules.has('STS506')) steps.push('- Before enforcing, confirm that every MX host matches an mx pattern, offers STARTTLS and has a valid certificate, and that TLS-RPT reports are clean.');
  if (rules.has('STS630') || rules.has('STS633')) steps.push('- Deploy the repository\'s policy file, check that it is served, then publish a new policy id so that senders fetch it again.');
  if (rules.has('STS631')) steps.push('- The policy file is deployed: publish its new policy id in DNS.');
  if (rules.has('STS632')) steps.push('- Deploy the policy file first, then publish the new policy id in DNS.');
  if (rules.has('STS620')) steps.push('- Add an mx pattern for each MX host that matches none and publish a new policy id before senders enforce the policy.');
  if (findings.some((finding) => finding.severity === 'error' && !['STS501', 'STS502', 'STS505'].includes(finding.ruleId))) {
    steps.push('- Fix the errors above; each links to its rule, with a failing and a passing example.');
  }
  if (steps.length === 0 && failed) steps.push('- Fix the findings above that reach the `fail-on` level; each links to its rule.');
  if (steps.length === 0 && compared) steps.push('- Nothing blocks this change. Deploy the policy file first, then publish a new policy id in DNS.');
  if (steps.length === 0) steps.push('- Nothing to fix. When a policy changes, deploy the policy file first, then publish a new policy id in DNS.');
  return steps;
}
