/**
 * The GitHub Action: reads inputs and the event, runs the same check and
 * id gate as the CLI, and reports through annotations, the job summary,
 * outputs, a JSON report, SARIF and an optional pull request comment.
 */

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import * as core from '@actions/core';

import { runCheck, type CheckReport } from '../app/check.js';
import { runGate, type GateReport } from '../app/gate.js';
import { keepShard, runLiveForReport, type LiveReport } from '../app/inspect.js';
import { liveOptionsFrom } from '../app/live-options.js';
import { compareFindings } from '../core/diagnostic.js';
import { GuardError } from '../adapters/errors.js';
import { buildJsonReport } from '../report/json.js';
import { buildSarif } from '../report/sarif.js';
import { buildSummary, selectAnnotations, type SummaryDomain } from '../report/github.js';
import { reachesFailLevel, type FailOn } from '../report/summary.js';
import { formatText } from '../report/text.js';
import { formatLiveState } from '../report/live-text.js';
import { TOOL_NAME } from '../report/meta.js';
import { resolveEvent, type EventPlan } from './event.js';
import { upsertComment } from './comment.js';

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;
const COUNT_KEY = { error: 'errors', warning: 'warnings', notice: 'notices' } as const;

export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    const message = error instanceof GuardError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    try {
      core.setOutput('status', 'error');
    } catch {
      // The outputs file itself may be what failed; the failure message below still reaches the log.
    }
    core.setFailed(`${TOOL_NAME}: ${message}`);
    if (!(error instanceof GuardError) && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

async function runAction(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = core.getInput('working-directory') || '.';
  const cwd = path.resolve(workspace, workingDirectory);
  // A missing folder would otherwise resolve to the enclosing git repository and check that instead.
  if (!(await isFolder(cwd))) {
    throw new GuardError(`input \`working-directory\` is \`${workingDirectory}\`, but \`${cwd}\` is not a folder; give a folder relative to the workspace`, 'USAGE_INVALID');
  }
  const paths = core
    .getInput('path')
    .split(/[\n ]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const configPath = core.getInput('config') || undefined;
  // An empty input leaves the choice to the config file's fail-on, as the CLI does.
  const failOnInput = core.getInput('fail-on');
  if (failOnInput !== '' && !['error', 'warning', 'never'].includes(failOnInput)) {
    throw new GuardError(`input \`fail-on\` is \`${failOnInput}\`; expected error, warning or never`, 'USAGE_INVALID');
  }
  const wantComment = readBooleanInput('comment');
  const sarifPath = core.getInput('sarif');
  const token = core.getInput('token');
  const live = readBooleanInput('live');
  const smtp = readBooleanInput('smtp');
  const resolvers = splitList(core.getInput('resolver'));
  const shard = core.getInput('shard');
  const routes = splitList(core.getInput('connect-to'));
  const caFiles = splitList(core.getInput('ca-file'));
  const allowPrivate = readBooleanInput('allow-private');
  if (!live && (smtp || resolvers.length > 0 || shard !== '' || routes.length > 0 || caFiles.length > 0 || allowPrivate)) {
    throw new GuardError('inputs `smtp`, `resolver`, `shard`, `connect-to`, `ca-file` and `allow-private` need `live: true`', 'USAGE_INVALID');
  }
  const liveOptions = live
    ? // The inputs reuse the flags' checks, so their messages name the input instead of the flag.
      await liveOptionsFrom({ smtp, resolver: resolvers, 'connect-to': routes, 'ca-file': caFiles, 'allow-private': allowPrivate, ...(shard === '' ? {} : { shard }) }, cwd).catch((error: unknown) => {
        throw error instanceof GuardError ? new GuardError(error.message.replace(/^--([a-z-]+)/, 'input `$1`'), error.code, { cause: error }) : error;
      })
    : undefined;

  const plan = await resolveEvent(process.env.GITHUB_EVENT_NAME ?? '', process.env.GITHUB_EVENT_PATH, core.getInput('base'), cwd);
  for (const note of plan.notes) core.info(note);

  const checkOptions = { cwd, paths, records: [], tlsrpt: [], ...(configPath ? { configPath } : {}) };
  let report: CheckReport | GateReport;
  const notes = [...plan.notes];
  if (plan.base) {
    report = await runGate({ ...checkOptions, base: plan.base, liveChecked: live && smtp, ...(plan.apiFallback && token ? { apiFallback: { token, ...plan.apiFallback } } : {}) });
    // What the gate could not check (a shallow clone, the API fallback) is a warning, so it shows on the run.
    for (const note of (report as GateReport).notes ?? []) {
      core.warning(note);
      notes.push(note);
    }
  } else {
    report = await runCheck(checkOptions);
  }

  let liveReport: LiveReport | undefined;
  if (liveOptions?.shard && keepShard(report, liveOptions.shard) === 0) {
    notes.push(`shard ${liveOptions.shard.index}/${liveOptions.shard.count} has no policy domain, because there are fewer domains than shards`);
  }
  if (liveOptions) {
    liveReport = await runLiveForReport(report, liveOptions);
    report.findings.push(...liveReport.findings);
    report.findings.sort(compareFindings);
    if (liveReport.states.length === 0 && !liveOptions.shard) notes.push('live: true found no policy domain to check; name the domains in .mta-sts-guard.yml');
  }

  const failOn: FailOn = failOnInput !== '' ? (failOnInput as FailOn) : (report.config?.failOn ?? 'error');
  logReport(report, failOn, cwd, liveReport);

  const failed = report.findings.some((finding) => reachesFailLevel(finding.severity, failOn));
  // core.setFailed below adds one more error annotation, and GitHub keeps only the first ten of a step.
  const { annotated, dropped } = selectAnnotations(report.findings, { error: failed ? 1 : 0 });
  for (const finding of annotated) {
    const properties: core.AnnotationProperties = { title: `${finding.ruleId} ${finding.alias}`, file: finding.file! };
    if (finding.span) {
      properties.startLine = finding.span.line;
      properties.endLine = finding.span.endLine;
      if (finding.span.line === finding.span.endLine) {
        properties.startColumn = finding.span.column;
        properties.endColumn = finding.span.endColumn;
      }
    }
    const log = ANNOTATE[finding.severity];
    log(finding.message, properties);
  }

  const summaryMarkdown = buildSummary({
    title: 'MTA-STS check',
    comparison: plan.base ? `${plan.baseLabel} with ${plan.headLabel}` : null,
    domains: summaryDomains(report, liveReport),
    findings: report.findings,
    notAnnotated: dropped.length,
    notes,
    failed,
    compared: plan.base !== undefined,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown).write();

  const reportFile = path.join(process.env.RUNNER_TEMP ?? cwd, 'mta-sts-guard-report.json');
  await writeFile(reportFile, `${JSON.stringify(buildJsonReport(report.findings, report.domains, report.files, liveReport?.live), null, 2)}\n`);
  if (sarifPath) {
    const sarifFile = path.resolve(cwd, sarifPath);
    await mkdir(path.dirname(sarifFile), { recursive: true });
    await writeFile(sarifFile, `${JSON.stringify(buildSarif(report.findings), null, 2)}\n`);
  }

  if (wantComment) await commentOnPullRequest(plan, token, summaryMarkdown);

  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const finding of report.findings) counts[COUNT_KEY[finding.severity]]++;
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('notices', counts.notices);
  core.setOutput('domains', JSON.stringify(report.domains.map((domain) => domain.domain).filter((domain) => domain !== null)));
  core.setOutput('report', reportFile);
  core.setOutput('status', failed ? 'failed' : 'passed');
  if (failed) {
    core.setFailed(`${TOOL_NAME}: ${counts.errors} error(s), ${counts.warnings} warning(s) at or above the fail-on level \`${failOn}\``);
  }
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a boolean input, rejecting values other than true and false with a usage error instead of an internal one. */
function readBooleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new GuardError(`input \`${name}\` is \`${core.getInput(name)}\`; expected true or false`, 'USAGE_INVALID');
  }
}

/**
 * Prints the text report between `::stop-commands::` markers with a random
 * token, so nothing in a policy, record or file name can run a workflow command.
 */
function logReport(report: CheckReport, failOn: FailOn, cwd: string, live: LiveReport | undefined): void {
  const token = randomBytes(16).toString('hex');
  const text = formatText(report.findings, {
    color: false,
    quiet: false,
    failOn,
    files: report.files,
    domains: report.domains.length,
    displayPath: (file) => (file.startsWith('<') ? file : path.relative(cwd, path.resolve(report.root, file)) || file),
  });
  // The live state comes from DNS and the policy host, so it stays inside the block like the findings.
  const state = live && live.states.length > 0 ? `${formatLiveState(live.states, live.live, report.findings)}\n\n` : '';
  process.stdout.write(`::stop-commands::${token}\n${state}${text}\n::${token}::\n`);
}

function splitList(value: string): string[] {
  return value
    .split(/[\n ]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function summaryDomains(report: CheckReport | GateReport, live: LiveReport | undefined): SummaryDomain[] {
  const gate = 'baseIds' in report ? report : null;
  return report.domains.map((domain) => {
    const liveSummary = live?.live.find((candidate) => candidate.domain === domain.domain);
    const baseId = gate?.baseIds?.get(domain.domain ?? '') ?? null;
    const failedGate = report.findings.some((finding) => finding.domain === domain.domain && ['STS501', 'STS502', 'STS505'].includes(finding.ruleId) && finding.severity === 'error');
    return {
      domain: domain.domain,
      policyFile: domain.policyFile,
      mode: domain.mode,
      maxAge: domain.maxAge,
      mx: domain.mx,
      baseId: gate ? baseId : domain.id,
      headId: domain.id,
      gate: gate ? (failedGate ? 'failed' : 'passed') : 'not compared',
      ...(liveSummary ? { live: liveSummary } : {}),
    };
  });
}

async function commentOnPullRequest(plan: EventPlan, token: string, body: string): Promise<void> {
  if (!plan.pullRequest) {
    core.info('comment: true has no effect outside pull_request events');
    return;
  }
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  const runUrl = server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
  try {
    await upsertComment(token, plan.pullRequest, body, runUrl);
  } catch (error) {
    // A fork's pull request gets a read-only token; the check itself still counts.
    core.warning(`could not write the pull request comment (${error instanceof Error ? error.message : String(error)}); with pull requests from forks the token is read-only, so see the job summary instead`);
  }
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}
