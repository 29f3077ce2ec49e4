/**
 * The shape every DNS-as-code reader produces: the TXT (and CNAME) records
 * it found, with owner names and file positions, or the reason a value
 * cannot be known without running the tool that renders it.
 */

import type { RawFinding, Span } from '../diagnostic.js';
import type { TxtRecord } from '../record/txt.js';

export type SourceFormat = 'zone' | 'terraform' | 'dnscontrol' | 'octodns' | 'text';

export interface SourceRecord {
  format: SourceFormat;
  /** Path of the file with the record, relative to the repository root. */
  file: string;
  /**
   * Owner name, lowercased and without the root dot. Relative names whose
   * zone is unknown (Terraform `name = "_mta-sts"` with a zone id) stay
   * relative and set `relative`.
   */
  owner: string;
  relative: boolean;
  type: string;
  /** The record value when it is literal text; absent when it is computed. */
  record?: TxtRecord;
  /** The expression or template text that computes the value. */
  computed?: string;
  /** CNAME target, lowercased, without the root dot. */
  target?: string;
  /** Span where the record or its value starts. */
  span: Span;
  /** Format-level problems, such as an unquoted `;` in a zone file. */
  findings: RawFinding[];
}

/** Joins a relative name to its origin; `@` is the origin itself. */
export function absoluteName(name: string, origin: string | null): { name: string; relative: boolean } {
  const lower = name.toLowerCase();
  if (lower === '@') return origin ? { name: origin, relative: false } : { name: '', relative: true };
  if (lower.endsWith('.')) return { name: lower.replace(/\.+$/, ''), relative: false };
  if (!origin) return { name: lower, relative: true };
  return { name: `${lower}.${origin}`, relative: false };
}

/** Classifies an owner name: `_mta-sts.<domain>` or `_smtp._tls.<domain>`. */
export function ownerKind(owner: string): { kind: 'sts' | 'tlsrpt'; domain: string } | undefined {
  if (owner === '_mta-sts' || owner.startsWith('_mta-sts.')) return { kind: 'sts', domain: owner.slice('_mta-sts.'.length) };
  if (owner === '_smtp._tls' || owner.startsWith('_smtp._tls.')) return { kind: 'tlsrpt', domain: owner.slice('_smtp._tls.'.length) };
  return undefined;
}
