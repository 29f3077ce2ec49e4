/**
 * The `check` job: lint each policy domain of a tree and return one report.
 * Knows the order of operations; does no printing and never exits the
 * process.
 */

import { compareFindings, type Finding } from '../core/diagnostic.js';
import { lintDomain, toFinding, type DomainInput, type DomainResult, type RuleSettings } from '../core/lint.js';
import type { Config } from '../adapters/config.js';
import { WorkTree, type Tree } from '../adapters/tree.js';
import type { DomainOrigin } from '../adapters/workspace.js';
import { RecordResolver, buildDomainInput, collectTargets, openWorkspace, type CheckOptions, type DomainTarget, type Workspace } from './targets.js';

export type { CheckOptions } from './targets.js';

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
  results: DomainResult[];
  targets: DomainTarget[];
  /** Inputs of each domain, in the order of `results`. */
  inputs: DomainInput[];
  /** Number of files read: policy files and record sources. */
  files: number;
  config: Config | null;
  /** The repository root that file paths in findings are relative to. */
  root: string;
}

export async function runCheck(options: CheckOptions & { allowEmpty?: boolean }): Promise<CheckReport> {
  const workspace = await openWorkspace(options);
  return lintTree(new WorkTree(workspace.root, workspace.inGit), workspace, options, options.allowEmpty === true);
}

/** Lints every policy domain found in `tree`. With `allowEmpty`, a tree without policy files gives an empty report. */
export async function lintTree(tree: Tree, workspace: Workspace, options: CheckOptions, allowEmpty = false): Promise<CheckReport> {
  const targets = await collectTargets(tree, workspace, options, allowEmpty);
  const settings: RuleSettings = workspace.config?.rules ?? new Map();
  const domains = targets.map((target) => target.domain).filter((domain): domain is string => domain !== null);
  const resolver = new RecordResolver(tree, [...new Set(domains)]);

  const results: DomainResult[] = [];
  const inputs: DomainInput[] = [];
  const summaries: DomainSummary[] = [];
  const policyFiles = new Set<string>();
  for (const target of targets) {
    const input = await buildDomainInput(tree, target, resolver, options);
    if (target.cnameHost) input.cnameHost = target.cnameHost;
    if (input.policy) policyFiles.add(input.policy.file);

    const result = lintDomain(input, settings);
    results.push(result);
    inputs.push(input);
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

  const findings = results.flatMap((result) => result.findings);
  for (const orphan of await resolver.orphanFindings()) {
    const finding = toFinding(orphan.raw, null, orphan.file, settings);
    if (finding) findings.push(finding);
  }
  findings.sort(compareFindings);

  return {
    findings,
    domains: summaries,
    results,
    targets,
    inputs,
    files: policyFiles.size + resolver.filesRead.size,
    config: workspace.config,
    root: workspace.root,
  };
}
