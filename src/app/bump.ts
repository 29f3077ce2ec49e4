/**
 * `bump`: writes a new policy id into the record source where it lives,
 * changing only the id's characters. All files are written, or none.
 */

import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { CanonicalPolicy } from '../core/policy/canonical.js';
import { contentHashId } from '../core/policy/hash.js';
import { GuardError, UsageError } from '../adapters/errors.js';
import { CatFile } from '../adapters/git.js';
import { GitTree, WorkTree } from '../adapters/tree.js';
import { describeFsError } from '../adapters/workspace.js';
import { lintTree } from './check.js';
import { toState } from './gate.js';
import { guessFormat, openWorkspace, type CheckOptions, type Workspace } from './targets.js';

export type IdScheme = 'timestamp' | 'hash';

export interface BumpOptions {
  cwd: string;
  configPath?: string;
  /** Policy domain of policy files whose domain is not known otherwise, as `check --domain`. */
  domain?: string;
  /** Hash the policy content staged in the index rather than the working tree (`check --staged --fix`). */
  contentFromIndex?: boolean;
  /** Domains to bump; empty means every domain with a readable id. */
  domains: string[];
  scheme?: IdScheme;
  dryRun: boolean;
  now?: Date;
}

export interface BumpEdit {
  /** The domains whose id is written at this place; several when they share one variable. */
  domain: string;
  /** Repository-relative path of the edited file. */
  file: string;
  line: number;
  column: number;
  oldId: string;
  newId: string;
}

export interface BumpResult {
  scheme: IdScheme;
  edits: BumpEdit[];
  /** Domains left alone, with the reason. */
  skipped: Array<{ domain: string; reason: string }>;
  unchanged: string[];
  root: string;
  written: boolean;
  /** Edited files that are zone files, whose SOA serial may need an increase. */
  zoneFiles: string[];
}

/** Formats a UTC timestamp id: `YYYYMMDDhhmmss`. */
export function timestampId(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export async function runBump(options: BumpOptions): Promise<BumpResult> {
  const checkOptions: CheckOptions = {
    cwd: options.cwd,
    paths: [],
    records: [],
    tlsrpt: [],
    ...(options.configPath ? { configPath: options.configPath } : {}),
    ...(options.domain ? { domain: options.domain } : {}),
  };
  const workspace = await openWorkspace(checkOptions);
  const scheme = options.scheme ?? workspace.config?.idScheme ?? 'timestamp';
  const report = await lintTree(new WorkTree(workspace.root, workspace.inGit), workspace, checkOptions, true);
  const staged = options.contentFromIndex ? await stagedCanonicals(workspace, checkOptions) : undefined;
  const wanted = new Set(options.domains.map((domain) => domain.toLowerCase().replace(/\.$/, '')));
  const known = new Set(report.results.map((result) => result.domain).filter((domain): domain is string => domain !== null));
  for (const domain of wanted) {
    if (!known.has(domain)) throw new UsageError(`no policy domain \`${domain}\` found; the domains found are ${[...known].map((name) => `\`${name}\``).join(', ') || 'none'}`);
  }

  const result: BumpResult = { scheme, edits: [], skipped: [], unchanged: [], root: workspace.root, written: false, zoneFiles: [] };
  const now = options.now ?? new Date();
  for (const [index, linted] of report.results.entries()) {
    const domain = linted.domain;
    if (!domain || (wanted.size > 0 && !wanted.has(domain))) continue;
    const input = report.inputs[index]!;
    const state = toState(linted, input);
    const record = state.record;

    if (!record || !input.sts) {
      result.skipped.push({ domain, reason: 'no `_mta-sts` record source was found; name it in `.mta-sts-guard.yml`' });
      continue;
    }
    if (record.unreadable === 'cname') {
      result.skipped.push({ domain, reason: `\`_mta-sts.${domain}\` is a CNAME, so the id lives at its target` });
      continue;
    }
    if (!record.unreadable && record.id !== null && (!record.file || record.file.startsWith('<'))) {
      result.skipped.push({ domain, reason: 'the record is given as a `value` in the config file, so change its id there' });
      continue;
    }
    if (record.unreadable || record.id === null || !record.idSpan || !record.file || record.file.startsWith('<')) {
      result.skipped.push({ domain, reason: record.unreadable === 'computed' ? 'the id is computed when the configuration is applied; change it where it is computed' : 'no literal policy id was found to replace' });
      continue;
    }

    let newId: string;
    if (scheme === 'hash') {
      const canonical = staged ? staged.get(domain) : linted.canonical;
      if (!canonical) {
        result.skipped.push({ domain, reason: 'the hash scheme needs a readable policy file' });
        continue;
      }
      newId = contentHashId(canonical);
    } else {
      newId = timestampId(now);
      // Two bumps within one second must still give a new id.
      if (newId === record.id) newId = timestampId(new Date(now.getTime() + 1000));
    }
    if (newId === record.id) {
      result.unchanged.push(domain);
      continue;
    }
    // Domains can share one id, such as a Terraform variable used for every domain; that place is written once.
    const shared = result.edits.find((edit) => edit.file === record.file && edit.line === record.idSpan!.line && edit.column === record.idSpan!.column);
    if (shared) {
      if (shared.newId !== newId) {
        throw new GuardError(
          `${shared.domain} and ${domain} share the policy id at ${record.file}:${record.idSpan.line}:${record.idSpan.column}, so one content hash cannot fit both; run \`mta-sts-guard bump --scheme timestamp\`, or give each domain its own id`,
          'BUMP_FAILED',
        );
      }
      shared.domain = `${shared.domain}, ${domain}`;
      continue;
    }
    result.edits.push({ domain, file: record.file, line: record.idSpan.line, column: record.idSpan.column, oldId: record.id, newId });
  }

  // A dry run checks the same things as a real run, so it never promises an edit that would fail.
  const planned = await planEdits(workspace.root, result.edits);
  result.zoneFiles = [...new Set(result.edits.map((edit) => edit.file).filter((file) => guessFormat(file) === 'zone'))];
  if (!options.dryRun && planned.length > 0) {
    await writePlanned(planned);
    result.written = true;
  }
  return result;
}

/** Reads the canonical policy of each domain from the index, for hashing what is about to be committed. */
async function stagedCanonicals(workspace: Workspace, checkOptions: CheckOptions): Promise<Map<string, CanonicalPolicy>> {
  const catFile = new CatFile(workspace.root);
  try {
    const report = await lintTree(new GitTree(workspace.root, null, catFile), workspace, checkOptions, true);
    const canonicals = new Map<string, CanonicalPolicy>();
    for (const linted of report.results) {
      if (linted.domain && linted.canonical) canonicals.set(linted.domain, linted.canonical);
    }
    return canonicals;
  } finally {
    catFile.close();
  }
}

/** Returns the offset of a 1-based line and UTF-16 column, counting LF, CRLF and bare CR as line ends. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.slice(offset).search(/\r\n|\n|\r/);
    if (next < 0) return -1;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return offset + column - 1;
}

interface PlannedFile {
  file: string;
  original: Buffer;
  updated: string;
  temporary: string;
}

/**
 * Computes the new content of each file, checking that the file contains the
 * old id, written literally, at each place. Throws before anything is written.
 */
async function planEdits(root: string, edits: BumpEdit[]): Promise<PlannedFile[]> {
  const byFile = new Map<string, BumpEdit[]>();
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);

  const planned: PlannedFile[] = [];
  for (const [file, fileEdits] of byFile) {
    const absolute = path.resolve(root, file);
    const original = await readFile(absolute).catch((error: unknown) => {
      throw new GuardError(`cannot read \`${file}\` to bump the id: ${describeFsError(error)}`, 'BUMP_FAILED', { cause: error });
    });
    let text = original.toString('utf8');
    const sorted = [...fileEdits].sort((a, b) => b.line - a.line || b.column - a.column);
    for (const edit of sorted) {
      const offset = offsetOf(text, edit.line, edit.column);
      if (offset < 0 || text.slice(offset, offset + edit.oldId.length) !== edit.oldId) {
        throw new GuardError(
          `the id \`${edit.oldId}\` of ${edit.domain} at ${file}:${edit.line}:${edit.column} is not written as one piece (split across TXT strings, or written with escapes), so it cannot be replaced in place; change it by hand to \`${edit.newId}\``,
          'BUMP_FAILED',
        );
      }
      text = text.slice(0, offset) + edit.newId + text.slice(offset + edit.oldId.length);
    }
    planned.push({ file: absolute, original, updated: text, temporary: path.join(path.dirname(absolute), `.${path.basename(absolute)}.${randomBytes(4).toString('hex')}.tmp`) });
  }
  return planned;
}

/**
 * Writes every file to a temporary name first and renames them all only
 * when every write succeeded. A failed rename restores the files already
 * replaced, so the edits land in all files or none.
 */
async function writePlanned(planned: PlannedFile[]): Promise<void> {
  try {
    for (const plan of planned) await writeFile(plan.temporary, plan.updated);
  } catch (error) {
    await removeTemporaryFiles(planned);
    throw new GuardError(`cannot write the new ids, so no file was changed: ${describeFsError(error)}`, 'BUMP_FAILED', { cause: error });
  }

  const done: typeof planned = [];
  try {
    for (const plan of planned) {
      await rename(plan.temporary, plan.file);
      done.push(plan);
    }
  } catch (error) {
    for (const plan of done) await writeFile(plan.file, plan.original).catch(() => undefined);
    await removeTemporaryFiles(planned);
    throw new GuardError(`cannot replace the files with new ids, so the changes were undone: ${describeFsError(error)}`, 'BUMP_FAILED', { cause: error });
  }
}

/** Removes the temporary files of a failed write, ignoring errors, so a failed removal (such as ENAMETOOLONG) never hides the error being reported. */
async function removeTemporaryFiles(planned: Array<{ temporary: string }>): Promise<void> {
  await Promise.all(planned.map((plan) => rm(plan.temporary, { force: true }).catch(() => undefined)));
}
