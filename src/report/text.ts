/**
 * Terminal output: `path:line:col: severity: message [STS101 alias]`,
 * grouped by file, then one summary line.
 */

import type { Finding, Severity } from '../core/diagnostic.js';
import { countFindings, plural, reachesFailLevel, type FailOn } from './summary.js';

export interface TextOptions {
  color: boolean;
  /** Show only findings that reach the fail level, and no summary when there are none. */
  quiet: boolean;
  failOn: FailOn;
  /** Files read; null for `inspect`, which reads none. */
  files: number | null;
  domains: number;
  /** Maps a repository-relative path to the path shown; the default shows it unchanged. */
  displayPath?: (file: string) => string;
}

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Removes terminal control characters from untrusted text so a policy cannot rewrite the screen. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatText(findings: readonly Finding[], options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${RESET}` : text);
  const shown = options.quiet ? findings.filter((finding) => reachesFailLevel(finding.severity, options.failOn === 'never' ? 'error' : options.failOn)) : findings;

  const lines: string[] = [];
  let previousPlace: string | undefined;
  for (const finding of shown) {
    const place = [finding.file === null ? `<${finding.domain ?? 'input'}>` : (options.displayPath?.(finding.file) ?? finding.file)];
    if (previousPlace !== undefined && place[0] !== previousPlace) lines.push('');
    previousPlace = place[0];

    if (finding.span) place.push(String(finding.span.line), String(finding.span.column));
    const location = paint(BOLD, clean(place.join(':')));
    const severity = paint(COLORS[finding.severity], finding.severity);
    const rule = paint(DIM, `[${finding.ruleId} ${finding.alias}]`);
    lines.push(`${location}: ${severity}: ${clean(finding.message)} ${rule}`);
  }

  const counts = countFindings(findings);
  if (options.quiet && shown.length === 0) return lines.join('\n');
  if (lines.length > 0) lines.push('');

  const scope = options.files === null ? plural(options.domains, 'domain') : `${plural(options.files, 'file')}, ${plural(options.domains, 'domain')}`;
  if (counts.errors + counts.warnings + counts.notices === 0) {
    lines.push(`no problems found (${scope})`);
  } else {
    lines.push(`${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')} (${scope})`);
  }
  return lines.join('\n');
}
