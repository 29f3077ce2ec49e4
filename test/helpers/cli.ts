/**
 * Runs the CLI in-process or through the built bundle, capturing output.
 */

import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { main } from '../../src/cli/main.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
export const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `main` from the sources, in this process. */
export async function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

/** Runs the bundled CLI as a child process, as users and hooks do. */
export function runBundle(args: string[], cwd: string, env: Record<string, string | undefined> = {}): CliResult {
  const result = spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 20_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
