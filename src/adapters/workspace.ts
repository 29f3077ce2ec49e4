/**
 * Finds and reads policy files in a working tree, and gathers the facts the
 * core needs about them: the policy domain and how the site serves them.
 */

import { execFile } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import type { SiteFacts } from '../core/site.js';
import { InputError } from './errors.js';

export const POLICY_FILE_NAME = 'mta-sts.txt';

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/**
 * Lists policy files under each path. A file path is taken as given; a
 * folder is searched for `mta-sts.txt` files, skipping `.git`,
 * `node_modules` and, inside a git work tree, ignored files.
 */
export async function findPolicyFiles(paths: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw new InputError(`cannot read \`${given}\`: ${describeFsError(error)}`, { cause: error });
    }

    if (info.isFile()) {
      found.add(absolute);
      continue;
    }
    for (const file of await listPolicyFilesIn(absolute)) found.add(file);
  }
  return [...found].sort();
}

async function listPolicyFilesIn(folder: string): Promise<string[]> {
  const tracked = await listWithGit(folder);
  if (tracked) return tracked;
  return walk(folder);
}

/** Uses git's own ignore rules; returns null outside a work tree or without git. */
function listWithGit(folder: string): Promise<string[] | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', `:(glob)**/${POLICY_FILE_NAME}`],
      { cwd: folder, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => {
        if (error) {
          resolve(null);
          return;
        }
        const files = stdout
          .split('\0')
          .filter((entry) => entry.length > 0 && !entry.split('/').some((segment) => SKIPPED_FOLDERS.has(segment)))
          .map((entry) => path.join(folder, entry));
        Promise.all(files.map((file) => stat(file).then((info) => (info.isFile() ? file : null), () => null))).then(
          (existing) => resolve(existing.filter((file): file is string => file !== null)),
          () => resolve(null),
        );
      },
    );
  });
}

async function walk(folder: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw new InputError(`cannot list \`${folder}\`: ${describeFsError(error)}`, { cause: error });
  });
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) out.push(...(await walk(path.join(folder, entry.name))));
    } else if (entry.isFile() && entry.name === POLICY_FILE_NAME) {
      out.push(path.join(folder, entry.name));
    }
  }
  return out;
}

export async function readBytes(file: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read \`${shown}\`: ${describeFsError(error)}`, { cause: error });
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, expected a file';
  return (error as Error).message;
}

/** Returns the site root that serves the policy file: the parent of `.well-known`, or the file's own folder. */
export function siteRootOf(file: string): string {
  const folder = path.dirname(file);
  return path.basename(folder) === '.well-known' ? path.dirname(folder) : folder;
}

async function readSmallText(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > 64 * 1024) return null;
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export type DomainOrigin = 'config' | 'flag' | 'cname' | 'path';

/**
 * Infers the policy domain from a GitHub Pages `CNAME` file naming
 * `mta-sts.<domain>` in the site root, or from the nearest path segment
 * `mta-sts.<domain>`.
 */
export async function inferDomain(file: string): Promise<{ domain: string; origin: DomainOrigin } | null> {
  const cname = await readSmallText(path.join(siteRootOf(file), 'CNAME'));
  const cnameHost = cname?.split(/\r?\n/)[0]?.trim().toLowerCase().replace(/\.$/, '');
  if (cnameHost?.startsWith('mta-sts.') && isDomainName(cnameHost.slice(8))) {
    return { domain: cnameHost.slice(8), origin: 'cname' };
  }

  const segments = path.resolve(file).split(path.sep).slice(0, -1).reverse();
  for (const segment of segments) {
    const lower = segment.toLowerCase();
    if (!lower.startsWith('mta-sts.')) continue;
    const candidate = lower.slice(8);
    // A repository named `<name>.github.io` is a Pages site, not a domain.
    if (/\.github\.io$|\.gitlab\.io$/.test(candidate)) continue;
    if (isDomainName(candidate)) return { domain: candidate, origin: 'path' };
  }
  return null;
}

export function isDomainName(value: string): boolean {
  return /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i.test(value);
}

const OTHER_GENERATORS = ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'astro.config.mjs', 'astro.config.ts', 'next.config.js', 'next.config.mjs', 'eleventy.config.js', '.eleventy.js', 'mkdocs.yml', 'docusaurus.config.js', 'gatsby-config.js', 'zola.toml'];

/**
 * Gathers how the site around a policy file is built. Jekyll counts when the
 * site root has `_config.yml`, or when it is a GitHub Pages source (the
 * repository root or `docs/`) with a `CNAME` file and no other generator.
 */
export async function readSiteFacts(file: string, repoRoot: string): Promise<SiteFacts> {
  const siteRoot = siteRootOf(file);
  const facts: SiteFacts = {};
  const relative = path.relative(siteRoot, file).split(path.sep);
  const dotFolder = relative.slice(0, -1).find((segment) => segment.startsWith('.'));
  if (dotFolder) facts.dotFolder = dotFolder;

  const disabled = await exists(path.join(siteRoot, '.nojekyll'));
  const config = await readSmallText(path.join(siteRoot, '_config.yml'));
  if (config !== null) {
    facts.jekyll = { signal: '_config.yml', disabled, includesDotFolder: await jekyllIncludes(config, dotFolder) };
    return facts;
  }

  const isPagesSource = siteRoot === repoRoot || siteRoot === path.join(repoRoot, 'docs');
  if (isPagesSource && (await exists(path.join(siteRoot, 'CNAME')))) {
    const others = await Promise.all(OTHER_GENERATORS.map((name) => exists(path.join(repoRoot, name))));
    if (!others.some(Boolean)) {
      facts.jekyll = { signal: 'CNAME (GitHub Pages builds with Jekyll by default)', disabled, includesDotFolder: false };
    }
  }
  return facts;
}

async function jekyllIncludes(configText: string, dotFolder: string | undefined): Promise<boolean> {
  if (!dotFolder) return true;
  const { parse: parseYaml } = await import('yaml');
  try {
    const config = parseYaml(configText) as { include?: unknown } | null;
    const include = config?.include;
    if (!Array.isArray(include)) return false;
    return include.some((entry) => typeof entry === 'string' && entry.replace(/^\/|\/$/g, '') === dotFolder);
  } catch {
    // An unreadable _config.yml breaks the Jekyll build itself; do not guess what it includes.
    return true;
  }
}

/** Finds the root of the git work tree that contains `cwd`, or returns `cwd`. */
export function findRepoRoot(cwd: string): Promise<string> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }, (error, stdout) => {
      resolve(error ? cwd : path.resolve(stdout.trim()));
    });
  });
}
