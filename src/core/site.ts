/**
 * Changes that static-site generators make to a policy file between the
 * repository and the policy host. The workspace adapter gathers the facts; this module
 * only applies them to the bytes.
 */

/** Facts about the site that serves a policy file. */
export interface SiteFacts {
  /** Set when Jekyll builds the site: the file or setting that shows it. */
  jekyll?: {
    signal: '_config.yml' | 'CNAME';
    /** True when `.nojekyll` exists, so GitHub Pages serves files unprocessed. */
    disabled: boolean;
    /** True when `_config.yml` lists the dot folder in `include`. */
    includesDotFolder: boolean;
  };
  /** The first path segment of the file inside the site root that starts with a dot, such as `.well-known`. */
  dotFolder?: string;
}

export interface ServedBody {
  bytes: Uint8Array;
  /** Line number in the file of the first served line. */
  firstLine: number;
  /** Number of front matter lines removed, 0 when none. */
  frontMatterLines: number;
}

const FENCE = 0x2d;

/**
 * Removes Jekyll front matter: a first line of `---`, then everything up to
 * and including the next line that is `---` or `...`. Jekyll serves what
 * follows after rendering Liquid tags.
 */
export function stripFrontMatter(bytes: Uint8Array): ServedBody {
  const unchanged: ServedBody = { bytes, firstLine: 1, frontMatterLines: 0 };
  if (bytes.length < 4 || bytes[0] !== FENCE || bytes[1] !== FENCE || bytes[2] !== FENCE) return unchanged;

  const text = new TextDecoder('utf-8').decode(bytes);
  const match = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return unchanged;

  const removed = match[0];
  // Count lines as LineIndex does, where a bare CR also ends a line, so positions after the front matter stay right.
  const breaks = removed.match(/\r\n|\n|\r/g)?.length ?? 0;
  const frontMatterLines = breaks + (/(\r\n|\n|\r)$/.test(removed) ? 0 : 1);
  const removedBytes = new TextEncoder().encode(removed).length;
  return { bytes: bytes.subarray(removedBytes), firstLine: frontMatterLines + 1, frontMatterLines };
}

/** Finds template syntax that a generator or deploy tool would replace. */
export function findTemplateSyntax(text: string): string | undefined {
  const match = /\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}|<%.*?%>/.exec(text);
  return match?.[0];
}
