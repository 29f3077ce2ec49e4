/**
 * Turns what the live checks observed into findings, judged as strict
 * senders judge (RFC 8461 §3.3, §4, §5, §8). The live records and policy go
 * through the same rules as the repository's. When the repository's side is
 * given, its policy and id are compared with the live ones (§8.1).
 */

import { compareFindings, type Finding, type RawFinding, type Severity } from '../diagnostic.js';
import { lintDomain, toFinding, type DomainInput, type DomainResult, type RecordSet, type RuleSettings } from '../lint.js';
import { canonicalText, type CanonicalPolicy } from '../policy/canonical.js';
import { matchesMxPattern, normalizeHost } from '../mx.js';
import { parseCharacterStrings } from '../record/presentation.js';
import { txtRecordFromValue, type TxtRecord } from '../record/txt.js';
import type { HistoryEntry } from '../revision/compare.js';
import { describeChanges } from '../revision/compare.js';
import { showValue } from '../text.js';
import { classifyAddress, describeAddressKind } from './address.js';
import { certificateCovers, daysUntil, type CertificateFacts } from './certificate.js';
import { parseMediaType, POLICY_CHARSETS } from './media-type.js';
import { describeDnsStatus, isInconclusive, type DnsLookup, type LiveState, type MxProbe, type PolicyFetch } from './state.js';

/** The repository's side of a domain, for the drift checks. */
export interface RepositorySide {
  result: DomainResult;
  /** True when the repository contains the `_mta-sts` record, so its id can be compared. */
  hasRecord: boolean;
  /** Earlier (id, content) pairs of the domain, newest first; empty when unknown. */
  history: HistoryEntry[];
}

/** One MX host as the report shows it. */
export interface LiveMx {
  host: string;
  preference: number | null;
  /** Whether an mx pattern of the policy senders use covers the host; null when no policy was read. */
  covered: boolean | null;
  /** The STARTTLS probe's outcome, when `--smtp` ran. */
  smtp: MxProbe['outcome'] | null;
  certificateExpires: string | null;
}

/** The live columns of a domain, for summaries and JSON. */
export interface LiveSummary {
  domain: string;
  /** The id of the one valid live `_mta-sts` record, or null. */
  id: string | null;
  /** TTL of the live `_mta-sts` records in seconds, which bounds how long resolvers may keep returning the old id. */
  idTtl: number | null;
  stsRecords: string[];
  tlsrpt: string[];
  policyUrl: string;
  /** `200`, another status, or the failure (`tls-failed`, `timeout`...). */
  fetch: string;
  mode: string | null;
  maxAge: number | null;
  mxPatterns: string[];
  /** `valid`, `invalid` (served, but senders reject it) or `not served`. */
  policy: 'valid' | 'invalid' | 'not served';
  /** `same` or `differs` compared with the repository's policy; null without one or without a live body. */
  bodyMatch: 'same' | 'differs' | null;
  mx: LiveMx[];
  /** `covered/total`, or null when there is no policy or no MX to compare. */
  mxCoverage: string | null;
  /** Policy that the MX coverage was judged against: the served one, or the repository's when none is served. */
  mxPolicy: 'served' | 'repository' | null;
  certificateExpires: string | null;
  addresses: string[];
  inconclusive: boolean;
}

export interface LiveResult {
  findings: Finding[];
  summary: LiveSummary;
  /** The lint result of the live policy and records. */
  live: DomainResult;
}

const EXPIRY_WARNING_DAYS = 21;

export interface EvaluateOptions {
  /** A complete response slower than this many milliseconds is reported as slow. */
  slowMs?: number;
}

const SLOW_FETCH_MS = 5_000;

/** Tells whether senders can use the served policy: served with status 200 and without an error in its own findings. */
function policyVerdict(body: Uint8Array | null, findings: Finding[], file: string): LiveSummary['policy'] {
  if (body === null) return 'not served';
  return findings.some((finding) => finding.file === file && finding.severity === 'error') ? 'invalid' : 'valid';
}

/** Pseudo-file names that findings about live data point at. */
function liveFiles(domain: string): { sts: string; tlsrpt: string; policy: string } {
  return {
    sts: `<dns:_mta-sts.${domain}>`,
    tlsrpt: `<dns:_smtp._tls.${domain}>`,
    policy: `<${policyUrl(domain)}>`,
  };
}

function policyUrl(domain: string): string {
  return `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
}

export function evaluateLive(state: LiveState, repo: RepositorySide | null, settings: RuleSettings = new Map(), options: EvaluateOptions = {}): LiveResult {
  const domain = state.domain;
  const files = liveFiles(domain);
  const url = policyUrl(domain);
  const now = new Date(state.checkedAt);
  const findings: Finding[] = [];
  const add = (file: string | null, raw: RawFinding): void => {
    const finding = toFinding(raw, domain, file, settings);
    if (finding) findings.push(finding);
  };

  // Lookups that failed do not show whether a record exists.
  for (const lookup of [state.sts, state.tlsrpt, state.mx, state.policyHost.a, state.policyHost.aaaa]) {
    if (isInconclusive(lookup.status)) {
      add(null, { ruleId: 'STS602', messageId: 'failed', data: { type: lookup.type, name: lookup.name, status: describeDnsStatus(lookup.status), detail: lookup.detail ?? 'no detail' } });
    }
  }

  const primary = choosePrimaryFetch(state.fetches);
  const body = primary && bodyOf(primary);
  const input: DomainInput = { domain };
  if (body) input.policy = { file: files.policy, bytes: body };
  const stsSet = recordSetOf(state.sts, files.sts);
  if (stsSet) input.sts = stsSet;
  const tlsrptSet = recordSetOf(state.tlsrpt, files.tlsrpt);
  if (tlsrptSet) input.tlsrpt = tlsrptSet;
  const live = lintDomain(input, settings);

  // A domain that does not exist gets one finding for that (STS622), not one for each name under it.
  const domainMissing = state.mx.status === 'nxdomain';
  for (const finding of live.findings) {
    if (domainMissing && finding.file === files.sts) continue;
    // The notice about unknown record sources does not apply to DNS. STS601 replaces STS301 with the DNS status of a missing record.
    if (finding.ruleId === 'STS003' || finding.ruleId === 'STS301') continue;
    if (repo && duplicatesRepository(finding, repo, input)) continue;
    findings.push(finding);
  }

  if (!domainMissing) checkStsPresence(state, add);
  if (state.deadlineExceeded) add(null, { ruleId: 'STS617', messageId: 'deadline', data: { domain, seconds: state.deadlineMs / 1000, parts: unfinishedParts(state) } });
  if (!domainMissing) checkPolicyHost(state, add);
  for (const fetch of state.fetches) checkFetch(fetch, fetch === primary, state, now, options.slowMs ?? SLOW_FETCH_MS, add);
  checkFamilies(state, primary, add);

  const policies = policiesToCover(live, repo, url);
  const mxHosts = checkMx(state, policies, add);
  if (state.smtp) checkSmtp(state.smtp, strictestMode(policies), now, add);

  let bodyMatch: LiveSummary['bodyMatch'] = null;
  if (repo?.result.canonical && live.canonical) {
    bodyMatch = canonicalText(repo.result.canonical) === canonicalText(live.canonical) ? 'same' : 'differs';
    checkDrift(state, live, repo, url, add);
  }

  findings.sort(compareFindings);
  const validSts = live.sts.filter((record) => record.isSts);
  return {
    findings,
    live,
    summary: {
      domain,
      id: live.id,
      idTtl: state.sts.ttl,
      stsRecords: state.sts.records,
      tlsrpt: state.tlsrpt.records,
      policyUrl: url,
      fetch: fetchSummary(primary, state.fetches),
      policy: policyVerdict(body ?? null, findings, files.policy),
      mode: live.policy?.mode ?? null,
      maxAge: live.policy?.maxAge ?? null,
      mxPatterns: live.canonical?.mx ?? [],
      bodyMatch,
      mx: mxHosts.map((mx) => {
        const probe = state.smtp?.find((candidate) => candidate.host === mx.host);
        return { ...mx, smtp: probe?.outcome ?? null, certificateExpires: probe?.certificate?.validTo ?? null };
      }),
      mxCoverage: mxHosts.length > 0 && mxHosts[0]!.covered !== null ? `${mxHosts.filter((mx) => mx.covered).length}/${mxHosts.length}` : null,
      mxPolicy: coveragePolicy(policies),
      certificateExpires: primary?.certificate?.validTo ?? null,
      addresses: [...state.policyHost.a.records, ...state.policyHost.aaaa.records],
      inconclusive: validSts.length === 0 && isInconclusive(state.sts.status),
    },
  };
}

/** Builds the record set of a TXT lookup, or undefined when the lookup was inconclusive. */
function recordSetOf(lookup: DnsLookup<string>, file: string): RecordSet | undefined {
  if (isInconclusive(lookup.status)) return undefined;
  return {
    file,
    label: 'DNS',
    owner: lookup.name,
    explicit: false,
    // One record per line, so the line of a finding identifies its record.
    records: lookup.records.map((value, index) => liveTxtRecord(value, lookup.strings?.[index], index + 1)),
  };
}

/** Builds a TXT record that keeps its character-string boundaries, so rules about split values (STS317) apply to DNS too. */
function liveTxtRecord(value: string, strings: string[] | undefined, line: number): TxtRecord {
  if (!strings || strings.length < 2) return txtRecordFromValue(value, line, 1);
  const presentation = strings.map((part) => `"${part.replace(/[\\"]/g, '\\$&')}"`).join(' ');
  const parsed = parseCharacterStrings(presentation, { line, column: 1, semicolonComments: false });
  return parsed.unterminatedAt < 0 ? parsed.record : txtRecordFromValue(value, line, 1);
}

/** Names the parts of a domain's checks that the deadline cut short, for STS617. */
function unfinishedParts(state: LiveState): string {
  const parts: string[] = [];
  const lookups = [state.sts, state.tlsrpt, state.mx, state.policyHost.a, state.policyHost.aaaa, state.implicitMx?.a, state.implicitMx?.aaaa];
  for (const lookup of lookups) {
    if (lookup?.status === 'timeout' && lookup.detail?.includes('deadline')) parts.push(`the ${lookup.type} lookup of \`${lookup.name}\``);
  }
  if (state.fetches.some((fetch) => fetch.outcome === 'deadline')) parts.push('the policy fetch');
  if (state.smtp?.some((probe) => probe.error?.message.includes('deadline'))) parts.push('the STARTTLS probe');
  return parts.length > 0 ? parts.join(', ') : 'some checks';
}

/** True when a live finding repeats one the repository's own copy of the same bytes already gives. */
function duplicatesRepository(finding: Finding, repo: RepositorySide, input: DomainInput): boolean {
  if (finding.file === input.policy?.file) {
    return repo.result.findings.some((other) => other.ruleId === finding.ruleId && other.messageId === finding.messageId && other.file === repo.result.policyFile);
  }
  return false;
}

function checkStsPresence(state: LiveState, add: (file: string | null, raw: RawFinding) => void): void {
  const { sts, domain } = state;
  if (sts.status === 'nxdomain' || sts.status === 'nodata') {
    add(null, { ruleId: 'STS601', messageId: sts.status, data: { domain } });
    return;
  }
  // A record that is meant to be the STS record gets a more exact finding from the record rules.
  const nearMiss = sts.records.some((record) => /^\s*v\s*=\s*stsv1/i.test(record));
  if (sts.status === 'ok' && !nearMiss && !sts.records.some((record) => record.startsWith('v=STSv1'))) {
    add(null, { ruleId: 'STS601', messageId: 'noSts', data: { domain, count: sts.records.length } });
  }
}

function checkPolicyHost(state: LiveState, add: (file: string | null, raw: RawFinding) => void): void {
  const { a, aaaa, name } = state.policyHost;
  const missing = (status: DnsLookup<unknown>['status']): boolean => status === 'nxdomain' || status === 'nodata';
  if (missing(a.status) && missing(aaaa.status) && state.fetches.every((fetch) => fetch.route === null)) {
    const messageId = a.status === 'nxdomain' && aaaa.status === 'nxdomain' ? 'nxdomain' : 'nodata';
    add(null, { ruleId: 'STS603', messageId, data: { host: name, domain: state.domain } });
  }
}

/** Chooses the fetch whose body counts: the first with status 200, else the first one. */
function choosePrimaryFetch(fetches: PolicyFetch[]): PolicyFetch | undefined {
  return fetches.find((fetch) => bodyOf(fetch) !== null) ?? fetches.find((fetch) => fetch.outcome !== 'skipped' && fetch.outcome !== 'deadline');
}

function bodyOf(fetch: PolicyFetch): Uint8Array | null {
  return fetch.outcome === 'ok' && fetch.status === 200 && !fetch.truncated ? fetch.body : null;
}

function fetchSummary(primary: PolicyFetch | undefined, fetches: PolicyFetch[]): string {
  if (primary?.outcome === 'ok') return String(primary.status);
  if (primary) return primary.outcome;
  if (fetches.length === 0) return 'not fetched';
  return 'failed';
}

const POLICY_CONSEQUENCE = ', so senders refuse it and act as if the domain had no MTA-STS';

function checkFetch(fetch: PolicyFetch, primary: boolean, state: LiveState, now: Date, slowMs: number, add: (file: string | null, raw: RawFinding) => void): void {
  const url = fetch.url;
  const host = state.policyHost.name;
  const data = { url, host, domain: state.domain, address: fetch.address, port: fetch.port, detail: fetch.error?.message ?? 'no detail' };

  if (fetch.outcome === 'refused-address') {
    add(null, { ruleId: 'STS604', messageId: 'policy', data: { host, address: fetch.address, kind: describeAddressKind(classifyAddress(fetch.address) ?? 'private') } });
    return;
  }
  // Only the primary fetch is judged in full; the others are compared with it in checkFamilies.
  if (!primary || fetch.outcome === 'skipped' || fetch.outcome === 'deadline') return;

  if (fetch.outcome === 'connect-failed') return void add(null, { ruleId: 'STS605', messageId: 'connect', data });
  if (fetch.outcome === 'timeout') return void add(null, { ruleId: 'STS605', messageId: 'timeout', data: { ...data, seconds: (fetch.elapsedMs / 1000).toFixed(1) } });
  if (fetch.outcome === 'protocol-error') return void add(null, { ruleId: 'STS605', messageId: 'protocol', data });
  if (fetch.certificate) checkCertificate(fetch.certificate, host, now, POLICY_CONSEQUENCE, undefined, add);
  if (fetch.outcome === 'tls-failed') {
    if (!fetch.certificate) add(null, { ruleId: 'STS605', messageId: 'tls', data });
    return;
  }

  const status = fetch.status ?? 0;
  if (status >= 300 && status < 400) {
    const location = fetch.headers.location;
    add(null, location ? { ruleId: 'STS609', messageId: 'redirect', data: { url, status, location: showValue(location, 120) } } : { ruleId: 'STS609', messageId: 'noLocation', data: { url, status } });
    return;
  }
  if (status !== 200) {
    add(null, { ruleId: 'STS610', messageId: status === 404 ? 'notFound' : 'status', data: { url, status, domain: state.domain } });
    return;
  }

  const contentType = fetch.headers.contentType;
  const media = contentType === null ? null : parseMediaType(contentType);
  if (contentType === null || contentType.trim() === '') {
    add(null, { ruleId: 'STS611', messageId: 'missing', data: { url } });
  } else if (!media || media.essence !== 'text/plain') {
    add(null, { ruleId: 'STS611', messageId: 'wrong', data: { url, value: showValue(contentType, 80) } });
  } else if (media.charset !== null && !POLICY_CHARSETS.includes(media.charset)) {
    add(null, { ruleId: 'STS612', messageId: 'charset', data: { url, charset: showValue(media.charset, 40) } });
  }

  const cacheSeconds = sharedCacheSeconds(fetch.headers.cacheControl);
  if (cacheSeconds !== null && cacheSeconds > CACHE_NOTICE_SECONDS) {
    add(null, { ruleId: 'STS616', messageId: 'maxAge', data: { url, value: showValue(fetch.headers.cacheControl!, 80), seconds: cacheSeconds } });
  }

  if (fetch.truncated) add(null, { ruleId: 'STS613', messageId: 'large', data: { url, limit: fetch.body?.length ?? 65536 } });
  if (fetch.elapsedMs > slowMs) add(null, { ruleId: 'STS614', messageId: 'slow', data: { url, seconds: (fetch.elapsedMs / 1000).toFixed(1) } });
}

/** RFC 8461 §8.2 suggests that proxies cache the policy for about a minute; an hour leaves room for ordinary CDN defaults. */
const CACHE_NOTICE_SECONDS = 3600;

/** Reads how long a shared cache may keep the response (`s-maxage`, else `max-age`). Returns null when the header forbids shared caching or sets no age. */
function sharedCacheSeconds(header: string | null): number | null {
  if (header === null) return null;
  const directives = new Map<string, string>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', value = ''] = part.trim().split('=');
    directives.set(name.trim(), value.trim().replace(/^"|"$/g, ''));
  }
  if (directives.has('no-store') || directives.has('no-cache') || directives.has('private')) return null;
  const value = directives.get('s-maxage') ?? directives.get('max-age');
  if (value === undefined || !/^[0-9]+$/.test(value)) return null;
  return Number(value);
}

function checkCertificate(
  certificate: CertificateFacts,
  host: string,
  now: Date,
  consequence: string,
  severity: Severity | undefined,
  add: (file: string | null, raw: RawFinding) => void,
): void {
  const date = certificate.validTo.slice(0, 10);
  const data = { host, consequence, date, detail: certificate.chainError?.code ?? '' };
  const withSeverity = (raw: RawFinding): RawFinding => (severity ? { ...raw, severity } : raw);
  const code = certificate.chainError?.code;

  if (code === 'CERT_HAS_EXPIRED' || daysUntil(certificate.validTo, now) < 0) {
    add(null, withSeverity({ ruleId: 'STS606', messageId: 'expired', data }));
  } else if (code === 'CERT_NOT_YET_VALID') {
    add(null, withSeverity({ ruleId: 'STS606', messageId: 'notYetValid', data: { ...data, date: certificate.validFrom.slice(0, 10) } }));
  } else if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || (code && certificate.selfSigned)) {
    add(null, withSeverity({ ruleId: 'STS606', messageId: 'selfSigned', data }));
  } else if (code) {
    add(null, withSeverity({ ruleId: 'STS606', messageId: 'untrusted', data: { ...data, detail: `${code}: ${certificate.chainError!.message}` } }));
  } else {
    const days = daysUntil(certificate.validTo, now);
    if (days < EXPIRY_WARNING_DAYS) add(null, { ruleId: 'STS608', messageId: 'expiring', data: { ...data, when: describeDaysLeft(days) } });
  }

  if (!certificateCovers(certificate, host)) {
    const cnOnly = certificate.dnsNames.length === 0 && certificate.commonName !== null && certificate.commonName.toLowerCase() === host.toLowerCase();
    let names = certificate.commonName ? `only CN \`${showValue(certificate.commonName, 60)}\`` : 'no host name';
    if (certificate.dnsNames.length > 0) names = certificate.dnsNames.slice(0, 5).map((name) => `\`${showValue(name, 60)}\``).join(', ') + (certificate.dnsNames.length > 5 ? `, and ${certificate.dnsNames.length - 5} more` : '');
    const wildcard = certificate.dnsNames.some((name) => name.startsWith('*.')) ? ' (a wildcard covers exactly one label)' : '';
    add(null, withSeverity({ ruleId: 'STS607', messageId: cnOnly ? 'commonNameOnly' : 'mismatch', data: { ...data, names, wildcard } }));
  }
}

function describeDaysLeft(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'in 1 day';
  return `in ${days} days`;
}

function checkFamilies(state: LiveState, primary: PolicyFetch | undefined, add: (file: string | null, raw: RawFinding) => void): void {
  if (!primary) return;
  const primaryBody = bodyOf(primary);
  const host = state.policyHost.name;
  for (const other of state.fetches) {
    if (other === primary || other.outcome === 'skipped' || other.outcome === 'deadline' || other.outcome === 'refused-address' || other.family === primary.family) continue;
    const otherBody = bodyOf(other);
    if (primaryBody && !otherBody) {
      add(null, { ruleId: 'STS615', messageId: 'failing', data: { host, good: primary.family, bad: other.family, address: `${other.address}: ${other.error?.message ?? `status ${other.status ?? '?'}`}` } });
      continue;
    }
    if (primaryBody && otherBody && !sameBytes(primaryBody, otherBody)) {
      const [v4, v6] = primary.family === 4 ? [primary, other] : [other, primary];
      const a = lintDomain({ domain: state.domain, policy: { file: 'a', bytes: bodyOf(v4)! } }).canonical;
      const b = lintDomain({ domain: state.domain, policy: { file: 'b', bytes: bodyOf(v6)! } }).canonical;
      const difference = a && b ? describeChanges(a, b) : 'the bytes differ';
      add(null, { ruleId: 'STS615', messageId: 'body', data: { host, v4: v4.address, v6: v6.address, difference: difference === 'content changed' ? 'the bytes differ' : `IPv4 → IPv6: ${difference}` } });
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  return a.every((byte, index) => byte === b[index]);
}

interface CoveredPolicy {
  label: string;
  file: string | null;
  mode: string | null;
  canonical: CanonicalPolicy;
}

/** The policies whose mx patterns must cover the live MX hosts: the one senders see now, and the repository's when it differs. */
function policiesToCover(live: DomainResult, repo: RepositorySide | null, url: string): CoveredPolicy[] {
  const policies: CoveredPolicy[] = [];
  if (live.canonical && live.policy?.mode) {
    policies.push({ label: `the policy served at \`${url}\``, file: null, mode: live.policy.mode, canonical: live.canonical });
  }
  const repoCanonical = repo?.result.canonical;
  if (repoCanonical && repo.result.policy?.mode && !(live.canonical && canonicalText(live.canonical) === canonicalText(repoCanonical))) {
    policies.push({ label: `\`${repo.result.policyFile}\``, file: repo.result.policyFile, mode: repo.result.policy.mode, canonical: repoCanonical });
  }
  return policies;
}

/** Severity of an MX problem under a mode; with no readable policy, senders may still hold an enforce policy in cache. */
/** Names the policy whose mx patterns the summary's coverage refers to: the first one checked. */
function coveragePolicy(policies: CoveredPolicy[]): LiveSummary['mxPolicy'] {
  if (policies.length === 0) return null;
  return policies[0]!.file === null ? 'served' : 'repository';
}

function modeSeverity(mode: string | null): Severity {
  if (mode === 'enforce') return 'error';
  if (mode === 'testing' || mode === null) return 'warning';
  return 'notice';
}

function modeConsequence(mode: string | null): string {
  if (mode === 'enforce') return 'in enforce mode senders do not deliver mail to it';
  if (mode === 'testing') return 'in testing mode senders still deliver, and report the failure through TLS-RPT';
  if (mode === null) return 'no policy could be read, but senders that cached an enforce policy do not deliver mail to it';
  return 'senders ignore a policy in mode none';
}

function strictestMode(policies: CoveredPolicy[]): string | null {
  if (policies.some((policy) => policy.mode === 'enforce')) return 'enforce';
  if (policies.some((policy) => policy.mode === 'testing')) return 'testing';
  return policies[0]?.mode ?? null;
}

function checkMx(state: LiveState, policies: CoveredPolicy[], add: (file: string | null, raw: RawFinding) => void): Array<Omit<LiveMx, 'smtp' | 'certificateExpires'>> {
  const { mx, domain } = state;
  if (isInconclusive(mx.status)) return [];

  if (mx.status === 'nxdomain') {
    add(null, { ruleId: 'STS622', messageId: 'nxdomain', data: { domain }, severity: 'error' });
    return [];
  }

  const records = mx.records.map((record) => ({ preference: record.preference, host: normalizeHost(record.exchange) }));
  const nullMx = records.length === 1 && records[0]!.host === '';
  const mode = strictestMode(policies);
  if (nullMx) {
    if (mode === 'enforce' || mode === 'testing') add(null, { ruleId: 'STS622', messageId: 'nullMx', data: { domain, mode } });
    return [];
  }

  const implicit = records.length === 0;
  if (implicit && state.implicitMx) {
    const { a, aaaa } = state.implicitMx;
    if (isInconclusive(a.status) || isInconclusive(aaaa.status)) return [];
    // Without MX records and without an address, no host receives mail for the domain.
    if (a.records.length === 0 && aaaa.records.length === 0) {
      if (mode !== 'none') add(null, { ruleId: 'STS622', messageId: 'noAddress', data: { domain } });
      return [];
    }
  }
  const hosts = implicit ? [{ preference: null as number | null, host: domain }] : records.map((record) => ({ preference: record.preference as number | null, host: record.host }));
  const covered = new Map<string, boolean>();
  for (const policy of policies) {
    const patterns = policy.canonical.mx;
    const shownPatterns = patterns.length > 0 ? patterns.map((pattern) => `\`${pattern}\``).join(', ') : 'none';
    const severity = modeSeverity(policy.mode);
    const consequence = modeConsequence(policy.mode);

    for (const { host } of hosts) {
      const ok = patterns.some((pattern) => matchesMxPattern(pattern, host));
      if (!covered.has(host) || policy.file === null) covered.set(host, ok);
      if (ok || policy.mode === 'none') continue;

      const data = { mx: host, domain, policy: policy.label, patterns: shownPatterns, consequence };
      const deeper = patterns.find((pattern) => pattern.startsWith('*.') && host.endsWith(pattern.slice(1)));
      if (implicit) add(policy.file, { ruleId: 'STS620', messageId: 'implicit', data, severity });
      else if (deeper) add(policy.file, { ruleId: 'STS620', messageId: 'belowWildcard', data: { ...data, pattern: deeper }, severity });
      else add(policy.file, { ruleId: 'STS620', messageId: 'uncovered', data, severity });
    }

    if (policy.mode === 'none') continue;
    const unused = patterns.filter((pattern) => !hosts.some(({ host }) => matchesMxPattern(pattern, host)));
    if (unused.length > 0) {
      const list = unused.map((pattern) => `\`${pattern}\``).join(', ');
      add(policy.file, {
        ruleId: 'STS621',
        messageId: 'unused',
        data: { patterns: unused.length === 1 ? `pattern ${list}` : `patterns ${list}`, match: unused.length === 1 ? 'matches' : 'match', policy: policy.label, domain, mxList: hosts.map(({ host }) => `\`${host}\``).join(', ') },
      });
    }
  }

  return hosts.map(({ host, preference }) => ({ host, preference, covered: policies.length > 0 ? (covered.get(host) ?? null) : null }));
}

/** Consequences of an invalid MX certificate by mode, appended to the certificate messages. */
const MX_CONSEQUENCE: Record<string, string> = {
  enforce: ', so senders refuse it and, in enforce mode, do not deliver mail to this host',
  testing: ', which senders report through TLS-RPT; in testing mode they still deliver, but under enforce they would not',
  none: ', which senders ignore while the mode is none',
};
const MX_CONSEQUENCE_UNKNOWN = ', so senders that cached an enforce policy do not deliver mail to this host';

function checkSmtp(probes: MxProbe[], mode: string | null, now: Date, add: (file: string | null, raw: RawFinding) => void): void {
  const severity = modeSeverity(mode);
  const consequence = mode === null ? MX_CONSEQUENCE_UNKNOWN : (MX_CONSEQUENCE[mode] ?? MX_CONSEQUENCE_UNKNOWN);
  for (const probe of probes) {
    const data = { mx: probe.host, address: probe.address ?? '?', port: probe.port, detail: probe.error?.message ?? 'no detail', consequence: modeConsequence(mode) };
    if (probe.outcome === 'refused-address') {
      add(null, { ruleId: 'STS604', messageId: 'mx', data: { host: probe.host, address: probe.address ?? '?', kind: describeAddressKind(classifyAddress(probe.address ?? '') ?? 'private') } });
    } else if (probe.outcome === 'no-starttls') {
      add(null, { ruleId: 'STS623', messageId: 'missing', data, severity });
    } else if (probe.outcome === 'unresolved') {
      add(null, { ruleId: 'STS624', messageId: 'unresolved', data });
    } else if (probe.outcome === 'unreachable' && probe.error?.code === 'ECONNREFUSED') {
      add(null, { ruleId: 'STS624', messageId: 'refused', data });
    } else if (probe.outcome === 'unreachable' || probe.outcome === 'timeout' || probe.outcome === 'protocol-error') {
      add(null, { ruleId: 'STS624', messageId: 'unreachable', data });
    }
    if (probe.certificate) checkCertificate(probe.certificate, probe.host, now, consequence, severity === 'error' ? undefined : severity, add);
    else if (probe.outcome === 'tls-failed') add(null, { ruleId: 'STS623', messageId: 'handshake', data, severity });
  }
}

/** Formats a `max_age` for messages, naming whose it is, such as "604800 s (7 days, the served max_age)". */
function formatDuration(seconds: number | null, whose: string): string {
  if (seconds === null) return 'the max_age of the policy they cached';
  if (seconds >= 86_400 && seconds % 3600 === 0) {
    const days = seconds / 86_400;
    return `${seconds} s (${Number.isInteger(days) ? days : days.toFixed(1)} day${days === 1 ? '' : 's'}, ${whose})`;
  }
  if (seconds >= 3600) return `${seconds} s (${(seconds / 3600).toFixed(1)} hours, ${whose})`;
  return `${seconds} s (${whose})`;
}

/** Reads `max_age` from a canonical policy text, as stored in the history. */
function maxAgeOf(canonical: string | undefined): number | null {
  const value = canonical === undefined ? undefined : /^max_age: ([0-9]+)$/m.exec(canonical)?.[1];
  return value === undefined ? null : Number(value);
}

/** RFC 8461 §8.1: compares the repository's policy and id with the live ones. */
function checkDrift(state: LiveState, live: DomainResult, repo: RepositorySide, url: string, add: (file: string | null, raw: RawFinding) => void): void {
  const repoCanonical = repo.result.canonical!;
  const liveCanonical = live.canonical!;
  const liveText = canonicalText(liveCanonical);
  const bodyMatch = canonicalText(repoCanonical) === liveText;
  const liveId = live.id;
  const repoId = repo.hasRecord ? repo.result.id : null;
  const servedMaxAge = formatDuration(live.policy?.maxAge ?? null, 'the served max_age');
  const difference = `repository → live: ${describeChanges(repoCanonical, liveCanonical)}`;
  const file = repo.result.policyFile;
  const domain = state.domain;

  if (liveId === null) return;
  if (repoId === null) {
    if (!bodyMatch) add(file, { ruleId: 'STS632', messageId: 'noRecord', data: { domain, difference, maxAge: servedMaxAge } });
    return;
  }

  const knownContent = repo.history.some((entry) => entry.canonical === liveText);
  const liveIdEntry = repo.history.find((entry) => entry.id === liveId);
  // Senders that cached the live id keep the copy they fetched, which the history has under that id.
  const cachedMaxAge = formatDuration(maxAgeOf(liveIdEntry?.canonical), 'the max_age of the policy cached under that id');
  if (liveId === repoId) {
    if (bodyMatch) return;
    if (repo.history.length > 0 && !knownContent) {
      add(file, { ruleId: 'STS633', messageId: 'edited', data: { url, liveId, difference, maxAge: cachedMaxAge } });
    } else {
      add(file, { ruleId: 'STS630', messageId: 'stale', data: { domain, id: liveId, url, served: knownContent ? 'an older revision of the policy' : 'a different policy', difference, maxAge: servedMaxAge } });
    }
    return;
  }

  if (bodyMatch) {
    add(file, { ruleId: 'STS631', messageId: 'publish', data: { url, domain, liveId, repoId, maxAge: cachedMaxAge } });
  } else if (liveIdEntry && liveIdEntry.canonical !== liveText) {
    add(file, { ruleId: 'STS633', messageId: 'edited', data: { url, liveId, difference, maxAge: cachedMaxAge } });
  } else {
    add(file, { ruleId: 'STS632', messageId: 'pending', data: { domain, difference, liveId, repoId, maxAge: servedMaxAge } });
  }
}
