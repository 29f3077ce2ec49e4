// Measures the wall time of the commands that the git hooks run, on a
// one-domain repository, against `node -e 0`, and prints the results as
// Markdown tables on stdout. Progress goes to stderr. See the "Hook wall
// time" section of BENCHMARKS.md for recorded results.
//
// The repository has a GitHub-Pages-style policy
// (mta-sts.example.com/.well-known/mta-sts.txt) and a BIND zone file
// (dns/example.com.zone) in one commit. The commands are:
//   - `check --staged` with a staged policy change and a staged new id, the
//     commit that the mta-sts-id hook lets through (exit status 0);
//   - `check --staged` with a staged policy change and the old id, the
//     commit that it rejects with STS501 (exit status 1);
//   - `check --changed POLICY ZONE`, what the mta-sts-lint hook runs when
//     pre-commit passes both files (exit status 0).
// Each command runs --runs times (default DEFAULT_RUNS, at least MIN_RUNS)
// after WARMUP_ROUNDS warm-up rounds, interleaved with `node -e 0` in one
// loop, the order rotated every round.
// Each run is timed with process.hrtime.bigint() around spawnSync, so the
// time includes starting node and every git process the CLI starts.
//
// The goal is a median at most GOAL_RATIO times that of `node -e 0`. When a
// command misses it, or with --profile, the command with the highest median
// ratio runs once more with `node --cpu-prof` and GIT_TRACE2_EVENT. The
// script then lists the functions with the most time and the git processes.
//
// The CLI bundle is copied into the temporary folder first, so a rebuild of
// dist/ during the run does not change what is measured.
//
// Usage: node scripts/bench-hook.mjs [--runs N] [--profile]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { copyBundle, createLogger, ensureBundle, machineLine, median, percentile, runChecked as runCheckedWith } from './bench-support.mjs';

const log = createLogger('bench-hook');

const DEFAULT_RUNS = 40;
const MIN_RUNS = 30;
const WARMUP_ROUNDS = 3;
const GOAL_RATIO = 2;
const PROFILE_TOP_FUNCTIONS = 12;
/** Sampling interval of the CPU profile in microseconds. Node's default of 1,000 µs gives only about 100 samples for one run. */
const PROFILE_INTERVAL_US = 100;

const POLICY_PATH = 'mta-sts.example.com/.well-known/mta-sts.txt';
const ZONE_PATH = 'dns/example.com.zone';
const POLICY = 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmx: mx2.example.com\nmax_age: 1209600\n';
const CHANGED_POLICY = POLICY.replace('mx2.example.com', 'mx3.example.com');
const OLD_ID = '20240101000000';
const NEW_ID = '20250101000000';

/** Keeps the user's git config and terminal colors out of the measurement. */
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  NO_COLOR: '1',
};
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'FORCE_COLOR']) delete ENV[name];

/** Runs a command with the benchmark's environment and throws unless it exits with status 0. */
function runChecked(command, args, options = {}) {
  return runCheckedWith(command, args, { env: ENV, ...options });
}

function readOptions() {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, profile: { type: 'boolean' } } });
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < MIN_RUNS) throw new Error(`--runs \`${values.runs}\` is invalid; expected a whole number of at least ${MIN_RUNS}`);
  return { runs, profile: values.profile === true };
}

// Statistics.

function formatMs(ms) {
  return `${ms.toFixed(1)} ms`;
}

// Setup.

function writeFiles(folder, files) {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

function zoneFile(id) {
  return [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 3600',
    `_mta-sts IN TXT "v=STSv1; id=${id}"`,
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
    '',
  ].join('\n');
}

/** Creates a repository with the policy and zone file in one commit, then writes and stages `staged`. */
function makeRepository(folder, staged) {
  writeFiles(folder, { [POLICY_PATH]: POLICY, [ZONE_PATH]: zoneFile(OLD_ID) });
  runChecked('git', ['init', '-q', '-b', 'main'], { cwd: folder });
  runChecked('git', ['add', '-A'], { cwd: folder });
  runChecked('git', ['commit', '-q', '-m', 'Initial commit'], { cwd: folder });
  writeFiles(folder, staged);
  runChecked('git', ['add', '-A'], { cwd: folder });
  return folder;
}

// Measurement.

/** Runs one command and returns its wall time in milliseconds. Throws when the exit status is not the expected one. */
function timeCommand(command, extraNodeArgs = [], extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...extraNodeArgs, ...command.args], { cwd: command.cwd, env: { ...ENV, ...extraEnv }, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || result.status !== command.expectedStatus) {
    throw new Error(`${command.label} exited with status ${result.status} instead of ${command.expectedStatus} (${result.error?.message ?? 'no spawn error'}):\n${result.stdout}${result.stderr}`);
  }
  return elapsed;
}

function measure(commands, runs) {
  log(`${WARMUP_ROUNDS} warm-up and ${runs} timed runs of each of ${commands.length} commands, interleaved`);
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const command of commands) timeCommand(command);
  }
  // Rotating the order each round keeps any effect of position (cache state, CPU frequency) from favouring one command.
  for (let round = 0; round < runs; round++) {
    for (let index = 0; index < commands.length; index++) {
      const command = commands[(round + index) % commands.length];
      command.samples.push(timeCommand(command));
    }
  }

  const baseline = commands[0];
  return commands.map((command) => ({
    command,
    median: median(command.samples),
    p90: percentile(command.samples, 90),
    min: Math.min(...command.samples),
    medianRatio: median(command.samples) / median(baseline.samples),
    p90Ratio: percentile(command.samples, 90) / percentile(baseline.samples, 90),
  }));
}

// CPU profile.

function frameName(frame) {
  const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'}${where ? ` (${where})` : ''}`;
}

/**
 * Returns true for the named functions of the CLI bundle and of node's
 * child_process module, whose total time the report lists. The bundle's
 * module wrappers (numeric ids, anonymous functions, __nccwpck_require__)
 * are left out, because they contain all of the CLI's work.
 */
function isListedForTotal(frame) {
  const named = frame.functionName !== '' && !/^[0-9]+$/.test(frame.functionName) && !frame.functionName.startsWith('__nccwpck_require__');
  return named && (/(^|\/)([0-9]+\.)?index\.js$/.test(frame.url) || frame.url === 'node:child_process');
}

/**
 * Sums the sampled time per function from a .cpuprofile file: self time, and
 * total time (self plus callees, each sample counted once per function even
 * when the function recurses). The results are estimates, because they come
 * from samples.
 */
function topFunctions(profileFile, limit) {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }

  const selfMicroseconds = new Map();
  const totalMicroseconds = new Map();
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const name = frameName(byNode.get(nodeId).callFrame);
    selfMicroseconds.set(name, (selfMicroseconds.get(name) ?? 0) + delta);
    const onStack = new Set();
    for (let id = nodeId; id !== undefined; id = parentOf.get(id)) {
      const frame = byNode.get(id).callFrame;
      if (isListedForTotal(frame)) onStack.add(frameName(frame));
    }
    for (const frame of onStack) totalMicroseconds.set(frame, (totalMicroseconds.get(frame) ?? 0) + delta);
  });

  const profiledMicroseconds = profile.endTime - profile.startTime;
  const rank = (times) =>
    [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, microseconds]) => ({ name, ms: microseconds / 1000, share: microseconds / profiledMicroseconds }));
  return { totalMs: profiledMicroseconds / 1000, top: rank(selfMicroseconds), topTotal: rank(totalMicroseconds) };
}

/** Lists the git processes that the CLI started, with their run times, from a GIT_TRACE2_EVENT file. */
function readGitTrace(traceFile) {
  if (!existsSync(traceFile)) return [];
  const started = new Map();
  const processes = [];
  for (const line of readFileSync(traceFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line);
    // Skips the child processes of git itself, whose session ids contain a `/`.
    if (event.sid.includes('/')) continue;
    if (event.event === 'start') started.set(event.sid, event.argv.slice(1).join(' '));
    if (event.event === 'exit' && started.has(event.sid)) processes.push({ command: started.get(event.sid), ms: event.t_abs * 1000 });
  }
  return processes;
}

function profileRun(command, folder) {
  const profileDir = path.join(folder, 'profile');
  const traceFile = path.join(folder, 'git-trace.json');
  const wallMs = timeCommand(command, ['--cpu-prof', '--cpu-prof-interval', String(PROFILE_INTERVAL_US), '--cpu-prof-dir', profileDir], { GIT_TRACE2_EVENT: traceFile });
  const profileFile = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!profileFile) throw new Error(`node --cpu-prof wrote no .cpuprofile file into ${profileDir}`);
  return { command, wallMs, ...topFunctions(path.join(profileDir, profileFile), PROFILE_TOP_FUNCTIONS), git: readGitTrace(traceFile) };
}

// Report.

function printReport(rows, runs, profile) {
  const lines = [];
  lines.push(`Machine: ${machineLine({ git: true, env: ENV })}`, `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
  lines.push(`### Hook commands (${runs} runs of each command, interleaved, after ${WARMUP_ROUNDS} warm-up rounds)`, '');
  lines.push('| Command | Exit status | Median | p90 | Min | Median ratio | p90 ratio |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    lines.push(`| ${row.command.label} | ${row.command.expectedStatus} | ${formatMs(row.median)} | ${formatMs(row.p90)} | ${formatMs(row.min)} | ${row.medianRatio.toFixed(2)} | ${row.p90Ratio.toFixed(2)} |`);
  }
  lines.push('', `Ratios compare with \`node -e 0\`. p90 is the nearest-rank 90th percentile. Goal: median ratio ≤ ${GOAL_RATIO}.`);
  for (const row of rows.slice(1)) {
    lines.push(`- ${row.command.label}: median ratio ${row.medianRatio.toFixed(2)}, goal ${row.medianRatio <= GOAL_RATIO ? 'met' : 'not met'}.`);
  }

  if (profile) {
    lines.push('', `### Where the time goes: ${profile.command.label}, one run with --cpu-prof`, '');
    lines.push(`Wall time of the profiled run: ${formatMs(profile.wallMs)}. Time covered by the profile: ${formatMs(profile.totalMs)}; node starts before the profiler and exits after it. Sampling interval: ${PROFILE_INTERVAL_US} µs.`, '');
    lines.push('| Function (file:line) | Self time | Share |');
    lines.push('|---|---:|---:|');
    for (const entry of profile.top) lines.push(`| \`${entry.name}\` | ${entry.ms.toFixed(1)} ms | ${(100 * entry.share).toFixed(1)} % |`);
    lines.push('', '`(idle)` is time in which node ran no JavaScript, because it was waiting for git or for file reads.', '');
    lines.push('Total time (self plus callees) of the named functions of the bundle and of `node:child_process`:', '');
    lines.push('| Function (file:line) | Total time | Share |');
    lines.push('|---|---:|---:|');
    for (const entry of profile.topTotal) lines.push(`| \`${entry.name}\` | ${entry.ms.toFixed(1)} ms | ${(100 * entry.share).toFixed(1)} % |`);
    if (profile.git.length > 0) {
      lines.push('', '| git process | Run time |', '|---|---:|');
      for (const entry of profile.git) lines.push(`| \`git ${entry.command}\` | ${entry.ms.toFixed(1)} ms |`);
      lines.push('', 'From GIT_TRACE2_EVENT. `git cat-file --batch` runs for the whole check, so its run time overlaps that of the others.');
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main() {
  const options = readOptions();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-guard-bench-hook-'));
  try {
    ensureBundle(log);
    const bundle = copyBundle(folder).file;
    const passing = makeRepository(path.join(folder, 'new-id'), { [POLICY_PATH]: CHANGED_POLICY, [ZONE_PATH]: zoneFile(NEW_ID) });
    const rejected = makeRepository(path.join(folder, 'old-id'), { [POLICY_PATH]: CHANGED_POLICY });
    const commands = [
      { label: '`node -e 0`', args: ['-e', '0'], cwd: passing, expectedStatus: 0 },
      { label: '`check --staged`, policy change with a new id', args: [bundle, 'check', '--staged'], cwd: passing, expectedStatus: 0 },
      { label: '`check --staged`, policy change without a new id', args: [bundle, 'check', '--staged'], cwd: rejected, expectedStatus: 1 },
      { label: '`check --changed POLICY ZONE`', args: [bundle, 'check', '--changed', POLICY_PATH, ZONE_PATH], cwd: passing, expectedStatus: 0 },
    ].map((command) => ({ ...command, samples: [] }));

    const rows = measure(commands, options.runs);
    const slowest = rows.slice(1).reduce((worst, row) => (row.medianRatio > worst.medianRatio ? row : worst));
    let profile = null;
    if (options.profile || slowest.medianRatio > GOAL_RATIO) {
      log(`profiling ${slowest.command.label} with --cpu-prof and GIT_TRACE2_EVENT`);
      profile = profileRun(slowest.command, folder);
    }
    printReport(rows, options.runs, profile);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
