/**
 * `install-hook`: writes a git pre-commit hook that runs the staged check,
 * for repositories that do not use the pre-commit framework.
 */

import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/** Quotes a word for a POSIX shell, leaving plain paths unquoted. */
export function quoteShell(value: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Returns the shell command that runs the staged check, without `exec` or arguments. */
function hookCommand(options: Pick<InstallHookOptions, 'node' | 'script' | 'fix'>): string {
  return `${quoteShell(options.node)} ${quoteShell(options.script)} check --staged${options.fix ? ' --fix' : ''}`;
}

export function hookText(options: Pick<InstallHookOptions, 'node' | 'script' | 'fix'>): string {
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# It lints the staged MTA-STS policy files and records, and fails a commit that',
    '# changes a policy without a new policy id. Remove this file to turn it off.',
    `exec ${hookCommand(options)} "$@"`,
    '',
  ].join('\n');
}

/** Returns true when `file` is `folder` or lies inside it. */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

export async function installHook(options: InstallHookOptions): Promise<InstallHookResult> {
  const text = hookText(options);
  if (options.print) return { file: null, text, replaced: false };

  const root = await findGitRoot(options.cwd);
  if (!root) throw new UsageError(`\`${options.cwd}\` is not in a git repository; run install-hook inside the repository, or use --print`);
  // Respects core.hooksPath and worktrees, which a fixed .git/hooks path would not.
  const [hooksPath = 'hooks', commonDir = '.git'] = (await runGit(['rev-parse', '--git-path', 'hooks', '--git-common-dir'], root)).split('\n');
  const hooks = path.resolve(root, hooksPath);
  const file = path.join(hooks, 'pre-commit');
  const displayPath = path.relative(options.cwd, file) || file;
  // A line for users who keep their own hook: unlike the hook's `exec` line, it lets the lines after it run.
  const ownHookLine = `${hookCommand(options)} || exit 1`;

  // A core.hooksPath outside the repository, such as one set in ~/.gitconfig, is shared with other repositories,
  // and there `check --staged` would fail every commit for lack of a policy file.
  if (!isInside(hooks, root) && !isInside(hooks, path.resolve(root, commonDir)) && !options.force) {
    throw new UsageError(`the hooks folder ${hooks} (core.hooksPath) is outside this repository, so other repositories may run its hooks too; add the line \`${ownHookLine}\` to a hook that only this repository runs, or pass --force to write ${file}`);
  }

  let existing: string | null;
  try {
    existing = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new GuardError(`cannot read the existing hook ${displayPath}: ${(error as Error).message}`, 'HOOK_UNREADABLE', { cause: error });
    }
    existing = null;
  }
  if (existing !== null && !existing.includes(HOOK_MARKER) && !options.force) {
    throw new UsageError(`${displayPath} already exists and was not written by mta-sts-guard; add the line \`${ownHookLine}\` to it before any \`exit\` or \`exec\` line, or pass --force to replace it`);
  }

  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(hooks, { recursive: true });
    await writeFile(temporary, text);
    await chmod(temporary, 0o755);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new GuardError(`cannot write ${file}: ${(error as Error).message}`, 'HOOK_UNWRITABLE', { cause: error });
  }
  return { file, text, replaced: existing !== null };
}
