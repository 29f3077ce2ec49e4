/**
 * The `Content-Type` rules of RFC 8461 §3.2: the policy is served as
 * `text/plain`, other parameters are ignored, and the charset, when given,
 * should be one that decodes the policy as UTF-8 does.
 */

export interface MediaType {
  /** Lowercased `type/subtype`. */
  essence: string;
  /** Lowercased charset value without quotes, or null when absent. */
  charset: string | null;
}

/** Parses a Content-Type header value, or returns null when it has no `type/subtype`. */
export function parseMediaType(header: string): MediaType | null {
  const [head = '', ...parameters] = header.split(';');
  const essence = head.trim().toLowerCase();
  if (!/^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/.test(essence)) return null;

  let charset: string | null = null;
  for (const parameter of parameters) {
    const equals = parameter.indexOf('=');
    if (equals < 0) continue;
    const name = parameter.slice(0, equals).trim().toLowerCase();
    if (name !== 'charset' || charset !== null) continue;
    charset = parameter.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return { essence, charset };
}

/** Charsets under which a policy (US-ASCII or UTF-8 text) reads the same as senders decode it. */
export const POLICY_CHARSETS = ['utf-8', 'utf8', 'us-ascii', 'ascii'];
