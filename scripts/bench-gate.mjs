// Measures the policy id gate (`check --base REV`) of the bundled CLI on a
// generated repository with many policy domains and a long history, and
// prints the results as Markdown tables on stdout. Progress goes to stderr.
// See the "Policy id gate" section of BENCHMARKS.md for recorded results.
//
// The repository is written with `git fast-import` from a seeded PRNG, so
// every run measures the same history. Its last commit changes about 20
// policies: half of them keep their policy id (STS501), and one takes an id
// that the same domain used for other content long before (STS502). The
// script checks that the gate reports exactly these findings.
//
// Usage: node scripts/bench-gate.mjs [--domains N] [--commits N] [--runs N] [--skip-profile]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliBundle = path.join(root, 'dist', 'cli', 'index.js');

const SEED = 8461;
const DEFAULT_DOMAINS = 1000;
const DEFAULT_COMMITS = 5000;
const DEFAULT_RUNS = 3;
const WARMUP_RUNS = 1;
/** Policies changed by the last commit: half keep their id, one of the others reuses an old id. */
const LAST_COMMIT_DOMAINS = 20;
const PROFILE_TOP_FUNCTIONS = 12;
/** Seconds between generated commits, so every commit has its own timestamp id. */
const COMMIT_INTERVAL_SECONDS = 3600;
const FIRST_COMMIT_TIME = Date.UTC(2020, 0, 1) / 1000;
const TIME_COMMAND = '/usr/bin/time';
/** Printed on stderr by the preload module when /usr/bin/time is missing. */
const RSS_MARKER = 'bench-gate-max-rss-kib=';

function log(message) {
  process.stderr.write(`bench-gate: ${message}\n`);
}

/** Runs a command to completion and throws with its output unless it exits with status 0. */
function runChecked(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw new Error(`${command} ${args.join(' ')} failed to start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit status ${result.status}:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function formatCount(value) {
  return Math.round(value).toLocaleString('en-US');
}

function formatSeconds(ms) {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      domains: { type: 'string' },
      commits: { type: 'string' },
      runs: { type: 'string' },
      'skip-profile': { type: 'boolean' },
    },
  });
  const positive = (flag, given, fallback, minimum) => {
    if (given === undefined) return fallback;
    const value = Number(given);
    if (!Number.isInteger(value) || value < minimum) throw new Error(`--${flag} \`${given}\` is invalid; expected a whole number of at least ${minimum}`);
    return value;
  };
  return {
    domains: positive('domains', values.domains, DEFAULT_DOMAINS, LAST_COMMIT_DOMAINS),
    // The last commit and HEAD~100 need at least 101 commits before them.
    commits: positive('commits', values.commits, DEFAULT_COMMITS, 102),
    runs: positive('runs', values.runs, DEFAULT_RUNS, 1),
    profile: values['skip-profile'] !== true,
  };
}

// Deterministic history.

/** mulberry32: a small seeded PRNG, so every run generates the same repository. */
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

const MODES = ['testing', 'enforce'];
const MAX_AGES = [604800, 1209600, 2592000, 31557600];
const MX_HOSTS = ['mx1', 'mx2', 'mx3', 'mx4', '*.mail'];

function domainName(index) {
  return `d${String(index + 1).padStart(4, '0')}.example`;
}

function policyPath(domain) {
  return `sites/mta-sts.${domain}/.well-known/mta-sts.txt`;
}

function zonePath(domain) {
  return `dns/${domain}.zone`;
}

function commitTime(commitIndex) {
  return FIRST_COMMIT_TIME + commitIndex * COMMIT_INTERVAL_SECONDS;
}

/** Returns the policy id `YYYYMMDDhhmmss` (UTC) for a commit, the scheme of `mta-sts-guard bump`. */
function idForCommit(commitIndex) {
  return new Date(commitTime(commitIndex) * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function renderPolicy(domain, policy) {
  const lines = ['version: STSv1', `mode: ${policy.mode}`, ...policy.mx.map((host) => `mx: ${host}.${domain}`), `max_age: ${policy.maxAge}`];
  const lineBreak = policy.crlf ? '\r\n' : '\n';
  return lines.join(lineBreak) + lineBreak;
}

/** Mirrors the gate's canonical form closely enough to tell whether two versions have the same content. */
function contentKey(policy) {
  return `${policy.mode}|${[...policy.mx].sort().join(',')}|${policy.maxAge}`;
}

function renderZone(domain, id) {
  return `$ORIGIN ${domain}.\n$TTL 3600\n@ IN SOA ns1.${domain}. hostmaster.${domain}. 1 7200 3600 1209600 3600\n_mta-sts IN TXT "v=STSv1; id=${id}"\n_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@${domain}"\n`;
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function createDomainState(random) {
  const mxCount = 1 + Math.floor(random() * 3);
  return {
    mode: random() < 0.7 ? 'enforce' : 'testing',
    mx: MX_HOSTS.slice(0, mxCount),
    maxAge: pick(random, MAX_AGES),
    crlf: random() < 0.2,
    id: idForCommit(0),
    /** Every (id, content) pair the domain has had, oldest first, with the commit that set it. */
    history: [],
  };
}

/** Changes what senders act on: the mode, one mx pattern or max_age. */
function editPolicy(random, policy) {
  const unused = MX_HOSTS.filter((host) => !policy.mx.includes(host));
  const choice = random();
  if (choice < 0.3) {
    policy.mode = MODES.find((mode) => mode !== policy.mode);
  } else if (choice < 0.55 && unused.length > 0) {
    policy.mx = [...policy.mx, pick(random, unused)];
  } else if (choice < 0.75 && policy.mx.length > 1) {
    const removed = Math.floor(random() * policy.mx.length);
    policy.mx = policy.mx.filter((_host, index) => index !== removed);
  } else {
    policy.maxAge = pick(random, MAX_AGES.filter((maxAge) => maxAge !== policy.maxAge));
  }
}

/** Changes only bytes the canonical form ignores: line endings or the order of mx lines. */
function reformatPolicy(policy) {
  if (policy.mx.length > 1) policy.mx = [...policy.mx.slice(1), policy.mx[0]];
  else policy.crlf = !policy.crlf;
}

/** Writes the files of one domain into the commit being built. */
function touchDomain(changes, domain, state, { policy, zone }) {
  if (policy) changes.set(policyPath(domain), renderPolicy(domain, state));
  if (zone) changes.set(zonePath(domain), renderZone(domain, state.id));
}

function recordHistory(state, commitIndex) {
  state.history.push({ commitIndex, id: state.id, content: contentKey(state) });
}

/**
 * Builds the whole history in memory. Returns the commits (each a map from
 * path to new content) and what the last commit should make the gate report.
 */
function planHistory({ domains: domainCount, commits: commitCount }) {
  const random = createRandom(SEED);
  const domains = Array.from({ length: domainCount }, (_unused, index) => domainName(index));
  const states = new Map(domains.map((domain) => [domain, createDomainState(random)]));
  const commits = [];

  const first = new Map();
  for (const domain of domains) {
    const state = states.get(domain);
    touchDomain(first, domain, state, { policy: true, zone: true });
    recordHistory(state, 0);
  }
  commits.push({ message: `Add ${domainCount} policy domains`, changes: first });

  // Most commits change a policy and bump its id. Some bump an id alone (STS504) or change only the formatting (STS503).
  for (let commitIndex = 1; commitIndex < commitCount - 1; commitIndex++) {
    const changes = new Map();
    const touched = new Set();
    const count = 1 + Math.floor(random() * 4);
    while (touched.size < count) touched.add(pick(random, domains));
    for (const domain of touched) {
      const state = states.get(domain);
      const kind = random();
      if (kind < 0.8) {
        editPolicy(random, state);
        state.id = idForCommit(commitIndex);
        touchDomain(changes, domain, state, { policy: true, zone: true });
      } else if (kind < 0.9) {
        state.id = idForCommit(commitIndex);
        touchDomain(changes, domain, state, { policy: false, zone: true });
      } else {
        reformatPolicy(state);
        touchDomain(changes, domain, state, { policy: true, zone: false });
      }
      recordHistory(state, commitIndex);
    }
    commits.push({ message: `Update ${[...touched].join(', ')}`, changes });
  }

  const lastIndex = commitCount - 1;
  const { changes, expected } = planLastCommit(random, domains, states, lastIndex);
  commits.push({ message: `Update ${LAST_COMMIT_DOMAINS} policies`, changes });
  return { commits, expected };
}

/**
 * Changes LAST_COMMIT_DOMAINS policies in the last commit: the first half keep
 * their id, the others get a new one, and the first of those reuses an id
 * that the same domain had for other content in the first half of history.
 */
function planLastCommit(random, domains, states, lastIndex) {
  const chosen = new Set();
  while (chosen.size < LAST_COMMIT_DOMAINS) chosen.add(pick(random, domains));
  const ordered = [...chosen];
  const keepId = ordered.slice(0, LAST_COMMIT_DOMAINS / 2);
  const newId = ordered.slice(LAST_COMMIT_DOMAINS / 2);
  const changes = new Map();
  let reused = null;

  for (const domain of keepId) {
    const state = states.get(domain);
    editPolicy(random, state);
    touchDomain(changes, domain, state, { policy: true, zone: false });
  }

  for (const domain of newId) {
    const state = states.get(domain);
    editPolicy(random, state);
    state.id = idForCommit(lastIndex);
    if (reused === null) {
      const content = contentKey(state);
      // Prefer an id set by a later commit than the first, so the gate has to read deep into history.
      const old = state.history.find((entry) => entry.commitIndex > 0 && entry.commitIndex < lastIndex / 2 && entry.content !== content && entry.id !== idForCommit(0))
        ?? state.history.find((entry) => entry.content !== content);
      if (old) {
        state.id = old.id;
        reused = { domain, id: old.id, commitIndex: old.commitIndex };
      }
    }
    touchDomain(changes, domain, state, { policy: true, zone: true });
  }

  if (reused === null) throw new Error('no domain in the last commit has an old id with other content to reuse; change SEED');
  return { changes, expected: { keepId: keepId.sort(), newId: newId.sort(), reused } };
}

/** Serializes the planned commits as a `git fast-import` stream on branch main. */
function fastImportStream(commits) {
  const parts = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  commits.forEach((commit, index) => {
    parts.push('commit refs/heads/main\n');
    parts.push(`committer Bench <bench@example.invalid> ${commitTime(index)} +0000\n`);
    parts.push(data(commit.message));
    for (const [file, content] of commit.changes) {
      parts.push(`M 100644 inline ${file}\n`, data(content));
    }
  });
  parts.push('done\n');
  return parts.join('');
}

function generateRepository(folder, options) {
  const start = process.hrtime.bigint();
  const { commits, expected } = planHistory(options);
  const stream = fastImportStream(commits);

  runChecked('git', ['init', '-q', '-b', 'main', folder]);
  runChecked('git', ['fast-import', '--quiet', '--done'], { cwd: folder, input: stream });
  runChecked('git', ['reset', '-q', '--hard', 'main'], { cwd: folder });

  const files = runChecked('git', ['ls-files'], { cwd: folder }).stdout.split('\n').filter(Boolean).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { expected, files, streamBytes: Buffer.byteLength(stream), seconds };
}

// Measurement.

function ensureBundle() {
  if (existsSync(cliBundle)) return;
  log('dist/cli/index.js is missing, running npm run build');
  // Build output goes to stderr so that stdout holds only the tables.
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0 || !existsSync(cliBundle)) throw new Error('npm run build failed, so there is no dist/cli/index.js to measure');
}

/**
 * Builds the command line for one run. With /usr/bin/time, peak memory is
 * the maximum RSS that wait4 reports for the node process, and the CPU time
 * includes the git processes it waited for. Without it, a preload module
 * prints node's own maxRSS on exit, and CPU time is not measured.
 */
function commandLine(args, timeFile, extraNodeFlags = []) {
  const nodeArgs = [...extraNodeFlags, cliBundle, 'check', ...args, '--format', 'json'];
  if (existsSync(TIME_COMMAND)) {
    return { file: TIME_COMMAND, args: ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...nodeArgs] };
  }
  const preload = `import{writeSync}from'node:fs';process.on('exit',()=>writeSync(2,'\\n${RSS_MARKER}'+process.resourceUsage().maxRSS+'\\n'));`;
  return { file: process.execPath, args: ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, ...nodeArgs] };
}

/** Runs the CLI once in the repository. Exit status 1 (findings at the fail level) counts as success. */
function runOnce(repository, measurement, timeFile, extraNodeFlags = [], extraEnv = {}) {
  const command = commandLine(measurement.args, timeFile, extraNodeFlags);
  const env = { ...process.env, NO_COLOR: '1', ...extraEnv };
  const start = process.hrtime.bigint();
  const result = spawnSync(command.file, command.args, { cwd: repository, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`check ${measurement.args.join(' ')} failed (exit status ${result.status}, ${result.error?.message ?? 'no spawn error'}):\n${result.stderr}`);
  }

  let maxRssKib = null;
  let cpuSeconds = null;
  if (command.file === TIME_COMMAND) {
    const [rss, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    maxRssKib = rss;
    cpuSeconds = user + system;
  } else {
    const marker = result.stderr.split('\n').find((line) => line.startsWith(RSS_MARKER));
    maxRssKib = marker ? Number(marker.slice(RSS_MARKER.length)) : null;
  }
  return { wallMs, maxRssKib, cpuSeconds, status: result.status, report: JSON.parse(result.stdout) };
}

const MEASUREMENTS = [
  { key: 'a', label: 'pull request', args: ['--base', 'HEAD~1', '--head', 'HEAD'] },
  { key: 'b', label: 'working tree', args: ['--base', 'HEAD~1'] },
  { key: 'c', label: '100 commits', args: ['--base', 'HEAD~100'] },
  { key: 'd', label: 'pull request, no history search', args: ['--base', 'HEAD~1', '--head', 'HEAD', '--history-depth', '0'] },
  { key: 'e', label: 'lint only', args: [] },
];

function countByRule(report) {
  const counts = new Map();
  for (const finding of report.findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function measure(repository, measurement, runs, timeFile) {
  for (let run = 0; run < WARMUP_RUNS; run++) runOnce(repository, measurement, timeFile);
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(runOnce(repository, measurement, timeFile));
  const last = samples.at(-1);
  const rss = samples.map((sample) => sample.maxRssKib).filter((value) => value !== null);
  const cpu = samples.map((sample) => sample.cpuSeconds).filter((value) => value !== null);
  return {
    ...measurement,
    medianMs: median(samples.map((sample) => sample.wallMs)),
    minMs: Math.min(...samples.map((sample) => sample.wallMs)),
    maxMs: Math.max(...samples.map((sample) => sample.wallMs)),
    maxRssKib: rss.length > 0 ? Math.max(...rss) : null,
    medianCpuSeconds: cpu.length > 0 ? median(cpu) : null,
    statuses: [...new Set(samples.map((sample) => sample.status))].sort().join(', '),
    counts: countByRule(last.report),
    report: last.report,
  };
}

// Checks of the findings.

function domainsWith(report, rule, messageId) {
  return [...new Set(report.findings.filter((finding) => finding.rule === rule && (!messageId || finding.messageId === messageId)).map((finding) => finding.domain))].sort();
}

function sameList(a, b) {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Compares the gate's findings with what the last commit was built to cause. Returns one line per check. */
function verifyFindings(results, expected) {
  const lines = [];
  const check = (ok, text) => lines.push(`${ok ? 'ok' : 'FAIL'}: ${text}`);
  const keepId = expected.keepId;
  const reused = expected.reused;
  const reusedFinding = (report) => report.findings.find((finding) => finding.rule === 'STS502' && finding.message.includes(`\`${reused.id}\``));

  for (const key of ['a', 'b', 'd']) {
    const result = results.find((candidate) => candidate.key === key);
    const found = domainsWith(result.report, 'STS501', 'idUnchanged');
    check(sameList(found, keepId), `(${key}) STS501 idUnchanged for exactly the ${keepId.length} domains whose policy changed without a new id (found ${found.length}: ${found.join(', ') || 'none'})`);
  }

  for (const key of ['a', 'b', 'c']) {
    const result = results.find((candidate) => candidate.key === key);
    const found = domainsWith(result.report, 'STS502');
    const finding = reusedFinding(result.report);
    check(sameList(found, [reused.domain]) && finding !== undefined, `(${key}) STS502 for ${reused.domain} only, reusing id ${reused.id} from commit ${reused.commitIndex + 1} of the history (found: ${found.join(', ') || 'none'})`);
  }

  const noHistory = results.find((candidate) => candidate.key === 'd');
  check(domainsWith(noHistory.report, 'STS502').length === 0, '(d) no STS502 with --history-depth 0, because the gate then reads no history');

  const lintOnly = results.find((candidate) => candidate.key === 'e');
  const gateRules = [...lintOnly.counts.keys()].filter((rule) => rule.startsWith('STS5'));
  check(gateRules.length === 0, `(e) no STS5xx findings from plain check (found: ${gateRules.join(', ') || 'none'})`);
  return lines;
}

// CPU profile.

/** Sums the sampled self time per function from a .cpuprofile file. An estimate: V8 samples about every millisecond. */
function topFunctions(profileFile, limit) {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicroseconds = new Map();
  profile.samples.forEach((nodeId, index) => {
    const frame = byNode.get(nodeId).callFrame;
    const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${where ? ` (${where})` : ''}`;
    selfMicroseconds.set(name, (selfMicroseconds.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const totalMicroseconds = profile.endTime - profile.startTime;
  const top = [...selfMicroseconds].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return { totalMs: totalMicroseconds / 1000, top: top.map(([name, microseconds]) => ({ name, ms: microseconds / 1000, share: microseconds / totalMicroseconds })) };
}

/** Counts the git processes the CLI started, and how long they ran, from a GIT_TRACE2_EVENT file. */
function summarizeGitTrace(traceFile) {
  if (!existsSync(traceFile)) return [];
  const started = new Map();
  const bySubcommand = new Map();
  for (const line of readFileSync(traceFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line);
    // Only processes the CLI started itself: git's own child processes have a `/` in their session id.
    if (event.sid.includes('/')) continue;
    if (event.event === 'start') started.set(event.sid, event.argv[1] ?? '?');
    if (event.event === 'exit' && started.has(event.sid)) {
      const subcommand = started.get(event.sid);
      const entry = bySubcommand.get(subcommand) ?? { subcommand, count: 0, seconds: 0 };
      entry.count++;
      entry.seconds += event.t_abs;
      bySubcommand.set(subcommand, entry);
    }
  }
  return [...bySubcommand.values()].sort((a, b) => b.seconds - a.seconds);
}

function profileRun(repository, measurement, folder, timeFile) {
  const profileDir = path.join(folder, 'profile');
  const traceFile = path.join(folder, 'git-trace.json');
  const run = runOnce(repository, measurement, timeFile, ['--cpu-prof', '--cpu-prof-dir', profileDir], { GIT_TRACE2_EVENT: traceFile });
  const profileFile = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  return { measurement, wallMs: run.wallMs, ...topFunctions(path.join(profileDir, profileFile), PROFILE_TOP_FUNCTIONS), git: summarizeGitTrace(traceFile) };
}

// Report.

function machineLine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  return `Node ${process.version}, ${os.availableParallelism()} CPUs (${cpu}), ${memory} GiB memory, ${os.platform()} ${os.release()}, ${runChecked('git', ['--version']).stdout.trim()}`;
}

function formatCounts(counts) {
  return [...counts].map(([rule, count]) => `${rule} ×${count}`).join(', ') || 'none';
}

function printReport(options, repository, results, checks, profile) {
  const lines = [];
  lines.push(`Machine: ${machineLine()}`, '');
  lines.push(
    `Repository: ${formatCount(options.domains)} policy domains, ${formatCount(options.commits)} commits, ${formatCount(repository.files)} files, seed ${SEED}. ` +
      `Generated in ${repository.seconds.toFixed(1)} s from a ${(repository.streamBytes / 1e6).toFixed(1)} MB fast-import stream.`,
    '',
  );

  lines.push(`### Policy id gate (median of ${options.runs} runs after ${WARMUP_RUNS} warm-up run)`, '');
  lines.push('| Case | Arguments to `check` | Exit status | Median wall time | Min to max | CPU time (median) | Peak RSS | Findings by rule |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---|');
  for (const result of results) {
    const cpu = result.medianCpuSeconds === null ? 'n/a' : `${result.medianCpuSeconds.toFixed(2)} s`;
    const rss = result.maxRssKib === null ? 'n/a' : `${(result.maxRssKib / 1024).toFixed(0)} MiB`;
    lines.push(
      `| (${result.key}) ${result.label} | \`${[...result.args, '--format', 'json'].join(' ')}\` | ${result.statuses} | ${formatSeconds(result.medianMs)} | ${formatSeconds(result.minMs)} to ${formatSeconds(result.maxMs)} | ${cpu} | ${rss} | ${formatCounts(result.counts)} |`,
    );
  }
  lines.push('');
  lines.push(
    existsSync(TIME_COMMAND)
      ? 'CPU time is user plus system time from /usr/bin/time, including the git processes. Peak RSS is the largest over the timed runs, of the largest single process (node).'
      : 'Peak RSS is the largest maxRSS of the node process over the timed runs (/usr/bin/time was not found, so CPU time is not measured).',
    '',
  );

  lines.push('### Expected findings', '');
  lines.push(...checks.map((line) => `- ${line}`), '');

  if (profile) {
    lines.push(`### Where the time goes: (${profile.measurement.key}) ${profile.measurement.label}, one run with --cpu-prof`, '');
    lines.push(`Wall time of the profiled run: ${formatSeconds(profile.wallMs)}. Sampled node time: ${formatSeconds(profile.totalMs)}.`, '');
    lines.push('| Function (bundle file:line) | Self time | Share |');
    lines.push('|---|---:|---:|');
    for (const entry of profile.top) lines.push(`| \`${entry.name}\` | ${entry.ms.toFixed(0)} ms | ${(100 * entry.share).toFixed(1)} % |`);
    lines.push('', '`(idle)` is time node spent waiting, mostly for git.', '');
    if (profile.git.length > 0) {
      lines.push('| git subcommand | Processes | Total run time |');
      lines.push('|---|---:|---:|');
      for (const entry of profile.git) lines.push(`| \`git ${entry.subcommand}\` | ${formatCount(entry.count)} | ${entry.seconds.toFixed(2)} s |`);
      lines.push('', 'From GIT_TRACE2_EVENT. `git cat-file --batch` runs for the whole check, so its run time overlaps the others.');
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const options = readOptions();
  ensureBundle();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-guard-bench-gate-'));
  try {
    const repositoryFolder = path.join(folder, 'repository');
    const timeFile = path.join(folder, 'time.txt');
    log(`generating ${options.domains} domains and ${options.commits} commits with git fast-import`);
    const repository = generateRepository(repositoryFolder, options);
    log(`generated ${repository.files} files in ${repository.seconds.toFixed(1)} s`);

    const results = [];
    for (const measurement of MEASUREMENTS) {
      log(`(${measurement.key}) check ${measurement.args.join(' ')}: ${WARMUP_RUNS} warm-up and ${options.runs} timed runs`);
      const result = measure(repositoryFolder, measurement, options.runs, timeFile);
      log(`(${measurement.key}) median ${formatSeconds(result.medianMs)}`);
      results.push(result);
    }
    const checks = verifyFindings(results, repository.expected);
    for (const line of checks) log(line);

    let profile = null;
    if (options.profile) {
      const slowest = results.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
      log(`profiling (${slowest.key}), the slowest case`);
      profile = profileRun(repositoryFolder, slowest, folder, timeFile);
    }
    printReport(options, repository, results, checks, profile);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
