/**
 * Assigning `_mta-sts` and `_smtp._tls` records to policy domains: exact
 * owner names, a name defined in several files, records without a zone,
 * and records published at names where senders never look.
 */

import { describe, expect, it } from 'vitest';

import { assignRecords } from '../../src/adapters/sources/index.js';
import { parseStsRecord } from '../../src/core/record/parse.js';
import { joinTxt } from '../../src/core/record/txt.js';
import { readTerraform } from '../../src/core/sources/terraform.js';
import { parseZoneFile } from '../../src/core/sources/zone.js';

const ZONE_A = '$ORIGIN example.com.\n_mta-sts IN TXT "v=STSv1; id=zonea1"\n_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"\n';
const ZONE_B = '$ORIGIN example.com.\n\n_mta-sts IN TXT "v=STSv1; id=zoneb1"\n';
const TERRAFORM = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = "v=STSv1; id=tf1"
}
`;

function zone(text: string, file: string) {
  return parseZoneFile(text, file, null);
}

function terraform() {
  return readTerraform([{ path: 'dns/main.tf', text: TERRAFORM }]);
}

describe('assign exact owner', () => {
  const { byDomain, findings } = assignRecords(zone(ZONE_A, 'dns/a.zone'), ['example.com', 'example.org']);
  const sts = byDomain.get('example.com')?.sts;

  it('assigns the record', () => {
    expect(sts?.records.map(joinTxt)).toEqual(['v=STSv1; id=zonea1']);
  });

  it('names owner and file', () => {
    expect(sts?.owner).toBe('_mta-sts.example.com');
    expect(sts?.file).toBe('dns/a.zone');
  });

  it('keeps the id position', () => {
    const idSpan = parseStsRecord(sts!.records[0]!).idSpan;
    expect(idSpan?.line).toBe(2);
    expect(idSpan?.column).toBe(30);
  });

  it('assigns the TLS-RPT record', () => {
    expect(byDomain.get('example.com')?.tlsrpt?.records.map(joinTxt)).toEqual(['v=TLSRPTv1; rua=mailto:tls@example.com']);
  });

  it('leaves other domain empty', () => {
    expect(byDomain.get('example.org')).toEqual({});
  });

  it('adds no notice', () => {
    expect(sts?.sourceFindings).toEqual([]);
    expect(findings).toEqual([]);
  });
});

describe('assign several files', () => {
  const records = [...zone(ZONE_B, 'dns/b.zone'), ...zone(ZONE_A, 'dns/a.zone')];
  const sts = assignRecords(records, ['example.com']).byDomain.get('example.com')?.sts;
  const notice = sts?.sourceFindings?.find((finding) => finding.ruleId === 'STS323');

  it('uses the first file by name', () => {
    expect(sts?.file).toBe('dns/a.zone');
    expect(sts?.records.map(joinTxt)).toEqual(['v=STSv1; id=zonea1']);
  });

  it('reports STS323 several', () => {
    expect(notice?.messageId).toBe('several');
  });

  it('names the other file', () => {
    expect(notice?.data).toEqual({ owner: '_mta-sts.example.com', count: 2, others: '`dns/b.zone`', chosen: 'dns/a.zone' });
  });

  it('points at the chosen record', () => {
    expect(notice?.span).toEqual({ line: 2, column: 17, endLine: 2, endColumn: 37, file: 'dns/a.zone' });
  });
});

describe('assign assumed zone', () => {
  const { byDomain, findings } = assignRecords(terraform(), ['example.com']);
  const sts = byDomain.get('example.com')?.sts;
  const notice = sts?.sourceFindings?.find((finding) => finding.ruleId === 'STS323');

  it('assigns the relative record', () => {
    expect(sts?.records.map(joinTxt)).toEqual(['v=STSv1; id=tf1']);
  });

  it('keeps the id position', () => {
    const idSpan = parseStsRecord(sts!.records[0]!).idSpan;
    expect(idSpan).toEqual({ line: 5, column: 26, endLine: 5, endColumn: 29 });
  });

  it('reports STS323 assumedZone', () => {
    expect(notice?.messageId).toBe('assumedZone');
  });

  it('names the assumed owner', () => {
    expect(notice?.data).toEqual({ file: 'dns/main.tf', name: '_mta-sts', owner: '_mta-sts.example.com', domain: 'example.com' });
  });

  it('points at the value', () => {
    expect(notice?.span).toEqual({ line: 5, column: 13, endLine: 5, endColumn: 30, file: 'dns/main.tf' });
  });

  it('prefers an exact owner', () => {
    const exact = assignRecords([...terraform(), ...zone(ZONE_A, 'dns/a.zone')], ['example.com']).byDomain.get('example.com')?.sts;
    expect(exact?.file).toBe('dns/a.zone');
    expect(exact?.sourceFindings).toEqual([]);
  });

  it('adds no unassigned notice', () => {
    expect(findings).toEqual([]);
  });
});

describe('assign several domains', () => {
  const { byDomain, findings } = assignRecords(terraform(), ['example.com', 'example.org']);

  it('leaves the record unused', () => {
    expect(byDomain.get('example.com')).toEqual({});
    expect(byDomain.get('example.org')).toEqual({});
  });

  it('reports STS323 unassigned', () => {
    expect(findings.map((finding) => finding.raw.messageId)).toEqual(['unassigned']);
  });

  it('names file and record', () => {
    expect(findings[0]?.file).toBe('dns/main.tf');
    expect(findings[0]?.raw.data).toEqual({ file: 'dns/main.tf', name: '_mta-sts' });
  });
});

describe('assign misplaced records', () => {
  const text = '$ORIGIN example.com.\n@ IN TXT "v=STSv1; id=apex1"\n_smtp._tcp IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"\n';
  const { findings } = assignRecords(zone(text, 'dns/example.com.zone'), ['example.com']);
  const sts = findings.find((finding) => finding.raw.ruleId === 'STS325');
  const tlsrpt = findings.find((finding) => finding.raw.ruleId === 'STS412');

  it('reports STS325 at apex', () => {
    expect(sts?.raw.data).toEqual({ owner: 'example.com', expected: '_mta-sts.example.com' });
  });

  it('points STS325 at the value', () => {
    expect(sts?.file).toBe('dns/example.com.zone');
    expect(sts?.raw.span).toEqual({ line: 2, column: 10, endLine: 2, endColumn: 29 });
  });

  it('reports STS412 at _smtp._tcp', () => {
    expect(tlsrpt?.raw.data).toEqual({ owner: '_smtp._tcp.example.com', expected: '_smtp._tls.example.com' });
  });

  it('points STS412 at the value', () => {
    expect(tlsrpt?.raw.span).toEqual({ line: 3, column: 19, endLine: 3, endColumn: 59 });
  });

  it('ignores relative records', () => {
    const relative = parseZoneFile('@ IN TXT "v=STSv1; id=apex1"', 'dns/records.txt', null);
    expect(assignRecords(relative, ['example.com']).findings).toEqual([]);
  });
});

describe('assign record set contents', () => {
  it('keeps a CNAME', () => {
    const records = zone('$ORIGIN example.com.\n_mta-sts IN CNAME _mta-sts.example.org.\n', 'dns/a.zone');
    const sts = assignRecords(records, ['example.com']).byDomain.get('example.com')?.sts;
    expect(sts?.cname).toEqual({ target: '_mta-sts.example.org', span: { line: 2, column: 1, endLine: 2, endColumn: 9, file: 'dns/a.zone' } });
  });

  it('keeps a computed value', () => {
    const records = zone('$ORIGIN example.com.\n_mta-sts IN TXT "v=STSv1; id={{ sts_id }}"\n', 'dns/a.zone.j2');
    const sts = assignRecords(records, ['example.com']).byDomain.get('example.com')?.sts;
    expect(sts?.computed?.map((entry) => entry.expression)).toEqual(['_mta-sts IN TXT "v=STSv1; id={{ sts_id }}"']);
  });

  it('names the file of source findings', () => {
    const records = zone('$ORIGIN example.com.\n_mta-sts IN TXT v=STSv1; id=1\n', 'dns/a.zone');
    const sts = assignRecords(records, ['example.com']).byDomain.get('example.com')?.sts;
    expect(sts?.sourceFindings?.map((finding) => finding.span?.file)).toEqual(['dns/a.zone']);
  });
});
