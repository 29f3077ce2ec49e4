/**
 * octoDNS zone files: `value` and `values`, plain and quoted scalars, and
 * the `\;` escape, whose backslash must not shift the id column. Each row
 * reads one YAML text for the zone `example.com` and checks the TXT record
 * at `index`.
 */

import { describe, expect, it } from 'vitest';

import { readOctodns } from '../../src/adapters/sources/octodns.js';
import { expectRecord, ofType, type ExpectedRecord } from './support.js';

interface OctodnsCase {
  name: string;
  yaml: string;
  zone?: string | null;
  index?: number;
  expected: ExpectedRecord;
}

const STS = '_mta-sts.example.com';

const CASES: OctodnsCase[] = [
  {
    name: 'plain value',
    yaml: '_mta-sts:\n  type: TXT\n  value: v=STSv1\\; id=oct1\n',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=oct1', id: { line: 3, column: 23 } },
  },
  {
    name: 'values list',
    yaml: '_mta-sts:\n  type: TXT\n  values:\n  - v=STSv1\\; id=oct2\n',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=oct2', id: { line: 4, column: 18 } },
  },
  {
    name: 'flow list',
    yaml: "_mta-sts:\n  type: TXT\n  values: ['v=STSv1\\; id=oct3']\n",
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=oct3', id: { line: 3, column: 26 } },
  },
  {
    name: 'single-quoted scalar',
    yaml: "_mta-sts:\n  type: TXT\n  value: 'v=STSv1\\; id=oct4'\n",
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=oct4', id: { line: 3, column: 24 } },
  },
  {
    name: 'double-quoted scalar',
    yaml: '_mta-sts:\n  type: TXT\n  value: "v=STSv1\\\\; id=oct5"\n',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=oct5', id: { line: 3, column: 25 } },
  },
  {
    name: 'several escapes',
    yaml: '_mta-sts:\n  type: TXT\n  value: v=STSv1\\;id=oct6\\;\n',
    expected: { owner: STS, relative: false, value: 'v=STSv1;id=oct6;', id: { line: 3, column: 22 } },
  },
  {
    name: 'list of record types',
    yaml: "_mta-sts:\n- type: CNAME\n  value: other.example.org.\n- type: TXT\n  values:\n  - 'v=STSv1\\; id=oct7'\n",
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=oct7', id: { line: 6, column: 19 } },
  },
  {
    name: 'apex record',
    yaml: "'':\n  - type: TXT\n    values:\n    - v=spf1 -all\n    - v=STSv1\\; id=apex1\n",
    index: 1,
    expected: { owner: 'example.com', relative: false, value: 'v=STSv1; id=apex1', id: { line: 5, column: 20 } },
  },
  {
    name: 'unknown zone',
    yaml: '_mta-sts:\n  type: TXT\n  value: v=STSv1\\; id=oct8\n',
    zone: null,
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=oct8', id: { line: 3, column: 23 } },
  },
  {
    name: 'TLS-RPT record',
    yaml: '_smtp._tls:\n  type: TXT\n  value: v=TLSRPTv1\\; rua=mailto:tls@example.com\n',
    expected: { owner: '_smtp._tls.example.com', relative: false, value: 'v=TLSRPTv1; rua=mailto:tls@example.com' },
  },
];

describe('octodns reader', () => {
  it.each(CASES)('$name', (row) => {
    const zone = row.zone === undefined ? 'example.com' : row.zone;
    const records = ofType(readOctodns(row.yaml, 'zones/example.com.yaml', zone));
    expectRecord(records[row.index ?? 0], row.expected);
  });

  it('reads a CNAME target', () => {
    const records = readOctodns('_mta-sts:\n  type: CNAME\n  value: _mta-sts.example.org.\n', 'zones/example.com.yaml', 'example.com');
    expectRecord(records[0], { owner: STS, relative: false, type: 'CNAME', target: '_mta-sts.example.org' });
  });

  it('ignores a YAML list', () => {
    expect(readOctodns('- a\n- b\n', 'zones/example.com.yaml', 'example.com')).toEqual([]);
  });

  it('ignores invalid YAML', () => {
    expect(readOctodns('_mta-sts: [\n', 'zones/example.com.yaml', 'example.com')).toEqual([]);
  });
});
