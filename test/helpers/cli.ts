/**
 * Runs the CLI in-process or through the built bundle, capturing output.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { main } from '../../src/cli/main.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

/**
 * Tells whether the corpus of real files in `../shared/corpus` is there. A
 * clone outside the project's workspace has no `../shared`, so the corpus
 * tests skip there with a message; under CI they must run.
 */
export function corpusAvailable(folder: string): boolean {
  if (existsSync(folder)) return true;
  if (process.env.CI) throw new Error(`the corpus folder ${folder} is missing; CI checks out ../shared beside the repository`);
  process.stderr.write(`corpus tests skipped: ${folder} is missing (it sits beside the repository as ../shared in the project's workspace)\n`);
  return false;
}
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
