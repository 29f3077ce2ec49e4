/**
 * DNSControl configurations: `D()` scopes, quoting styles, arrays of
 * strings, computed values, and files pulled in with `require()`. Each row
 * reads one file and checks the TXT record at `index`.
 */

import { describe, expect, it } from 'vitest';

import { scanSources } from '../../src/adapters/sources/index.js';
import { WorkTree } from '../../src/adapters/tree.js';
import { readDnscontrol } from '../../src/core/sources/dnscontrol.js';
import { makeTree } from '../helpers/repo.js';
import { expectRecord, ofType, type ExpectedRecord } from './support.js';

interface DnscontrolCase {
  name: string;
  js: string;
  index?: number;
  expected: ExpectedRecord;
}

const SCOPED = `D("example.com", REG_NONE, DnsProvider(DSP),
  TXT("_mta-sts", "v=STSv1; id=dc2"),
  TXT("@", 'v=STSv1; id=apex1'),
  TXT("_mta-sts.mail", "v=STSv1; id=sub1"),
  TXT("_mta-sts.example.org.", "v=STSv1; id=abs1"),
  TXT("_smtp._tls", "v=TLSRPTv1; rua=mailto:tls@example.com"),
);
TXT("_mta-sts", "v=STSv1; id=after1");
`;

const CASES: DnscontrolCase[] = [
  { name: 'single quotes unscoped', js: "TXT('_mta-sts', 'v=STSv1; id=dc1')", expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=dc1', id: { line: 1, column: 30 } } },
  { name: 'double quotes in D', js: SCOPED, index: 0, expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=dc2', id: { line: 2, column: 32 } } },
  { name: 'at sign in D', js: SCOPED, index: 1, expected: { owner: 'example.com', relative: false, value: 'v=STSv1; id=apex1', id: { line: 3, column: 25 } } },
  { name: 'relative name with dot', js: SCOPED, index: 2, expected: { owner: '_mta-sts.mail.example.com', relative: false, value: 'v=STSv1; id=sub1', id: { line: 4, column: 37 } } },
  { name: 'absolute name in D', js: SCOPED, index: 3, expected: { owner: '_mta-sts.example.org', relative: false, value: 'v=STSv1; id=abs1', id: { line: 5, column: 45 } } },
  { name: 'TLS-RPT in D', js: SCOPED, index: 4, expected: { owner: '_smtp._tls.example.com', relative: false, value: 'v=TLSRPTv1; rua=mailto:tls@example.com' } },
  { name: 'after D closes', js: SCOPED, index: 5, expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=after1', id: { line: 8, column: 30 } } },
  { name: 'template without substitution', js: 'TXT(`_mta-sts`, `v=STSv1; id=tpl1`)', expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=tpl1', id: { line: 1, column: 30 } } },
  { name: 'template substitution', js: 'TXT("_mta-sts", `v=STSv1; id=${POLICY_ID}`)', expected: { owner: '_mta-sts', relative: true, computed: '${POLICY_ID}' } },
  { name: 'concatenation', js: 'TXT("_mta-sts", "v=STSv1; id=" + POLICY_ID)', expected: { owner: '_mta-sts', relative: true, computed: '"v=STSv1; id=" + POLICY_ID' } },
  {
    name: 'array of strings',
    js: 'TXT("_mta-sts", ["v=STSv1; ", "id=arr1"])',
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=arr1', id: { line: 1, column: 35 } },
  },
  {
    name: 'escaped quotes',
    js: 'TXT("_mta-sts", "v=STSv1; x=\\"a\\"; id=esc1")',
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; x="a"; id=esc1', id: { line: 1, column: 39 } },
  },
  {
    name: 'literal double quotes',
    js: `TXT('_mta-sts', '"v=STSv1; id=lit1"')`,
    expected: { owner: '_mta-sts', relative: true, value: '"v=STSv1; id=lit1"', id: { line: 1, column: 31 } },
  },
  {
    name: 'modifier after value',
    js: "D('example.com', REG_NONE,\n  TXT('_mta-sts', 'v=STSv1; id=ttl1', TTL(300)),\n)",
    expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=ttl1', id: { line: 2, column: 32 } },
  },
  {
    name: 'split horizon domain',
    js: "D('example.com!outside', REG_NONE,\n  TXT('_mta-sts', 'v=STSv1; id=view1'),\n)",
    expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=view1', id: { line: 2, column: 32 } },
  },
  {
    name: 'value on next line',
    js: "D_EXTEND('mail.example.com',\n  TXT(\n    '_mta-sts',\n    'v=STSv1; id=next1'\n  ),\n)",
    expected: { owner: '_mta-sts.mail.example.com', relative: false, value: 'v=STSv1; id=next1', id: { line: 4, column: 18 } },
  },
  {
    name: 'commented record skipped',
    js: "// TXT('_mta-sts', 'v=STSv1; id=old1'),\n/* TXT('_mta-sts', 'v=STSv1; id=old2'), */\nTXT('_mta-sts', 'v=STSv1; id=new1')",
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=new1', id: { line: 3, column: 30 } },
  },
];

describe('dnscontrol reader', () => {
  it.each(CASES)('$name', (row) => {
    const records = ofType(readDnscontrol(row.js, 'dnsconfig.js').records);
    expectRecord(records[row.index ?? 0], row.expected);
  });

  it('reads a CNAME in D', () => {
    const records = readDnscontrol("D('example.com', REG_NONE,\n  CNAME('_mta-sts', '_mta-sts.example.org.'),\n  CNAME('mta-sts', 'pages'),\n)", 'dnsconfig.js').records;
    expectRecord(records[0], { owner: '_mta-sts.example.com', relative: false, type: 'CNAME', target: '_mta-sts.example.org' });
    expectRecord(records[1], { owner: 'mta-sts.example.com', relative: false, type: 'CNAME', target: 'pages.example.com' });
  });

  it('keeps the prefix of a computed name', () => {
    const records = readDnscontrol("CNAME(buildHost('_mta-sts', host), '_mta-sts.example.org.')", 'dnsconfig.js').records;
    expectRecord(records[0], { owner: '_mta-sts', relative: true, type: 'CNAME', target: '_mta-sts.example.org' });
  });

  it('lists required files', () => {
    const parsed = readDnscontrol("require('./domains/example.js');\nrequire_glob('./zones/');", 'dnsconfig.js');
    expect(parsed.requires).toEqual(['./domains/example.js', './zones/']);
  });
});

describe('dnscontrol require', () => {
  const root = makeTree({
    'dns/dnsconfig.js': "var DSP = NewDnsProvider('none');\nrequire('./domains/example.js');\nrequire('./lib/macros');\nrequire_glob('./zones/');\n",
    'dns/domains/example.js': "D('example.com', REG_NONE, DnsProvider(DSP),\n  TXT('_mta-sts', 'v=STSv1; id=req1'),\n);\n",
    'dns/lib/macros.js': "var MAIL = [\n  TXT('_smtp._tls', 'v=TLSRPTv1; rua=mailto:tls@example.com'),\n];\n",
    'dns/zones/example.org.js': "D('example.org', REG_NONE,\n  TXT('_mta-sts', \"v=STSv1; id=glob1\"),\n);\n",
    'dns/unused.js': "D('example.net', REG_NONE, TXT('_mta-sts', 'v=STSv1; id=unused1'));\n",
  });
  const scan = scanSources(new WorkTree(root, false));

  it('follows require', async () => {
    const records = (await scan).records.filter((record) => record.file === 'dns/domains/example.js');
    expectRecord(records[0], { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=req1', id: { line: 2, column: 32 } });
  });

  it('follows require without extension', async () => {
    const records = (await scan).records.filter((record) => record.file === 'dns/lib/macros.js');
    expectRecord(records[0], { owner: '_smtp._tls', relative: true, value: 'v=TLSRPTv1; rua=mailto:tls@example.com' });
  });

  it('follows require_glob', async () => {
    const records = (await scan).records.filter((record) => record.file === 'dns/zones/example.org.js');
    expectRecord(records[0], { owner: '_mta-sts.example.org', relative: false, value: 'v=STSv1; id=glob1', id: { line: 2, column: 32 } });
  });

  it('skips files not required', async () => {
    expect((await scan).files).not.toContain('dns/unused.js');
  });

  it('lists files read', async () => {
    expect([...(await scan).files].sort()).toEqual(['dns/domains/example.js', 'dns/lib/macros.js', 'dns/zones/example.org.js']);
  });
});
