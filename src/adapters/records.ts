/**
 * Plain text record files: one TXT record per line, as a value or as
 * quoted strings.
 */

import path from 'node:path';

import { parseCharacterStrings } from '../core/record/presentation.js';
import { txtRecordFromValue, type TxtRecord } from '../core/record/txt.js';

/**
 * Reads a record text file. Each non-blank line that does not start with
 * `#` is one TXT record. A line that starts with `"` is presentation format
 * (`"v=STSv1; " "id=1"`, as `dig +short` prints it); any other line,
 * leading whitespace included, is the record value itself. Zone-file lines
 * and `dig` or `host` output with a quoted value are read from the quote.
 */
export function parseRecordText(text: string): TxtRecord[] {
  const records: TxtRecord[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    let indent = line.length - line.trimStart().length;
    let content = line.trimStart();
    if (content.length === 0 || content.startsWith('#')) continue;

    // A zone-file line or `dig`/`host` output: keep only the record data after `TXT` or `descriptive text`.
    const rdata = /^\S+\s+(?:[0-9]+\s+)?(?:IN\s+)?(?:[0-9]+\s+)?TXT\s+(?=")|^\S+\s+descriptive text\s+(?=")/i.exec(content);
    if (rdata) {
      indent += rdata[0].length;
      content = content.slice(rdata[0].length);
    }

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
