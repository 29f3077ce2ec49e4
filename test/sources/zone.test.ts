/**
 * RFC 1035 master files: owner names, joined character-strings and the
 * file position of the id token. Each row reads one zone text and checks
 * the TXT record at `index` (counted among the TXT records of the file).
 */

import { describe, expect, it } from 'vitest';

import { parseZoneFile } from '../../src/core/sources/zone.js';
import { expectRecord, ofType, type ExpectedRecord } from './support.js';

interface ZoneCase {
  name: string;
  zone: string;
  origin: string | null;
  index?: number;
  expected: ExpectedRecord;
}

const STS = '_mta-sts.example.com';

const CASES: ZoneCase[] = [
  {
    name: 'quoted string',
    zone: '_mta-sts IN TXT "v=STSv1; id=20240501"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=20240501', id: { line: 1, column: 30 } },
  },
  {
    name: 'unquoted string',
    zone: '_mta-sts IN TXT v=STSv1\\;id=unq1',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1;id=unq1', id: { line: 1, column: 29 } },
  },
  {
    name: 'two unquoted strings',
    zone: '_mta-sts IN TXT v=STSv1\\; id=unq2',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1;id=unq2', id: { line: 1, column: 30 } },
  },
  {
    name: 'two quoted strings',
    zone: '_mta-sts IN TXT "v=STSv1; " "id=multi1"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=multi1', id: { line: 1, column: 33 } },
  },
  {
    name: 'id split across strings',
    zone: '_mta-sts IN TXT "v=STSv1;" "id=" "split2"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1;id=split2', id: { line: 1, column: 35 } },
  },
  {
    name: 'decimal escape',
    zone: '_mta-sts IN TXT "v=STSv1\\059 id=dec1"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=dec1', id: { line: 1, column: 33 } },
  },
  {
    name: 'escaped quote',
    zone: '_mta-sts IN TXT "v=STSv1; x=\\"a\\"; id=esc1"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; x="a"; id=esc1', id: { line: 1, column: 39 } },
  },
  {
    name: 'parentheses across lines',
    zone: '_mta-sts IN TXT ( "v=STSv1; "\n                  "id=paren1" )',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=paren1', id: { line: 2, column: 23 } },
  },
  {
    name: 'comments inside parentheses',
    zone: '_mta-sts IN TXT ( ; policy id\n    "v=STSv1; id=paren2" ; bump on change\n)',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=paren2', id: { line: 2, column: 18 } },
  },
  {
    name: 'comment after record',
    zone: '_mta-sts IN TXT "v=STSv1; id=com1" ; bumped 2024-05-01',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=com1', id: { line: 1, column: 30 } },
  },
  {
    name: 'comment with angle brackets',
    zone: '_mta-sts IN TXT "v=STSv1; id=com2" ; ask <hostmaster@example.com>',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=com2', id: { line: 1, column: 30 } },
  },
  {
    name: 'comment with shell variable',
    zone: '_mta-sts IN TXT "v=STSv1; id=com3" ; set by $USER',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=com3', id: { line: 1, column: 30 } },
  },
  {
    name: 'origin before change',
    zone: '$ORIGIN example.com.\n_mta-sts TXT "v=STSv1; id=orig1"\n$ORIGIN example.org.\n_mta-sts TXT "v=STSv1; id=orig2"',
    origin: null,
    index: 0,
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=orig1', id: { line: 2, column: 27 } },
  },
  {
    name: 'origin after change',
    zone: '$ORIGIN example.com.\n_mta-sts TXT "v=STSv1; id=orig1"\n$ORIGIN example.org.\n_mta-sts TXT "v=STSv1; id=orig2"',
    origin: null,
    index: 1,
    expected: { owner: '_mta-sts.example.org', relative: false, value: 'v=STSv1; id=orig2', id: { line: 4, column: 27 } },
  },
  {
    name: 'relative origin',
    zone: '$ORIGIN mail\n_mta-sts TXT "v=STSv1; id=rel1"',
    origin: 'example.com',
    expected: { owner: '_mta-sts.mail.example.com', relative: false, value: 'v=STSv1; id=rel1', id: { line: 2, column: 27 } },
  },
  {
    name: 'at sign',
    zone: '$ORIGIN _mta-sts.example.com.\n@ IN TXT "v=STSv1; id=at1"',
    origin: null,
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=at1', id: { line: 2, column: 23 } },
  },
  {
    name: 'omitted owner',
    zone: '_mta-sts IN TXT "v=STSv1; id=own1"\n         IN TXT "v=STSv1; id=own2"',
    origin: 'example.com',
    index: 1,
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=own2', id: { line: 2, column: 30 } },
  },
  {
    name: 'ttl then class',
    zone: '_mta-sts 3600 IN TXT "v=STSv1; id=ttl1"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=ttl1', id: { line: 1, column: 35 } },
  },
  {
    name: 'class then ttl',
    zone: '_mta-sts IN 1h TXT "v=STSv1; id=ttl2"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=ttl2', id: { line: 1, column: 33 } },
  },
  {
    name: 'absolute owner',
    zone: '_mta-sts.example.net. IN TXT "v=STSv1; id=abs1"',
    origin: 'example.com',
    expected: { owner: '_mta-sts.example.net', relative: false, value: 'v=STSv1; id=abs1', id: { line: 1, column: 43 } },
  },
  {
    name: 'no origin',
    zone: '_mta-sts IN TXT "v=STSv1; id=20240501"',
    origin: null,
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=20240501', id: { line: 1, column: 30 } },
  },
  {
    name: 'CRLF and $TTL',
    zone: '$TTL 300\r\n_mta-sts IN TXT "v=STSv1; id=crlf1"\r\n',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1; id=crlf1', id: { line: 2, column: 30 } },
  },
  {
    name: 'TLS-RPT record',
    zone: '_smtp._tls 3600 IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
    origin: 'example.com',
    expected: { owner: '_smtp._tls.example.com', relative: false, value: 'v=TLSRPTv1; rua=mailto:tls@example.com' },
  },
  {
    name: 'unquoted semicolon',
    zone: '_mta-sts IN TXT v=STSv1; id=semi1',
    origin: 'example.com',
    expected: { owner: STS, relative: false, value: 'v=STSv1', id: null },
  },
  {
    name: 'Jinja owner and value',
    zone: '_mta-sts.{{ mail_domain }}. IN TXT "v=STSv1; id={{ sts_id }}"',
    origin: null,
    expected: { owner: '_mta-sts', relative: true, computed: '{{ sts_id }}' },
  },
  {
    name: 'Jinja value only',
    zone: '_mta-sts 300 IN TXT "v=STSv1; id={{ sts_id }}"',
    origin: 'example.com',
    expected: { owner: STS, relative: false, computed: '{{ sts_id }}' },
  },
  {
    name: 'shell substitution',
    zone: '_mta-sts.$DOMAIN. IN TXT "v=STSv1; id=$(date -u +%Y%m%d%H%M)"',
    origin: null,
    expected: { owner: '_mta-sts', relative: true, computed: '$(date -u +%Y%m%d%H%M)' },
  },
];

describe('zone reader', () => {
  it.each(CASES)('$name', (row) => {
    const records = ofType(parseZoneFile(row.zone, 'db.example', row.origin));
    expectRecord(records[row.index ?? 0], row.expected);
  });

  it('reads a CNAME target', () => {
    const records = ofType(parseZoneFile('_mta-sts IN CNAME _mta-sts.example.org.\nmta-sts CNAME pages', 'db.example', 'example.com'), 'CNAME');
    expectRecord(records[0], { owner: STS, relative: false, type: 'CNAME', target: '_mta-sts.example.org' });
    expectRecord(records[1], { owner: 'mta-sts.example.com', relative: false, type: 'CNAME', target: 'pages.example.com' });
  });

  it('skips records of other types', () => {
    const records = parseZoneFile('@ IN MX 10 mail\nmail IN A 192.0.2.1\n_mta-sts IN TXT "v=STSv1; id=1"', 'db.example', 'example.com');
    expect(records.map((record) => record.type)).toEqual(['TXT']);
  });

  it('omitted owner follows a directive', () => {
    const records = parseZoneFile('_mta-sts IN TXT "v=STSv1; id=a"\n$TTL 60\n  IN TXT "v=STSv1; id=b"', 'db.example', 'example.com');
    expect(records.map((record) => record.owner)).toEqual([STS, STS]);
  });
});

describe('zone unquoted semicolon', () => {
  const records = parseZoneFile('_mta-sts IN TXT v=STSv1; id=semi1', 'db.example', 'example.com');
  const finding = records[0]?.findings.find((candidate) => candidate.ruleId === 'STS321');

  it('reports STS321', () => {
    expect(finding).toBeDefined();
  });

  it('spans the comment', () => {
    expect(finding?.span).toEqual({ line: 1, column: 24, endLine: 1, endColumn: 34 });
  });

  it('shows published value', () => {
    expect(finding?.data?.published).toBe('v=STSv1');
  });

  it('shows intended value', () => {
    expect(finding?.data?.intended).toBe('v=STSv1; id=semi1');
  });

  it('quoted semicolon is fine', () => {
    const quoted = parseZoneFile('_mta-sts IN TXT "v=STSv1; id=semi1"', 'db.example', 'example.com');
    expect(quoted[0]?.findings).toEqual([]);
  });

  it('plain comment is fine', () => {
    const commented = parseZoneFile('_mta-sts IN TXT v=STSv1 ; no id yet', 'db.example', 'example.com');
    expect(commented[0]?.findings).toEqual([]);
  });
});

describe('zone templates', () => {
  it('keeps the template text', () => {
    const records = parseZoneFile('_mta-sts IN TXT "v=STSv1; id={{ sts_id }}" ; rendered by Ansible', 'db.example', 'example.com');
    expect(records[0]?.computed).toBe('_mta-sts IN TXT "v=STSv1; id={{ sts_id }}"');
  });

  it('ignores templated records of other types', () => {
    const records = parseZoneFile('{{ domain }}. MX 10 mx.{{ domain }}.', 'db.example', null);
    expect(records).toEqual([]);
  });
});
