/**
 * Narrows a report to the policy domains that a change touches, for hooks
 * that run on changed files.
 */

import type { DomainInput, DomainResult } from '../core/lint.js';
import { treePath } from '../adapters/tree.js';
import type { CheckReport } from './check.js';

/**
 * Narrows a full report to the policy domains whose files are among
 * `changed`: the policy file, a record source, a file that contains part of
 * a record, such as the id, or the config file (which affects every domain).
 */
export function keepChangedDomains(report: CheckReport, changed: string[]): void {
  const files = new Set(changed);
  const configChanged = report.config !== null && files.has(treePath(report.root, report.root, report.config.file));
  const keep = new Set<number>();
  report.results.forEach((result, index) => {
    const related = filesOfDomain(report.inputs[index]!, result);
    if (configChanged || [...related].some((file) => files.has(file))) keep.add(index);
  });

  const domains = new Set([...keep].map((index) => report.results[index]!.domain));
  const policyFiles = new Set([...keep].map((index) => report.inputs[index]!.policy?.file));
  report.findings = report.findings.filter((finding) => (finding.domain !== null ? domains.has(finding.domain) : finding.file !== null && files.has(finding.file)));
  report.domains = report.domains.filter((domain) => (domain.domain !== null ? domains.has(domain.domain) : policyFiles.has(domain.policyFile ?? undefined)));

  // The summary counts the files read for the domains kept, as a full check does, not the files pre-commit passed.
  const filesRead = new Set<string>();
  for (const index of keep) {
    const input = report.inputs[index]!;
    for (const file of [input.policy?.file, input.sts?.file, input.tlsrpt?.file]) {
      if (file && !file.startsWith('<')) filesRead.add(file);
    }
  }
  for (const finding of report.findings) {
    if (finding.domain === null && finding.file !== null) filesRead.add(finding.file);
  }
  report.files = filesRead.size;
}

/**
 * Returns the repository-relative files that a domain's result depends on.
 * These are the policy file, the record sources, the files its findings point
 * at, and every file that characters of a record come from, such as a
 * Terraform variable default or `.tfvars` file that contains the id.
 */
export function filesOfDomain(input: DomainInput, result: DomainResult): Set<string> {
  const files = new Set<string>();
  const add = (file: string | null | undefined): void => {
    if (file) files.add(file);
  };
  add(input.policy?.file);
  for (const set of [input.sts, input.tlsrpt]) {
    if (!set) continue;
    add(set.file);
    for (const record of set.records) {
      for (const position of record.positions ?? []) add(position.file);
    }
    for (const computed of set.computed ?? []) add(computed.span.file);
    add(set.cname?.span.file);
  }
  for (const finding of result.findings) add(finding.file);
  return files;
}

