/**
 * The readable part of `inspect` and `check --live`: what DNS, the policy
 * host and the MX hosts show for each domain, before the findings. Every
 * value comes from the network, so control characters are escaped.
 */

import type { Finding } from '../core/diagnostic.js';
import { certificateCovers, type CertificateFacts } from '../core/live/certificate.js';
import { countFindings, plural } from './summary.js';
import type { LiveMx, LiveSummary } from '../core/live/evaluate.js';
import type { DnsLookup, FetchOutcome, LiveState, MxProbe, PolicyFetch } from '../core/live/state.js';

const LABEL_WIDTH = 14;

function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(LABEL_WIDTH)}${value}`;
}

function more(value: string): string {
  return `  ${' '.repeat(LABEL_WIDTH)}${value}`;
}

function ttl(lookup: DnsLookup<unknown>): string {
  return lookup.ttl === null ? '' : `  (TTL ${lookup.ttl} s)`;
}

function lookupText(lookup: DnsLookup<unknown>): string | null {
  if (lookup.status === 'ok') return null;
  const names = { nxdomain: 'NXDOMAIN: the name does not exist', nodata: 'no record of this type', servfail: 'SERVFAIL, inconclusive', refused: 'REFUSED, inconclusive', timeout: 'timed out, inconclusive', error: 'failed, inconclusive', ok: '' };
  const detail = lookup.detail && lookup.status !== 'nxdomain' && lookup.status !== 'nodata' ? ` (${clean(lookup.detail)})` : '';
  return names[lookup.status] + detail;
}

const FETCH_OUTCOMES: Record<FetchOutcome, string> = {
  ok: 'fetched',
  'refused-address': 'not connected: the address is not public',
  'connect-failed': 'connection failed',
  'tls-failed': 'TLS handshake failed',
  timeout: 'timed out',
  'protocol-error': 'invalid HTTP response',
  deadline: 'stopped at the per-domain deadline',
  skipped: 'not fetched',
};

const SMTP_OUTCOMES: Record<MxProbe['outcome'], string> = {
  ok: 'STARTTLS offered',
  'no-starttls': 'no STARTTLS',
  'refused-address': 'not connected: the address is not public',
  unreachable: 'port 25 not reachable from here',
  timeout: 'timed out',
  'tls-failed': 'STARTTLS handshake failed',
  'protocol-error': 'not an SMTP reply',
  unresolved: 'no address',
};

/** Describes a certificate's validity for `host`: chain, name and expiry, each in plain words. */
function certificateVerdict(certificate: CertificateFacts, host: string, now: Date): string {
  const parts: string[] = [];
  parts.push(certificate.chainError ? `chain not trusted (${clean(certificate.chainError.code)})` : 'chain trusted');
  if (!certificateCovers(certificate, host)) parts.push(`does not name ${clean(host)}`);
  const days = Math.floor((Date.parse(certificate.validTo) - now.getTime()) / 86_400_000);
  const date = certificate.validTo.slice(0, 10);
  parts.push(days < 0 ? `expired ${date} (${Math.ceil((now.getTime() - Date.parse(certificate.validTo)) / 86_400_000)} days ago)` : `expires ${date} (in ${days} days)`);
  return parts.join('; ');
}

function txtLines(label: string, lookup: DnsLookup<string>): string[] {
  const lines: string[] = [];
  const status = lookupText(lookup);
  if (status !== null) {
    lines.push(row(label, status));
  } else {
    lookup.records.forEach((record, index) => lines.push(index === 0 ? row(label, `${clean(record)}${ttl(lookup)}`) : more(clean(record))));
  }
  for (const step of lookup.cnames) lines.push(more(`CNAME ${clean(step.name)} → ${clean(step.target)} (TTL ${step.ttl} s)`));
  return lines;
}

function fetchLine(fetch: PolicyFetch): string {
  const where = `IPv${fetch.family} ${fetch.address}${fetch.port === 443 ? '' : ` port ${fetch.port}`}${fetch.route ? ` (--connect-to ${clean(fetch.route)})` : ''}`;
  if (fetch.outcome === 'deadline') return `${where}: ${FETCH_OUTCOMES.deadline}`;
  if (fetch.outcome !== 'ok') return `${where}: ${FETCH_OUTCOMES[fetch.outcome]}${fetch.error ? ` (${clean(fetch.error.message)})` : ''}`;
  const type = fetch.headers.contentType === null ? 'no Content-Type' : clean(fetch.headers.contentType);
  const size = fetch.body ? `${fetch.body.length}${fetch.truncated ? '+' : ''} bytes` : 'no body';
  return `${where}: ${fetch.status}, ${type}, ${size}, ${fetch.elapsedMs} ms`;
}

function certificateLine(fetch: PolicyFetch | undefined, host: string, now: Date): string | null {
  const certificate = fetch?.certificate;
  if (!certificate) return null;
  const names = certificate.dnsNames.length > 0 ? certificate.dnsNames.slice(0, 4).map(clean).join(', ') + (certificate.dnsNames.length > 4 ? ', …' : '') : `CN ${clean(certificate.commonName ?? '?')} only`;
  const protocol = certificate.protocol ? `${clean(certificate.protocol)}, ` : '';
  return `certificate ${names} (${protocol}issuer ${clean(certificate.issuer ?? '?')}): ${certificateVerdict(certificate, host, now)}`;
}

function mxLine(mx: LiveMx, probe: MxProbe | undefined, mxPolicy: LiveSummary['mxPolicy'], now: Date): string {
  let text = `${mx.preference === null ? '' : `${mx.preference} `}${clean(mx.host)}`;
  const policy = mxPolicy === 'repository' ? "the repository's policy" : 'the served policy';
  if (mx.covered === true) text += `  matches ${policy}`;
  if (mx.covered === false) text += `  matches no mx pattern of ${policy}`;
  if (probe) {
    text += `  ${SMTP_OUTCOMES[probe.outcome]}`;
    if (probe.certificate) text += `, certificate: ${certificateVerdict(probe.certificate, mx.host, now)}`;
  }
  return text;
}

/** Renders one block per domain, headed by the domain and its finding counts. */
export function formatLiveState(states: readonly LiveState[], summaries: readonly LiveSummary[], findings: readonly Finding[] = []): string {
  const blocks: string[] = [];
  for (const [index, state] of states.entries()) {
    const summary = summaries[index]!;
    const now = new Date(state.checkedAt);
    const counts = countFindings(findings.filter((finding) => finding.domain === state.domain));
    const verdict = counts.errors + counts.warnings + counts.notices === 0 ? 'no problems' : `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')}`;
    const lines = [`${clean(state.domain)}: ${verdict}`];
    lines.push(...txtLines('_mta-sts', state.sts));

    const addresses = [...state.policyHost.a.records, ...state.policyHost.aaaa.records];
    const hostStatus = addresses.length > 0 ? addresses.map(clean).join(', ') : (lookupText(state.policyHost.a) ?? 'no address');
    lines.push(row('policy host', `${clean(state.policyHost.name)}: ${hostStatus}`));
    for (const step of [...state.policyHost.a.cnames, ...state.policyHost.aaaa.cnames].filter((step, position, all) => all.findIndex((other) => other.name === step.name) === position)) {
      lines.push(more(`CNAME ${clean(step.name)} → ${clean(step.target)}`));
    }

    if (state.fetches.length === 0) lines.push(row('policy', 'not fetched'));
    state.fetches.forEach((fetch, position) => lines.push(position === 0 ? row('policy', fetchLine(fetch)) : more(fetchLine(fetch))));
    const primary = state.fetches.find((fetch) => fetch.certificate) ?? undefined;
    const certificate = certificateLine(primary, state.policyHost.name, now);
    if (certificate) lines.push(more(certificate));
    if (summary.policy === 'invalid') lines.push(more('the served policy is invalid, so senders ignore it (see the findings)'));
    if (summary.mode !== null) {
      lines.push(more(`mode ${clean(summary.mode)}, max_age ${summary.maxAge ?? '?'}, mx ${summary.mxPatterns.map(clean).join(', ') || 'none'}${summary.bodyMatch ? `; ${summary.bodyMatch === 'same' ? 'same as' : 'differs from'} the repository` : ''}`));
    }

    const mxStatus = lookupText(state.mx);
    if (mxStatus !== null && state.mx.status !== 'nodata' && state.mx.status !== 'nxdomain') {
      lines.push(row('MX', mxStatus));
    } else if (state.mx.records.length === 1 && state.mx.records[0]!.exchange === '') {
      lines.push(row('MX', 'null MX (RFC 7505): the domain accepts no mail'));
    } else {
      const implicitAddresses = [...(state.implicitMx?.a.records ?? []), ...(state.implicitMx?.aaaa.records ?? [])];
      if (state.mx.status === 'nxdomain') lines.push(row('MX', 'NXDOMAIN: the domain does not exist'));
      else if (state.mx.records.length === 0 && state.implicitMx && implicitAddresses.length === 0) lines.push(row('MX', 'none, and the domain has no address: it receives no mail'));
      else if (state.mx.records.length === 0) lines.push(row('MX', `none; senders use the implicit MX ${clean(state.domain)}`));
      summary.mx.forEach((mx, position) => {
        const probe = state.smtp?.find((candidate) => candidate.host === mx.host);
        const text = mxLine(mx, probe, summary.mxPolicy, now);
        lines.push(position === 0 && state.mx.records.length > 0 ? row('MX', text + ttl(state.mx)) : more(text));
      });
    }
    lines.push(...txtLines('_smtp._tls', state.tlsrpt));
    if (state.deadlineExceeded) lines.push(row('deadline', `passed after ${state.deadlineMs / 1000} s; some checks did not complete`));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
