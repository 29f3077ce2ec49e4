// Measures lint throughput of the core and cold-start time of the bundled
// CLI, and prints the results as Markdown tables on stdout. Progress and
// build output go to stderr. See BENCHMARKS.md for recorded results.
//
// Throughput: src/core is compiled with tsc into a temporary folder (type
// checking skipped, so unfinished edits elsewhere in src/ do not block it),
// because the ncc bundle exposes only the CLI entry point, not lintDomain.
//
// Cold start: `node dist/cli/index.js check` runs in temporary one-domain
// git repositories, interleaved with `node -e 0` in one loop, each run timed
// with process.hrtime.bigint() around spawnSync. hyperfine is not used even
// when installed, because it runs all samples of one command before the next
// and so cannot interleave the commands.
//
// With --gate, it then runs scripts/bench-gate.mjs, which measures the
// policy id gate on a generated repository and takes about five minutes.
// With --hook, it then runs scripts/bench-hook.mjs, which measures the
// commands of the git hooks on a one-domain repository in about 20 s.
// With --live, it then runs scripts/bench-live.mjs, which measures
// `inspect` and mailauth on 1,000 loopback domains and compares their
// verdicts, in about two minutes here. It needs port 443 on 127.0.0.1 for the
// mailauth half.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextEncoder, parseArgs } from 'node:util';

import { cliBundle, createLogger, ensureBundle, formatCount, machineLine, median, percentile, root, runChecked } from './bench-support.mjs';

const log = createLogger('bench');


const POLICY_COUNT = 10_000;
const THROUGHPUT_RUNS = 5;
const SEED = 8461;
const COLD_START_RUNS = 40;
const COLD_START_WARMUP_RUNS = 3;
const GOAL_RATIO = 2;

const tempFolders = [];

function makeTempFolder(prefix) {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempFolders.push(folder);
  return folder;
}

// Statistics.

function formatMs(ms) {
  return `${ms.toFixed(1)} ms`;
}

// Deterministic policy generation.

/** mulberry32: a small seeded PRNG, so every run lints the same policies. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DOMAINS = ['example.com', 'example.net', 'mail.example.org', 'example.co.uk'];
const MAX_AGES = ['86400', '604800', '1209600', '2592000', '31557600'];
const MODES = ['enforce', 'testing', 'none'];

/** Replacement lines that each break one rule: field values, line syntax and blank lines. */
const BROKEN_LINES = [
  'mode: Enforce',
  'mode: enforce # strict',
  'mode: strict',
  'max_age: 1w',
  'max_age: -5',
  'max_age: 99999999999',
  'max_age: 86400 # one day',
  'mx: mx1.example.com, mx2.example.com',
  'mx: mx_1.example.com',
  'mx: *.*.example.com',
  'mx: mail.example.com.',
  'mx: mx.bücher.example',
  'mx: 192.0.2.25',
  'version: STSv2',
  'version: stsv1',
  'mode = enforce',
  '# managed by hand',
  '  mx: indented.example.com',
  'maxage: 86400',
  '',
];

/** Builds one policy of 4 to 12 lines. About 40 % get one to three broken lines or odd line endings. */
function makePolicy(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lineCount = 4 + Math.floor(random() * 9);
  const domain = pick(DOMAINS);

  const lines = ['version: STSv1', `mode: ${pick(MODES)}`];
  for (let index = 0; lines.length < lineCount - 1; index++) {
    lines.push(random() < 0.85 ? `mx: ${random() < 0.3 ? '*.' : `mx${index + 1}.`}${domain}` : `x-note-${index}: rotated ${2020 + index}`);
  }
  lines.push(`max_age: ${pick(MAX_AGES)}`);

  let lineBreak = random() < 0.3 ? '\r\n' : '\n';
  let prefix = '';
  if (random() < 0.4) {
    const breaks = 1 + Math.floor(random() * 3);
    for (let count = 0; count < breaks; count++) lines[Math.floor(random() * lines.length)] = pick(BROKEN_LINES);
    if (random() < 0.1) lineBreak = null;
    if (random() < 0.05) prefix = '\uFEFF';
  }

  const body = lineBreak === null ? lines.map((line, index) => line + (index % 2 === 0 ? '\n' : '\r\n')).join('') : lines.join(lineBreak) + lineBreak;
  return new TextEncoder().encode(prefix + body);
}

// Lint throughput.

function compileCore() {
  const outDir = makeTempFolder('mta-sts-guard-bench-core-');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  runChecked(process.execPath, [
    tsc,
    '--ignoreConfig',
    '--noCheck',
    '--outDir', outDir,
    '--rootDir', 'src',
    '--module', 'NodeNext',
    '--moduleResolution', 'NodeNext',
    '--target', 'ES2023',
    '--types', 'node',
    '--skipLibCheck',
    'src/core/lint.ts',
  ], { cwd: root });
  return path.join(outDir, 'core', 'lint.js');
}

async function measureThroughput() {
  log('compiling src/core with tsc');
  const { lintDomain } = await import(pathToFileURL(compileCore()).href);

  const random = createRandom(SEED);
  const policies = Array.from({ length: POLICY_COUNT }, () => makePolicy(random));
  const totalBytes = policies.reduce((sum, bytes) => sum + bytes.length, 0);

  const lintAll = () => {
    let errors = 0;
    for (const bytes of policies) {
      const { findings } = lintDomain({ domain: 'example.com', policy: { file: '.well-known/mta-sts.txt', bytes } });
      if (findings.some((finding) => finding.severity === 'error')) errors++;
    }
    return errors;
  };

  log(`linting ${POLICY_COUNT} policies: 1 warm-up pass, ${THROUGHPUT_RUNS} timed passes`);
  const withErrors = lintAll();
  const seconds = [];
  for (let pass = 0; pass < THROUGHPUT_RUNS; pass++) {
    const start = process.hrtime.bigint();
    lintAll();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }

  const medianSeconds = median(seconds);
  return {
    totalBytes,
    withErrors,
    medianSeconds,
    policiesPerSecond: POLICY_COUNT / medianSeconds,
    megabytesPerSecond: totalBytes / 1e6 / medianSeconds,
  };
}

// Cold start.

const BENCH_POLICY = 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmx: mx2.example.com\nmax_age: 1209600\n';

const BENCH_CONFIG = `domains:
  - domain: example.com
    policy: .well-known/mta-sts.txt
    record:
      value: "v=STSv1; id=20240501120000"
    tlsrpt:
      value: "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"
rules:
  field-order: off
`;

function makeRepository(withConfig) {
  const repository = makeTempFolder('mta-sts-guard-bench-repo-');
  mkdirSync(path.join(repository, '.well-known'));
  writeFileSync(path.join(repository, '.well-known', 'mta-sts.txt'), BENCH_POLICY);
  writeFileSync(path.join(repository, 'CNAME'), 'mta-sts.example.com\n');
  if (withConfig) writeFileSync(path.join(repository, '.mta-sts-guard.yml'), BENCH_CONFIG);
  runChecked('git', ['init', '-q'], { cwd: repository });
  return repository;
}

/** Runs one command and returns its wall time in milliseconds. Exit status 1 (findings) counts as success. */
function timeCommand(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command.file, command.args, { cwd: command.cwd, env: command.env, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`${command.label} failed (exit status ${result.status}, ${result.error?.message ?? 'no spawn error'}):\n${result.stderr}`);
  }
  command.statuses.add(result.status);
  return elapsed;
}

function measureColdStart() {
  ensureBundle(log);
  const env = { ...process.env, NO_COLOR: '1' };
  const commands = [
    { label: '`node -e 0`', file: process.execPath, args: ['-e', '0'], cwd: root },
    { label: '`check`, no config file', file: process.execPath, args: [cliBundle, 'check'], cwd: makeRepository(false) },
    { label: '`check`, with `.mta-sts-guard.yml`', file: process.execPath, args: [cliBundle, 'check'], cwd: makeRepository(true) },
  ].map((command) => ({ ...command, env, statuses: new Set(), samples: [] }));

  log(`cold start: ${COLD_START_WARMUP_RUNS} warm-up and ${COLD_START_RUNS} timed runs of each command, interleaved`);
  for (let round = 0; round < COLD_START_WARMUP_RUNS; round++) {
    for (const command of commands) timeCommand(command);
  }
  // Rotating the order each round keeps any effect of position (cache state, CPU frequency) from favouring one command.
  for (let round = 0; round < COLD_START_RUNS; round++) {
    for (let index = 0; index < commands.length; index++) {
      const command = commands[(round + index) % commands.length];
      command.samples.push(timeCommand(command));
    }
  }

  const baseline = commands[0];
  return commands.map((command) => ({
    label: command.label,
    statuses: [...command.statuses].sort().join(', '),
    median: median(command.samples),
    p90: percentile(command.samples, 90),
    medianRatio: median(command.samples) / median(baseline.samples),
    p90Ratio: percentile(command.samples, 90) / percentile(baseline.samples, 90),
  }));
}

// Report.

function printReport(throughput, coldStart) {
  const lines = [];
  lines.push(`Machine: ${machineLine()}`, '');

  lines.push(`### Lint throughput (median of ${THROUGHPUT_RUNS} passes after 1 warm-up pass)`, '');
  lines.push('| Policies | Input | With error findings | Median pass | Policies/s | MB/s |');
  lines.push('|---:|---:|---:|---:|---:|---:|');
  lines.push(
    `| ${formatCount(POLICY_COUNT)} | ${(throughput.totalBytes / 1e6).toFixed(2)} MB | ${formatCount(throughput.withErrors)} (${((100 * throughput.withErrors) / POLICY_COUNT).toFixed(0)} %) | ${formatMs(throughput.medianSeconds * 1000)} | ${formatCount(throughput.policiesPerSecond)} | ${throughput.megabytesPerSecond.toFixed(2)} |`,
  );
  lines.push('', 'MB is 10^6 bytes of policy input.', '');

  lines.push(`### Cold start (${COLD_START_RUNS} runs of each command, interleaved, after ${COLD_START_WARMUP_RUNS} warm-up rounds)`, '');
  lines.push('| Command | Exit status | Median | p90 | Median ratio | p90 ratio |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const row of coldStart) {
    lines.push(`| ${row.label} | ${row.statuses} | ${formatMs(row.median)} | ${formatMs(row.p90)} | ${row.medianRatio.toFixed(2)} | ${row.p90Ratio.toFixed(2)} |`);
  }
  lines.push('', `Ratios compare with \`node -e 0\`. p90 is the nearest-rank 90th percentile. Goal: median ratio ≤ ${GOAL_RATIO}.`);
  for (const row of coldStart.slice(1)) {
    lines.push(`- ${row.label}: median ratio ${row.medianRatio.toFixed(2)}, goal ${row.medianRatio <= GOAL_RATIO ? 'met' : 'not met'}.`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const { values } = parseArgs({ options: { gate: { type: 'boolean' }, hook: { type: 'boolean' }, live: { type: 'boolean' } } });
  try {
    const throughput = await measureThroughput();
    const coldStart = measureColdStart();
    printReport(throughput, coldStart);
  } finally {
    for (const folder of tempFolders) rmSync(folder, { recursive: true, force: true });
  }

  if (values.gate) {
    log('running scripts/bench-gate.mjs');
    process.stdout.write('\n');
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-gate.mjs')], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`scripts/bench-gate.mjs failed with exit status ${result.status}`);
  }

  if (values.hook) {
    log('running scripts/bench-hook.mjs');
    process.stdout.write('\n');
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-hook.mjs')], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`scripts/bench-hook.mjs failed with exit status ${result.status}`);
  }

  if (values.live) {
    log('running scripts/bench-live.mjs');
    process.stdout.write('\n');
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-live.mjs')], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`scripts/bench-live.mjs failed with exit status ${result.status}`);
  }
}

await main();
