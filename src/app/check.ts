/**
 * The `check` job: find policy files and record sources, lint each policy
 * domain, and return one report. Knows the order of operations; does no
 * printing and never exits the process.
 */

import path from 'node:path';

import type { Finding } from '../core/diagnostic.js';
import { lintDomain, type DomainInput, type DomainResult, type RuleSettings } from '../core/lint.js';
import type { Config, RecordSourceConfig } from '../adapters/config.js';
import { loadConfig } from '../adapters/config-file.js';
import { UsageError } from '../adapters/errors.js';
import { readRecordSet, toPosix, type RecordKind, type RecordSource } from '../adapters/records.js';
import { findPolicyFiles, findRepoRoot, inferDomain, isDomainName, readBytes, readSiteFacts, type DomainOrigin } from '../adapters/workspace.js';

export interface CheckOptions {
  cwd: string;
  /** Files or folders; empty means the current folder. */
  paths: string[];
  configPath?: string;
  domain?: string;
  records: string[];
  tlsrpt: string[];
}

export interface DomainSummary {
  domain: string | null;
  /** Source of the domain name: config, flag, CNAME file or path. */
  domainOrigin: DomainOrigin | null;
  policyFile: string | null;
  mode: string | null;
  maxAge: number | null;
  mx: string[];
  id: string | null;
}

export interface CheckReport {
  findings: Finding[];
  domains: DomainSummary[];
  /** Number of files read: policy files and record files. */
  files: number;
  config: Config | null;
}

interface Target {
  domain: string | null;
  origin: DomainOrigin | null;
  policy?: string;
  record?: RecordSource;
  tlsrpt?: RecordSource;
}

export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const cwd = path.resolve(options.cwd);
  const config = await loadConfig(cwd, options.configPath);
  const repoRoot = await findRepoRoot(cwd);
  const flagDomain = options.domain?.toLowerCase().replace(/\.$/, '');
  if (flagDomain !== undefined && !isDomainName(flagDomain)) {
    throw new UsageError(`--domain \`${options.domain}\` is not a domain name; pass the policy domain, such as \`--domain example.com\``);
  }

  const targets = await collectTargets(options, config, cwd, flagDomain);
  attachCommandLineRecords(targets, options, flagDomain);

  const settings: RuleSettings = config?.rules ?? new Map();
  const results: DomainResult[] = [];
  const summaries: DomainSummary[] = [];
  const readFiles = new Set<string>();

  for (const target of targets) {
    const input: DomainInput = { domain: target.domain };
    if (target.policy) {
      const shown = toPosix(path.relative(repoRoot, target.policy));
      input.policy = { file: shown, bytes: await readBytes(target.policy, shown), site: await readSiteFacts(target.policy, repoRoot) };
      readFiles.add(target.policy);
    }
    if (target.record) {
      input.sts = await readRecordSet(target.record, 'sts', repoRoot);
      if (target.record.kind === 'text-file') readFiles.add(target.record.file);
    }
    if (target.tlsrpt) {
      input.tlsrpt = await readRecordSet(target.tlsrpt, 'tlsrpt', repoRoot);
      if (target.tlsrpt.kind === 'text-file') readFiles.add(target.tlsrpt.file);
    }

    const result = lintDomain(input, settings);
    results.push(result);
    summaries.push({
      domain: result.domain,
      domainOrigin: target.origin,
      policyFile: result.policyFile,
      mode: result.policy?.mode ?? null,
      maxAge: result.policy?.maxAge ?? null,
      mx: result.policy?.mx ?? [],
      id: result.id,
    });
  }

  return { findings: results.flatMap((result) => result.findings), domains: summaries, files: readFiles.size, config };
}

async function collectTargets(options: CheckOptions, config: Config | null, cwd: string, flagDomain: string | undefined): Promise<Target[]> {
  const targets: Target[] = [];
  const claimed = new Set<string>();
  const root = config?.root ?? cwd;

  for (const entry of config?.domains ?? []) {
    const target: Target = { domain: entry.domain, origin: 'config' };
    if (entry.policy) {
      target.policy = entry.policy;
      claimed.add(entry.policy);
    }
    if (entry.record) target.record = toRecordSource(entry.record, root);
    if (entry.tlsrpt) target.tlsrpt = toRecordSource(entry.tlsrpt, root);
    // A record file may well be named mta-sts.txt; it is not a policy file.
    for (const source of [target.record, target.tlsrpt]) {
      if (source?.kind === 'text-file') claimed.add(source.file);
    }
    targets.push(target);
  }

  const explicitPaths = options.paths.length > 0;
  const hasRecordFlags = options.records.length > 0 || options.tlsrpt.length > 0;
  const files = await findPolicyFiles(explicitPaths ? options.paths : ['.'], cwd);
  for (const file of files) {
    if (claimed.has(file)) continue;
    if (flagDomain) {
      targets.push({ domain: flagDomain, origin: 'flag', policy: file });
      continue;
    }
    const inferred = await inferDomain(file);
    targets.push({ domain: inferred?.domain ?? null, origin: inferred?.origin ?? null, policy: file });
  }

  if (targets.length === 0 && !hasRecordFlags) {
    const where = explicitPaths ? options.paths.map((given) => `\`${given}\``).join(', ') : 'the current folder';
    throw new UsageError(
      `no MTA-STS policy file (\`mta-sts.txt\`) found in ${where}; pass the policy file's path, list the domain in \`.mta-sts-guard.yml\`, or check records alone with \`--record\`/\`--tlsrpt\``,
    );
  }
  return targets;
}

function toRecordSource(source: RecordSourceConfig, root: string): RecordSource {
  if ('value' in source) {
    return { kind: 'values', values: Array.isArray(source.value) ? source.value : [source.value], origin: 'config' };
  }
  return { kind: 'text-file', file: path.resolve(root, source.file) };
}

/** Gives `--record` and `--tlsrpt` values to the one policy domain they can belong to. */
function attachCommandLineRecords(targets: Target[], options: CheckOptions, flagDomain: string | undefined): void {
  const sources: Array<[RecordKind, string[]]> = [
    ['sts', options.records],
    ['tlsrpt', options.tlsrpt],
  ];
  if (sources.every(([, values]) => values.length === 0)) return;

  let target: Target | undefined;
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

  for (const [kind, values] of sources) {
    if (values.length === 0) continue;
    const source: RecordSource = { kind: 'values', values, origin: 'command line' };
    if (kind === 'sts') target.record = source;
    else target.tlsrpt = source;
  }
}
