/**
 * Runs the built Action (`dist/index.js`) as a child process the way the
 * GitHub runner does: inputs as `INPUT_*` variables, an event payload file,
 * empty output and summary files, and `GITHUB_API_URL` pointing at the
 * stand-in API server. Parses what the runner would read back.
 */

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll } from 'vitest';

import { REPO_ROOT } from '../helpers/cli.js';
import type { ApiServer } from './api-server.js';

export const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js');

/** Inputs of action.yml with its defaults, and a placeholder for the `github.token` default of `token`. */
export const DEFAULT_INPUTS = {
  path: '',
  config: '',
  base: '',
  'fail-on': 'error',
  comment: 'false',
  sarif: '',
  token: 'test-token',
  'working-directory': '.',
  live: 'false',
  smtp: 'false',
  resolver: '',
  shard: '',
  'connect-to': '',
  'ca-file': '',
  'allow-private': 'false',
} as const;

export type InputName = keyof typeof DEFAULT_INPUTS;

export interface ActionOptions {
  workspace: string;
  api: ApiServer;
  eventName: string;
  payload: unknown;
  inputs?: Partial<Record<InputName, string>>;
}

export interface Annotation {
  command: 'error' | 'warning' | 'notice';
  /** Properties, decoded from the workflow command escaping. */
  properties: Record<string, string>;
  /** The raw `key=value,...` text between the command name and `::`. */
  rawProperties: string;
  /** The message, decoded. */
  message: string;
  /** The message as it appears in the log. */
  rawMessage: string;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
  outputs: Record<string, string>;
  summary: string;
  /** The annotation lines outside the stop-commands block, parsed. */
  annotations: Annotation[];
  /** The token of `::stop-commands::TOKEN`, or null when there is none. */
  stopToken: string | null;
  /** The text between `::stop-commands::TOKEN` and `::TOKEN::`. */
  stopBlock: string;
  /** Whether the `::TOKEN::` line that ends the block was found. */
  stopEnded: boolean;
  /** The log with the stop-commands block cut out. */
  outsideBlock: string[];
}

const runFolders: string[] = [];

afterAll(() => {
  for (const folder of runFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Fails early with the command to run when dist/index.js is missing. */
export function assertBundleBuilt(): void {
  if (!existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing; run npm run build`);
}

/** Runs `node dist/index.js` with only the variables the runner sets, and reads back its outputs and summary. */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-guard-action-'));
  runFolders.push(folder);
  const eventPath = path.join(folder, 'event.json');
  const outputPath = path.join(folder, 'github-output');
  const summaryPath = path.join(folder, 'step-summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: folder,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_REPOSITORY: 'octo-org/mail-policies',
    GITHUB_API_URL: options.api.url,
    GITHUB_SERVER_URL: 'http://127.0.0.1',
    GITHUB_RUN_ID: '4242',
    GITHUB_GRAPHQL_URL: `${options.api.url}/graphql`,
    RUNNER_TEMP: folder,
  };
  for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, ...options.inputs })) {
    // The runner uppercases input names and keeps dashes.
    env[`INPUT_${name.toUpperCase()}`] = value;
  }

  const { status, stdout, stderr } = await spawnNode([ACTION_BUNDLE], options.workspace, env);
  const lines = stdout.split('\n');
  const { stopToken, stopBlock, stopEnded, outsideBlock } = splitStopCommands(lines);
  return {
    status,
    stdout,
    stderr,
    lines,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: outsideBlock.map(parseAnnotation).filter((annotation) => annotation !== null),
    stopToken,
    stopBlock,
    stopEnded,
    outsideBlock,
  };
}

function spawnNode(args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Asynchronous, because the stand-in API server handles requests in this process.
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Parses the `name<<DELIMITER` blocks that `core.setOutput` appends to `GITHUB_OUTPUT`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!header) continue;
    const end = lines.indexOf(header[2]!, index + 1);
    if (end < 0) throw new Error(`output \`${header[1]}\` has no closing delimiter`);
    outputs[header[1]!] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

function splitStopCommands(lines: string[]): Pick<ActionRun, 'stopToken' | 'stopBlock' | 'stopEnded' | 'outsideBlock'> {
  const start = lines.findIndex((line) => line.startsWith('::stop-commands::'));
  if (start < 0) return { stopToken: null, stopBlock: '', stopEnded: false, outsideBlock: lines };
  const stopToken = lines[start]!.slice('::stop-commands::'.length);
  const end = lines.indexOf(`::${stopToken}::`, start + 1);
  if (end < 0) return { stopToken, stopBlock: lines.slice(start + 1).join('\n'), stopEnded: false, outsideBlock: lines.slice(0, start) };
  return { stopToken, stopBlock: lines.slice(start + 1, end).join('\n'), stopEnded: true, outsideBlock: [...lines.slice(0, start), ...lines.slice(end + 1)] };
}

/** Undoes the escaping that @actions/core applies to command data (`%`, CR, LF). */
export function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Undoes the escaping that @actions/core applies to command properties (also `:` and `,`). */
export function unescapeProperty(text: string): string {
  return text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Parses an `::error|warning|notice KEY=VALUE,...::MESSAGE` line; other lines return null. */
export function parseAnnotation(line: string): Annotation | null {
  const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return null;
  const rawProperties = match[2] ?? '';
  const properties: Record<string, string> = {};
  for (const pair of rawProperties.split(',').filter((entry) => entry.length > 0)) {
    const equals = pair.indexOf('=');
    properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
  }
  return { command: match[1] as Annotation['command'], properties, rawProperties, message: unescapeData(match[3]!), rawMessage: match[3]! };
}

/** Returns the annotations of one kind that carry a `file` property. */
export function fileAnnotations(run: ActionRun, command: Annotation['command']): Annotation[] {
  return run.annotations.filter((annotation) => annotation.command === command && annotation.properties.file !== undefined);
}

/** Returns a pull_request event payload for pull request `number` whose base is `baseSha`. */
export function pullRequestPayload(baseSha: string, headSha: string, number = 7): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'change-policy' } },
    repository: { name: 'mail-policies', full_name: 'octo-org/mail-policies', owner: { login: 'octo-org' } },
  };
}

/** Returns a push event payload from `before` to `after`. */
export function pushPayload(before: string, after: string): unknown {
  return { ref: 'refs/heads/main', before, after, repository: { name: 'mail-policies', full_name: 'octo-org/mail-policies', owner: { login: 'octo-org' } } };
}

/** Returns a merge_group event payload whose base is `baseSha`. */
export function mergeGroupPayload(baseSha: string, headSha: string): unknown {
  return {
    action: 'checks_requested',
    merge_group: { base_sha: baseSha, head_sha: headSha, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' },
    repository: { name: 'mail-policies', full_name: 'octo-org/mail-policies', owner: { login: 'octo-org' } },
  };
}

export const ZERO_SHA = '0'.repeat(40);

export const POLICY_FILE = 'mta-sts.example.com/.well-known/mta-sts.txt';
export const ZONE_FILE = 'dns/example.com.zone';

/** Returns an enforce policy for example.com with the given max_age. */
export function policyText(maxAge = 1209600): string {
  return `version: STSv1\nmode: enforce\nmx: mx1.example.com\nmx: mx2.example.com\nmax_age: ${maxAge}\n`;
}

/** Returns a zone file for example.com with an `_mta-sts` record carrying `id` and a TLS-RPT record. */
export function zoneText(id: string): string {
  return [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600',
    `_mta-sts IN TXT "v=STSv1; id=${id}"`,
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@example.com"',
    '',
  ].join('\n');
}

/** Returns the files of a repository with one clean policy and its zone file. */
export function policyFiles(maxAge: number, id: string): Record<string, string> {
  return { [POLICY_FILE]: policyText(maxAge), [ZONE_FILE]: zoneText(id) };
}
