/**
 * Shared checks for the record-source reader tests: each expected record is
 * compared field by field, so a failure names the one field that differs.
 */

import { expect } from 'vitest';

import { parseStsRecord } from '../../src/core/record/parse.js';
import { joinTxt } from '../../src/core/record/txt.js';
import type { SourceRecord } from '../../src/core/sources/types.js';

/** Where the id token of an `_mta-sts` value lies; `file` is set only when it lies in another file than the record. */
export interface IdSite {
  line: number;
  column: number;
  file?: string;
}

/** One expected record: a literal value (with its id site when it has an id), a computed one, or a CNAME target. */
export interface ExpectedRecord {
  owner: string;
  relative: boolean;
  type?: string;
  value?: string;
  id?: IdSite | null;
  /** Text that the computed expression must contain. */
  computed?: string;
  target?: string;
}

/** Compares one record with its expected fields, one assert per field. */
export function expectRecord(actual: SourceRecord | undefined, expected: ExpectedRecord): void {
  expect(actual, 'record').toBeDefined();
  const record = actual!;
  expect(record.owner, 'owner').toBe(expected.owner);
  expect(record.relative, 'relative').toBe(expected.relative);
  expect(record.type, 'type').toBe(expected.type ?? 'TXT');

  if (expected.target !== undefined) {
    expect(record.target, 'target').toBe(expected.target);
    return;
  }
  if (expected.computed !== undefined) {
    expect(record.record, 'literal value').toBeUndefined();
    expect(record.computed, 'computed expression').toContain(expected.computed);
    return;
  }

  expect(record.computed, 'computed expression').toBeUndefined();
  expect(record.record, 'literal value').toBeDefined();
  expect(joinTxt(record.record!), 'joined value').toBe(expected.value);
  if (expected.id === undefined) return;

  const idSpan = parseStsRecord(record.record!).idSpan;
  if (expected.id === null) {
    expect(idSpan, 'id span').toBeNull();
    return;
  }
  expect(idSpan, 'id span').not.toBeNull();
  expect(idSpan!.line, 'id line').toBe(expected.id.line);
  expect(idSpan!.column, 'id column').toBe(expected.id.column);
  expect(idSpan!.file, 'id file').toBe(expected.id.file);
}

/** Returns the records of one type, in file order. */
export function ofType(records: SourceRecord[], type = 'TXT'): SourceRecord[] {
  return records.filter((record) => record.type === type);
}
