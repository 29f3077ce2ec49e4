/**
 * The readable part of `inspect` and `check --live`: what DNS, the policy
 * host and the MX hosts show for each domain, before the findings. Every
 * value comes from the network, so control characters are escaped.
 */

import type { LiveSummary } from '../core/live/evaluate.js';
import type { DnsLookup, LiveState, PolicyFetch } from '../core/live/state.js';

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
  const names = { nxdomain: 'NXDOMAIN: the name does not exist', nodata: 'no record of this type', servfail: 'SERVFAIL (inconclusive)', refused: 'REFUSED (inconclusive)', timeout: 'timeout (inconclusive)', error: 'error (inconclusive)', ok: '' };
  return names[lookup.status] + (lookup.detail && lookup.status !== 'nxdomain' && lookup.status !== 'nodata' ? `: ${clean(lookup.detail)}` : '');
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
  if (fetch.outcome !== 'ok') return `${where}: ${fetch.outcome}${fetch.error ? ` (${clean(fetch.error.message)})` : ''}`;
  const type = fetch.headers.contentType === null ? 'no Content-Type' : clean(fetch.headers.contentType);
  const size = fetch.body ? `${fetch.body.length}${fetch.truncated ? '+' : ''} bytes` : 'no body';
  return `${where}: ${fetch.status}, ${type}, ${size}, ${fetch.elapsedMs} ms`;
}

function certificateLine(fetch: PolicyFetch | undefined, now: Date): string | null {
  const certificate = fetch?.certificate;
  if (!certificate) return null;
  const days = Math.floor((Date.parse(certificate.validTo) - now.getTime()) / 86_400_000);
  const names = certificate.dnsNames.length > 0 ? certificate.dnsNames.slice(0, 4).map(clean).join(', ') + (certificate.dnsNames.length > 4 ? ', …' : '') : `CN ${clean(certificate.commonName ?? '?')} only`;
  const trust = certificate.chainError ? `not trusted (${clean(certificate.chainError.code)})` : 'trusted';
  return `certificate ${names}; ${trust}; ${certificate.protocol ?? ''} expires ${certificate.validTo.slice(0, 10)} (${days} days); issuer ${clean(certificate.issuer ?? '?')}`.replace('; ; ', '; ').replace(';  expires', '; expires');
}

/** Renders one block per domain. */
export function formatLiveState(states: readonly LiveState[], summaries: readonly LiveSummary[]): string {
  const blocks: string[] = [];
  for (const [index, state] of states.entries()) {
    const summary = summaries[index]!;
    const now = new Date(state.checkedAt);
    const lines = [clean(state.domain)];
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
    const certificate = certificateLine(primary, now);
    if (certificate) lines.push(more(certificate));
    if (summary.mode !== null) {
      lines.push(more(`mode ${clean(summary.mode)}, max_age ${summary.maxAge ?? '?'}, mx ${summary.mxPatterns.map(clean).join(', ') || 'none'}${summary.bodyMatch ? `; ${summary.bodyMatch === 'same' ? 'same as' : 'differs from'} the repository` : ''}`));
    }

    const mxStatus = lookupText(state.mx);
    if (mxStatus !== null && state.mx.status !== 'nodata' && state.mx.status !== 'nxdomain') {
      lines.push(row('MX', mxStatus));
    } else if (state.mx.records.length === 1 && state.mx.records[0]!.exchange === '') {
      lines.push(row('MX', 'null MX (RFC 7505): the domain accepts no mail'));
    } else {
      if (state.mx.records.length === 0) lines.push(row('MX', `none; senders use the implicit MX ${clean(state.domain)}`));
      summary.mx.forEach((mx, position) => {
        let coverage = '';
        if (mx.covered === true) coverage = '  matches the policy';
        if (mx.covered === false) coverage = '  matches no mx pattern';
        const smtp = mx.smtp === null ? '' : `  STARTTLS: ${mx.smtp}${mx.certificateExpires ? `, certificate expires ${mx.certificateExpires.slice(0, 10)}` : ''}`;
        const text = `${mx.preference === null ? '' : `${mx.preference} `}${clean(mx.host)}${coverage}${smtp}`;
        lines.push(position === 0 && state.mx.records.length > 0 ? row('MX', text + ttl(state.mx)) : more(text));
      });
    }
    lines.push(...txtLines('_smtp._tls', state.tlsrpt));
    if (state.deadlineExceeded) lines.push(more('the per-domain deadline ended some checks early'));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
