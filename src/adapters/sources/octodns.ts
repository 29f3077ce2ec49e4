/**
 * TXT and CNAME records in octoDNS zone files (`<zone>.yaml`). octoDNS
 * writes `;` in TXT values as `\;`, which this reader turns back into `;`
 * while keeping each character's file position.
 */

import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';

import type { SourcePosition, TxtRecord } from '../../core/record/txt.js';
import { absoluteName, type SourceRecord } from '../../core/sources/types.js';

/** Reads the records of one octoDNS zone file. Returns nothing when the file is not shaped like one. */
export function readOctodns(text: string, file: string, zone: string | null): SourceRecord[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return [];

  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const records: SourceRecord[] = [];

  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value ?? '');
    const owner = name === '' ? absoluteName('@', zone) : absoluteName(name, zone);
    const entries = isSeq(pair.value) ? pair.value.items : [pair.value];

    for (const entry of entries) {
      if (!isMap(entry)) continue;
      const type = String(entry.get('type') ?? '').toUpperCase();
      if (type !== 'TXT' && type !== 'CNAME') continue;
      const valueNode = (entry.get('values', true) ?? entry.get('value', true)) as Node | undefined;
      const values = isSeq(valueNode) ? valueNode.items : valueNode ? [valueNode] : [];

      for (const value of values) {
        if (!isScalar(value) || !value.range) continue;
        const from = position(value.range[0]);
        const to = position(value.range[1]);
        const span = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
        const base = { format: 'octodns' as const, file, owner: owner.name, relative: owner.relative, type, span, findings: [] };
        if (type === 'CNAME') {
          records.push({ ...base, target: String(value.value).toLowerCase().replace(/\.$/, '') });
          continue;
        }
        records.push({ ...base, record: scalarRecord(value, text, position) });
      }
    }
  }
  return records;
}

/** Maps each character of a scalar back to the file, then undoes octoDNS's `\;` escaping. */
function scalarRecord(node: Scalar, text: string, position: (offset: number) => SourcePosition): TxtRecord {
  const [start, valueEnd] = node.range!;
  const source = text.slice(start, valueEnd);
  let chars: Array<{ char: string; offset: number }> = [];

  if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
    const quote = source[0]!;
    for (let index = 1; index < source.length - 1; index++) {
      const char = source[index]!;
      if (quote === "'" && char === "'" && source[index + 1] === "'") {
        chars.push({ char: "'", offset: start + index });
        index++;
      } else if (quote === '"' && char === '\\' && index + 1 < source.length - 1) {
        const next = source[index + 1]!;
        chars.push({ char: next === 'n' ? '\n' : next === 't' ? '\t' : next, offset: start + index });
        index++;
      } else {
        chars.push({ char, offset: start + index });
      }
    }
  } else {
    chars = [...source].map((char, index) => ({ char, offset: start + index }));
  }

  // The scalar may be folded or a block; positions then no longer match, so use the value as parsed.
  const parsed = String(node.value);
  if (chars.map((entry) => entry.char).join('') !== parsed) {
    chars = [...parsed].map((char) => ({ char, offset: start }));
  }

  let value = '';
  const positions: SourcePosition[] = [];
  for (let index = 0; index < chars.length; index++) {
    const entry = chars[index]!;
    if (entry.char === '\\' && chars[index + 1]?.char === ';') continue;
    value += entry.char;
    positions.push(position(entry.offset));
  }
  positions.push(position(valueEnd));
  return { strings: [value], explicitStrings: false, positions };
}
