/**
 * Record sources: where the `_mta-sts` and `_smtp._tls` values of a policy
 * domain come from. Each source turns into a `RecordSet` for the core.
 * DNS-as-code formats (zone files, Terraform, DNSControl, octoDNS) plug in
 * here as further source kinds.
 */

import path from 'node:path';

import type { RecordSet } from '../core/lint.js';
import { parseCharacterStrings } from '../core/record/presentation.js';
import { txtRecordFromValue, type TxtRecord } from '../core/record/txt.js';
import { readBytes } from './workspace.js';

export type RecordKind = 'sts' | 'tlsrpt';

export type RecordSource =
  /** Values given on the command line or in the config, each one TXT record. */
  | { kind: 'values'; values: string[]; origin: 'command line' | 'config' }
  /** A text file with one TXT record per line, raw or as quoted strings. */
  | { kind: 'text-file'; file: string };

/** Shown as the file of command-line findings, after the flag that set them. */
export const COMMAND_LINE_FILE: Record<RecordKind, string> = { sts: '<record>', tlsrpt: '<tlsrpt>' };

/** Reads a record source. `root` is the repository root that paths in findings are relative to. */
export async function readRecordSet(source: RecordSource, kind: RecordKind, root: string): Promise<RecordSet> {
  if (source.kind === 'values') {
    const flag = kind === 'sts' ? '--record' : '--tlsrpt';
    return {
      file: source.origin === 'command line' ? COMMAND_LINE_FILE[kind] : null,
      label: source.origin === 'command line' ? `the command line (\`${flag}\`)` : 'the config file',
      records: source.values.map((value) => txtRecordFromValue(value)),
      explicit: true,
    };
  }

  const shown = toPosix(path.relative(root, source.file));
  const bytes = await readBytes(source.file, shown);
  return {
    file: shown,
    label: `\`${shown}\``,
    records: parseRecordText(new TextDecoder('utf-8').decode(bytes)),
    explicit: false,
  };
}

/**
 * Reads a record text file. Each non-blank line that does not start with
 * `#` is one TXT record. A line that starts with `"` is presentation format
 * (`"v=STSv1; " "id=1"`, as `dig +short` prints it); any other line,
 * leading whitespace included, is the record value itself.
 */
export function parseRecordText(text: string): TxtRecord[] {
  const records: TxtRecord[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const indent = line.length - line.trimStart().length;
    const content = line.trimStart();
    if (content.length === 0 || content.startsWith('#')) continue;

    if (content.startsWith('"')) {
      const parsed = parseCharacterStrings(content, { line: index + 1, column: indent + 1, semicolonComments: false });
      if (parsed.unterminatedAt < 0) {
        records.push(parsed.record);
        continue;
      }
    }
    records.push(txtRecordFromValue(line, index + 1, 1));
  }
  return records;
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
