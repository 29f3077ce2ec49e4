/**
 * Shared setup for the id gate tests: real git repositories in temporary
 * folders, commits with fixed dates, and the gate's findings read from the
 * JSON report of an in-process CLI run.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runCli } from '../helpers/cli.js';
import { makeTree } from '../helpers/repo.js';

/** Commit dates start here and advance one day per commit, so "until" dates are predictable. */
const FIRST_COMMIT_SECONDS = Date.UTC(2025, 0, 1) / 1000;
const DAY_SECONDS = 86_400;
const commitCounts = new Map<string, number>();

export const POLICY = 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmx: mx2.example.com\nmax_age: 1209600\n';
export const OLD_ID = '20240101000000';
export const NEW_ID = '20250101000000';
export const POLICY_PATH = 'mta-sts.example.com/.well-known/mta-sts.txt';

/** Runs git with a fixed identity and no user or system config, and returns standard output. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...env,
    },
  });
}

/** Writes files (path → content); a null content deletes the file. */
export function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    if (content === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

export function readText(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

/** Returns the date of the next commit in `root` in git's `@seconds +0000` form, and counts that commit. */
function nextCommitDate(root: string): string {
  const count = commitCounts.get(root) ?? 0;
  commitCounts.set(root, count + 1);
  return `@${FIRST_COMMIT_SECONDS + count * DAY_SECONDS} +0000`;
}

/** Writes the files, stages everything and commits. Returns the new commit id. */
export function commit(root: string, files: Record<string, string | null>, message = 'change'): string {
  writeFiles(root, files);
  git(root, ['add', '-A']);
  const date = nextCommitDate(root);
  git(root, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return revParse(root);
}

/** Returns the commit id that `rev` names in `root`. */
export function revParse(root: string, rev = 'HEAD'): string {
  return git(root, ['rev-parse', rev]).trim();
}

/** Returns the date the next commit in `root` will get, without using it up. */
export function peekCommitDate(root: string): Date {
  return new Date((FIRST_COMMIT_SECONDS + (commitCounts.get(root) ?? 0) * DAY_SECONDS) * 1000);
}

/** Creates a git repository holding `files` in one first commit. Returns its root. */
export function makeRepo(files: Record<string, string>): string {
  const root = makeTree({});
  git(root, ['init', '-q', '-b', 'main']);
  commit(root, files, 'initial');
  return root;
}

export interface JsonFinding {
  rule: string;
  messageId: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
}

export interface GateRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Every finding of the JSON report. */
  all: JsonFinding[];
  /** The id gate's findings (STS5xx) only. */
  gate: JsonFinding[];
}

/** Runs `mta-sts-guard check ARGS --format json` in `cwd` and parses the report. */
export async function check(cwd: string, args: string[]): Promise<GateRun> {
  const result = await runCli(['check', ...args, '--format', 'json'], cwd);
  let all: JsonFinding[] = [];
  if (result.stdout.trim().startsWith('{')) all = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  return { ...result, all, gate: all.filter((finding) => finding.rule.startsWith('STS5')) };
}

/** Returns the gate findings of one rule. */
export function ofRule(run: GateRun, rule: string): JsonFinding[] {
  return run.gate.filter((finding) => finding.rule === rule);
}

/** Returns the 1-based line and column where `needle` first occurs in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`\`${needle}\` is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Returns a zone file for example.com with one `_mta-sts` record. */
export function zoneFile(id: string): string {
  return ['$ORIGIN example.com.', '$TTL 3600', '@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600', `_mta-sts IN TXT "v=STSv1; id=${id}"`, ''].join('\n');
}

/** Returns the files of a repository with the policy in a folder named after the policy host and the record in a zone file. */
export function zoneLayout(policy: string, id: string): Record<string, string> {
  return { [POLICY_PATH]: policy, 'dns/example.com.zone': zoneFile(id) };
}

/** A place where the `_mta-sts` record of example.com can live, with the policy inferred from its folder name. */
export interface RecordLayout {
  name: string;
  /** The file that contains the id characters. */
  idFile: string;
  /** Returns the repository files for a policy and an id. */
  files(policy: string, id: string): Record<string, string>;
}

const TERRAFORM_MAIN = [
  'variable "zone_id" {',
  '  type = string',
  '}',
  '',
  'variable "mta_sts_id" {',
  '  type = string',
  '}',
  '',
  'resource "cloudflare_record" "mta_sts" {',
  '  zone_id = var.zone_id',
  '  name    = "_mta-sts.example.com"',
  '  type    = "TXT"',
  '  content = "v=STSv1; id=${var.mta_sts_id}"',
  '  ttl     = 3600',
  '}',
  '',
].join('\n');

const TEXT_RECORD_CONFIG = ['domains:', '  - domain: example.com', '    record:', '      file: dns/_mta-sts.example.com.txt', ''].join('\n');

export const LAYOUTS: RecordLayout[] = [
  { name: 'zone file', idFile: 'dns/example.com.zone', files: (policy, id) => zoneLayout(policy, id) },
  {
    name: 'Terraform',
    idFile: 'terraform/terraform.tfvars',
    files: (policy, id) => ({
      [POLICY_PATH]: policy,
      'terraform/main.tf': TERRAFORM_MAIN,
      'terraform/terraform.tfvars': `zone_id    = "0123456789abcdef"\nmta_sts_id = "${id}"\n`,
    }),
  },
  {
    name: 'DNSControl',
    idFile: 'dnsconfig.js',
    files: (policy, id) => ({
      [POLICY_PATH]: policy,
      'dnsconfig.js': [
        'var REG_NONE = NewRegistrar("none");',
        'var DSP = NewDnsProvider("cloudflare");',
        '',
        'D("example.com", REG_NONE, DnsProvider(DSP),',
        '  A("@", "192.0.2.1"),',
        `  TXT("_mta-sts", "v=STSv1; id=${id}")`,
        ');',
        '',
      ].join('\n'),
    }),
  },
  {
    name: 'octoDNS',
    idFile: 'zones/example.com.yaml',
    files: (policy, id) => ({
      [POLICY_PATH]: policy,
      'zones/example.com.yaml': ['---', "'':", '  type: A', '  value: 192.0.2.1', '_mta-sts:', '  type: TXT', `  value: v=STSv1\\; id=${id}`, ''].join('\n'),
    }),
  },
  {
    name: 'text file in the config',
    idFile: 'dns/_mta-sts.example.com.txt',
    files: (policy, id) => ({
      '.mta-sts-guard.yml': TEXT_RECORD_CONFIG,
      [POLICY_PATH]: policy,
      'dns/_mta-sts.example.com.txt': `"v=STSv1; id=${id}"\n`,
    }),
  },
];
