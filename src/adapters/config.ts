/**
 * Reads `.mta-sts-guard.yml`: the policy domains of a repository, where
 * their records live, rule settings, and defaults for the id gate.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parseDocument } from 'yaml';
import { z } from 'zod';

import type { RuleSetting } from '../core/lint.js';
import { RULES, findRule } from '../core/rules/catalog.js';
import { editDistance, showValue } from '../core/text.js';
import { ConfigError } from './errors.js';
import { describeFsError } from './workspace.js';

import { CONFIG_FILE_NAME } from './config-file.js';

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\.?$/;

export const SOURCE_FORMATS = ['text', 'zone', 'terraform', 'dnscontrol', 'octodns'] as const;

const recordSourceSchema = z.union(
  [
    z.strictObject({ value: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]) }),
    z.strictObject({
      file: z.string().min(1),
      format: z.enum(SOURCE_FORMATS).optional(),
      name: z.string().min(1).optional(),
    }),
  ],
  { error: 'expected `{ value: "<record>" }` or `{ file: <path>, format: text|zone|terraform|dnscontrol|octodns, name: <owner name> }`' },
);

const domainSchema = z.strictObject({
  domain: z.string({ error: 'missing; expected a domain name such as `example.com`' }).regex(HOSTNAME, { error: 'expected a domain name such as `example.com`' }),
  policy: z.string().min(1, { error: 'expected the path of the policy file' }).optional(),
  record: recordSourceSchema.optional(),
  tlsrpt: recordSourceSchema.optional(),
});

const severitySchema = z.enum(['error', 'warning', 'notice', 'off'], { error: 'expected error, warning, notice or off' });

const configSchema = z.strictObject({
  domains: z.array(domainSchema, { error: 'expected a list of `- domain: <name>` entries' }).optional(),
  rules: z.record(z.string(), severitySchema, { error: 'expected a map of rule ids or aliases to error, warning, notice or off' }).optional(),
  'fail-on': z.enum(['error', 'warning', 'never'], { error: 'expected error, warning or never' }).optional(),
  'id-scheme': z.enum(['timestamp', 'hash'], { error: 'expected timestamp or hash' }).optional(),
  'history-depth': z.number({ error: 'expected a number of commits' }).int().min(0).max(1_000_000).optional(),
});

const TOP_LEVEL_KEYS = ['domains', 'rules', 'fail-on', 'id-scheme', 'history-depth'];
const DOMAIN_KEYS = ['domain', 'policy', 'record', 'tlsrpt'];
const SOURCE_KEYS = ['value', 'file', 'format', 'name'];

export type RecordSourceConfig = { value: string | string[] } | { file: string; format?: (typeof SOURCE_FORMATS)[number]; name?: string };

export interface DomainConfig {
  domain: string;
  /** Path of the policy file, relative to the config file's folder. */
  policy?: string;
  record?: RecordSourceConfig;
  tlsrpt?: RecordSourceConfig;
}

export interface Config {
  /** Absolute path of the file the configuration came from. */
  file: string;
  /** Folder that relative paths in the file are resolved against. */
  root: string;
  domains: DomainConfig[];
  rules: Map<string, RuleSetting>;
  failOn?: 'error' | 'warning' | 'never';
  idScheme?: 'timestamp' | 'hash';
  historyDepth?: number;
}

/** Reads and validates the configuration file. */
export async function readConfig(cwd: string, explicitPath?: string): Promise<Config | null> {
  const file = path.resolve(cwd, explicitPath ?? CONFIG_FILE_NAME);
  const shown = path.relative(cwd, file) || file;

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!explicitPath && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`cannot read config file \`${shown}\`: ${describeFsError(error)}`, { cause: error });
  }
  return parseConfig(text, file, shown);
}

/** Parses configuration text. `shown` names the file in error messages. */
export function parseConfig(text: string, file: string, shown: string): Config {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    throw new ConfigError(`${shown}${where}: invalid YAML: ${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }

  const data: unknown = document.toJS() ?? {};
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keyPath = formatKeyPath(issue.path);
    throw new ConfigError(`${shown}: ${keyPath ? `\`${keyPath}\`: ` : ''}${describeIssue(issue)}`);
  }

  const rules = new Map<string, RuleSetting>();
  const keyFor = new Map<string, string>();
  for (const [key, setting] of Object.entries(parsed.data.rules ?? {})) {
    const rule = findRule(key);
    if (!rule) {
      throw new ConfigError(`${shown}: \`rules.${key}\`: unknown rule${suggestRule(key)}`);
    }
    const previous = keyFor.get(rule.id);
    if (previous !== undefined && rules.get(rule.id) !== setting) {
      throw new ConfigError(`${shown}: \`rules.${key}\` and \`rules.${previous}\` name the same rule (${rule.id} ${rule.alias}) with different settings; keep one`);
    }
    keyFor.set(rule.id, key);
    rules.set(rule.id, setting);
  }

  const seen = new Set<string>();
  const domains: DomainConfig[] = [];
  for (const [position, entry] of (parsed.data.domains ?? []).entries()) {
    const domain = entry.domain.toLowerCase().replace(/\.$/, '');
    if (domain.startsWith('mta-sts.')) {
      throw new ConfigError(`${shown}: \`domains[${position}].domain\`: \`${domain}\` is the policy host; write the policy domain \`${domain.slice(8)}\``);
    }
    if (seen.has(domain)) {
      throw new ConfigError(`${shown}: \`domains[${position}].domain\`: \`${domain}\` is listed twice; keep one entry per policy domain`);
    }
    seen.add(domain);
    domains.push({
      domain,
      ...(entry.policy ? { policy: entry.policy } : {}),
      ...(entry.record ? { record: entry.record } : {}),
      ...(entry.tlsrpt ? { tlsrpt: entry.tlsrpt } : {}),
    });
  }

  const config: Config = { file, root: path.dirname(file), domains, rules };
  if (parsed.data['fail-on']) config.failOn = parsed.data['fail-on'];
  if (parsed.data['id-scheme']) config.idScheme = parsed.data['id-scheme'];
  if (parsed.data['history-depth'] !== undefined) config.historyDepth = parsed.data['history-depth'];
  return config;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const allowed = issue.path.length === 0 ? TOP_LEVEL_KEYS : issue.path.at(-1) === 'record' || issue.path.at(-1) === 'tlsrpt' ? SOURCE_KEYS : DOMAIN_KEYS;
    return issue.keys
      .map((key) => {
        const near = allowed.find((candidate) => editDistance(key.toLowerCase().replace(/_/g, '-'), candidate) <= 2);
        return `unknown key \`${key}\`${near ? `; did you mean \`${near}\`?` : `; expected one of ${allowed.join(', ')}`}`;
      })
      .join(', ');
  }
  const input = (issue as { input?: unknown }).input;
  const got = input === undefined || typeof input === 'object' ? '' : ` (got \`${showValue(String(input), 40)}\`)`;
  return `${issue.message}${got}`;
}

function formatKeyPath(keyPath: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of keyPath) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function suggestRule(key: string): string {
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const rule of RULES) {
    // Ids differ from each other by a digit, so only an alias gets a fuzzy suggestion.
    const distance = editDistance(lower, rule.alias);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: rule.alias, distance };
  }
  return best ? `; did you mean \`${best.name}\`?` : '; rule ids look like `STS204` and aliases like `mode-invalid` (see docs/rules.md)';
}
