/**
 * A loopback world for the live checks: one DNS server, a certificate
 * authority made for the run, and HTTPS and SMTP servers started per case.
 * Every address is 127.0.0.1 or ::1.
 */

import { afterAll, afterEach, beforeAll } from 'vitest';

import { runLive, type LiveReport, type LiveRunOptions } from '../../src/app/inspect.js';
import type { RepositorySide } from '../../src/core/live/evaluate.js';
import { startDnsServer, type NameEntry, type TestDnsServer, type TestZone } from './servers/dns.js';
import { policyHandler, startHttpsServer, type HttpsServerOptions, type RequestHandler, type TestHttpsServer } from './servers/https.js';
import { createTestPki, type IssueOptions } from './servers/pki.js';
import { startSmtpServer, type SmtpServerOptions, type TestSmtpServer } from './servers/smtp.js';

export const DOMAIN = 'example.test';
export const POLICY_HOST = `mta-sts.${DOMAIN}`;
export const MX_HOST = `mail.${DOMAIN}`;
export const POLICY = `version: STSv1\nmode: enforce\nmx: ${MX_HOST}\nmax_age: 604800\n`;
export const ID = '20260101000000';

export const pki = createTestPki();

/** Records of a healthy domain; a case replaces the names it is about. */
export function healthyZone(overrides: TestZone = {}): TestZone {
  const zone: TestZone = {
    [DOMAIN]: { records: [{ type: 'MX', preference: 10, exchange: MX_HOST }] },
    [`_mta-sts.${DOMAIN}`]: { records: [{ type: 'TXT', data: `v=STSv1; id=${ID}` }] },
    [`_smtp._tls.${DOMAIN}`]: { records: [{ type: 'TXT', data: `v=TLSRPTv1; rua=mailto:tlsrpt@${DOMAIN}` }] },
    [POLICY_HOST]: { records: [{ type: 'A', address: '127.0.0.1' }] },
    [MX_HOST]: { records: [{ type: 'A', address: '127.0.0.1' }] },
  };
  for (const [name, entry] of Object.entries(overrides)) {
    if (entry === undefined) delete zone[name];
    else zone[name] = entry as NameEntry;
  }
  return zone;
}

export interface LiveWorld {
  dns: TestDnsServer;
  /** Starts an HTTPS policy host, with a certificate for the policy host unless `certificate` is given. */
  https(handler?: RequestHandler, options?: { certificate?: IssueOptions; host?: '127.0.0.1' | '::1'; port?: number; maxVersion?: HttpsServerOptions['maxVersion'] }): Promise<TestHttpsServer>;
  smtp(options?: Partial<SmtpServerOptions> & { certificate?: IssueOptions }): Promise<TestSmtpServer>;
  /** Runs the live checks of DOMAIN (or `domains`) against the loopback servers. */
  run(zone: TestZone, options?: Partial<LiveRunOptions> & { domains?: string[]; repository?: Map<string, RepositorySide> }): Promise<LiveReport & { ids: string[] }>;
  options(extra?: Partial<LiveRunOptions>): LiveRunOptions;
}

/** Sets up the DNS server for a test file and closes every server after each test. */
export function useLiveWorld(): LiveWorld {
  let dns: TestDnsServer | undefined;
  const open: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    dns = await startDnsServer({});
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  afterAll(async () => {
    await dns?.close();
  });

  const world: LiveWorld = {
    get dns() {
      return dns!;
    },
    async https(handler = policyHandler(POLICY), options = {}) {
      const { cert, key } = pki.issue(options.certificate ?? { names: [POLICY_HOST] });
      const server = await startHttpsServer({ cert, key, handler, host: options.host ?? '127.0.0.1', ...(options.port ? { port: options.port } : {}), ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}) });
      open.push(server);
      return server;
    },
    async smtp(options = {}) {
      const { certificate, ...rest } = options;
      const starttls = rest.starttls ?? true;
      const issued = starttls ? pki.issue(certificate ?? { names: [MX_HOST] }) : undefined;
      const server = await startSmtpServer({ starttls, ...(issued ? { cert: issued.cert, key: issued.key } : {}), ...rest });
      open.push(server);
      return server;
    },
    options(extra = {}) {
      return {
        resolvers: [{ host: dns!.host, port: dns!.port }],
        routes: [],
        ca: [pki.caPem],
        allowPrivate: true,
        smtp: false,
        dnsTimeoutMs: 400,
        dnsRetries: 1,
        timeoutMs: 3000,
        deadlineMs: 15_000,
        concurrency: 8,
        now: () => new Date(),
        ...extra,
      };
    },
    async run(zone, options = {}) {
      dns!.setZone(zone);
      const { domains, repository, ...rest } = options;
      const report = await runLive(domains ?? [DOMAIN], world.options(rest), repository ?? new Map());
      return { ...report, ids: report.findings.map((finding) => finding.ruleId) };
    },
  };
  return world;
}

/** Builds a `--connect-to` route that keeps the addresses from DNS and changes the port. */
export function portRoute(host: string, from: number, to: number): LiveRunOptions['routes'][number] {
  return { host, port: from, address: null, toPort: to, spec: `${host}:${from}::${to}` };
}
