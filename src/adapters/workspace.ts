/**
 * Facts about policy files that come from the files around them: the
 * policy domain (GitHub Pages `CNAME`, folder names) and how the site that
 * serves them is built. Everything is read through a `Tree`, so the same
 * facts can be gathered for a commit.
 */

import path from 'node:path';

import type { SiteFacts } from '../core/site.js';
import type { Tree } from './tree.js';

export const POLICY_FILE_NAME = 'mta-sts.txt';

export function isPolicyFileName(file: string): boolean {
  return path.posix.basename(file) === POLICY_FILE_NAME;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, expected a file';
  if (code === 'ENOTDIR') return 'a parent of the path is not a folder';
  return (error as Error).message;
}

/** Returns the site root that serves the policy file: the parent of `.well-known`, or the file's own folder. */
export function siteRootOf(file: string): string {
  const folder = path.posix.dirname(file);
  const root = path.posix.basename(folder) === '.well-known' ? path.posix.dirname(folder) : folder;
  return root === '.' ? '' : root;
}

function join(folder: string, name: string): string {
  return folder ? `${folder}/${name}` : name;
}

async function readSmallText(tree: Tree, file: string): Promise<string | null> {
  const bytes = await tree.read(file);
  if (bytes === null || bytes.length > 64 * 1024) return null;
  return new TextDecoder('utf-8').decode(bytes);
}

export type DomainOrigin = 'config' | 'flag' | 'cname' | 'path';

export interface InferredDomain {
  domain: string | null;
  origin: DomainOrigin | null;
  /** The host named by a GitHub Pages `CNAME` file that is not a policy host, for the notice. */
  cnameHost?: string;
}

/**
 * Infers the policy domain of a policy file from a GitHub Pages `CNAME`
 * file naming `mta-sts.<domain>` in the site root, or from the nearest path
 * segment `mta-sts.<domain>` (the repository folder's name counts).
 */
export async function inferDomain(tree: Tree, file: string): Promise<InferredDomain> {
  const cname = await readSmallText(tree, join(siteRootOf(file), 'CNAME'));
  const cnameHost = cname?.split(/\r?\n/)[0]?.trim().toLowerCase().replace(/\.$/, '');
  if (cnameHost?.startsWith('mta-sts.') && isDomainName(cnameHost.slice(8))) {
    return { domain: cnameHost.slice(8), origin: 'cname' };
  }

  const segments = [...tree.root.split(path.sep), ...file.split('/').slice(0, -1)].reverse();
  for (const segment of segments) {
    const lower = segment.toLowerCase();
    if (!lower.startsWith('mta-sts.')) continue;
    const candidate = lower.slice(8);
    // A repository named `<name>.github.io` is a Pages site, not a domain.
    if (/\.github\.io$|\.gitlab\.io$/.test(candidate)) continue;
    if (isDomainName(candidate)) return { domain: candidate, origin: 'path' };
  }
  return { domain: null, origin: null, ...(cnameHost && isDomainName(cnameHost) ? { cnameHost } : {}) };
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
export async function readSiteFacts(tree: Tree, file: string): Promise<SiteFacts> {
  const siteRoot = siteRootOf(file);
  const facts: SiteFacts = {};
  const inside = siteRoot ? file.slice(siteRoot.length + 1) : file;
  const dotFolder = inside.split('/').slice(0, -1).find((segment) => segment.startsWith('.'));
  if (dotFolder) facts.dotFolder = dotFolder;

  const listing = await listingSet(tree);
  const disabled = listing.has(join(siteRoot, '.nojekyll'));
  const config = await readSmallText(tree, join(siteRoot, '_config.yml'));
  if (config !== null) {
    facts.jekyll = { signal: '_config.yml', disabled, includesDotFolder: await jekyllIncludes(config, dotFolder) };
    return facts;
  }

  const isPagesSource = siteRoot === '' || siteRoot === 'docs';
  if (isPagesSource && listing.has(join(siteRoot, 'CNAME'))) {
    if (!OTHER_GENERATORS.some((name) => listing.has(name))) {
      facts.jekyll = { signal: 'CNAME', disabled, includesDotFolder: false };
    }
  }
  return facts;
}

const listings = new WeakMap<Tree, Promise<Set<string>>>();

/** Returns the tree's file list as a set, built once per tree, because a repository with many policy files needs it once per file. */
function listingSet(tree: Tree): Promise<Set<string>> {
  let listing = listings.get(tree);
  if (!listing) {
    listing = tree.list().then((files) => new Set(files));
    listings.set(tree, listing);
  }
  return listing;
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
