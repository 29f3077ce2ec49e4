/**
 * Certificate identity as RFC 8461 §3.3 and §4.2 require it: only DNS
 * subject alternative names count (no fallback to the subject CN), and a
 * wildcard is the whole left-most label and covers exactly one label.
 */

/** Facts about a peer certificate that the checks need, read by the TLS adapter. */
export interface CertificateFacts {
  /** DNS names from the subject alternative name extension. */
  dnsNames: string[];
  commonName: string | null;
  issuer: string | null;
  /** ISO 8601 dates. */
  validFrom: string;
  validTo: string;
  /** True when the certificate signed itself (issuer equals subject and no CA vouches for it). */
  selfSigned: boolean;
  /** The chain check of Node's TLS stack against the trust store (plus `--ca-file`), or null when it passed. */
  chainError: { code: string; message: string } | null;
  /** Negotiated protocol, such as `TLSv1.3`. */
  protocol: string | null;
}

/** Reads the DNS names of an `subjectaltname` string as Node's TLS stack prints it: `DNS:a.example, IP Address:192.0.2.1`. */
export function dnsNamesOf(subjectAltName: string | undefined): string[] {
  if (!subjectAltName) return [];
  const names: string[] = [];
  for (const entry of subjectAltName.split(/,\s*/)) {
    if (entry.startsWith('DNS:')) names.push(entry.slice(4).replace(/^"|"$/g, ''));
  }
  return names;
}

/** Tells whether a certificate DNS name covers a host name. */
export function certificateNameMatches(pattern: string, host: string): boolean {
  const name = pattern.toLowerCase().replace(/\.$/, '');
  const target = host.toLowerCase().replace(/\.$/, '');
  if (!name.startsWith('*.')) return !name.includes('*') && name === target;

  const suffix = name.slice(2);
  // A wildcard over a public suffix or a single label covers too much to be trusted.
  if (!suffix.includes('.') || suffix.includes('*')) return false;
  const dot = target.indexOf('.');
  return dot > 0 && target.slice(dot + 1) === suffix;
}

/** Tells whether any DNS name of a certificate covers `host`. */
export function certificateCovers(facts: Pick<CertificateFacts, 'dnsNames'>, host: string): boolean {
  return facts.dnsNames.some((name) => certificateNameMatches(name, host));
}

/** Whole days from `now` until `validTo`, rounded down; negative once expired. */
export function daysUntil(validTo: string, now: Date): number {
  return Math.floor((Date.parse(validTo) - now.getTime()) / 86_400_000);
}
