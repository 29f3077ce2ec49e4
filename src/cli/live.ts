/**
 * Command-line parts of the live checks: the flags shared by `inspect` and
 * `check --live`, and the `inspect` command.
 */

import { parseArgs } from 'node:util';

import type { LiveSummary } from '../core/live/evaluate.js';
import { UsageError } from '../adapters/errors.js';
import { isDomainName } from '../adapters/workspace.js';
import type { Finding } from '../core/diagnostic.js';
import type { CheckReport } from '../app/check.js';
import { keepShard, runLive, runLiveForReport, type LiveReport, type LiveRunOptions } from '../app/inspect.js';
import { selectShard } from '../app/live.js';
import { liveOptionsFrom } from '../app/live-options.js';

export { liveOptionsFrom };
import { formatJson } from '../report/json.js';
import { formatLiveState } from '../report/live-text.js';
import { TOOL_NAME } from '../report/meta.js';
import { formatSarif } from '../report/sarif.js';
import { reachesFailLevel, type FailOn } from '../report/summary.js';
import { formatText } from '../report/text.js';
import { LIVE_FLAGS, LIVE_HELP } from './live-flags.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Progress on a terminal's stderr only, so that redirected output and CI logs stay clean. */
export function progressTo(stream: ProgressStream): LiveRunOptions['onProgress'] {
  if (stream.isTTY !== true) return undefined;
  return (done, total) => {
    stream.write(`\r\u001b[K${TOOL_NAME}: checked ${done}/${total} domain${total === 1 ? '' : 's'}`);
    if (done === total) stream.write('\r\u001b[K');
  };
}

export const INSPECT_HELP = `Usage: ${TOOL_NAME} inspect DOMAIN... [options]

Shows what senders see for each policy domain: the _mta-sts and _smtp._tls
records, the policy served at https://mta-sts.DOMAIN/.well-known/mta-sts.txt,
its certificate, and whether every MX host matches an mx pattern. No
repository is needed.

Options:
  --format text|json|sarif   Output format (default: text).
  --output FILE              Write the report to FILE instead of standard output.
  --fail-on error|warning|never
                             Lowest severity that makes the exit status 1
                             (default: error).
  --quiet                    Print only findings at the fail level.
  --no-color                 Never color the output.
  -h, --help                 Show this help.

${LIVE_HELP}`;

export interface InspectIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

export async function runInspect(
  args: string[],
  io: InspectIo,
  render: { oneOf: <T extends string>(flag: string, value: string, allowed: readonly T[]) => T; color: boolean; write: (file: string | undefined, text: string) => Promise<void> },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        quiet: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...LIVE_FLAGS,
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '').split('. ')[0]} (run \`${TOOL_NAME} inspect --help\`)`, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(INSPECT_HELP);
    return 0;
  }

  const format = render.oneOf('--format', values.format ?? 'text', ['text', 'json', 'sarif'] as const);
  const failOn = render.oneOf<FailOn>('--fail-on', values['fail-on'] ?? 'error', ['error', 'warning', 'never'] as const);
  if (positionals.length === 0) throw new UsageError(`inspect needs at least one domain, such as \`${TOOL_NAME} inspect example.com\``);
  const domains = positionals.map((given) => {
    const domain = given.toLowerCase().replace(/\.$/, '');
    if (!isDomainName(domain)) throw new UsageError(`\`${given}\` is not a domain name; give the policy domain, such as example.com (not a URL or an e-mail address)`);
    if (!domain.startsWith('mta-sts.')) return domain;
    io.stderr.write(`${TOOL_NAME}: note: \`${given}\` is a policy host; inspecting its policy domain \`${domain.slice(8)}\`\n`);
    return domain.slice(8);
  });

  const options = await liveOptionsFrom(values, io.cwd);
  if (options.shard && selectShard(domains, options.shard).length === 0) {
    io.stderr.write(`${TOOL_NAME}: note: shard ${options.shard.index}/${options.shard.count} has no domain (${domains.length} in all, fewer than the shards)\n`);
  }
  const onProgress = progressTo(io.stderr);
  const report = await runLive(domains, { ...options, ...(onProgress ? { onProgress } : {}) });
  const output = renderLive(report, format, { color: render.color && !values['no-color'] && values.output === undefined, quiet: values.quiet === true, failOn });
  await render.write(values.output, output);
  return report.findings.some((finding) => reachesFailLevel(finding.severity, failOn)) ? 1 : 0;
}

/** Renders a live report: the readable state and the findings, or JSON / SARIF with the same contract as `check`. */
export function renderLive(report: LiveReport, format: 'text' | 'json' | 'sarif', options: { color: boolean; quiet: boolean; failOn: FailOn }): string {
  if (format === 'json') return formatJson(report.findings, report.live.map(jsonDomain), 0, report.live);
  if (format === 'sarif') return formatSarif(report.findings);
  const findings = formatText(report.findings, { ...options, files: null, domains: report.live.length });
  if (options.quiet) return findings;
  return `${formatLiveState(report.states, report.live, report.findings)}\n\n${findings}`;
}

function jsonDomain(summary: LiveSummary): { domain: string; policyFile: null; mode: string | null; maxAge: number | null; mx: string[]; id: string | null } {
  return { domain: summary.domain, policyFile: null, mode: summary.mode, maxAge: summary.maxAge, mx: summary.mxPatterns, id: summary.id };
}

/**
 * Runs the live half of `check --live`: narrows the report to the shard, then
 * checks each policy domain, with notes on `stderr` when there is nothing to check.
 */
export async function checkLive(report: CheckReport, options: LiveRunOptions, historyDepth: number | undefined, stderr: ProgressStream): Promise<LiveReport> {
  if (options.shard && keepShard(report, options.shard) === 0) {
    stderr.write(`${TOOL_NAME}: note: shard ${options.shard.index}/${options.shard.count} has no policy domain (there are fewer domains than shards)\n`);
  }
  const onProgress = progressTo(stderr);
  const live = await runLiveForReport(report, { ...options, ...(onProgress ? { onProgress } : {}) }, historyDepth);
  if (live.states.length === 0 && !options.shard) stderr.write(`${TOOL_NAME}: note: --live found no policy domain to check; name it with --domain or in .mta-sts-guard.yml\n`);
  return live;
}

/** Formats the readable live state that precedes the findings in text output; empty when no domain was checked. */
export function formatLiveBlock(live: LiveReport, findings: readonly Finding[]): string {
  return live.states.length > 0 ? formatLiveState(live.states, live.live, findings) : '';
}
