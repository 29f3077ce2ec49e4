/**
 * `check --base REV [--head REV]` and `check --staged`: lint the head, then
 * compare each policy domain between the two revisions with the id gate.
 * Every revision is read with git itself.
 */

import path from 'node:path';

import { compareFindings, type Span } from '../core/diagnostic.js';
import { lintDomain, toFinding, type DomainInput, type DomainResult } from '../core/lint.js';
import { canonicalText } from '../core/policy/canonical.js';
import { compareRevisions, type DomainState, type HistoryEntry } from '../core/revision/compare.js';
import type { DomainConfig } from '../adapters/config.js';
import { GitError, UsageError } from '../adapters/errors.js';
import { CatFile, findGitRoot, isShallow, resolveCommit, runGit } from '../adapters/git.js';
import { GitTree, WorkTree, treePath, type Tree } from '../adapters/tree.js';
import { keepChangedDomains } from './changed.js';
import { lintTree, type CheckReport } from './check.js';
import { RecordResolver, collectTargets, guessFormat, openWorkspace, toTreePath, type CheckOptions, type Workspace } from './targets.js';
import { CONFIG_FILE_NAME } from '../adapters/config-file.js';

export interface GateOptions extends CheckOptions {
  /** The revision to compare against; with `staged`, HEAD. */
  base?: string;
  /** The head revision; the working tree (or the index with `staged`) when absent. */
  head?: string;
  staged?: boolean;
  /** How many commits of history to search for reused ids. */
  historyDepth?: number;
  /** Set when live checks ran in the same job. */
  liveChecked?: boolean;
  /** Reads the base through the GitHub API when git cannot fetch it (the Action). */
  apiFallback?: { token: string; owner: string; repo: string };
}

export interface GateReport extends CheckReport {
  base: { rev: string; commit: string | null };
  headLabel: string;
  /** Domains whose policy changed without a new id, for `--fix`. */
  needsBump: string[];
  /** The policy id of each domain at the base, for reports. */
  baseIds: Map<string, string | null>;
  /** Things the gate could not do as usual, for reports. */
  notes: string[];
}

/** The default number of commits, counted back from the base, searched for an earlier use of a policy id; one git log reads them all. */
export const DEFAULT_HISTORY_DEPTH = 10_000;

export async function runGate(options: GateOptions): Promise<GateReport> {
  const workspace = await openWorkspace(options);
  if (!workspace.inGit) {
    throw new UsageError(`${options.staged ? '--staged' : '--base'} compares git revisions, but \`${workspace.cwd}\` is not in a git repository`);
  }

  const catFile = new CatFile(workspace.root);
  try {
    return await gate(workspace, catFile, options);
  } finally {
    catFile.close();
  }
}

async function gate(diskWorkspace: Workspace, catFile: CatFile, options: GateOptions): Promise<GateReport> {
  const root = diskWorkspace.root;
  let head: Tree;
  let headCommit: string | null = null;
  if (options.staged) {
    head = new GitTree(root, null, catFile);
  } else if (options.head) {
    headCommit = await requireCommit(options.head, root, '--head');
    head = new GitTree(root, headCommit, catFile);
  } else {
    head = new WorkTree(root, true);
  }
  const workspace = await configAtHead(diskWorkspace, head, options);

  const baseRev = options.staged ? 'HEAD' : options.base!;
  const notes: string[] = [];
  let baseCommit: string | null;
  let baseTree: Tree | null;
  let viaApi = false;
  try {
    baseCommit = options.staged ? await resolveCommit('HEAD', root) : await requireCommit(baseRev, root, '--base');
    baseTree = baseCommit === null ? null : new GitTree(root, baseCommit, catFile);
  } catch (error) {
    if (!options.apiFallback || !/^[0-9a-f]{40}$/i.test(baseRev)) throw error;
    const { ApiTree } = await import('../adapters/github-api.js');
    baseCommit = baseRev;
    baseTree = new ApiTree(root, { ...options.apiFallback, commit: baseRev });
    viaApi = true;
    notes.push(`git could not fetch the base commit ${baseRev.slice(0, 12)}, so its files were read through the GitHub API; reused ids were not searched in history. Use \`fetch-depth: 0\` for the full check.`);
  }
  // Starting git takes a few milliseconds each time, so the listings load while the diff runs.
  void head.list().catch(() => undefined);
  void baseTree?.list().catch(() => undefined);
  const changes = baseCommit === null || viaApi ? { renames: new Map<string, string>(), changed: null } : await readChanges(root, baseCommit, options);
  const renames = changes.renames;

  // A head without policy files is valid when the base had some: the gate reports their removal.
  const headWorkspace = baseTree ? await fitConfig(workspace, 'head', head, baseTree, renames) : workspace;
  const report = await lintTree(head, headWorkspace, options, true);
  // A commit is judged by what it changes: lint findings of untouched domains do not block it.
  if (options.staged && changes.changed) keepChangedDomains(report, [...changes.changed]);
  const gateReport: GateReport = { ...report, base: { rev: baseRev, commit: baseCommit }, headLabel: head.label, needsBump: [], baseIds: new Map(), notes };

  // The first commit of a repository has no base: every domain is new, and new domains have no gate.
  if (baseCommit === null || baseTree === null) {
    if (report.targets.length === 0) await collectTargets(head, workspace, options);
    return gateReport;
  }

  const baseWorkspace = await fitConfig(workspace, 'base', baseTree, head, renames);
  const baseReport = await lintTree(baseTree, baseWorkspace, { ...options, paths: [], records: [], tlsrpt: [] }, true);
  // Neither revision has a policy file: raise the usage error that names what to pass.
  if (report.targets.length === 0 && baseReport.targets.length === 0) await collectTargets(head, workspace, options);
  const now = headCommit ? await commitDate(headCommit, root) : new Date();
  const depth = viaApi ? 0 : (options.historyDepth ?? workspace.config?.historyDepth ?? DEFAULT_HISTORY_DEPTH);
  const historyLog = new HistoryLog(root, baseCommit ?? '', depth);
  let shallow: Promise<boolean> | undefined;
  const settings = workspace.config?.rules ?? new Map();

  const baseStates = new Map<string, { state: DomainState; result: DomainResult; input: DomainInput }>();
  baseReport.results.forEach((result, index) => {
    const input = baseReport.inputs[index]!;
    const state = toState(result, input);
    baseStates.set(domainKey(result, input, renames), { state, result, input });
    if (result.domain) gateReport.baseIds.set(result.domain, state.record?.id ?? null);
  });

  // A policy file moved out of the folder that named its domain keeps the domain it had at the base.
  const renamedFrom = new Map([...renames].map(([from, to]) => [to, from]));
  const baseDomainByPath = new Map(baseReport.results.map((result, index) => [baseReport.inputs[index]!.policy?.file ?? '', result.domain]));

  const seen = new Set<string>();
  for (const [index, result] of report.results.entries()) {
    const input = report.inputs[index]!;
    let key = domainKey(result, input, new Map());
    let domain = result.domain;
    const movedFrom = input.policy ? renamedFrom.get(input.policy.file) : undefined;
    if (!domain && movedFrom && baseDomainByPath.get(movedFrom)) {
      domain = baseDomainByPath.get(movedFrom)!;
      key = `domain:${domain}`;
      notes.push(`\`${movedFrom}\` moved to \`${input.policy!.file}\`, which no longer names its policy domain, so it was compared as ${domain}; add a \`domains\` entry to \`.mta-sts-guard.yml\` to keep the domain known.`);
    }
    seen.add(key);
    const base = baseStates.get(key);
    if (!base || !domain) continue;

    let headState = toState(result, input);
    if (domain !== result.domain && !headState.record && input.policy) {
      // The head lint knew no domain, so it found no records; read them again for the inherited domain.
      const resolver = new RecordResolver(head, [domain]);
      const sts = await resolver.resolve({ domain, origin: null }, 'sts');
      const relinted = lintDomain({ domain, policy: input.policy, ...(sts ? { sts } : {}) });
      headState = toState(relinted, { domain, policy: input.policy, ...(sts ? { sts } : {}) });
    }
    const wantsHistory = needsHistory(base.state, headState);
    const history = wantsHistory ? await readHistory(base.input, base.result, historyLog, catFile, root) : [];
    if (wantsHistory && !viaApi && (await (shallow ??= isShallow(root)))) {
      notes.push(`this clone is shallow, so the search for an earlier use of policy id \`${headState.record?.id}\` (${domain}) saw only the fetched commits; use \`fetch-depth: 0\` for the full check.`);
    }
    const findings = compareRevisions({ domain, base: base.state, head: headState, history, now, liveChecked: options.liveChecked === true, staged: options.staged === true });
    for (const { file, raw } of findings) {
      const finding = toFinding(raw, domain, file, settings);
      if (finding) gateReport.findings.push(finding);
      // A policy with errors gets no new id yet: the id is bumped once, for the fixed policy.
      const policyBroken = result.findings.some((other) => other.severity === 'error' && other.file === input.policy?.file && !other.ruleId.startsWith('STS5'));
      if (raw.ruleId === 'STS501' && raw.messageId.startsWith('idUnchanged') && !policyBroken && !gateReport.needsBump.includes(domain)) gateReport.needsBump.push(domain);
    }
  }

  // A domain present at the base and gone at the head is a removal.
  for (const [key, base] of baseStates) {
    if (seen.has(key) || !base.result.domain) continue;
    const history = await readHistory(base.input, base.result, historyLog, catFile, root);
    const findings = compareRevisions({ domain: base.result.domain, base: base.state, head: null, history, now, liveChecked: false });
    for (const { file, raw } of findings) {
      const finding = toFinding(raw, base.result.domain, file, settings);
      if (finding) gateReport.findings.push(finding);
    }
  }

  gateReport.findings.sort(compareFindings);
  return gateReport;
}

/**
 * Reads the config file from the head revision (or the index with
 * `--staged`), so an uncommitted config cannot change what a commit is
 * judged by. An explicit `--config` file is read from disk as given.
 */
async function configAtHead(workspace: Workspace, head: Tree, options: GateOptions): Promise<Workspace> {
  if (head instanceof WorkTree || options.configPath !== undefined) return workspace;
  const file = path.resolve(workspace.cwd, CONFIG_FILE_NAME);
  const bytes = await head.read(toTreePath(workspace, CONFIG_FILE_NAME));
  if (bytes === null) return { ...workspace, config: null };
  const { parseConfig } = await import('../adapters/config.js');
  const shown = `${CONFIG_FILE_NAME} in ${head.label}`;
  return { ...workspace, config: parseConfig(new TextDecoder().decode(bytes), file, shown) };
}

/** Resolves a revision, fetching it once when a shallow clone lacks it. */
async function requireCommit(rev: string, root: string, flag: string): Promise<string> {
  const found = await resolveCommit(rev, root);
  if (found) return found;

  if (/^[0-9a-f]{7,40}$/i.test(rev) && (await isShallow(root))) {
    try {
      await runGit(['fetch', '--no-tags', '--depth=1', 'origin', rev], root);
    } catch (error) {
      throw new GitError(
        `${flag} \`${rev}\` is not in this shallow clone and fetching it failed (${(error as Error).message}); fetch more history, for example with \`fetch-depth: 0\` in actions/checkout`,
        { cause: error },
      );
    }
    const fetched = await resolveCommit(rev, root);
    if (fetched) return fetched;
  }
  const shallowHint = (await isShallow(root)) ? '; this is a shallow clone, so fetch more history, for example with `fetch-depth: 0` in actions/checkout' : '';
  throw new UsageError(`${flag} \`${rev}\` is not a commit in this repository${shallowHint}`);
}

async function commitDate(commit: string, root: string): Promise<Date> {
  const seconds = Number((await runGit(['show', '-s', '--format=%ct', commit], root)).trim());
  return Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date();
}

/** Maps paths at the base to their new names at the head, so renamed policy files keep their history. */
/** Reads the files changed between the base and the head, and the renames among them. */
async function readChanges(root: string, baseCommit: string, options: GateOptions): Promise<{ renames: Map<string, string>; changed: Set<string> }> {
  const args = ['diff', '-z', '--name-status', '-M', baseCommit];
  if (options.staged) args.splice(1, 0, '--cached');
  if (options.head) args.push(options.head);
  const output = await runGit(args, root);
  const fields = output.split('\0');
  const renames = new Map<string, string>();
  const changed = new Set<string>();
  for (let index = 0; index < fields.length; ) {
    const status = fields[index] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      renames.set(fields[index + 1]!, fields[index + 2]!);
      changed.add(fields[index + 1]!);
      changed.add(fields[index + 2]!);
      index += 3;
    } else {
      if (fields[index + 1]) changed.add(fields[index + 1]!);
      index += 2;
    }
  }
  return { renames, changed };
}

/**
 * Fits the config, which is read from the working tree, to one revision.
 * At the base, files renamed since then take their old names, and files
 * that do not exist yet are left out, so a domain or record file added
 * since the base is new there. At the head, files that existed at the base
 * and are gone are left out, so their deletion is reported as a removal
 * (STS505). Any other missing file stays and is an error, as in `check`.
 */
async function fitConfig(workspace: Workspace, side: 'base' | 'head', tree: Tree, other: Tree, renames: Map<string, string>): Promise<Workspace> {
  const config = workspace.config;
  if (!config || config.domains.length === 0) return workspace;
  const headToBase = new Map([...renames].map(([from, to]) => [to, from]));

  const fit = async (configured: string): Promise<string | undefined> => {
    const headPath = treePath(workspace.root, config.root, configured);
    const basePath = headToBase.get(headPath) ?? headPath;
    if (side === 'base') return (await tree.read(basePath)) === null ? undefined : path.join(workspace.root, basePath);
    if ((await tree.read(headPath)) !== null) return configured;
    return (await other.read(basePath)) === null ? configured : undefined;
  };

  const domains: DomainConfig[] = [];
  for (const entry of config.domains) {
    const fitted: DomainConfig = { domain: entry.domain };
    const policy = entry.policy === undefined ? undefined : await fit(entry.policy);
    if (policy !== undefined) fitted.policy = policy;
    for (const kind of ['record', 'tlsrpt'] as const) {
      const source = entry[kind];
      if (!source) continue;
      if (!('file' in source)) {
        fitted[kind] = source;
        continue;
      }
      const file = await fit(source.file);
      if (file !== undefined) fitted[kind] = { ...source, file };
    }
    domains.push(fitted);
  }
  return { ...workspace, config: { ...config, domains } };
}

/** Keys a domain by name, or by its (renamed) policy path when the name is unknown. */
function domainKey(result: DomainResult, input: DomainInput, renames: Map<string, string>): string {
  if (result.domain) return `domain:${result.domain}`;
  const file = input.policy?.file ?? '';
  return `path:${renames.get(file) ?? file}`;
}

/** Extracts what the gate compares from a lint result. */
export function toState(result: DomainResult, input: DomainInput): DomainState {
  const state: DomainState = { policy: null, record: null };
  const modeField = result.policy?.fields.find((field) => field.name === 'mode');
  if (result.policy?.parsed && result.canonical && input.policy) {
    state.policy = {
      file: input.policy.file,
      canonical: result.canonical,
      text: new TextDecoder().decode(input.policy.bytes),
      firstLine: 1,
      mode: result.policy.mode ?? result.policy.modeValue,
      maxAge: result.policy.maxAge,
      ...(modeField ? { modeSpan: modeField.valueSpan } : {}),
    };
  }

  const set = input.sts;
  if (!set) return state;
  // An unreadable id points at the CNAME or at the expression that computes the value, so the finding has a line.
  if (set.cname) {
    state.record = { file: set.cname.span.file ?? set.file, id: null, idSpan: withoutFile(set.cname.span), unreadable: 'cname' };
    return state;
  }
  const parsed = result.sts.find((record) => record.isSts) ?? result.sts.find((record) => record.idValue !== null);
  if (!parsed) {
    const computed = set.computed?.[0];
    state.record = computed
      ? { file: computed.span.file ?? set.file, id: null, idSpan: withoutFile(computed.span), unreadable: 'computed' }
      : { file: set.file, id: null, idSpan: null, unreadable: 'missing' };
    return state;
  }
  const span = parsed.idSpan;
  const id = parsed.id ?? parsed.idValue;
  // A `v=STSv1` record without an id is ignored by senders, so it counts as missing.
  state.record = { file: span?.file ?? set.file, id, idSpan: span ? withoutFile(span) : null, ...(id === null ? { unreadable: 'missing' as const } : {}) };
  return state;
}

function withoutFile(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** Tells whether the gate needs earlier states, to find a reused id or the longest max_age that senders may still cache after a removal. */
function needsHistory(base: DomainState, head: DomainState): boolean {
  const policyRemoved = base.policy !== null && head.policy === null;
  const recordRemoved = Boolean(base.record?.id) && (head.record === null || head.record.unreadable === 'missing');
  if (policyRemoved || recordRemoved) return true;
  const headId = head.record?.id;
  return headId !== undefined && headId !== null && headId !== base.record?.id;
}

/**
 * Reads the earlier (id, content) pairs of one domain: the commits that
 * touched its policy file or record source, newest first, at most `depth`.
 */
interface LoggedCommit {
  commit: string;
  seconds: number;
  files: Set<string>;
}

/**
 * Reads the last `depth` commits reachable from the base once, with the
 * files each touched, so every domain's history search is a lookup instead
 * of a `git log` of its own.
 */
class HistoryLog {
  private commits: Promise<LoggedCommit[]> | undefined;

  constructor(
    private readonly root: string,
    private readonly baseCommit: string,
    private readonly depth: number,
  ) {}

  touching(paths: string[]): Promise<LoggedCommit[]> {
    this.commits ??= this.read();
    return this.commits.then((commits) => commits.filter((entry) => paths.some((file) => entry.files.has(file))));
  }

  private async read(): Promise<LoggedCommit[]> {
    if (this.depth === 0) return [];
    const log = await runGit(['log', '-z', '--format=%x01%H %ct', '--name-only', '-n', String(this.depth), this.baseCommit], this.root);
    const commits: LoggedCommit[] = [];
    for (const chunk of log.split('\x01')) {
      if (!chunk) continue;
      const [header = '', ...rest] = chunk.split('\n');
      const [commit, seconds] = header.replace(/\0/g, '').split(' ');
      if (!commit || !seconds) continue;
      const files = new Set(rest.join('\n').split(/[\0\n]/).filter((file) => file.length > 0));
      commits.push({ commit, seconds: Number(seconds), files });
    }
    return commits;
  }
}

async function readHistory(input: DomainInput, result: DomainResult, history: HistoryLog, catFile: CatFile, root: string): Promise<HistoryEntry[]> {
  const policyFile = input.policy?.file;
  const recordFile = input.sts?.file;
  const idFile = result.sts.find((record) => record.idSpan?.file)?.idSpan?.file;
  const paths = [...new Set([policyFile, recordFile, idFile].filter((file): file is string => typeof file === 'string' && !file.startsWith('<')))];
  if (!policyFile || !recordFile || recordFile.startsWith('<')) return [];

  const entries: HistoryEntry[] = [];
  for (const { commit, seconds } of await history.touching(paths)) {
    const tree = new GitTree(root, commit, catFile);
    const bytes = await tree.read(policyFile);
    if (bytes === null) continue;
    const resolver = new RecordResolver(tree, result.domain ? [result.domain] : []);
    const sts = await resolver.resolve({ domain: result.domain, origin: null, record: { kind: 'file', file: recordFile, format: guessFormat(recordFile) } }, 'sts').catch(() => undefined);
    const linted = lintDomain({ domain: result.domain, policy: { file: policyFile, bytes }, ...(sts ? { sts } : {}) });
    const id = linted.sts.find((record) => record.isSts)?.id;
    if (!id || !linted.canonical) continue;
    entries.push({ commit, date: new Date(seconds * 1000).toISOString(), id, canonical: canonicalText(linted.canonical) });
  }
  return entries;
}

/**
 * Reads the earlier (id, content) pairs of each domain in the history of
 * HEAD, so the live checks can tell a stale deploy from an edit made on the
 * server. Outside git, or in a repository without commits, the map is empty.
 */
export async function readRepositoryHistory(report: CheckReport, depth: number): Promise<Map<string, HistoryEntry[]>> {
  const histories = new Map<string, HistoryEntry[]>();
  const head = await findGitRoot(report.root).then((root) => (root ? resolveCommit('HEAD', root) : null));
  if (!head) return histories;

  const catFile = new CatFile(report.root);
  try {
    const log = new HistoryLog(report.root, head, depth);
    for (const [index, result] of report.results.entries()) {
      if (!result.domain) continue;
      histories.set(result.domain, await readHistory(report.inputs[index]!, result, log, catFile, report.root));
    }
  } finally {
    catFile.close();
  }
  return histories;
}
