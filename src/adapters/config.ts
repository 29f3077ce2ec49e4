/**
 * Reads `.mta-sts-guard.yml`: the policy domains of a repository, where
 * their records live, and rule settings.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parseDocument } from 'yaml';
import { z } from 'zod';

import type { RuleSetting } from '../core/lint.js';
import { RULES, findRule } from '../core/rules/catalog.js';
import { editDistance } from '../core/text.js';
import { ConfigError } from './errors.js';

import { CONFIG_FILE_NAME } from './config-file.js';

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

const recordSourceSchema = z.union(
  [
    z.strictObject({ value: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]) }),
    z.strictObject({ file: z.string().min(1) }),
  ],
  { error: 'expected `{ value: "<record>" }` or `{ file: <path of a text file holding the record> }`' },
);

const domainSchema = z.strictObject({
  domain: z.string().regex(HOSTNAME, { error: 'expected a domain name such as `example.com`' }),
  policy: z.string().min(1, { error: 'expected the path of the policy file' }).optional(),
  record: recordSourceSchema.optional(),
  tlsrpt: recordSourceSchema.optional(),
});

const severitySchema = z.enum(['error', 'warning', 'notice', 'off'], { error: 'expected error, warning, notice or off' });

const configSchema = z.strictObject({
  domains: z.array(domainSchema).optional(),
  rules: z.record(z.string(), severitySchema).optional(),
  'fail-on': z.enum(['error', 'warning', 'never'], { error: 'expected error, warning or never' }).optional(),
});

export type RecordSourceConfig = { value: string | string[] } | { file: string };

export interface DomainConfig {
  domain: string;
  /** Absolute path of the policy file. */
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
    throw new ConfigError(`cannot read config file \`${shown}\`: ${(error as Error).message}`, { cause: error });
  }
  return parseConfig(text, file, shown);
}

/** Parses configuration text. `shown` names the file in error messages. */
export function parseConfig(text: string, file: string, shown: string): Config {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    throw new ConfigError(`${shown}${where}: invalid YAML: ${first.message.split('\n')[0]}`);
  }

  const data: unknown = document.toJS() ?? {};
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keyPath = formatKeyPath(issue.path);
    const message = issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((key) => `\`${key}\``).join(', ')}` : issue.message;
    throw new ConfigError(`${shown}: ${keyPath ? `\`${keyPath}\`: ` : ''}${message}`);
  }

  const root = path.dirname(file);
  const rules = new Map<string, RuleSetting>();
  for (const [key, setting] of Object.entries(parsed.data.rules ?? {})) {
    const rule = findRule(key);
    if (!rule) {
      throw new ConfigError(`${shown}: \`rules.${key}\`: unknown rule${suggestRule(key)}`);
    }
    rules.set(rule.id, setting);
  }

  const seen = new Set<string>();
  const domains: DomainConfig[] = [];
  for (const [position, entry] of (parsed.data.domains ?? []).entries()) {
    const domain = entry.domain.toLowerCase();
    if (seen.has(domain)) {
      throw new ConfigError(`${shown}: \`domains[${position}].domain\`: \`${domain}\` is listed twice; keep one entry per policy domain`);
    }
    seen.add(domain);
    domains.push({
      domain,
      ...(entry.policy ? { policy: path.resolve(root, entry.policy) } : {}),
      ...(entry.record ? { record: entry.record } : {}),
      ...(entry.tlsrpt ? { tlsrpt: entry.tlsrpt } : {}),
    });
  }

  return { file, root, domains, rules, ...(parsed.data['fail-on'] ? { failOn: parsed.data['fail-on'] } : {}) };
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
    for (const name of [rule.id, rule.alias]) {
      const distance = editDistance(lower, name.toLowerCase());
      if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
    }
  }
  return best ? `; did you mean \`${best.name}\`?` : '; rule ids look like `STS204` or aliases like `mode-invalid` (see docs/rules.md)';
}
