/**
 * Decides what to lint: the policy domains, their policy files and their
 * record sources, from the config file, the command line and the files
 * in a tree. Shared by `check`, the id gate and `bump`.
 */

import path from 'node:path';

import type { DomainInput, RecordSet } from '../core/lint.js';
import { txtRecordFromValue } from '../core/record/txt.js';
import { ownerKind, type SourceFormat, type SourceRecord } from '../core/sources/types.js';
import { loadConfig } from '../adapters/config-file.js';
import type { Config, RecordSourceConfig } from '../adapters/config.js';
import { InputError, UsageError } from '../adapters/errors.js';
import { findGitRoot } from '../adapters/git.js';
import { assignRecords, readSourceFile, scanSources, toRecordSet, type SourceScan } from '../adapters/sources/index.js';
import { treePath, type Tree } from '../adapters/tree.js';
import { inferDomain, isDomainName, isPolicyFileName, readSiteFacts, type DomainOrigin } from '../adapters/workspace.js';

export interface CheckOptions {
  cwd: string;
  /** Files or folders; empty means the whole repository. `-` reads a policy from standard input. */
  paths: string[];
  configPath?: string;
  domain?: string;
  records: string[];
  tlsrpt: string[];
  readStdin?: () => Promise<Uint8Array>;
}

export interface Workspace {
  cwd: string;
  /** The git work tree root, or `cwd` outside git. */
  root: string;
  inGit: boolean;
  config: Config | null;
  flagDomain?: string;
}

export type SourceSpec = { kind: 'values'; values: string[]; origin: 'command line' | 'config' } | { kind: 'file'; file: string; format: SourceFormat; name?: string };

export interface DomainTarget {
  domain: string | null;
  origin: DomainOrigin | null;
  /** A host named by a `CNAME` file that is not a policy host. */
  cnameHost?: string;
  /** Tree path of the policy file, or `-` for standard input. */
  policy?: string;
  record?: SourceSpec;
  tlsrpt?: SourceSpec;
}

/** The file shown for findings about policy text read from standard input. */
export const STDIN_FILE = '<stdin>';

export async function openWorkspace(options: CheckOptions): Promise<Workspace> {
  const cwd = path.resolve(options.cwd);
  const config = await loadConfig(cwd, options.configPath);
  const gitRoot = await findGitRoot(cwd);
  const workspace: Workspace = { cwd, root: gitRoot ?? cwd, inGit: gitRoot !== null, config };

  if (options.domain !== undefined) {
    const domain = options.domain.toLowerCase().replace(/\.$/, '');
    if (!isDomainName(domain)) {
      throw new UsageError(`--domain \`${options.domain}\` is not a domain name; pass the policy domain, such as \`--domain example.com\``);
    }
    if (domain.startsWith('mta-sts.')) {
      throw new UsageError(`--domain \`${options.domain}\` is the policy host; pass the policy domain \`${domain.slice(8)}\``);
    }
    workspace.flagDomain = domain;
  }
  return workspace;
}

/** Converts a path from the command line (relative to the current folder) into a tree path. */
export function toTreePath(workspace: Workspace, given: string): string {
  return treePath(workspace.root, workspace.cwd, given) || '.';
}

function sourceFromConfig(source: RecordSourceConfig, workspace: Workspace): SourceSpec {
  if ('value' in source) {
    return { kind: 'values', values: Array.isArray(source.value) ? source.value : [source.value], origin: 'config' };
  }
  const file = treePath(workspace.root, workspace.config!.root, source.file);
  return { kind: 'file', file, format: source.format ?? guessFormat(file), ...(source.name ? { name: source.name.toLowerCase().replace(/\.$/, '') } : {}) };
}

/** Guesses the format of a record file from its name. */
export function guessFormat(file: string): SourceFormat {
  if (/\.(zone|db)$|(^|\/)db\.[^/]+$/i.test(file)) return 'zone';
  if (/\.tf$|\.tfvars$/.test(file)) return 'terraform';
  if (/\.js$/.test(file)) return 'dnscontrol';
  if (/\.ya?ml$/.test(file)) return 'octodns';
  return 'text';
}

/** Finds the policy files to lint: the given paths, or every `mta-sts.txt` in the tree. */
async function findPolicyFiles(tree: Tree, workspace: Workspace, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return (await tree.list()).filter(isPolicyFileName).sort();

  const found = new Set<string>();
  for (const given of paths) {
    if (given === '-') {
      found.add('-');
      continue;
    }
    const file = toTreePath(workspace, given);
    if (await tree.isFolder(file)) {
      if (file.startsWith('..')) {
        throw new UsageError(`\`${given}\` is outside the repository at \`${workspace.root}\`; run the check from inside that folder`);
      }
      for (const candidate of await tree.listUnder(file)) if (isPolicyFileName(candidate)) found.add(candidate);
      continue;
    }
    if ((await tree.read(file)) === null) {
      throw new InputError(`cannot read \`${given}\`: no such file or folder in ${tree.label}`);
    }
    found.add(file);
  }
  return [...found].sort();
}

/** Builds the list of policy domains to lint in `tree`. */
export async function collectTargets(tree: Tree, workspace: Workspace, options: CheckOptions, allowEmpty = false): Promise<DomainTarget[]> {
  const targets: DomainTarget[] = [];
  const claimed = new Set<string>();
  const config = workspace.config;

  for (const entry of config?.domains ?? []) {
    const target: DomainTarget = { domain: entry.domain, origin: 'config' };
    if (entry.policy) {
      target.policy = treePath(workspace.root, config!.root, entry.policy);
      claimed.add(target.policy);
    }
    if (entry.record) target.record = sourceFromConfig(entry.record, workspace);
    if (entry.tlsrpt) target.tlsrpt = sourceFromConfig(entry.tlsrpt, workspace);
    // A record file may well be named mta-sts.txt; it is not a policy file.
    for (const source of [target.record, target.tlsrpt]) {
      if (source?.kind === 'file') claimed.add(source.file);
    }
    targets.push(target);
  }

  const files = (await findPolicyFiles(tree, workspace, options.paths)).filter((file) => !claimed.has(file));
  const discovered: DomainTarget[] = [];
  for (const file of files) {
    if (file === '-') {
      discovered.push({ domain: null, origin: null, policy: file });
      continue;
    }
    const inferred = await inferDomain(tree, file);
    discovered.push({ domain: inferred.domain, origin: inferred.origin, policy: file, ...(inferred.cnameHost ? { cnameHost: inferred.cnameHost } : {}) });
  }

  // A config entry without a policy path takes the file whose inferred domain it names.
  for (const target of targets.filter((candidate) => candidate.policy === undefined)) {
    const index = discovered.findIndex((candidate) => candidate.domain === target.domain);
    if (index >= 0) {
      target.policy = discovered[index]!.policy!;
      discovered.splice(index, 1);
    }
  }

  applyFlagDomain(discovered, workspace.flagDomain);
  targets.push(...discovered);
  attachCommandLineRecords(targets, options, workspace.flagDomain);

  const hasRecordFlags = options.records.length > 0 || options.tlsrpt.length > 0;
  if (targets.length === 0 && !hasRecordFlags && !allowEmpty) {
    const where = options.paths.length > 0 ? options.paths.map((given) => `\`${given}\``).join(', ') : tree.label;
    throw new UsageError(
      `no MTA-STS policy file (\`mta-sts.txt\`) found in ${where}; pass the policy file's path, list the domain in \`.mta-sts-guard.yml\`, or check records alone with \`--record\`/\`--tlsrpt\``,
    );
  }
  return targets;
}

/**
 * Applies `--domain`. With one policy file it names that file's domain.
 * With several it names only the files whose domain is otherwise unknown,
 * so two files with known, different domains never share one.
 */
function applyFlagDomain(discovered: DomainTarget[], flagDomain: string | undefined): void {
  if (!flagDomain) return;
  for (const target of discovered) {
    if (discovered.length === 1 || target.domain === null) {
      target.domain = flagDomain;
      target.origin = 'flag';
      delete target.cnameHost;
    }
  }
}

/** Gives `--record` and `--tlsrpt` values to the one policy domain they can belong to. */
function attachCommandLineRecords(targets: DomainTarget[], options: CheckOptions, flagDomain: string | undefined): void {
  if (options.records.length === 0 && options.tlsrpt.length === 0) return;

  let target: DomainTarget | undefined;
  if (flagDomain) {
    target = targets.find((candidate) => candidate.domain === flagDomain);
  } else if (targets.length === 1) {
    target = targets[0];
  } else if (targets.length > 1) {
    const names = targets.map((candidate) => candidate.domain ?? candidate.policy ?? '?').join(', ');
    throw new UsageError(`--record and --tlsrpt apply to one policy domain, but ${targets.length} were found (${names}); add \`--domain NAME\` to choose one`);
  }
  if (!target) {
    target = { domain: flagDomain ?? null, origin: flagDomain ? 'flag' : null };
    targets.push(target);
  }
  if (options.records.length > 0) target.record = { kind: 'values', values: options.records, origin: 'command line' };
  if (options.tlsrpt.length > 0) target.tlsrpt = { kind: 'values', values: options.tlsrpt, origin: 'command line' };
}

/** Shown as the file of command-line findings, after the flag that set them. */
const COMMAND_LINE_FILE = { sts: '<record>', tlsrpt: '<tlsrpt>' } as const;

/** Reads the records of explicit sources and matches the rest from the DNS-as-code files in the tree. */
export class RecordResolver {
  private scan: Promise<SourceScan> | undefined;
  private assignment: Promise<ReturnType<typeof assignRecords>> | undefined;
  readonly filesRead = new Set<string>();

  constructor(
    private readonly tree: Tree,
    private readonly domains: string[],
  ) {}

  /** Findings about records that belong to no policy domain. */
  async orphanFindings(): Promise<ReturnType<typeof assignRecords>['findings']> {
    if (!this.scan) return [];
    return (await this.assigned()).findings;
  }

  private assigned(): Promise<ReturnType<typeof assignRecords>> {
    this.scan ??= scanSources(this.tree);
    this.assignment ??= this.scan.then((scan) => {
      for (const file of scan.files) this.filesRead.add(file);
      return assignRecords(scan.records, this.domains);
    });
    return this.assignment;
  }

  async resolve(target: DomainTarget, kind: 'sts' | 'tlsrpt'): Promise<RecordSet | undefined> {
    const spec = kind === 'sts' ? target.record : target.tlsrpt;
    if (spec?.kind === 'values') return valuesRecordSet(spec, kind);
    if (spec?.kind === 'file') return this.readFileSource(spec, kind, target.domain);
    if (!target.domain) return undefined;
    return (await this.assigned()).byDomain.get(target.domain)?.[kind];
  }

  private async readFileSource(spec: { file: string; format: SourceFormat; name?: string }, kind: 'sts' | 'tlsrpt', domain: string | null): Promise<RecordSet> {
    const records = await readSourceFile(this.tree, spec.file, spec.format);
    if (records.length === 0 && (await this.tree.read(spec.file)) === null) {
      throw new InputError(`cannot read record file \`${spec.file}\` named in the config: no such file in ${this.tree.label}`);
    }
    this.filesRead.add(spec.file);
    const prefix = kind === 'sts' ? '_mta-sts' : '_smtp._tls';
    const owner = domain ? `${prefix}.${domain}` : prefix;
    const selected = spec.format === 'text' ? records : records.filter((record) => matchesOwner(record, spec.name, kind, domain));
    if (selected.length === 0) {
      return { file: spec.file, label: `\`${spec.file}\``, records: [], explicit: false, owner };
    }
    return toRecordSet(selected, owner);
  }
}

function matchesOwner(record: SourceRecord, name: string | undefined, kind: 'sts' | 'tlsrpt', domain: string | null): boolean {
  if (name) return record.owner === name || (record.relative && name.startsWith(`${record.owner}.`));
  const found = ownerKind(record.owner);
  if (!found || found.kind !== kind) return false;
  return found.domain === '' || found.domain === domain || record.relative;
}

function valuesRecordSet(spec: { values: string[]; origin: 'command line' | 'config' }, kind: 'sts' | 'tlsrpt'): RecordSet {
  const flag = kind === 'sts' ? '--record' : '--tlsrpt';
  const fromCommandLine = spec.origin === 'command line';
  return {
    file: fromCommandLine ? COMMAND_LINE_FILE[kind] : null,
    label: fromCommandLine ? `the command line (\`${flag}\`)` : 'the config file',
    // Repeated values get their own line number: the second --record value is line 2.
    records: spec.values.map((value, index) => txtRecordFromValue(value, index + 1)),
    // One value is meant for this name whatever it holds; among several, unrelated TXT data is expected.
    explicit: spec.values.length === 1,
  };
}

/** Reads the policy file and site facts of a target into the core's input. */
export async function buildDomainInput(tree: Tree, target: DomainTarget, resolver: RecordResolver, options: CheckOptions): Promise<DomainInput> {
  const input: DomainInput = { domain: target.domain };
  if (target.policy === '-') {
    if (!options.readStdin) throw new UsageError('`-` reads a policy from standard input, which is not available here');
    input.policy = { file: STDIN_FILE, bytes: await options.readStdin() };
  } else if (target.policy !== undefined) {
    const bytes = await tree.read(target.policy);
    if (bytes === null) {
      const from = target.origin === 'config' ? ` named by \`policy\` for ${target.domain} in the config file` : '';
      throw new InputError(`cannot read policy file \`${target.policy}\`${from}: no such file in ${tree.label}`);
    }
    input.policy = { file: target.policy, bytes, site: await readSiteFacts(tree, target.policy) };
  }

  const sts = await resolver.resolve(target, 'sts');
  const tlsrpt = await resolver.resolve(target, 'tlsrpt');
  if (sts) input.sts = sts;
  if (tlsrpt) input.tlsrpt = tlsrpt;
  return input;
}
