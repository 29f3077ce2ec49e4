/**
 * Runs git. Every call goes through `runGit`, which turns a failure into a
 * `GitError` with git's own first line of error output, and `CatFile`, one
 * long-running `git cat-file --batch` per repository for reading blobs.
 */

import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';

import { GitError } from './errors.js';

/** Runs `git args...` in `cwd` and returns standard output. */
export function runGit(args: string[], cwd: string, options: { input?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.trim().split('\n')[0] || error.message;
          reject(new GitError(`git ${args[0]} failed: ${detail}`, { cause: error }));
          return;
        }
        resolve(stdout);
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/**
 * Returns the repository root containing `cwd`, or null outside a work
 * tree. Looks for `.git` on disk first, because starting git costs several
 * milliseconds of every run; with GIT_DIR or GIT_WORK_TREE set it runs `git rev-parse`.
 */
export async function findGitRoot(cwd: string): Promise<string | null> {
  if (process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined) {
    for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
      if (await stat(path.join(folder, '.git')).then(() => true, () => false)) return folder;
      if (path.dirname(folder) === folder) return null;
    }
  }
  try {
    return (await runGit(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch {
    return null;
  }
}

/** Resolves a revision to a commit id, or returns null when the repository does not have it. */
export async function resolveCommit(rev: string, cwd: string): Promise<string | null> {
  try {
    return (await runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd)).trim() || null;
  } catch {
    return null;
  }
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await runGit(['rev-parse', '--is-shallow-repository'], cwd)).trim() === 'true';
}

/** Reads one blob with `git cat-file blob`, or returns null when it does not exist. */
function readBlobAlone(object: string, cwd: string): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    execFile('git', ['cat-file', 'blob', object], { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      resolve(error ? null : new Uint8Array(stdout));
    });
  });
}

/**
 * Reads blobs through one `git cat-file --batch` process. git replies in
 * request order, so requests are queued and matched to replies one by one.
 */
export class CatFile {
  private child: ChildProcessWithoutNullStreams | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: Array<{ resolve: (value: Uint8Array | null) => void; reject: (error: Error) => void }> = [];
  private failure: Error | undefined;

  constructor(private readonly cwd: string) {}

  read(object: string): Promise<Uint8Array | null> {
    // The batch protocol is line-based, so a path with a line break is read by a command of its own.
    if (object.includes('\n')) return readBlobAlone(object, this.cwd);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    if (this.pending.length === 0) this.setActive(true);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${object}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, env: { ...process.env, LC_ALL: 'C' } });
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (error: Error): void => {
      this.failure = new GitError(`git cat-file failed: ${error.message}`, { cause: error });
      for (const request of this.pending.splice(0)) request.reject(this.failure);
    };
    child.on('error', fail);
    child.on('exit', (code) => {
      if (this.pending.length > 0) fail(new Error(`exited with status ${code}`));
    });
    this.child = child;
    return child;
  }

  /** Keeps the event loop alive only while requests are pending, so an idle reader never keeps the process running. */
  private setActive(active: boolean): void {
    const child = this.child;
    if (!child) return;
    const handles = [child, child.stdout, child.stdin] as unknown as Array<{ ref?: () => void; unref?: () => void }>;
    for (const handle of handles) {
      if (active) handle.ref?.();
      else handle.unref?.();
    }
  }

  private drain(): void {
    for (;;) {
      const request = this.pending[0];
      if (!request) return;
      const newline = this.buffer.indexOf(0x0a);
      if (newline < 0) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.pending.shift();
        if (this.pending.length === 0) this.setActive(false);
        request.resolve(null);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (this.buffer.length < newline + 1 + size + 1) return;
      const content = Uint8Array.prototype.slice.call(this.buffer, newline + 1, newline + 1 + size);
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.pending.shift();
      if (this.pending.length === 0) this.setActive(false);
      request.resolve(header.split(' ')[1] === 'blob' ? content : null);
    }
  }
}
