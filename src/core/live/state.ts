/**
 * Observations of the live checks for one policy domain, as plain data. The
 * adapters fill them in and `evaluateLive` turns them into findings, so the
 * verdicts can be tested without a network.
 */

import type { CertificateFacts } from './certificate.js';

/**
 * Outcome of a DNS query. `timeout`, `servfail`, `refused` and `error` are
 * inconclusive, so they are never read as a missing record.
 */
export type DnsStatus = 'ok' | 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'timeout' | 'error';

export interface DnsLookup<T> {
  name: string;
  type: 'TXT' | 'MX' | 'A' | 'AAAA';
  status: DnsStatus;
  records: T[];
  /** Smallest TTL of the returned records in seconds, or null when none were returned. */
  ttl: number | null;
  /** CNAME steps from `name` to the name that owns the records. */
  cnames: Array<{ name: string; target: string; ttl: number }>;
  /** Cause of an inconclusive lookup. */
  detail?: string;
  /** For TXT: the character-strings of each record, where a record has more than one. */
  strings?: string[][];
}

export interface MxRecord {
  preference: number;
  /** The MX host name, lowercased, without the root dot. */
  exchange: string;
}

/** `deadline` means that the per-domain deadline had passed, so the outcome is not about the server. */
export type FetchOutcome = 'ok' | 'refused-address' | 'connect-failed' | 'tls-failed' | 'timeout' | 'protocol-error' | 'deadline' | 'skipped';

/** One HTTPS GET of the policy URL from one address. */
export interface PolicyFetch {
  url: string;
  /** The address connected to, and the port. */
  address: string;
  port: number;
  family: 4 | 6;
  /** The `--connect-to` value that routed this fetch, if any. */
  route: string | null;
  outcome: FetchOutcome;
  /** Error code and text when the outcome is not `ok`. */
  error: { code: string; message: string } | null;
  certificate: CertificateFacts | null;
  status: number | null;
  /** Response headers that the checks read, lowercased names. */
  headers: { contentType: string | null; location: string | null; cacheControl: string | null };
  /** Body bytes, at most the size limit. Null when no body was read. */
  body: Uint8Array | null;
  /** True when the body was longer than the limit and reading stopped. */
  truncated: boolean;
  /** Milliseconds from the start of the connection to the end of the body. */
  elapsedMs: number;
}

export type SmtpOutcome = 'ok' | 'no-starttls' | 'refused-address' | 'unreachable' | 'timeout' | 'tls-failed' | 'protocol-error' | 'unresolved';

/** One STARTTLS probe of an MX host on port 25. */
export interface MxProbe {
  host: string;
  address: string | null;
  port: number;
  route: string | null;
  outcome: SmtpOutcome;
  error: { code: string; message: string } | null;
  /** The server's 220 greeting line, shortened. */
  banner: string | null;
  certificate: CertificateFacts | null;
}

export interface LiveState {
  domain: string;
  /** ISO 8601 time the checks started, for certificate expiry. */
  checkedAt: string;
  sts: DnsLookup<string>;
  tlsrpt: DnsLookup<string>;
  mx: DnsLookup<MxRecord>;
  policyHost: { name: string; a: DnsLookup<string>; aaaa: DnsLookup<string> };
  fetches: PolicyFetch[];
  /** Present when `--smtp` asked for it. */
  smtp: MxProbe[] | null;
  /** A and AAAA of the domain itself, looked up when it has no MX record, because they make the implicit MX (RFC 5321 §5.1). */
  implicitMx: { a: DnsLookup<string>; aaaa: DnsLookup<string> } | null;
  /** Set when the per-domain deadline ended the checks early. */
  deadlineExceeded: boolean;
  /** The per-domain deadline in milliseconds. */
  deadlineMs: number;
}

/** Names a DNS outcome for messages, as in "the lookup ended in NXDOMAIN". */
export function describeDnsStatus(status: DnsStatus): string {
  const names: Record<DnsStatus, string> = { ok: 'an answer', nxdomain: 'NXDOMAIN', nodata: 'no data', servfail: 'SERVFAIL', refused: 'REFUSED', timeout: 'a timeout', error: 'an error' };
  return names[status];
}

/** Tells whether a DNS outcome leaves open whether the record exists. */
export function isInconclusive(status: DnsStatus): boolean {
  return status === 'servfail' || status === 'refused' || status === 'timeout' || status === 'error';
}
