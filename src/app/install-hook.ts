/**
 * `install-hook`: writes a git pre-commit hook that runs the staged check,
 * for repositories that do not use the pre-commit framework.
 */

import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { GuardError, UsageError } from '../adapters/errors.js';
import { findGitRoot, runGit } from '../adapters/git.js';

/** Marks hooks this command wrote, so it can replace its own hook without --force. */
export const HOOK_MARKER = '# Written by mta-sts-guard install-hook.';

export interface InstallHookOptions {
  cwd: string;
  /** Absolute paths of the node binary and the CLI script that the hook runs. */
  node: string;
  script: string;
  fix: boolean;
  force: boolean;
  /** Return the hook text without writing it. */
  print: boolean;
}

export interface InstallHookResult {
  file: string | null;
  text: string;
  replaced: boolean;
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function hookText(options: Pick<InstallHookOptions, 'node' | 'script' | 'fix'>): string {
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# It lints the staged MTA-STS policy files and records, and fails a commit that',
    '# changes a policy without a new policy id. Remove this file to turn it off.',
    `exec ${quote(options.node)} ${quote(options.script)} check --staged${options.fix ? ' --fix' : ''} "$@"`,
    '',
  ].join('\n');
}

export async function installHook(options: InstallHookOptions): Promise<InstallHookResult> {
  const text = hookText(options);
  if (options.print) return { file: null, text, replaced: false };

  const root = await findGitRoot(options.cwd);
  if (!root) throw new UsageError(`\`${options.cwd}\` is not in a git repository; run install-hook inside the repository, or use --print`);
  // Respects core.hooksPath and worktrees, which a fixed .git/hooks path would not.
  const hooks = path.resolve(root, (await runGit(['rev-parse', '--git-path', 'hooks'], root)).trim());
  const file = path.join(hooks, 'pre-commit');

  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing !== null && !existing.includes(HOOK_MARKER) && !options.force) {
    throw new UsageError(`${path.relative(options.cwd, file) || file} already exists and was not written by mta-sts-guard; add the line \`${hookText(options).split('\n').at(-2)}\` to it, or pass --force to replace it`);
  }

  try {
    await mkdir(hooks, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, text);
    await chmod(temporary, 0o755);
    await rename(temporary, file);
  } catch (error) {
    throw new GuardError(`cannot write ${file}: ${(error as Error).message}`, 'HOOK_UNWRITABLE', { cause: error });
  }
  return { file, text, replaced: existing !== null };
}
