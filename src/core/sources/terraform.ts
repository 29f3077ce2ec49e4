/**
 * TXT records in Terraform: DNS provider resources (Cloudflare, Route 53,
 * Azure DNS, Google Cloud DNS and others), record lists in `locals`, and
 * values taken from `var.*` defaults, `*.tfvars` files and `local.*`.
 */

import type { Span } from '../diagnostic.js';
import type { SourcePosition, TxtRecord } from '../record/txt.js';
import { showValue } from '../text.js';
import { parseHcl, type HclBlock, type HclExpr } from './hcl.js';
import type { SourceRecord } from './types.js';

export interface TerraformFile {
  path: string;
  text: string;
}

interface ProviderShape {
  /** Attributes that name the record, in order of preference. */
  name: string[];
  /** Attributes that hold the value or values. */
  value: string[];
  /** Attribute with the record type, absent when the resource is TXT-only. */
  type?: string;
  /** Nested blocks that each hold one value (`record { value = ... }`). */
  nested?: { block: string; attribute: string };
  /** Attribute that contains the DNS name of the zone a relative record name belongs to. Absent when the provider names the zone by id. */
  zone?: string;
  /** True when the provider takes values in zone-file presentation format, quotes included. */
  presentation: boolean;
}

const PROVIDERS: Record<string, ProviderShape> = {
  cloudflare_record: { name: ['name'], value: ['content', 'value'], type: 'type', presentation: true },
  cloudflare_dns_record: { name: ['name'], value: ['content'], type: 'type', presentation: true },
  aws_route53_record: { name: ['name'], value: ['records'], type: 'type', presentation: true },
  azurerm_dns_txt_record: { name: ['name'], value: [], nested: { block: 'record', attribute: 'value' }, zone: 'zone_name', presentation: false },
  google_dns_record_set: { name: ['name'], value: ['rrdatas'], type: 'type', presentation: true },
  digitalocean_record: { name: ['name'], value: ['value'], type: 'type', zone: 'domain', presentation: false },
  desec_rrset: { name: ['subname'], value: ['records'], type: 'type', zone: 'domain', presentation: true },
  hetznerdns_record: { name: ['name'], value: ['value'], type: 'type', presentation: true },
  dnsimple_zone_record: { name: ['name'], value: ['value'], type: 'type', zone: 'zone_name', presentation: false },
  dnsimple_record: { name: ['name'], value: ['value'], type: 'type', zone: 'domain', presentation: false },
  ovh_domain_zone_record: { name: ['subdomain'], value: ['target'], type: 'fieldtype', zone: 'zone', presentation: true },
  gandi_livedns_record: { name: ['name'], value: ['values'], type: 'type', zone: 'zone', presentation: true },
  linode_domain_record: { name: ['name'], value: ['target'], type: 'record_type', presentation: false },
  vultr_dns_record: { name: ['name'], value: ['data'], type: 'type', zone: 'domain', presentation: true },
  powerdns_record: { name: ['name'], value: ['records'], type: 'type', presentation: true },
};

const NAME_KEYS = ['name', 'subdomain', 'subname', 'record_name', 'host', 'hostname'];
const VALUE_KEYS = ['records', 'values', 'value', 'content', 'rrdatas', 'target', 'data', 'txt'];
const TYPE_KEYS = ['type', 'record_type', 'fieldtype'];

type Resolved = { chars: string; positions: SourcePosition[] } | { computed: string };

interface Module {
  variables: Map<string, HclExpr>;
  locals: Map<string, HclExpr>;
}

/** Reads the TXT and CNAME records from the files of one Terraform module (one folder). */
export function readTerraform(files: TerraformFile[]): SourceRecord[] {
  const module: Module = { variables: new Map(), locals: new Map() };
  const bodies: Array<{ file: string; body: HclBlock }> = [];

  for (const file of files) {
    const body = parseHcl(file.text, file.path);
    if (file.path.endsWith('.tfvars')) continue;
    bodies.push({ file: file.path, body });
    // Top-level attributes are invalid in a .tf file; they appear where a tfvars file was pasted into one, so read them as variable values.
    for (const [name, value] of body.attributes) module.variables.set(name, value);
    for (const block of body.blocks) {
      if (block.type === 'variable' && block.labels[0] && block.attributes.has('default')) {
        module.variables.set(block.labels[0], block.attributes.get('default')!);
      }
      if (block.type === 'locals') {
        for (const [name, value] of block.attributes) module.locals.set(name, value);
      }
    }
  }
  // Variable files override defaults; terraform.tfvars and *.auto.tfvars are read automatically by Terraform.
  for (const file of files.filter((candidate) => candidate.path.endsWith('.tfvars'))) {
    for (const [name, value] of parseHcl(file.text, file.path).attributes) module.variables.set(name, value);
  }

  const records: SourceRecord[] = [];
  for (const { file, body } of bodies) {
    for (const block of body.blocks) {
      if (block.type === 'resource' && block.labels[0]) readResource(block, file, module, records);
    }
    for (const block of body.blocks) {
      if (block.type !== 'locals') continue;
      for (const value of block.attributes.values()) findRecordObjects(value, file, module, records);
    }
  }
  return records;
}

function readResource(block: HclBlock, file: string, module: Module, records: SourceRecord[]): void {
  const resourceType = block.labels[0]!;
  const shape = PROVIDERS[resourceType] ?? genericShape(block);
  if (!shape) return;

  const typeExpr = shape.type ? block.attributes.get(shape.type) : undefined;
  const type = typeExpr ? resolveString(typeExpr, module, 0) : { chars: 'TXT', positions: [] };
  if (!('chars' in type)) return;
  const recordType = type.chars.toUpperCase();
  if (recordType !== 'TXT' && recordType !== 'CNAME') return;

  const nameExpr = shape.name.map((key) => block.attributes.get(key)).find((expr) => expr !== undefined);
  if (!nameExpr) return;
  const zoneExpr = shape.zone ? block.attributes.get(shape.zone) : undefined;
  const owner = inZone(resolveOwner(nameExpr, module), zoneExpr, module);

  const values: HclExpr[] = [];
  for (const key of shape.value) {
    const expr = block.attributes.get(key);
    if (!expr) continue;
    if (expr.kind === 'list') values.push(...expr.items);
    else values.push(expr);
    break;
  }
  if (shape.nested) {
    for (const nested of block.blocks.filter((candidate) => candidate.type === shape.nested!.block)) {
      const expr = nested.attributes.get(shape.nested.attribute);
      if (expr) values.push(expr);
    }
  }

  for (const value of values) {
    records.push(toSourceRecord(owner, recordType, value, file, module, shape.presentation));
  }
}

/** Recognizes other providers' record resources by their attribute names. */
function genericShape(block: HclBlock): ProviderShape | undefined {
  const type = TYPE_KEYS.find((key) => block.attributes.has(key));
  const name = NAME_KEYS.filter((key) => block.attributes.has(key));
  const value = VALUE_KEYS.filter((key) => block.attributes.has(key));
  if (!type || name.length === 0 || value.length === 0) return undefined;
  return { name, value, type, presentation: false };
}

/** Finds record objects inside locals, such as `{ type = "TXT", subdomain = "_mta-sts", records = [...] }`. */
function findRecordObjects(expr: HclExpr, file: string, module: Module, records: SourceRecord[]): void {
  if (expr.kind === 'list') {
    for (const item of expr.items) findRecordObjects(item, file, module, records);
    return;
  }
  if (expr.kind !== 'object') return;

  const entries = new Map(expr.entries.map((entry) => [entry.key, entry.value]));
  const typeExpr = TYPE_KEYS.map((key) => entries.get(key)).find((value) => value !== undefined);
  const nameExpr = NAME_KEYS.map((key) => entries.get(key)).find((value) => value !== undefined);
  const valueExpr = VALUE_KEYS.map((key) => entries.get(key)).find((value) => value !== undefined);
  const type = typeExpr ? resolveString(typeExpr, module, 0) : undefined;
  if (type && 'chars' in type && nameExpr && valueExpr && (type.chars.toUpperCase() === 'TXT' || type.chars.toUpperCase() === 'CNAME')) {
    const owner = resolveOwner(nameExpr, module);
    const values = valueExpr.kind === 'list' ? valueExpr.items : [valueExpr];
    for (const value of values) records.push(toSourceRecord(owner, type.chars.toUpperCase(), value, file, module, true));
    return;
  }
  for (const entry of expr.entries) findRecordObjects(entry.value, file, module, records);
}

interface Owner {
  name: string;
  relative: boolean;
  /** False when the name is only the literal start of a computed name, such as `_mta-sts` in `"_mta-sts.${each.key}"`. */
  complete: boolean;
}

/**
 * Resolves a record name, following variables and locals with literal
 * values, so `"_mta-sts.${var.domain}"` can become a full name. Only
 * `_mta-sts.<domain>` and `_smtp._tls.<domain>` are taken as full names.
 * Any other name, and the literal prefix of a computed one, is relative to
 * a zone this reader cannot know.
 */
function resolveOwner(expr: HclExpr, module: Module): Owner {
  const resolved = resolveString(expr, module, 0);
  if ('chars' in resolved) {
    const text = resolved.chars.toLowerCase().replace(/\.$/, '');
    const isFull = /^(_mta-sts|_smtp\._tls)\.[a-z0-9-]+\.[a-z0-9.-]+$/.test(text);
    return { name: text, relative: !isFull, complete: true };
  }
  const first = expr.kind === 'string' ? expr.parts[0] : undefined;
  if (first && 'literal' in first) {
    return { name: first.literal.toLowerCase().replace(/\.$/, ''), relative: true, complete: false };
  }
  return { name: '', relative: true, complete: false };
}

/** Joins a complete relative name to the zone named by a literal zone attribute, such as `zone_name = "example.com"`. The names `@` and `""` are the zone itself. */
function inZone(owner: Owner, zoneExpr: HclExpr | undefined, module: Module): Owner {
  if (!owner.relative || !owner.complete || !zoneExpr) return owner;
  const zone = resolveString(zoneExpr, module, 0);
  if (!('chars' in zone)) return owner;
  const zoneName = zone.chars.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(zoneName)) return owner;
  const name = owner.name === '@' || owner.name === '' ? zoneName : `${owner.name}.${zoneName}`;
  return { name, relative: false, complete: true };
}

function toSourceRecord(owner: Owner, type: string, value: HclExpr, file: string, module: Module, presentation: boolean): SourceRecord {
  const span = spanInFile(value.span, file);
  const base = { format: 'terraform' as const, file, owner: owner.name, relative: owner.relative, type, span, findings: [] };
  const resolved = resolveString(value, module, 0);
  if (!('chars' in resolved)) {
    return { ...base, computed: showValue(resolved.computed, 120) };
  }
  if (type === 'CNAME') {
    return { ...base, target: resolved.chars.toLowerCase().replace(/\.$/, '') };
  }

  const local = { chars: resolved.chars, positions: resolved.positions.map((position) => positionInFile(position, file)) };
  const record = presentation && local.chars.startsWith('"') ? splitPresentation(local) : undefined;
  return {
    ...base,
    record: record ?? { strings: [local.chars], explicitStrings: false, positions: [...local.positions, endPosition(local.positions, span)] },
  };
}

/** Keeps `file` off spans in the record's own file, so findings name the file once. */
function spanInFile(span: Span, file: string): Span {
  const { file: spanFile, ...rest } = span;
  return spanFile === file ? rest : span;
}

/** Keeps `file` only on positions in another file than the record's, such as a tfvars value. */
function positionInFile(position: SourcePosition, file: string): SourcePosition {
  const { file: positionFile, ...rest } = position;
  return positionFile === file ? rest : position;
}

function endPosition(positions: SourcePosition[], span: Span): SourcePosition {
  const last = positions.at(-1);
  if (!last) return { line: span.line, column: span.column + 1, ...(span.file === undefined ? {} : { file: span.file }) };
  return { ...last, column: last.column + 1 };
}

/**
 * Splits a value in presentation format (`"v=STSv1; " "id=1"`) into its
 * character-strings. Returns undefined when the quotes do not pair up, so
 * the caller keeps the literal quotes and the record rules report them.
 */
function splitPresentation(value: { chars: string; positions: SourcePosition[] }): TxtRecord | undefined {
  const strings: string[] = [];
  const positions: SourcePosition[] = [];
  let offset = 0;
  const text = value.chars;
  while (offset < text.length) {
    if (text[offset] === ' ' || text[offset] === '\t') {
      offset++;
      continue;
    }
    if (text[offset] !== '"') return undefined;
    offset++;
    let current = '';
    let closed = false;
    while (offset < text.length) {
      if (text[offset] === '"') {
        closed = true;
        offset++;
        break;
      }
      const escaped = text[offset] === '\\' && offset + 1 < text.length;
      positions.push(value.positions[offset]!);
      current += escaped ? text[offset + 1] : text[offset];
      offset += escaped ? 2 : 1;
    }
    if (!closed) return undefined;
    strings.push(current);
  }
  if (strings.length === 0) return undefined;
  const last = value.positions.at(-1)!;
  positions.push({ ...last, column: last.column + 1 });
  return { strings, explicitStrings: true, positions };
}

/** Resolves an expression to literal characters with positions, following `var.*` and `local.*` up to 5 levels. */
function resolveString(expr: HclExpr, module: Module, depth: number): Resolved {
  if (depth > 5) return { computed: 'a reference chain longer than 5' };
  if (expr.kind === 'ref') return resolveReference(expr.path, module, depth);
  if (expr.kind === 'other' && /^(?:0|[1-9][0-9]*)$/.test(expr.text)) {
    // Terraform turns a whole number into its decimal digits where a string is needed, as in `policy_id = 20240501`.
    const positions = [...expr.text].map((_digit, offset): SourcePosition => ({ ...positionOf(expr.span), column: expr.span.column + offset }));
    return { chars: expr.text, positions };
  }
  if (expr.kind !== 'string') return { computed: expr.kind === 'other' ? expr.text : `a ${expr.kind}` };

  let chars = '';
  const positions: SourcePosition[] = [];
  for (const part of expr.parts) {
    if ('literal' in part) {
      chars += part.literal;
      positions.push(...part.positions);
      continue;
    }
    const inner = /^\$\{\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)\s*\}$/.exec(part.interpolation);
    if (!inner) return { computed: part.interpolation };
    const resolved = resolveReference(inner[1]!.split('.'), module, depth);
    if (!('chars' in resolved)) return resolved;
    chars += resolved.chars;
    positions.push(...resolved.positions);
  }
  return { chars, positions };
}

function positionOf(span: Span): SourcePosition {
  return span.file === undefined ? { line: span.line, column: span.column } : { line: span.line, column: span.column, file: span.file };
}

function resolveReference(path: string[], module: Module, depth: number): Resolved {
  const [root, name] = path;
  const text = path.join('.');
  if (path.length !== 2 || !name) return { computed: `\${${text}}` };
  let target: HclExpr | undefined;
  if (root === 'var') target = module.variables.get(name);
  if (root === 'local') target = module.locals.get(name);
  if (!target) return { computed: `\${${text}}` };
  const resolved = resolveString(target, module, depth + 1);
  return 'chars' in resolved ? resolved : { computed: `\${${text}} = ${resolved.computed}` };
}
