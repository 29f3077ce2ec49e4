/**
 * JSON output. This shape is a stable contract: fields may be added, never
 * renamed or removed.
 */

import type { Finding } from '../core/diagnostic.js';
import type { LiveSummary } from '../core/live/evaluate.js';
import { countFindings } from './summary.js';
import { TOOL_NAME, TOOL_VERSION } from './meta.js';

export interface JsonDomain {
  domain: string | null;
  policyFile: string | null;
  mode: string | null;
  maxAge: number | null;
  mx: string[];
  id: string | null;
}

export interface JsonReport {
  tool: { name: string; version: string };
  findings: Array<{
    rule: string;
    alias: string;
    severity: Finding['severity'];
    message: string;
    messageId: string;
    domain: string | null;
    file: string | null;
    line: number | null;
    column: number | null;
    endLine: number | null;
    endColumn: number | null;
    rfc: string;
  }>;
  domains: JsonDomain[];
  summary: { errors: number; warnings: number; notices: number; files: number };
  /** Present when live checks ran (`inspect`, `check --live`): what DNS, the policy host and the MX hosts showed. */
  live?: LiveSummary[];
}

export function buildJsonReport(findings: readonly Finding[], domains: readonly JsonDomain[], files: number, live?: readonly LiveSummary[]): JsonReport {
  const report: JsonReport = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: findings.map((finding) => ({
      rule: finding.ruleId,
      alias: finding.alias,
      severity: finding.severity,
      message: finding.message,
      messageId: finding.messageId,
      domain: finding.domain,
      file: finding.file,
      line: finding.span?.line ?? null,
      column: finding.span?.column ?? null,
      endLine: finding.span?.endLine ?? null,
      endColumn: finding.span?.endColumn ?? null,
      rfc: finding.rfc,
    })),
    domains: domains.map((domain) => ({
      domain: domain.domain,
      policyFile: domain.policyFile,
      mode: domain.mode,
      maxAge: domain.maxAge,
      mx: domain.mx,
      id: domain.id,
    })),
    summary: { ...countFindings(findings), files },
  };
  if (live) report.live = [...live];
  return report;
}

export function formatJson(findings: readonly Finding[], domains: readonly JsonDomain[], files: number, live?: readonly LiveSummary[]): string {
  return JSON.stringify(buildJsonReport(findings, domains, files, live), null, 2);
}
