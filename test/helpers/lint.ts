/**
 * Shortcuts for linting snippets in tests.
 */

import type { Finding } from '../../src/core/diagnostic.js';
import { lintDomain, type DomainInput, type RecordSet } from '../../src/core/lint.js';
import type { SiteFacts } from '../../src/core/site.js';
import { parseRecordText } from '../../src/adapters/records.js';
import { assignRecords } from '../../src/adapters/sources/index.js';
import { parseZoneFile } from '../../src/core/sources/zone.js';

export interface SnippetContext {
  /** Policy domain; null for unknown. Default `example.com`. */
  domain?: string | null;
  /** `_mta-sts` records, one per line (raw or quoted strings); undefined means no record source. */
  sts?: string;
  /** `_smtp._tls` records, one per line; undefined means no record source. */
  tlsrpt?: string;
  site?: SiteFacts;
}

export function recordSet(text: string, file: string): RecordSet {
  return { file, label: `\`${file}\``, records: parseRecordText(text), explicit: false };
}

export function lintPolicyText(policy: string | Uint8Array, context: SnippetContext = {}): Finding[] {
  const input: DomainInput = {
    domain: context.domain === undefined ? 'example.com' : context.domain,
    policy: {
      file: '.well-known/mta-sts.txt',
      bytes: typeof policy === 'string' ? new TextEncoder().encode(policy) : policy,
      ...(context.site ? { site: context.site } : {}),
    },
  };
  if (context.sts !== undefined) input.sts = recordSet(context.sts, 'dns/mta-sts.txt');
  if (context.tlsrpt !== undefined) input.tlsrpt = recordSet(context.tlsrpt, 'dns/tlsrpt.txt');
  return lintDomain(input).findings;
}

export function lintStsText(records: string, context: SnippetContext = {}): Finding[] {
  return lintDomain({ domain: context.domain === undefined ? 'example.com' : context.domain, sts: recordSet(records, 'dns/mta-sts.txt') }).findings;
}

export function lintTlsRptText(records: string, context: SnippetContext = {}): Finding[] {
  return lintDomain({ domain: context.domain === undefined ? 'example.com' : context.domain, tlsrpt: recordSet(records, 'dns/tlsrpt.txt') }).findings;
}

export function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.ruleId))].sort();
}

/** Lints a zone file the way `check` does: read its records, assign them to the domain, lint. */
export function lintZoneText(zone: string, context: SnippetContext & { origin?: string; policy?: string } = {}): Finding[] {
  const domain = context.domain === undefined ? 'example.com' : context.domain;
  const file = 'dns/example.com.zone';
  const origin = context.origin === 'none' ? null : (context.origin ?? domain);
  const records = parseZoneFile(zone, file, origin);
  const { byDomain, findings } = assignRecords(records, domain ? [domain] : []);
  const assignment = domain ? byDomain.get(domain) : undefined;
  const input: DomainInput = { domain };
  if (assignment?.sts) input.sts = assignment.sts;
  if (assignment?.tlsrpt) input.tlsrpt = assignment.tlsrpt;
  if (context.policy !== undefined) input.policy = { file: '.well-known/mta-sts.txt', bytes: new TextEncoder().encode(context.policy) };
  const result = lintDomain(input).findings;
  const global = findings.map(({ file: findingFile, raw }) => ({
    ruleId: raw.ruleId,
    alias: '',
    messageId: raw.messageId,
    severity: 'error' as const,
    message: '',
    rfc: '',
    domain: null,
    file: findingFile,
    span: raw.span ?? null,
    data: raw.data ?? {},
  }));
  return [...result, ...global];
}
