/**
 * The one finding shape that every rule produces and every reporter consumes.
 */

export type Severity = 'error' | 'warning' | 'notice';

/** Rank used to sort findings and to compare a finding with `--fail-on`. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/**
 * A 1-based span in a file. Columns count UTF-16 code units, as editors,
 * GitHub annotations and SARIF's default `columnKind` do. `endColumn` is
 * exclusive, so a one-character token at column 5 has `endColumn` 6.
 */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Set when the span lies in another file than the one its finding is about, such as a tfvars file holding a record's id. */
  file?: string;
}

/** A finding before the rule registry has rendered its message and severity. */
export interface RawFinding {
  ruleId: string;
  messageId: string;
  data?: Record<string, string | number>;
  span?: Span;
  /** Replaces the rule's default severity for this one finding (mode-dependent rules). */
  severity?: Severity;
}

/** A finding as reporters see it. */
export interface Finding {
  ruleId: string;
  alias: string;
  messageId: string;
  severity: Severity;
  message: string;
  rfc: string;
  domain: string | null;
  /** Path relative to the repository root, `<record>` or `<tlsrpt>` for command-line values, or null. */
  file: string | null;
  span: Span | null;
  data: Record<string, string | number>;
}

/**
 * Orders findings by file, position, then severity, so output is stable.
 * Findings without a repository file (live data) sort under their domain,
 * so each domain's live findings stay together.
 */
export function compareFindings(a: Finding, b: Finding): number {
  const fileA = sortFile(a);
  const fileB = sortFile(b);
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;

  const lineA = a.span?.line ?? 0;
  const lineB = b.span?.line ?? 0;
  if (lineA !== lineB) return lineA - lineB;

  const columnA = a.span?.column ?? 0;
  const columnB = b.span?.column ?? 0;
  if (columnA !== columnB) return columnA - columnB;

  const rank = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (rank !== 0) return rank;
  return a.ruleId.localeCompare(b.ruleId);
}

function sortFile(finding: Finding): string {
  if (finding.file !== null && !finding.file.startsWith('<')) return finding.file;
  if (finding.domain === null) return finding.file ?? '';
  return `<${finding.domain}>\u0000${finding.file ?? ''}`;
}
