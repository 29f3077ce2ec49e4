/**
 * Tool identity and documentation links used by the reporters.
 */

import packageJson from '../../package.json' with { type: 'json' };
import { findRule } from '../core/rules/catalog.js';

export const TOOL_NAME = 'mta-sts-guard';

export const TOOL_VERSION: string = packageJson.version;

export const REPOSITORY_URL = 'https://github.com/mta-sts-guard/mta-sts-guard';

/** Links a rule to its entry in docs/rules.md at the released tag, so old reports keep pointing at matching docs. */
export function ruleDocsUrl(ruleId: string): string {
  const rule = findRule(ruleId);
  const anchor = rule ? `${rule.id}-${rule.alias}`.toLowerCase() : ruleId.toLowerCase();
  const ref = `v${TOOL_VERSION}`;
  return `${REPOSITORY_URL}/blob/${ref}/docs/rules.md#${anchor}`;
}
