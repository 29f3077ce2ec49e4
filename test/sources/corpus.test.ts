/**
 * Reads every excerpt in the record corpus (`CORPUS`) with the reader for
 * its format and compares the `_mta-sts` and `_smtp._tls` records found
 * with the expected table below. A corpus file without a row fails the
 * test, so every file gets a reviewed verdict.
 *
 * Excerpts often contain several revisions of one file, so a row can list
 * several records at one name, in file order. `.txt` and `.md` excerpts
 * whose record lines are master-file lines go through the zone reader.
 * The other excerpts are in formats the tool does not read, and their rows
 * check that a scan of them finds nothing.
 */

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { scanSources } from '../../src/adapters/sources/index.js';
import { WorkTree } from '../../src/adapters/tree.js';
import { parseStsRecord } from '../../src/core/record/parse.js';
import { joinTxt } from '../../src/core/record/txt.js';
import { readDnscontrol } from '../../src/core/sources/dnscontrol.js';
import { readTerraform } from '../../src/core/sources/terraform.js';
import { ownerKind, type SourceRecord } from '../../src/core/sources/types.js';
import { parseZoneFile } from '../../src/core/sources/zone.js';
import { corpusAvailable, REPO_ROOT } from '../helpers/cli.js';
import { makeTree } from '../helpers/repo.js';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'records');

type Reader = 'zone' | 'terraform' | 'dnscontrol';

/**
 * One record at `_mta-sts` or `_smtp._tls`: the id and its position for an
 * `_mta-sts` value, the value for `_smtp._tls`, a CNAME target, or an
 * excerpt of the expression that computes the value.
 */
type Found =
  | { owner: string; relative: boolean; id: string; line: number; column: number }
  | { owner: string; relative: boolean; value: string }
  | { owner: string; relative: boolean; target: string }
  | { owner: string; relative: boolean; computed: string };

type Row = { file: string; reader: Reader; sts: Found[]; tlsrpt: Found[] } | { file: string; unsupported: string };

/** Builds the expectation for an `_mta-sts` value whose id token starts at line:column. */
function id(owner: string, relative: boolean, value: string, line: number, column: number): Found {
  return { owner, relative, id: value, line, column };
}

function value(owner: string, relative: boolean, text: string): Found {
  return { owner, relative, value: text };
}

function cname(owner: string, relative: boolean, target: string): Found {
  return { owner, relative, target };
}

/** Builds the expectation for a value computed when the configuration is applied. `expression` is the part of the expression that shows why. */
function computed(owner: string, relative: boolean, expression: string): Found {
  return { owner, relative, computed: expression };
}

const STS = '_mta-sts';
const TLS = '_smtp._tls';

const EXPECTED: Row[] = [
  // The id comes from `mta_sts_policy_id` in the tfvars lines pasted into the excerpt. The TLS-RPT domain is split from a variable.
  { file: '001.tf', reader: 'terraform', sts: [id(STS, true, '20241119001', 26, 26)], tlsrpt: [computed(TLS, true, 'split("@", var.dmarc_email)[1]')] },
  { file: '002.tf', reader: 'terraform', sts: [computed(STS, true, 'md5(local.policy)')], tlsrpt: [computed(TLS, true, 'join(",", var.rua)')] },
  { file: '003.tf', reader: 'terraform', sts: [computed(STS, true, '= md5("${var.domain}-')], tlsrpt: [computed(TLS, true, 'join(",", var.rua)')] },
  {
    file: '004.tf',
    reader: 'terraform',
    sts: [computed(STS, true, 'try(each.value.mta_sts_policy.id,')],
    tlsrpt: [computed(TLS, true, 'each.value.mta_sts_reporting.enabled == true ?')],
  },
  { file: '005.tf', reader: 'terraform', sts: [computed(STS, true, '${md5(local.policy)}')], tlsrpt: [computed(TLS, true, 'join(",", var.rua)')] },
  {
    file: '006.tf',
    reader: 'terraform',
    sts: [computed(STS, true, 'random_id.sts.dec')],
    tlsrpt: [computed(TLS, true, 'format("v=%s; rua=mailto:%s;", var.tls_report_version')],
  },
  { file: '007.tf', reader: 'terraform', sts: [computed(STS, true, 'formatdate("YYYYMMDDhhmmss", timestamp())')], tlsrpt: [computed(TLS, true, '${local.tls_rpt_email}')] },
  // Early revisions wrap the value in literal double quotes. Other domains CNAME both names to the main domain.
  {
    file: '008.js',
    reader: 'dnscontrol',
    sts: [
      id(STS, true, '202106232052', 2, 35),
      id(STS, true, '202106232127', 5, 35),
      id(STS, true, '202106232127', 7, 34),
      id(STS, true, '202110111304', 10, 34),
      id(STS, true, '202110111304', 13, 34),
      cname(STS, true, '_mta-sts.williamblondel.fr'),
    ],
    tlsrpt: [
      value(TLS, true, '"v=TLSRPTv1; rua=mailto:tls-reports@williamblondel.fr"'),
      value(TLS, true, 'v=TLSRPTv1; rua=mailto:tls-reports@williamblondel.fr'),
      value(TLS, true, 'v=TLSRPTv1; rua=mailto:26e6fd52@in.mailhardener.com,mailto:tls-reports@williamblondel.fr'),
      cname(TLS, true, '_smtp._tls.williamblondel.fr'),
    ],
  },
  {
    file: '009.js',
    reader: 'dnscontrol',
    sts: [id(STS, true, '202307050344', 4, 33), id(STS, true, '202310191122', 8, 33), id(STS, true, '202112041647', 11, 34), id(STS, true, '1565808194', 13, 34)],
    tlsrpt: [value(TLS, true, 'v=TLSRPTv1;'), value(TLS, true, 'v=TLSRPTv1;'), computed(TLS, true, "'v=TLSRPTv1;rua=mailto:'+mtastsMail")],
  },
  // The excerpt never closes the first `D()`, so the second one nests inside it. Each record still takes the innermost domain.
  {
    file: '010.js',
    reader: 'dnscontrol',
    sts: [id('_mta-sts.vanityurls.link', false, '20220101000000Z', 5, 35), id('_mta-sts.v8s.link', false, '20220101000000Z', 9, 35)],
    tlsrpt: [],
  },
  {
    file: '011.js',
    reader: 'dnscontrol',
    sts: [id(STS, true, '20260917', 4, 32), id(STS, true, '20260905', 7, 32)],
    tlsrpt: [value(TLS, true, 'v=TLSRPTv1; rua=mailto:tlsrpt@twente.dev'), value(TLS, true, 'v=TLSRPTv1; rua=mailto:tlsrpt@twente.dev')],
  },
  { file: '012.tf', reader: 'terraform', sts: [computed(STS, true, 'md5(local.mta_sts_policy)')], tlsrpt: [computed(TLS, true, 'join(",", var.mail_tls_rua_dest)')] },
  {
    file: '013.zone',
    reader: 'zone',
    sts: [computed(STS, true, "id=$(date -u '+%Y%m%d%H%M')")],
    tlsrpt: [computed(TLS, true, 'rua=mailto:$EMAIL')],
  },
  { file: '014.nix', unsupported: 'Nix (nixos-dns attribute set)' },
  { file: '015.md', unsupported: 'Markdown (a table and `host` output)' },
  { file: '016.md', unsupported: 'Markdown (name and value pairs)' },
  { file: '017.zone', reader: 'zone', sts: [computed(STS, true, 'id={{ sts_id }}')], tlsrpt: [] },
  { file: '018.txt', unsupported: 'tinydns-data, with DNSControl lines from a later revision' },
  // One revision dropped the `;` after the version, and the id is still read as the token after `id=`.
  {
    file: '019.js',
    reader: 'dnscontrol',
    sts: [id(STS, true, '2', 2, 34), id(STS, true, '2', 4, 33), id(STS, true, '2', 9, 34), id(STS, true, '1', 12, 34)],
    tlsrpt: [
      value(TLS, true, 'v=TLSRPTv1 rua=mailto:tls-reports@maxchernoff.ca'),
      value(TLS, true, 'v=TLSRPTv1; rua=mailto:tls-reports@maxchernoff.ca'),
      value(TLS, true, 'v=TLSRPTv1; rua=mailto:tls-reports@maxchernoff.ca'),
    ],
  },
  {
    file: '020.txt',
    reader: 'zone',
    sts: [computed(STS, true, 'id=<20-char mixed-case alphanumeric hash>')],
    tlsrpt: [computed(TLS, true, 'rua=<value of MTA_STS_TLSRPT_RUA, copied verbatim>')],
  },
  { file: '021.txt', reader: 'zone', sts: [computed(STS, true, 'id=<PolicyID>')], tlsrpt: [computed(TLS, true, 'rua=mailto:<localpart>@<mailhost>')] },
  // The fenced README lines are master-file lines with absolute owners.
  {
    file: '022.md',
    reader: 'zone',
    sts: [id('_mta-sts.arcsupport.ca', false, '2026062301', 5, 49)],
    tlsrpt: [value('_smtp._tls.arcsupport.ca', false, 'v=TLSRPTv1; rua=mailto:postmaster@arcsupport.ca')],
  },
  { file: '023.tf', reader: 'terraform', sts: [computed(STS, true, 'sha1(local.policy)')], tlsrpt: [computed(TLS, true, 'join(",", var.tlsrpt_rua)')] },
  { file: '024.txt', unsupported: 'Pulumi Go program (deSEC Rrset arguments)' },
  // Cloudflare reads quoted content as presentation format, so the literal quotes are not part of the value.
  {
    file: '025.tf',
    reader: 'terraform',
    sts: [computed(STS, true, 'md5(file("${path.module}/worker.js"))')],
    tlsrpt: [value(TLS, true, 'v=TLSRPTv1; rua=mailto:fea0c8ce@in.mailhardener.com')],
  },
  // The README lines are master-file lines. The YAML and nginx lines after them contain no records.
  { file: '026.txt', reader: 'zone', sts: [computed(STS, true, 'id={{timestamp}}')], tlsrpt: [computed(TLS, true, 'tls-reports@{{domain}}')] },
  {
    file: '027.tf',
    reader: 'terraform',
    sts: [id(STS, true, '6866269529996095712', 7, 69), id(STS, true, '12389896138107905122', 9, 69)],
    tlsrpt: [value(TLS, true, 'v=TLSRPTv1; rua=mailto:postmaster@tjo.cloud')],
  },
];

function read(reader: Reader, file: string, text: string): SourceRecord[] {
  switch (reader) {
    case 'zone':
      return parseZoneFile(text, file, null);
    case 'terraform':
      return readTerraform([{ path: file, text }]);
    case 'dnscontrol':
      return readDnscontrol(text, file).records;
  }
}

/** Describes a record the way the table does, with the full computed expression. */
function describeRecord(record: SourceRecord): Found {
  const base = { owner: record.owner, relative: record.relative };
  if (record.target !== undefined) return { ...base, target: record.target };
  if (record.record === undefined) return { ...base, computed: record.computed ?? '' };
  if (ownerKind(record.owner)?.kind === 'tlsrpt') return { ...base, value: joinTxt(record.record) };

  const parsed = parseStsRecord(record.record);
  return { ...base, id: parsed.idValue ?? '', line: parsed.idSpan?.line ?? 0, column: parsed.idSpan?.column ?? 0 };
}

/** Turns a computed excerpt into a matcher, because the full expression is long and shortened with an ellipsis. */
function matcher(found: Found): unknown {
  return 'computed' in found ? { ...found, computed: expect.stringContaining(found.computed) } : found;
}

const available = corpusAvailable(CORPUS);
const files = (available ? readdirSync(CORPUS) : [])
  .filter((name) => name !== 'INDEX.tsv')
  .sort();

describe.runIf(available)('record corpus', () => {
  it('has a row for every file', () => {
    expect(EXPECTED.map((row) => row.file).sort()).toEqual(files);
  });

  it.each(EXPECTED.filter((row) => 'reader' in row))('$file', (row) => {
    if (!('reader' in row)) return;
    const text = readFileSync(path.join(CORPUS, row.file), 'utf8');
    const records = read(row.reader, row.file, text);
    const found = (kind: 'sts' | 'tlsrpt'): Found[] => records.filter((record) => ownerKind(record.owner)?.kind === kind).map(describeRecord);

    expect(found('sts'), '_mta-sts records').toEqual(row.sts.map(matcher));
    expect(found('tlsrpt'), '_smtp._tls records').toEqual(row.tlsrpt.map(matcher));
  });

  it.each(EXPECTED.filter((row) => 'reader' in row))('$file ids match text', (row) => {
    if (!('reader' in row)) return;
    const lines = readFileSync(path.join(CORPUS, row.file), 'utf8').split('\n');
    for (const found of row.sts) {
      if (!('id' in found)) continue;
      expect(lines[found.line - 1]?.slice(found.column - 1, found.column - 1 + found.id.length), `id at ${found.line}:${found.column}`).toBe(found.id);
    }
  });

  it.each(EXPECTED.filter((row) => 'unsupported' in row))('$file is not scanned', async (row) => {
    const root = makeTree({ [`records/${row.file}`]: readFileSync(path.join(CORPUS, row.file)) });
    const scan = await scanSources(new WorkTree(root, false));
    expect(scan.records).toEqual([]);
  });
});
