/**
 * Collects the live state of policy domains: DNS records, the policy file
 * from each address family of the policy host, and, with `smtp`, a STARTTLS
 * probe of each MX host. Domains run with bounded concurrency and a deadline
 * each. The verdicts come from the core's `evaluateLive`.
 */

import { classifyAddress } from '../core/live/address.js';
import { findRoute, isIpAddress, type ConnectRoute } from '../core/live/connect-to.js';
import { describeDnsStatus, type DnsLookup, type LiveState, type MxProbe, type PolicyFetch } from '../core/live/state.js';
import { DnsClient, type DnsServer } from '../adapters/live/dns.js';
import { emptyFetch, fetchPolicy } from '../adapters/live/https.js';
import { probeMx } from '../adapters/live/smtp.js';
import { UsageError } from '../adapters/errors.js';

export interface LiveOptions {
  resolvers: DnsServer[];
  routes: ConnectRoute[];
  /** Trust store for HTTPS and STARTTLS; undefined for Node's own. */
  ca: string[] | undefined;
  allowPrivate: boolean;
  smtp: boolean;
  /** Milliseconds for one DNS answer. */
  dnsTimeoutMs: number;
  dnsRetries: number;
  /** Milliseconds for one HTTPS fetch or SMTP probe. */
  timeoutMs: number;
  /** Milliseconds for all checks of one domain. */
  deadlineMs: number;
  concurrency: number;
}

const HTTPS_PORT = 443;
const SMTP_PORT = 25;

/** Checks one domain. What a server does ends up in the returned state, not in an exception. */
export async function collectLiveState(domain: string, options: LiveOptions, dns: DnsClient, now: () => Date = () => new Date()): Promise<LiveState> {
  const deadline = AbortSignal.timeout(options.deadlineMs);
  const policyHost = `mta-sts.${domain}`;
  const checkedAt = now().toISOString();

  const [sts, tlsrpt, mx, a, aaaa] = await Promise.all([
    dns.lookup(`_mta-sts.${domain}`, 'TXT', deadline),
    dns.lookup(`_smtp._tls.${domain}`, 'TXT', deadline),
    dns.lookup(domain, 'MX', deadline),
    dns.lookup(policyHost, 'A', deadline),
    dns.lookup(policyHost, 'AAAA', deadline),
  ]);

  const fetchOptions = { ca: options.ca, connectTimeoutMs: Math.min(options.timeoutMs, 10_000), totalTimeoutMs: options.timeoutMs, signal: deadline };
  const fetches = await Promise.all(planConnections(policyHost, HTTPS_PORT, a, aaaa, options).map((plan) => (plan.refused ? unconnectedFetch(plan, 'refused-address') : plan.skipped ? unconnectedFetch(plan, 'skipped') : fetchPolicy(plan, fetchOptions))));

  // Without MX records the domain's own addresses make the implicit MX (RFC 5321 §5.1).
  let implicitMx: LiveState['implicitMx'] = null;
  if (mx.status === 'nodata') {
    const [domainA, domainAaaa] = await Promise.all([dns.lookup(domain, 'A', deadline), dns.lookup(domain, 'AAAA', deadline)]);
    implicitMx = { a: domainA, aaaa: domainAaaa };
  }

  let smtp: MxProbe[] | null = null;
  if (options.smtp && (mx.status === 'ok' || implicitMx?.a.records.length || implicitMx?.aaaa.records.length)) {
    const hosts = mx.records.length > 0 ? [...new Set(mx.records.map((record) => record.exchange))].filter((host) => host !== '') : [domain];
    smtp = await Promise.all(hosts.map((host) => probeHost(host, options, dns, deadline)));
  }

  return {
    domain,
    checkedAt,
    sts,
    tlsrpt,
    mx,
    policyHost: { name: policyHost, a, aaaa },
    fetches,
    smtp,
    implicitMx,
    deadlineExceeded: deadline.aborted,
    deadlineMs: options.deadlineMs,
  };
}

interface ConnectionPlan {
  host: string;
  address: string;
  port: number;
  route: string | null;
  refused: boolean;
  /** Set for an address from DNS that a `--connect-to` route replaced, so the report can show that it was not fetched. */
  skipped?: boolean;
}

/**
 * Chooses where to connect. A `--connect-to` route with an address wins.
 * Otherwise the first IPv4 and the first IPv6 address from DNS are used, on
 * the route's port if one applies. Non-public addresses from DNS are refused
 * unless `allowPrivate` is set.
 */
function planConnections(host: string, port: number, a: DnsLookup<string>, aaaa: DnsLookup<string>, options: LiveOptions): ConnectionPlan[] {
  const route = findRoute(options.routes, host, port);
  const toPort = route?.toPort ?? port;
  if (route?.address) {
    const replaced = [a.records[0], aaaa.records[0]].filter((address): address is string => address !== undefined && address !== route.address);
    return [{ host, address: route.address, port: toPort, route: route.spec, refused: false }, ...replaced.map((address) => ({ host, address, port, route: route.spec, refused: false, skipped: true }))];
  }
  // NOTE: only the first address of each family is fetched, so a second A or AAAA record that serves another body goes unnoticed.
  const addresses = [a.records[0], aaaa.records[0]].filter((address): address is string => address !== undefined && isIpAddress(address));
  return addresses.map((address) => ({ host, address, port: toPort, route: route?.spec ?? null, refused: !options.allowPrivate && classifyAddress(address) !== null }));
}

function unconnectedFetch(plan: ConnectionPlan, outcome: 'refused-address' | 'skipped'): PolicyFetch {
  const error = outcome === 'skipped' ? { code: 'ROUTED', message: `--connect-to ${plan.route} sends the fetch elsewhere` } : { code: 'ADDRESS_REFUSED', message: `${plan.address} is not a public address` };
  return { ...emptyFetch(plan), outcome, error };
}

async function probeHost(host: string, options: LiveOptions, dns: DnsClient, deadline: AbortSignal): Promise<MxProbe> {
  const route = findRoute(options.routes, host, SMTP_PORT);
  const port = route?.toPort ?? SMTP_PORT;
  const base: MxProbe = { host, address: null, port, route: route?.spec ?? null, outcome: 'ok', error: null, banner: null, certificate: null };

  let address = route?.address ?? null;
  if (address === null) {
    const [a, aaaa] = await Promise.all([dns.lookup(host, 'A', deadline), dns.lookup(host, 'AAAA', deadline)]);
    address = a.records[0] ?? aaaa.records[0] ?? null;
    if (address === null) {
      const status = a.status === 'ok' ? aaaa.status : a.status;
      return { ...base, outcome: 'unresolved', error: { code: status.toUpperCase(), message: `the A and AAAA lookups ended in ${describeDnsStatus(status)}` } };
    }
    if (!options.allowPrivate && classifyAddress(address) !== null) {
      return { ...base, address, outcome: 'refused-address', error: { code: 'ADDRESS_REFUSED', message: `${address} is not a public address` } };
    }
  }
  return probeMx({ host, address, port, route: base.route }, { ca: options.ca, timeoutMs: options.timeoutMs, signal: deadline });
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the input order in the results. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Parses `--shard I/N` (1-based). */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^([0-9]+)\/([0-9]+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard \`${value}\` is invalid; expected I/N with 1 <= I <= N, such as 2/4 for the second of four shards`);
  }
  return { index, count };
}

/** Keeps the domains of one shard. Domains are sorted first, so every shard of a matrix job agrees on the split. */
export function selectShard(domains: readonly string[], shard: { index: number; count: number } | undefined): string[] {
  const sorted = [...new Set(domains)].sort();
  if (!shard) return sorted;
  return sorted.filter((_domain, position) => position % shard.count === shard.index - 1);
}

