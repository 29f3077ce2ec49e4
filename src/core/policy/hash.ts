/**
 * The content-hash policy id scheme. Kept apart from the canonical form so
 * that commands which never hash do not load node:crypto at start-up.
 */

import { createHash } from 'node:crypto';

import { canonicalText, type CanonicalPolicy } from './canonical.js';

/** Returns the first 32 hex characters of SHA-256 over the canonical text: an id that changes exactly when the content does. */
export function contentHashId(canonical: CanonicalPolicy): string {
  return createHash('sha256').update(canonicalText(canonical), 'utf8').digest('hex').slice(0, 32);
}
