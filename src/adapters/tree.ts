/**
 * A file tree to lint: the working tree, the git index, or a commit. The
 * check and the id gate read every file through this interface, so a
 * revision is always read with git itself and never from the working tree
 * by accident.
 */

import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { InputError } from './errors.js';
import { CatFile, runGit } from './git.js';
import { describeFsError } from './workspace.js';

export interface Tree {
  /** Shown in messages: `the working tree`, `the index` or a revision. */
  readonly label: string;
  /** Absolute path of the repository root (or of the folder checked, outside git). */
  readonly root: string;
  /** Lists files as `/`-separated paths relative to the root. */
  list(): Promise<string[]>;
  /** Reads a file, or returns null when the tree does not have it. */
  read(file: string): Promise<Uint8Array | null>;
  /** Lists the files under a folder the user named, including files git ignores. */
  listUnder(folder: string): Promise<string[]>;
  /** Tells whether the path is a folder in this tree. */
  isFolder(folder: string): Promise<boolean>;
}

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

function isSkipped(file: string): boolean {
  return file.split('/').some((segment) => SKIPPED_FOLDERS.has(segment));
}

/** The files on disk. Inside a git work tree, files that git ignores are left out. */
export class WorkTree implements Tree {
  readonly label = 'the working tree';
  private listing: Promise<string[]> | undefined;

  constructor(
    readonly root: string,
    private readonly inGit: boolean,
  ) {}

  list(): Promise<string[]> {
    this.listing ??= this.inGit ? this.listWithGit() : walk(this.root, '');
    return this.listing;
  }

  private async listWithGit(): Promise<string[]> {
    const output = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], this.root);
    const files = output.split('\0').filter((file) => file.length > 0 && !isSkipped(file));
    // Files deleted from disk but still in the index are not part of the working tree.
    const present = await Promise.all(files.map((file) => stat(path.join(this.root, file)).then((info) => info.isFile(), () => false)));
    return files.filter((_file, index) => present[index]);
  }

  listUnder(folder: string): Promise<string[]> {
    return walk(this.root, folder === '.' ? '' : folder);
  }

  isFolder(folder: string): Promise<boolean> {
    return stat(path.resolve(this.root, folder)).then(
      (info) => info.isDirectory(),
      () => false,
    );
  }

  async read(file: string): Promise<Uint8Array | null> {
    try {
      const absolute = path.resolve(this.root, file);
      const info = await stat(absolute);
      // A pipe or device (such as /dev/stdin) is read as a file; a folder is not a file.
      if (info.isDirectory()) return null;
      return await readFile(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
      throw new InputError(`cannot read \`${file}\`: ${describeFsError(error)}`, { cause: error });
    }
  }
}

async function walk(root: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true }).catch((error: unknown) => {
    throw new InputError(`cannot list \`${prefix || root}\`: ${describeFsError(error)}`, { cause: error });
  });
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) out.push(...(await walk(root, relative)));
    else if (entry.isFile()) out.push(relative);
  }
  return out;
}

/** The files of a commit (`rev`) or of the index (`rev` is null), read with `git ls-tree` / `git ls-files` and `git cat-file`. */
export class GitTree implements Tree {
  readonly label: string;
  private listing: Promise<string[]> | undefined;

  constructor(
    readonly root: string,
    private readonly rev: string | null,
    private readonly catFile: CatFile,
  ) {
    this.label = rev === null ? 'the index' : `\`${rev}\``;
  }

  list(): Promise<string[]> {
    this.listing ??= (async () => {
      const args = this.rev === null ? ['ls-files', '-z', '--cached'] : ['ls-tree', '-r', '-z', '--name-only', this.rev];
      const output = await runGit(args, this.root);
      return output.split('\0').filter((file) => file.length > 0 && !isSkipped(file));
    })();
    return this.listing;
  }

  read(file: string): Promise<Uint8Array | null> {
    return this.catFile.read(this.rev === null ? `:${file}` : `${this.rev}:${file}`);
  }

  async listUnder(folder: string): Promise<string[]> {
    return filesUnder(await this.list(), folder);
  }

  async isFolder(folder: string): Promise<boolean> {
    return hasFolder(await this.list(), folder);
  }
}

/** Returns the `/`-separated path of `file` (relative to `from`) relative to the tree root. */
export function treePath(root: string, from: string, file: string): string {
  return path.relative(root, path.resolve(from, file)).split(path.sep).join('/');
}

/** Returns the files of a listing that lie under `folder` (`.` or empty for all). */
export function filesUnder(files: string[], folder: string): string[] {
  const prefix = folder === '.' || folder === '' ? '' : `${folder.replace(/\/$/, '')}/`;
  return files.filter((file) => file.startsWith(prefix));
}

/** Tells whether a listing has a folder: a file path that starts with it. */
export function hasFolder(files: string[], folder: string): boolean {
  if (folder === '.' || folder === '') return true;
  const prefix = `${folder.replace(/\/$/, '')}/`;
  return files.some((file) => file.startsWith(prefix));
}
