// Measures the policy id gate (`check --base REV`) of the bundled CLI on a
// generated repository with many policy domains and a long history, and
// prints the results as Markdown tables on stdout. Progress goes to stderr.
// See the "Policy id gate" section of BENCHMARKS.md for recorded results.
//
// The repository is written with `git fast-import` from a seeded PRNG, so
// every run measures the same history. Its last commit changes 20 policies.
// Half of them keep their policy id (STS501), and one of the others takes an
// id that the same domain used for other content long before (STS502). The
// script checks that the gate reports exactly these findings.
//
// A case whose first run takes longer than SLOW_RUN_MS is run only once.
// The script then measures that case again, with all runs, on a repository
// with REDUCED_COMMITS commits, so the whole run stays near five minutes.
//
// The CLI bundle is copied into the temporary folder first, so a rebuild of
// dist/ during the run does not change what is measured.
//
// Usage: node scripts/bench-gate.mjs [--domains N] [--commits N] [--runs N] [--profile a|b|c|d|e|none]
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { copyBundle, createLogger, ensureBundle, formatCount, machineLine, median, runChecked } from './bench-support.mjs';

const log = createLogger('bench-gate');


const SEED = 8461;
const DEFAULT_DOMAINS = 1000;
const DEFAULT_COMMITS = 5000;
const DEFAULT_RUNS = 3;
/** A case whose warm-up run takes longer than this runs only once at full size. */
const SLOW_RUN_MS = 30_000;
/** History length of the smaller repository on which slow cases are measured again. */
const REDUCED_COMMITS = 500;
/** Number of policies that the last commit changes. Half keep their id, and one of the others reuses an old id. */
const LAST_COMMIT_DOMAINS = 20;
/** How far back case (c) puts the base, as in `--base HEAD~100`. */
const LONG_RANGE_COMMITS = 100;
const PROFILE_TOP_FUNCTIONS = 12;
/** Seconds between generated commits, so every commit has its own timestamp id. */
const COMMIT_INTERVAL_SECONDS = 3600;
const FIRST_COMMIT_TIME = Date.UTC(2020, 0, 1) / 1000;
const TIME_COMMAND = '/usr/bin/time';
/** Printed on stderr by the preload module when /usr/bin/time is missing. */
const RSS_MARKER = 'bench-gate-max-rss-kib=';

function formatSeconds(ms) {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      domains: { type: 'string' },
      commits: { type: 'string' },
      runs: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const positive = (flag, rawValue, fallback, minimum) => {
    if (rawValue === undefined) return fallback;
    const value = Number(rawValue);
    if (!Number.isInteger(value) || value < minimum) throw new Error(`--${flag} \`${rawValue}\` is invalid; expected a whole number of at least ${minimum}`);
    return value;
  };
  return {
    domains: positive('domains', values.domains, DEFAULT_DOMAINS, LAST_COMMIT_DOMAINS),
    // The id that the last commit reuses must come from before HEAD~100, so that case (c) finds it too.
    commits: positive('commits', values.commits, DEFAULT_COMMITS, 2 * LONG_RANGE_COMMITS),
    runs: positive('runs', values.runs, DEFAULT_RUNS, 1),
    profile: readProfileCase(values.profile),
  };
}

/** Returns the measurement to run once more with --cpu-prof, or null for `none`. The default is (a), the pull-request case. */
function readProfileCase(rawValue) {
  if (rawValue === 'none') return null;
  const key = rawValue ?? 'a';
  const measurement = MEASUREMENTS.find((candidate) => candidate.key === key);
  if (!measurement) throw new Error(`--profile \`${rawValue}\` is invalid; expected one of ${MEASUREMENTS.map((candidate) => candidate.key).join(', ')} or none`);
  return measurement;
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

/** Returns the history entry in force at commit `commitIndex`. */
function entryAt(state, commitIndex) {
  return state.history.findLast((entry) => entry.commitIndex <= commitIndex);
}

/**
 * Returns the history entries whose id the last commit can reuse so that both
 * HEAD~1 and HEAD~LONG_RANGE_COMMITS as base report STS502. Such an id was set
 * before HEAD~LONG_RANGE_COMMITS and differs from the id at both bases.
 */
function reusableEntries(state, lastIndex) {
  const longRangeBase = lastIndex - LONG_RANGE_COMMITS;
  const excluded = new Set([state.id, entryAt(state, longRangeBase).id]);
  return state.history.filter((entry) => entry.commitIndex < longRangeBase && !excluded.has(entry.id));
}

/**
 * Changes LAST_COMMIT_DOMAINS policies in the last commit. Half of them keep
 * their id. Of the other half, all but one get a new id, and the last one
 * reuses an id that the same domain had for other content long before.
 */
function planLastCommit(random, domains, states, lastIndex) {
  const chosen = new Set();
  while (chosen.size < LAST_COMMIT_DOMAINS - 1) chosen.add(pick(random, domains));
  const ordered = [...chosen];
  const keepId = ordered.slice(0, LAST_COMMIT_DOMAINS / 2);
  const newId = ordered.slice(LAST_COMMIT_DOMAINS / 2);
  const changes = new Map();

  for (const domain of keepId) {
    const state = states.get(domain);
    editPolicy(random, state);
    touchDomain(changes, domain, state, { policy: true, zone: false });
  }
  for (const domain of newId) {
    const state = states.get(domain);
    editPolicy(random, state);
    state.id = idForCommit(lastIndex);
    touchDomain(changes, domain, state, { policy: true, zone: true });
  }

  const candidates = domains.filter((domain) => !chosen.has(domain) && reusableEntries(states.get(domain), lastIndex).length > 0);
  if (candidates.length === 0) {
    throw new Error(`no domain has two policy ids before HEAD~${LONG_RANGE_COMMITS}, so the last commit cannot reuse an old id; pass more --commits or fewer --domains`);
  }
  const domain = pick(random, candidates);
  const state = states.get(domain);
  const entries = reusableEntries(state, lastIndex);
  // Prefer an id from the first half of history but not from the first commit, so the gate has to read deep into history.
  const old = entries.find((entry) => entry.commitIndex > 0 && entry.commitIndex < lastIndex / 2) ?? entries[0];
  // STS502 needs new content for the old id. editPolicy always changes the content, so this loop ends after a few rounds.
  do editPolicy(random, state);
  while (contentKey(state) === old.content);
  state.id = old.id;
  touchDomain(changes, domain, state, { policy: true, zone: true });

  const reused = { domain, id: old.id, commitIndex: old.commitIndex };
  return { changes, expected: { keepId: keepId.sort(), newId: [...newId, domain].sort(), reused } };
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

/**
 * Builds the command line for one run. With /usr/bin/time, peak memory is
 * the maximum RSS that wait4 reports, which is that of the largest single
 * process (node), not the sum over node and git. CPU time then includes the
 * git processes that node waited for. Without /usr/bin/time, a preload
 * module prints node's own maxRSS on exit, and CPU time is not measured.
 */
function commandLine(context, args, extraNodeFlags) {
  const nodeArgs = [...extraNodeFlags, context.bundle, 'check', ...args, '--format', 'json'];
  if (existsSync(TIME_COMMAND)) {
    return { file: TIME_COMMAND, args: ['-f', '%M %U %S', '-o', context.timeFile, process.execPath, ...nodeArgs] };
  }
  const preload = `import{writeSync}from'node:fs';process.on('exit',()=>writeSync(2,'\\n${RSS_MARKER}'+process.resourceUsage().maxRSS+'\\n'));`;
  return { file: process.execPath, args: ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, ...nodeArgs] };
}

/** Runs the CLI once in the repository. Exit status 1 (findings at the fail level) counts as success. */
function runOnce(context, measurement, extraNodeFlags = [], extraEnv = {}) {
  const command = commandLine(context, measurement.args, extraNodeFlags);
  const env = { ...process.env, NO_COLOR: '1', ...extraEnv };
  const start = process.hrtime.bigint();
  const result = spawnSync(command.file, command.args, { cwd: context.repository, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`check ${measurement.args.join(' ')} failed (exit status ${result.status}, ${result.error?.message ?? 'no spawn error'}):\n${result.stderr}`);
  }

  let maxRssKib;
  let cpuSeconds = null;
  if (command.file === TIME_COMMAND) {
    const [rss, user, system] = readFileSync(context.timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
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
  { key: 'c', label: `${LONG_RANGE_COMMITS} commits`, args: ['--base', `HEAD~${LONG_RANGE_COMMITS}`] },
  { key: 'd', label: 'pull request, no history search', args: ['--base', 'HEAD~1', '--head', 'HEAD', '--history-depth', '0'] },
  { key: 'e', label: 'lint only', args: [] },
];

function countByRule(report) {
  const counts = new Map();
  for (const finding of report.findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Runs one warm-up and `runs` timed runs, or only the warm-up when it took longer than SLOW_RUN_MS. */
function measure(context, measurement, runs) {
  const warmup = runOnce(context, measurement);
  const slow = warmup.wallMs > SLOW_RUN_MS;
  const samples = slow ? [warmup] : Array.from({ length: runs }, () => runOnce(context, measurement));
  const rss = samples.map((sample) => sample.maxRssKib).filter((value) => value !== null);
  const cpu = samples.map((sample) => sample.cpuSeconds).filter((value) => value !== null);
  const last = samples.at(-1);
  return {
    ...measurement,
    slow,
    runs: slow ? '1, no warm-up' : `${runs} after 1 warm-up`,
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

function measureAll(context, measurements, runs) {
  const results = [];
  for (const measurement of measurements) {
    log(`(${measurement.key}) check ${measurement.args.join(' ')}: 1 warm-up and ${runs} timed runs, or 1 run if it takes longer than ${SLOW_RUN_MS / 1000} s`);
    const result = measure(context, measurement, runs);
    log(`(${measurement.key}) median ${formatSeconds(result.medianMs)}${result.slow ? ', measured once' : ''}`);
    results.push(result);
  }
  return results;
}

// Checks of the findings.

function domainsWith(report, rule, messageId) {
  return [...new Set(report.findings.filter((finding) => finding.rule === rule && (!messageId || finding.messageId === messageId)).map((finding) => finding.domain))].sort();
}

function sameList(a, b) {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Compares the gate's findings with what the last commit was built to cause,
 * for the cases in `results`. Returns one line per check, starting with `ok`
 * or `FAIL`. Findings that depend on the random edits (STS503 to STS507) are
 * counted in the table but not checked.
 */
function verifyFindings(results, expected, sizeLabel) {
  const lines = [];
  const check = (ok, text) => lines.push(`${ok ? 'ok' : 'FAIL'}: ${sizeLabel} ${text}`);
  const { keepId, reused } = expected;
  const byKey = new Map(results.map((result) => [result.key, result]));

  // From HEAD~1, exactly the domains changed without a new id keep their id. From HEAD~100, some of them had a new id in between.
  for (const key of ['a', 'b', 'd'].filter((candidate) => byKey.has(candidate))) {
    const found = domainsWith(byKey.get(key).report, 'STS501', 'idUnchanged');
    check(sameList(found, keepId), `(${key}) STS501 idUnchanged for exactly the ${keepId.length} domains whose policy changed without a new id (found ${found.length}: ${found.join(', ') || 'none'})`);
  }

  for (const key of ['a', 'b', 'c'].filter((candidate) => byKey.has(candidate))) {
    const report = byKey.get(key).report;
    const found = domainsWith(report, 'STS502');
    const namesId = report.findings.some((finding) => finding.rule === 'STS502' && finding.message.includes(`\`${reused.id}\``));
    check(
      sameList(found, [reused.domain]) && namesId,
      `(${key}) STS502 for ${reused.domain} only, which reuses id ${reused.id} from commit ${reused.commitIndex + 1} of the history (found: ${found.join(', ') || 'none'})`,
    );
  }

  if (byKey.has('d')) {
    const found = domainsWith(byKey.get('d').report, 'STS502');
    check(found.length === 0, `(d) no STS502 with --history-depth 0, because the gate then reads no history (found: ${found.join(', ') || 'none'})`);
  }

  if (byKey.has('e')) {
    const gateRules = [...byKey.get('e').counts.keys()].filter((rule) => rule.startsWith('STS5'));
    check(gateRules.length === 0, `(e) no STS5xx findings from plain check (found: ${gateRules.join(', ') || 'none'})`);
  }
  return lines;
}

// CPU profile.

/** Sums the sampled self time per function from a .cpuprofile file. The result is an estimate, because node samples the stack once per millisecond by default. */
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

/** Counts the git processes that the CLI started, and how long they ran, from a GIT_TRACE2_EVENT file. */
function summarizeGitTrace(traceFile) {
  if (!existsSync(traceFile)) return [];
  const started = new Map();
  const bySubcommand = new Map();
  for (const line of readFileSync(traceFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line);
    // Skips the child processes of git itself, whose session ids contain a `/`.
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

function profileRun(context, measurement, folder) {
  const profileDir = path.join(folder, 'profile');
  const traceFile = path.join(folder, 'git-trace.json');
  const run = runOnce(context, measurement, ['--cpu-prof', '--cpu-prof-dir', profileDir], { GIT_TRACE2_EVENT: traceFile });
  const profileFile = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!profileFile) throw new Error(`node --cpu-prof wrote no .cpuprofile file into ${profileDir}`);
  return { measurement, wallMs: run.wallMs, ...topFunctions(path.join(profileDir, profileFile), PROFILE_TOP_FUNCTIONS), git: summarizeGitTrace(traceFile) };
}

// Report.

function formatCounts(counts) {
  return [...counts].map(([rule, count]) => `${rule} ×${count}`).join(', ') || 'none';
}

function repositoryLine(size) {
  const { repository } = size;
  return (
    `${formatCount(size.domains)} policy domains, ${formatCount(size.commits)} commits, ${formatCount(repository.files)} files, seed ${SEED}. ` +
    `Generated in ${repository.seconds.toFixed(1)} s from a ${(repository.streamBytes / 1e6).toFixed(1)} MB fast-import stream.`
  );
}

function resultTable(results) {
  const lines = [];
  lines.push('| Case | Arguments to `check` | Runs | Exit status | Median wall time | Min to max | CPU time (median) | Peak RSS | Findings by rule |');
  lines.push('|---|---|---|---:|---:|---:|---:|---:|---|');
  for (const result of results) {
    const cpu = result.medianCpuSeconds === null ? 'n/a' : `${result.medianCpuSeconds.toFixed(2)} s`;
    const rss = result.maxRssKib === null ? 'n/a' : `${(result.maxRssKib / 1024).toFixed(0)} MiB`;
    lines.push(
      `| (${result.key}) ${result.label} | \`${[...result.args, '--format', 'json'].join(' ')}\` | ${result.runs} | ${result.statuses} | ${formatSeconds(result.medianMs)} | ${formatSeconds(result.minMs)} to ${formatSeconds(result.maxMs)} | ${cpu} | ${rss} | ${formatCounts(result.counts)} |`,
    );
  }
  return lines;
}

function profileLines(profile) {
  const lines = [];
  lines.push(`### Where the time goes: (${profile.measurement.key}) ${profile.measurement.label}, one run with --cpu-prof`, '');
  lines.push(`Wall time of the profiled run: ${formatSeconds(profile.wallMs)}. Time covered by the profile: ${formatSeconds(profile.totalMs)}.`, '');
  lines.push('| Function (bundle file:line) | Self time | Share |');
  lines.push('|---|---:|---:|');
  for (const entry of profile.top) lines.push(`| \`${entry.name}\` | ${entry.ms.toFixed(0)} ms | ${(100 * entry.share).toFixed(1)} % |`);
  lines.push('', '`(idle)` is time in which node ran no JavaScript, because it was waiting for git or for file reads.', '');
  if (profile.git.length > 0) {
    lines.push('| git subcommand | Processes | Total run time |');
    lines.push('|---|---:|---:|');
    for (const entry of profile.git) lines.push(`| \`git ${entry.subcommand}\` | ${formatCount(entry.count)} | ${entry.seconds.toFixed(2)} s |`);
    lines.push('', 'From GIT_TRACE2_EVENT. `git cat-file --batch` runs for the whole check, so its run time overlaps that of the others.');
  }
  return lines;
}

function printReport(bundle, sizes, checks, profile) {
  const lines = [];
  lines.push(`Machine: ${machineLine({ git: true })}`, '');
  lines.push(`Bundle: dist/cli/index.js, modified ${bundle.modified.toISOString()}.`, '');

  for (const size of sizes) {
    lines.push(`### Policy id gate, ${formatCount(size.domains)} domains and ${formatCount(size.commits)} commits`, '');
    lines.push(`Repository: ${repositoryLine(size)}`, '');
    lines.push(...resultTable(size.results), '');
  }
  lines.push(
    existsSync(TIME_COMMAND)
      ? 'CPU time is user plus system time from /usr/bin/time and includes the git processes. Peak RSS is the largest over the runs of a case, measured for the largest single process, which is node.'
      : 'Peak RSS is the largest maxRSS of the node process over the runs of a case. /usr/bin/time was not found, so CPU time is not measured.',
  );
  lines.push(`A case whose first run took longer than ${SLOW_RUN_MS / 1000} s was run only once.`, '');

  lines.push('### Expected findings', '');
  lines.push(...checks.map((line) => `- ${line}`), '');
  if (profile) lines.push(...profileLines(profile));
  process.stdout.write(lines.join('\n') + '\n');
}

/** Generates one repository in `folder` and measures the given cases on it. */
function measureSize(folder, bundle, size, measurements, runs) {
  const repositoryFolder = path.join(folder, `repository-${size.commits}`);
  log(`generating ${size.domains} domains and ${size.commits} commits with git fast-import`);
  const repository = generateRepository(repositoryFolder, size);
  log(`generated ${repository.files} files in ${repository.seconds.toFixed(1)} s`);
  const context = { bundle: bundle.file, repository: repositoryFolder, timeFile: path.join(folder, 'time.txt') };
  const results = measureAll(context, measurements, runs);
  return { ...size, repository, context, results };
}

async function main() {
  const options = readOptions();
  ensureBundle(log);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-guard-bench-gate-'));
  try {
    const bundle = copyBundle(folder);
    const full = measureSize(folder, bundle, { domains: options.domains, commits: options.commits }, MEASUREMENTS, options.runs);
    const sizes = [full];
    const checks = verifyFindings(full.results, full.repository.expected, `${formatCount(full.commits)} commits:`);

    const slow = full.results.filter((result) => result.slow).map((result) => MEASUREMENTS.find((measurement) => measurement.key === result.key));
    if (slow.length > 0 && options.commits > REDUCED_COMMITS) {
      log(`${slow.map((measurement) => `(${measurement.key})`).join(', ')} took longer than ${SLOW_RUN_MS / 1000} s, so measuring again with ${REDUCED_COMMITS} commits`);
      const reduced = measureSize(folder, bundle, { domains: options.domains, commits: REDUCED_COMMITS }, slow, options.runs);
      sizes.push(reduced);
      checks.push(...verifyFindings(reduced.results, reduced.repository.expected, `${formatCount(reduced.commits)} commits:`));
    }
    for (const line of checks) log(line);

    let profile = null;
    if (options.profile) {
      log(`profiling (${options.profile.key}) with --cpu-prof and GIT_TRACE2_EVENT`);
      profile = profileRun(full.context, options.profile, folder);
    }
    printReport(bundle, sizes, checks, profile);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
