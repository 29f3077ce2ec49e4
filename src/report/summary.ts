/**
 * Counts shared by every reporter.
 */

import type { Finding, Severity } from '../core/diagnostic.js';

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notices: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}

export type FailOn = Severity | 'never';

/** Tells whether a finding reaches the `--fail-on` level. */
export function reachesFailLevel(severity: Severity, failOn: FailOn | 'notice'): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'notice') return true;
  if (failOn === 'warning') return severity !== 'notice';
  return severity === 'error';
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
