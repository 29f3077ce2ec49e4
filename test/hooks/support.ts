/**
 * Shared setup for the hook tests: a GitHub-Pages-style policy folder and a
 * BIND zone file per domain, and a runner that starts git, pre-commit or the
 * bundle with a fixed identity, no user or system git config and no color.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const OLD_ID = '20240101000000';
export const POLICY = 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmx: mx2.example.com\nmax_age: 1209600\n';
export const CHANGED_POLICY = POLICY.replace('mx2.example.com', 'mx3.example.com');
export const INVALID_POLICY = POLICY.replace('mode: enforce', 'mode: Enforce');

export function policyPath(domain: string): string {
  return `mta-sts.${domain}/.well-known/mta-sts.txt`;
}

export function zonePath(domain: string): string {
  return `dns/${domain}.zone`;
}

/** Returns a BIND zone file for `domain` with its `_mta-sts` and `_smtp._tls` records. */
export function zoneFile(domain: string, id: string): string {
  return [
    `$ORIGIN ${domain}.`,
    '$TTL 3600',
    `@ IN SOA ns1.${domain}. hostmaster.${domain}. 2024010101 7200 3600 1209600 3600`,
    `_mta-sts IN TXT "v=STSv1; id=${id}"`,
    `_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@${domain}"`,
    '',
  ].join('\n');
}

/** Returns the files of one policy domain: the policy in a folder named after the policy host, and the zone file. */
export function domainFiles(domain: string, policy: string, id = OLD_ID): Record<string, string> {
  return { [policyPath(domain)]: policy.replaceAll('example.com', domain), [zonePath(domain)]: zoneFile(domain, id) };
}

/** Returns the `file:line:column` of the id in a zone file written by `zoneFile`. */
export function idPosition(domain: string, id: string): string {
  const lines = zoneFile(domain, id).split('\n');
  const line = lines.findIndex((text) => text.includes(`id=${id}`));
  return `${zonePath(domain)}:${line + 1}:${lines[line]!.indexOf(id) + 1}`;
}

/** Reads the policy id from a zone file written by `zoneFile` or by `bump`. */
export function readZoneId(root: string, domain: string): string {
  const text = readFileSync(path.join(root, zonePath(domain)), 'utf8');
  return /id=([0-9]+)/.exec(text)?.[1] ?? '';
}

/**
 * Returns the environment of every command these tests start. It leaves out
 * the variables that git sets for its hooks, so the tests also work when they
 * run inside a git hook of another repository.
 */
export function hookEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'FORCE_COLOR']) delete env[name];
  return {
    ...env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    NO_COLOR: '1',
    PRE_COMMIT_COLOR: 'never',
    ...extra,
  };
}

export interface CommandResult {
  status: number;
  /** Standard output and standard error, one after the other. */
  output: string;
}

/** Runs a command to completion and returns its exit status and output; it does not throw on a non-zero status. */
export function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = hookEnv(), timeout = 60_000): CommandResult {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
  if (result.error) throw new Error(`${command} ${args.join(' ')} failed to start or timed out: ${result.error.message}`);
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** Runs git and returns its standard output; throws with git's output on a non-zero status. */
export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = hookEnv()): string {
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed with exit status ${result.status}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Counts the lines of `output` that contain `text`. */
export function countLines(output: string, text: string): number {
  return output.split('\n').filter((line) => line.includes(text)).length;
}
