/**
 * The canonical form of a policy: what senders act on, without the bytes
 * that do not change their behaviour (field order, whitespace, line endings,
 * mx case and repeats). Two policies with equal canonical text need no new
 * policy id between them (RFC 8461 §3.1).
 */

import type { ParsedPolicy } from './parse.js';

export interface CanonicalPolicy {
  version: string | null;
  mode: string | null;
  /** Seconds as a number when the value is valid, else the raw text. */
  maxAge: number | string | null;
  /** Lowercased, de-duplicated, sorted. */
  mx: string[];
  /** First occurrence of each extension name, sorted by name then value. */
  extensions: Array<[string, string]>;
}

/** Builds the canonical form. Invalid registered values keep their raw text, so fixing them counts as a change. */
export function canonicalizePolicy(policy: ParsedPolicy): CanonicalPolicy {
  const first = (name: string): string | null => policy.fields.find((field) => field.name === name)?.value ?? null;

  const mx = new Set<string>();
  for (const field of policy.mxFields) {
    if (field.value.length > 0) mx.add(field.value.toLowerCase());
  }

  const extensions = new Map<string, string>();
  for (const field of policy.extensions) {
    if (!extensions.has(field.name)) extensions.set(field.name, field.value);
  }

  return {
    version: first('version'),
    mode: first('mode'),
    maxAge: policy.maxAge ?? first('max_age'),
    mx: [...mx].sort(),
    extensions: [...extensions.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)),
  };
}

/** Serializes the canonical form as a policy body in the order of RFC 8461 Appendix A, LF-terminated. */
export function canonicalText(canonical: CanonicalPolicy): string {
  const lines: string[] = [];
  if (canonical.version !== null) lines.push(`version: ${canonical.version}`);
  if (canonical.mode !== null) lines.push(`mode: ${canonical.mode}`);
  for (const pattern of canonical.mx) lines.push(`mx: ${pattern}`);
  if (canonical.maxAge !== null) lines.push(`max_age: ${canonical.maxAge}`);
  for (const [name, value] of canonical.extensions) lines.push(`${name}: ${value}`);
  return lines.map((line) => `${line}\n`).join('');
}

/** Compares two canonical forms. */
export function samePolicyContent(a: CanonicalPolicy, b: CanonicalPolicy): boolean {
  return canonicalText(a) === canonicalText(b);
}
