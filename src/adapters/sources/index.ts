/**
 * Finds DNS-as-code files in a tree, reads their TXT and CNAME records, and
 * assigns the `_mta-sts` and `_smtp._tls` records to policy domains.
 */

import path from 'node:path';

import type { RawFinding } from '../../core/diagnostic.js';
import type { RecordSet } from '../../core/lint.js';
import { joinTxt } from '../../core/record/txt.js';
import { readDnscontrol } from '../../core/sources/dnscontrol.js';
import { readTerraform } from '../../core/sources/terraform.js';
import { ownerKind, type SourceFormat, type SourceRecord } from '../../core/sources/types.js';
import { parseZoneFile } from '../../core/sources/zone.js';
import { parseRecordText } from '../records.js';
import type { Tree } from '../tree.js';
import { octodnsZoneName } from './octodns-name.js';

const MENTIONS_RECORDS = /_mta-sts|_smtp\._tls|v=STSv1|v=TLSRPTv1/i;
const ZONE_FILE = /\.(?:zone|db)$|(?:^|\/)db\.[^/]+$|\.zone\.j2$/i;
const TERRAFORM_FILE = /\.tf$|\.tfvars$/;
const DNSCONTROL_ENTRY = /(?:^|\/)dnsconfig\.js$/;
const YAML_FILE = /\.ya?ml$/;

export interface SourceScan {
  records: SourceRecord[];
  /** Files that were read and held records of interest. */
  files: string[];
}

const decoder = new TextDecoder('utf-8');

async function readText(tree: Tree, file: string): Promise<string | null> {
  const bytes = await tree.read(file);
  return bytes === null ? null : decoder.decode(bytes);
}

/** Returns the zone a master file is for, from names like `example.com.zone`, `db.example.com` or `example.com.db`. */
export function zoneNameFromFile(file: string): string | null {
  const base = path.posix.basename(file).toLowerCase();
  const name = base.replace(/\.zone\.j2$/, '').replace(/\.(zone|db)$/, '').replace(/^db\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name) ? name : null;
}

/** Reads one file in a given format. `name` selects records at one owner when the file has many. */
export async function readSourceFile(tree: Tree, file: string, format: SourceFormat): Promise<SourceRecord[]> {
  const text = await readText(tree, file);
  if (text === null) return [];
  switch (format) {
    case 'zone':
      return parseZoneFile(text, file, zoneNameFromFile(file));
    case 'terraform':
      return readTerraform(await readModule(tree, file));
    case 'dnscontrol':
      return readDnscontrolTree(tree, file);
    case 'octodns': {
      // The YAML library is loaded only when an octoDNS file is found, because it slows every start-up.
      const { readOctodns } = await import('./octodns.js');
      return readOctodns(text, file, octodnsZoneName(file));
    }
    case 'text':
      return parseRecordText(text).map((record) => ({
        format: 'text',
        file,
        owner: '',
        relative: true,
        type: 'TXT',
        record,
        span: { line: record.positions?.[0]?.line ?? 1, column: 1, endLine: record.positions?.[0]?.line ?? 1, endColumn: 1 },
        findings: [],
      }));
  }
}

/** Reads the `.tf` and `.tfvars` files in the folder of `file`, which form one Terraform module. */
async function readModule(tree: Tree, file: string): Promise<Array<{ path: string; text: string }>> {
  const folder = path.posix.dirname(file);
  const siblings = (await tree.list()).filter((candidate) => TERRAFORM_FILE.test(candidate) && path.posix.dirname(candidate) === folder);
  const files: Array<{ path: string; text: string }> = [];
  for (const sibling of siblings.includes(file) ? siblings : [file, ...siblings]) {
    const text = await readText(tree, sibling);
    if (text !== null) files.push({ path: sibling, text });
  }
  return files;
}

/** Reads a DNSControl entry file and the files it requires, each once. */
async function readDnscontrolTree(tree: Tree, entry: string): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  const seen = new Set<string>();
  const listing = await tree.list();
  const queue = [entry];
  while (queue.length > 0 && seen.size < 200) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readText(tree, file);
    if (text === null) continue;
    const parsed = readDnscontrol(text, file);
    records.push(...parsed.records);
    for (const required of parsed.requires) {
      // `require_glob('./zones/')` names a folder with a trailing slash, which the prefix match below must not double.
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), required)).replace(/\/+$/, '');
      const matches = listing.filter((candidate) => candidate === target || candidate === `${target}.js` || (candidate.startsWith(`${target}/`) && candidate.endsWith('.js')));
      queue.push(...matches);
    }
  }
  return records;
}

/** Finds and reads every DNS-as-code file in the tree that mentions MTA-STS or TLS-RPT records. */
export async function scanSources(tree: Tree): Promise<SourceScan> {
  const listing = await tree.list();
  const records: SourceRecord[] = [];
  const files: string[] = [];
  const modulesRead = new Set<string>();
  const requiredByDnscontrol = new Set<string>();

  for (const file of listing.filter((candidate) => DNSCONTROL_ENTRY.test(candidate))) {
    const found = await readDnscontrolTree(tree, file);
    for (const record of found) requiredByDnscontrol.add(record.file);
    keep(found, records, files);
  }

  for (const file of listing) {
    let format: SourceFormat | undefined;
    if (ZONE_FILE.test(file)) format = 'zone';
    else if (TERRAFORM_FILE.test(file)) format = 'terraform';
    else if (YAML_FILE.test(file) && octodnsZoneName(file) !== null && !file.startsWith('.github/')) format = 'octodns';
    if (!format) continue;

    const text = await readText(tree, file);
    if (text === null || !MENTIONS_RECORDS.test(text)) continue;
    if (format === 'terraform') {
      const folder = path.posix.dirname(file);
      if (modulesRead.has(folder)) continue;
      modulesRead.add(folder);
    }
    keep(await readSourceFile(tree, file, format), records, files);
  }
  return { records, files };
}

function keep(found: SourceRecord[], records: SourceRecord[], files: string[]): void {
  for (const record of found) {
    const interesting = ownerKind(record.owner) !== undefined || (record.record !== undefined && /^\s*"?v=(STSv1|TLSRPTv1)/i.test(joinTxt(record.record)));
    if (!interesting) continue;
    records.push(record);
    if (!files.includes(record.file)) files.push(record.file);
  }
}

export interface Assignment {
  sts?: RecordSet;
  tlsrpt?: RecordSet;
}

/**
 * Assigns records to policy domains by owner name. Records whose zone is
 * unknown are assigned only when there is a single policy domain.
 * Returns the assignment per domain and findings that belong to no domain.
 */
export function assignRecords(records: SourceRecord[], domains: string[]): { byDomain: Map<string, Assignment>; findings: Array<{ file: string; raw: RawFinding }> } {
  const byDomain = new Map<string, Assignment>();
  const findings: Array<{ file: string; raw: RawFinding }> = [];
  const exact = new Map<string, SourceRecord[]>();
  const unzoned: SourceRecord[] = [];

  for (const record of records) {
    const kind = ownerKind(record.owner);
    if (!kind) {
      checkMisplaced(record, findings);
      continue;
    }
    if (record.relative || kind.domain === '') {
      unzoned.push(record);
      continue;
    }
    const key = `${kind.kind} ${kind.domain}`;
    exact.set(key, [...(exact.get(key) ?? []), record]);
  }

  const single = domains.length === 1 ? domains[0]! : null;
  for (const domain of domains) {
    const assignment: Assignment = {};
    for (const kind of ['sts', 'tlsrpt'] as const) {
      const prefix = kind === 'sts' ? '_mta-sts' : '_smtp._tls';
      let candidates = exact.get(`${kind} ${domain}`) ?? [];
      let assumed = false;
      if (candidates.length === 0 && single === domain) {
        candidates = unzoned.filter((record) => ownerKind(record.owner)?.kind === kind && ownerKind(record.owner)?.domain === '');
        assumed = candidates.length > 0;
      }
      if (candidates.length === 0) continue;
      const set = toRecordSet(candidates, `${prefix}.${domain}`);
      if (assumed) {
        set.sourceFindings!.push({
          ruleId: 'STS323',
          messageId: 'assumedZone',
          data: { file: set.file ?? '?', name: prefix, owner: `${prefix}.${domain}`, domain },
          span: { ...candidates[0]!.span, file: candidates[0]!.file },
        });
      }
      assignment[kind] = set;
    }
    byDomain.set(domain, assignment);
  }

  if (single === null) {
    for (const record of unzoned) {
      findings.push({
        file: record.file,
        raw: {
          ruleId: 'STS323',
          messageId: 'unassigned',
          data: { file: record.file, name: record.owner || '?' },
          span: record.span,
        },
      });
    }
  }
  return { byDomain, findings };
}

/** Builds the record set from the first file that defines the name, and notes the other files. */
export function toRecordSet(candidates: SourceRecord[], owner: string): RecordSet {
  const files = [...new Set(candidates.map((record) => record.file))].sort();
  const chosen = files[0]!;
  const inFile = candidates.filter((record) => record.file === chosen);
  const set: RecordSet = {
    file: chosen,
    label: `\`${chosen}\``,
    records: [],
    explicit: false,
    owner,
    computed: [],
    sourceFindings: [],
  };

  for (const record of inFile) {
    set.sourceFindings!.push(...record.findings.map((finding) => (finding.span && finding.span.file === undefined ? { ...finding, span: { ...finding.span, file: record.file } } : finding)));
    if (record.type === 'CNAME' && record.target) {
      set.cname = { target: record.target, span: { ...record.span, file: record.file } };
    } else if (record.record) {
      set.records.push(record.record);
    } else if (record.computed) {
      set.computed!.push({ expression: record.computed, span: { ...record.span, file: record.file } });
    }
  }

  if (files.length > 1) {
    set.sourceFindings!.push({
      ruleId: 'STS323',
      messageId: 'several',
      data: { owner, count: files.length, others: files.slice(1).map((file) => `\`${file}\``).join(', '), chosen },
      span: { ...inFile[0]!.span, file: chosen },
    });
  }
  return set;
}

/** Reports `v=STSv1` and `v=TLSRPTv1` records published at names that senders and reporters never query. */
function checkMisplaced(record: SourceRecord, findings: Array<{ file: string; raw: RawFinding }>): void {
  if (!record.record || record.relative) return;
  const value = joinTxt(record.record).trimStart().replace(/^"/, '');
  if (value.startsWith('v=STSv1')) {
    findings.push({ file: record.file, raw: { ruleId: 'STS325', messageId: 'misplaced', data: { owner: record.owner || '@', expected: `_mta-sts.${record.owner}` }, span: record.span } });
  } else if (value.startsWith('v=TLSRPTv1')) {
    const domain = record.owner.replace(/^_smtp\._tcp\./, '').replace(/^_tls\./, '');
    findings.push({ file: record.file, raw: { ruleId: 'STS412', messageId: 'misplaced', data: { owner: record.owner || '@', expected: `_smtp._tls.${domain}` }, span: record.span } });
  }
}
