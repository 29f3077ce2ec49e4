/**
 * Builds a LiveState from a short description, for the pure tests of the
 * live verdicts and for the `live` examples in docs/rules.md. Everything not
 * described is healthy. The defaults are one valid `_mta-sts` record, a
 * TLS-RPT record and one MX host that the policy covers. The policy is served
 * with status 200 as `text/plain`, under a certificate that names the policy
 * host and expires in 90 days.
 */

import { parse as parseYaml } from 'yaml';

import type { CertificateFacts } from '../../src/core/live/certificate.js';
import { evaluateLive, type RepositorySide } from '../../src/core/live/evaluate.js';
import type { DnsLookup, DnsStatus, LiveState, MxProbe, PolicyFetch } from '../../src/core/live/state.js';
import { lintDomain } from '../../src/core/lint.js';
import { canonicalText, canonicalizePolicy } from '../../src/core/policy/canonical.js';
import { parsePolicy } from '../../src/core/policy/parse.js';
import { txtRecordFromValue } from '../../src/core/record/txt.js';

export const CHECKED_AT = '2026-06-01T12:00:00.000Z';
export const DOMAIN = 'example.com';

export const HEALTHY_POLICY = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n';

type Answer = string[] | { status: DnsStatus; records?: string[]; cnames?: string[] };

export interface CertificateSpec {
  names?: string[];
  commonName?: string;
  /** Days from CHECKED_AT until expiry; negative for an expired certificate. */
  expiresInDays?: number;
  chainError?: string;
  selfSigned?: boolean;
}

export interface FetchSpec {
  /** The body served; `policy` at the top level sets the first fetch's body. */
  policy?: string;
  status?: number;
  location?: string;
  /** `none` for a response without the header. */
  contentType?: string;
  truncated?: boolean;
  elapsedMs?: number;
  cacheControl?: string;
  outcome?: PolicyFetch['outcome'];
  error?: string;
  address?: string;
  certificate?: CertificateSpec | null;
}

export interface LiveSpec extends FetchSpec {
  domain?: string;
  sts?: Answer;
  tlsrpt?: Answer;
  /** `"10 mail.example.com"` or just the host; `"0 ."` is a null MX. */
  mx?: Answer;
  a?: Answer;
  aaaa?: Answer;
  /** A records of the domain itself, looked up when it has no MX record. */
  domainAddresses?: Answer;
  deadlineExceeded?: boolean;
  /** A second fetch, over IPv6. */
  ipv6?: FetchSpec;
  /** STARTTLS probe per MX host: an outcome, or `ok` with a certificate. */
  smtp?: Record<string, SmtpSpec>;
  repo?: { policy: string; id?: string | null; history?: Array<{ id: string; policy: string }> };
}

export type SmtpSpec = MxProbe['outcome'] | { outcome?: MxProbe['outcome']; certificate?: CertificateSpec };

function lookup<T>(name: string, type: DnsLookup<T>['type'], answer: Answer | undefined, fallback: string[], toRecord: (text: string) => T): DnsLookup<T> {
  const given = answer ?? fallback;
  const spec = Array.isArray(given) ? { status: (given.length > 0 ? 'ok' : 'nodata') as DnsStatus, records: given } : given;
  const cnames = (spec.cnames ?? []).map((step) => {
    const [from, target] = step.split(/\s*->\s*/);
    return { name: from!, target: target!, ttl: 300 };
  });
  return { name, type, status: spec.status, records: (spec.records ?? []).map(toRecord), ttl: spec.status === 'ok' ? 300 : null, cnames };
}

function certificate(spec: CertificateSpec | undefined, host: string): CertificateFacts {
  const expires = new Date(Date.parse(CHECKED_AT) + (spec?.expiresInDays ?? 90) * 86_400_000);
  return {
    dnsNames: spec?.names ?? [host],
    commonName: spec?.commonName ?? spec?.names?.[0] ?? host,
    issuer: spec?.selfSigned ? host : 'Test CA',
    validFrom: new Date(Date.parse(CHECKED_AT) - 30 * 86_400_000).toISOString(),
    validTo: expires.toISOString(),
    selfSigned: spec?.selfSigned === true,
    chainError: spec?.chainError ? { code: spec.chainError, message: spec.chainError } : null,
    protocol: 'TLSv1.3',
  };
}

function fetchOf(spec: FetchSpec, domain: string, family: 4 | 6): PolicyFetch {
  const host = `mta-sts.${domain}`;
  const outcome = spec.outcome ?? 'ok';
  const body = spec.policy ?? HEALTHY_POLICY;
  return {
    url: `https://${host}/.well-known/mta-sts.txt`,
    address: spec.address ?? (family === 4 ? '192.0.2.10' : '2001:db8::10'),
    port: 443,
    family,
    route: null,
    outcome,
    error: outcome === 'ok' ? null : { code: outcome.toUpperCase(), message: spec.error ?? outcome },
    certificate: spec.certificate === null || outcome === 'connect-failed' || outcome === 'timeout' ? null : certificate(spec.certificate, host),
    status: outcome === 'ok' ? (spec.status ?? 200) : null,
    headers: { contentType: spec.contentType === 'none' ? null : (spec.contentType ?? 'text/plain'), location: spec.location ?? null, cacheControl: spec.cacheControl ?? null },
    body: outcome === 'ok' ? new TextEncoder().encode(body) : null,
    truncated: spec.truncated === true,
    elapsedMs: spec.elapsedMs ?? 120,
  };
}

export function liveState(spec: LiveSpec = {}): LiveState {
  const domain = spec.domain ?? DOMAIN;
  const mxRecord = (text: string): { preference: number; exchange: string } => {
    const parts = text.trim().split(/\s+/);
    const [preference, exchange] = parts.length === 2 ? [Number(parts[0]), parts[1]!] : [10, parts[0]!];
    return { preference, exchange: exchange.replace(/\.$/, '').toLowerCase() };
  };

  const fetches = [fetchOf(spec, domain, 4)];
  if (spec.ipv6) fetches.push(fetchOf({ ...spec, ...spec.ipv6 }, domain, 6));

  let smtp: MxProbe[] | null = null;
  if (spec.smtp) {
    smtp = Object.entries(spec.smtp).map(([host, given]) => {
      const probe = typeof given === 'string' ? { outcome: given } : given;
      const outcome = probe.outcome ?? 'ok';
      return {
        host,
        address: '192.0.2.25',
        port: 25,
        route: null,
        outcome,
        error: outcome === 'ok' ? null : { code: outcome.toUpperCase(), message: outcome },
        banner: `${host} ESMTP`,
        certificate: outcome === 'ok' || probe.certificate ? certificate(probe.certificate, host) : null,
      };
    });
  }

  return {
    domain,
    checkedAt: CHECKED_AT,
    sts: lookup(`_mta-sts.${domain}`, 'TXT', spec.sts, ['v=STSv1; id=20260101000000'], (text) => text),
    tlsrpt: lookup(`_smtp._tls.${domain}`, 'TXT', spec.tlsrpt, [`v=TLSRPTv1; rua=mailto:tlsrpt@${domain}`], (text) => text),
    mx: lookup(domain, 'MX', spec.mx, [`10 mail.${domain}`], mxRecord),
    policyHost: {
      name: `mta-sts.${domain}`,
      a: lookup(`mta-sts.${domain}`, 'A', spec.a, ['192.0.2.10'], (text) => text),
      aaaa: lookup(`mta-sts.${domain}`, 'AAAA', spec.aaaa, spec.ipv6 ? ['2001:db8::10'] : [], (text) => text),
    },
    fetches,
    smtp,
    implicitMx: spec.domainAddresses ? { a: lookup(domain, 'A', spec.domainAddresses, [], (text) => text), aaaa: lookup(domain, 'AAAA', [], [], (text) => text) } : null,
    deadlineExceeded: spec.deadlineExceeded === true,
    deadlineMs: 60_000,
  };
}

/** Builds the repository's side of a domain: its policy, its id and earlier (id, policy) pairs. */
export function repositorySide(repo: NonNullable<LiveSpec['repo']>, domain = DOMAIN): RepositorySide {
  const id = repo.id === undefined ? '20260101000000' : repo.id;
  const result = lintDomain({
    domain,
    policy: { file: '.well-known/mta-sts.txt', bytes: new TextEncoder().encode(repo.policy) },
    ...(id === null ? {} : { sts: { file: 'dns/records.txt', label: '`dns/records.txt`', explicit: true, records: [txtRecordFromValue(`v=STSv1; id=${id}`)] } }),
  });
  const history = (repo.history ?? []).map((entry, index) => ({
    commit: `${index}`.padStart(7, '0'),
    date: '2026-01-01T00:00:00.000Z',
    id: entry.id,
    canonical: canonicalText(canonicalizePolicy(parsePolicy(entry.policy))),
  }));
  return { result, hasRecord: id !== null, history };
}

/** Evaluates a spec and returns the rule ids found, for tests and docs examples. */
export function liveRuleIds(spec: LiveSpec): string[] {
  return evaluateLive(liveState(spec), spec.repo ? repositorySide(spec.repo, spec.domain) : null).findings.map((finding) => finding.ruleId);
}

/** Reads a `live` docs example: YAML in the LiveSpec shape. */
export function liveSpecFromYaml(text: string): LiveSpec {
  return (parseYaml(text) ?? {}) as LiveSpec;
}
