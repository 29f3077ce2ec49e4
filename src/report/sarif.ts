/**
 * SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers.
 */

import type { Finding, Severity } from '../core/diagnostic.js';
import { RULES } from '../core/rules/catalog.js';
import { REPOSITORY_URL, TOOL_NAME, TOOL_VERSION, ruleDocsUrl } from './meta.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function buildSarif(findings: readonly Finding[]): object {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const located = findings.filter((finding) => finding.file !== null && !finding.file.startsWith('<'));
  const unlocated = findings.filter((finding) => !located.includes(finding));

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.alias,
              shortDescription: { text: rule.title },
              fullDescription: { text: `${rule.title} (${rule.rfc}).` },
              helpUri: ruleDocsUrl(rule.id),
              help: {
                text: `${rule.title}. See ${ruleDocsUrl(rule.id)}`,
                markdown: `**${rule.id} ${rule.alias}**: ${rule.title} (${rule.rfc}). [Rule documentation](${ruleDocsUrl(rule.id)})`,
              },
              defaultConfiguration: { level: LEVELS[rule.severity] },
              properties: { tags: ['mta-sts', rule.rfc.startsWith('RFC 8460') ? 'tls-rpt' : 'rfc8461'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        invocations: [
          {
            executionSuccessful: true,
            // Code scanning needs a file for every result, so findings about command-line values are listed here instead.
            toolExecutionNotifications: unlocated.map((finding) => ({
              level: LEVELS[finding.severity],
              message: { text: `${finding.file ?? finding.domain ?? 'input'}: ${finding.message} [${finding.ruleId}]` },
              descriptor: { id: finding.ruleId },
            })),
          },
        ],
        results: located.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId),
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(finding.file!), uriBaseId: '%SRCROOT%' },
                region: finding.span
                  ? {
                      startLine: finding.span.line,
                      startColumn: finding.span.column,
                      endLine: finding.span.endLine,
                      endColumn: Math.max(finding.span.endColumn, finding.span.line === finding.span.endLine ? finding.span.column + 1 : 1),
                    }
                  : { startLine: 1 },
              },
            },
          ],
          properties: { alias: finding.alias, rfc: finding.rfc, ...(finding.domain ? { domain: finding.domain } : {}) },
        })),
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[]): string {
  return JSON.stringify(buildSarif(findings), null, 2);
}
