// Measures the live checks of mta-sts-guard (`inspect`) against the MTA-STS
// functions of the mailauth package on the same loopback fixtures, and
// compares their verdicts domain by domain. Prints Markdown tables on stdout
// and progress on stderr. See BENCHMARKS.md, "Live checks", for recorded
// results.
//
// Fixtures: policy domains d0001.bench.test to d1000.bench.test. The .test
// top-level domain is reserved (RFC 6761) and never resolves publicly. A DNS
// server on 127.0.0.1 (UDP, random port) answers for them, and an HTTPS
// server on 127.0.0.1:443 serves their policies, with certificates from a CA
// made for the run. Every A record is 127.0.0.1 and no AAAA record exists, so
// both tools connect only to that address. Most domains are healthy. A domain
// whose number modulo 50 is from 1 to FAULTS.length carries the fault at that
// position in FAULTS instead.
//
// Runs: `node dist/cli/index.js inspect DOMAIN... --format json` (the bundle
// is copied to a temporary folder first) and scripts/bench-live-mailauth.cjs,
// each as a child process with the same domains and concurrency. Each tool
// gets one warm-up run, then the timed rounds, with the tool that goes first
// alternating. Wall time is measured from spawn to exit. CPU time and
// peak RSS come from process.resourceUsage() of the child, written to fd 3
// by a preload module.
//
// Options: --domains N (default 1000), --concurrency N (default 64) and
// --runs N, the number of timed rounds (default 3).
//
// With --without-ca-file, `inspect` runs without --ca-file, so it does not
// trust the benchmark CA and fails every domain with STS606. That run shows
// only what --ca-file costs, and its verdicts mean nothing.
//
// Port 443: mailauth always connects to port 443, so the HTTPS server has to
// listen there, which needs root or CAP_NET_BIND_SERVICE. When binding fails,
// the server listens on a random port, mta-sts-guard reaches it with
// --connect-to, and the mailauth half is skipped.
//
// Safety: both servers listen only on 127.0.0.1, the DNS server refuses
// names outside bench.test, and each child run is killed after RUN_LIMIT_MS.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import tls from 'node:tls';
import { parseArgs } from 'node:util';

import packet from 'dns-packet';
import forge from 'node-forge';

import { cliBundle, copyBundle, createLogger, ensureBundle, formatCount, machineLine, median, root } from './bench-support.mjs';

const log = createLogger('bench-live');

const mailauthHelper = path.join(root, 'scripts', 'bench-live-mailauth.cjs');

const ZONE = 'bench.test';
const LOOPBACK = '127.0.0.1';
const HTTPS_PORT = 443;
const POLICY_PATH = '/.well-known/mta-sts.txt';
const POLICY_ID = '20261204000000';
const DNS_TTL = 300;

const DEFAULT_DOMAINS = 1000;
const DEFAULT_CONCURRENCY = 64;
const DEFAULT_RUNS = 3;
/** A domain whose number modulo FAULT_PERIOD is from 1 to FAULTS.length carries a fault. The others are healthy. */
const FAULT_PERIOD = 50;
/** Policy hosts per leaf certificate. Signing one certificate in node-forge took about 35 ms on the benchmark machine, so one certificate per host would add about 35 s of setup for 1,000 domains. */
const HOSTS_PER_CERTIFICATE = 25;
/** A child run that takes longer is killed and the benchmark stops. */
const RUN_LIMIT_MS = 120_000;
/** The whole benchmark stops after this, whatever it is doing. */
const TOTAL_LIMIT_MS = 8 * 60_000;
/** Minimum size of the padded policies of the `body-over-64kib` faults, in bytes. */
const LARGE_POLICY_BYTES = 80 * 1024;

const DAY_MS = 24 * 60 * 60 * 1000;

// Fixtures.

function domainName(number) {
  return `d${String(number).padStart(4, '0')}.${ZONE}`;
}

function renderPolicy(lines) {
  return lines.map((line) => `${line}\r\n`).join('');
}

/** Builds the fixture of a healthy domain: an enforce policy whose two mx lines name the domain's two MX hosts. */
function healthyFixture(number) {
  const domain = domainName(number);
  return {
    number,
    domain,
    fault: 'healthy',
    sts: [`v=STSv1; id=${POLICY_ID}`],
    tlsrpt: [`v=TLSRPTv1; rua=mailto:tlsrpt@${domain}`],
    mx: [
      { preference: 10, exchange: `mx1.${domain}` },
      { preference: 20, exchange: `mx2.${domain}` },
    ],
    policyLines: ['version: STSv1', 'mode: enforce', `mx: mx1.${domain}`, `mx: mx2.${domain}`, 'max_age: 1209600'],
    body: null,
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    wrongCertificate: false,
  };
}

/**
 * The faults, in the order of their domain numbers modulo FAULT_PERIOD (the
 * first fault is on 1, 51, 101 ...). `apply` edits a healthy fixture.
 * `explanation` states why the two tools may judge the fault differently, and
 * is printed only when they do.
 */
const FAULTS = [
  {
    kind: 'mx-below-wildcard',
    label: '`mx: *.mx.DOMAIN` with MX `in1.eu.mx.DOMAIN`',
    apply(fixture) {
      fixture.policyLines[2] = `mx: *.mx.${fixture.domain}`;
      fixture.policyLines.splice(3, 1);
      fixture.mx = [{ preference: 10, exchange: `in1.eu.mx.${fixture.domain}` }];
    },
    explanation: 'The `*` of an mx pattern matches exactly one label (RFC 8461 §4.1), so `*.mx.DOMAIN` does not cover `in1.eu.mx.DOMAIN`, but mailauth\'s validateMx only compares the suffix.',
  },
  {
    kind: 'status-201',
    label: 'policy served with status 201',
    apply(fixture) {
      fixture.status = 201;
    },
    explanation: 'A policy counts only when the fetch ends with status 200 (RFC 8461 §3.3), but mailauth accepts any 2xx status.',
  },
  {
    kind: 'content-type-html',
    label: 'policy served as `text/html`',
    apply(fixture) {
      fixture.headers['content-type'] = 'text/html; charset=utf-8';
    },
    explanation: 'Senders should check that the policy is served as `text/plain` (RFC 8461 §3.2), and mta-sts-guard reports any other media type as an error, but mailauth does not read Content-Type.',
  },
  {
    kind: 'mode-value-case',
    label: '`mode: Enforce`',
    apply(fixture) {
      fixture.policyLines[1] = 'mode: Enforce';
    },
    explanation: 'Field values are case-sensitive (RFC 8461 §3.2), so `Enforce` is not a valid mode, but mailauth lowercases the mode before it checks it.',
  },
  {
    kind: 'field-name-case',
    label: '`Mode: enforce`',
    apply(fixture) {
      fixture.policyLines[1] = 'Mode: enforce';
    },
    explanation: 'Field names are case-sensitive (RFC 8461 §3.2), so `Mode:` is an unknown extension field and the policy has no mode, but mailauth lowercases field names.',
  },
  {
    kind: 'byte-order-mark',
    label: 'policy starts with a UTF-8 byte order mark',
    apply(fixture) {
      fixture.body = Buffer.from(`\uFEFF${renderPolicy(fixture.policyLines)}`, 'utf8');
    },
    explanation: 'The policy grammar (RFC 8461 §3.2) has no byte order mark, but mailauth trims each field name, and String.prototype.trim() removes U+FEFF.',
  },
  {
    kind: 'trailing-blank-line',
    label: 'policy ends with a blank line',
    apply(fixture) {
      fixture.body = Buffer.from(`${renderPolicy(fixture.policyLines)}\r\n`, 'utf8');
    },
    explanation: 'The policy grammar (RFC 8461 §3.2) allows at most one line break after the last field, but mailauth skips every line without a colon.',
  },
  {
    kind: 'record-version-case',
    label: '`_mta-sts` record `v=STSV1; id=…`',
    apply(fixture) {
      fixture.sts = [`v=STSV1; id=${POLICY_ID}`];
    },
    explanation: 'A record counts only when it starts with exactly `v=STSv1` (RFC 8461 §3.1), but mailauth matches the version case-insensitively.',
  },
  {
    kind: 'record-id-dashes',
    label: '`_mta-sts` record `v=STSv1; id=2026-12-04`',
    apply(fixture) {
      fixture.sts = ['v=STSv1; id=2026-12-04'];
    },
    explanation: 'A policy id is 1 to 32 letters and digits (RFC 8461 §3.1), but mailauth accepts any non-empty id value.',
  },
  {
    kind: 'body-over-64kib',
    label: `valid policy padded with extension fields to ${LARGE_POLICY_BYTES / 1024} KiB`,
    apply(fixture) {
      fixture.body = paddedPolicy(fixture.policyLines);
    },
    explanation: 'Senders may stop reading after 64 KB (RFC 8461 §3.3), and mta-sts-guard reads at most 64 KiB, but mailauth reads the whole body.',
  },
  {
    kind: 'body-over-64kib-mx-uncovered',
    label: `as \`body-over-64kib\`, but the mx lines name \`old-mx1.DOMAIN\` and \`old-mx2.DOMAIN\``,
    apply(fixture) {
      fixture.policyLines[2] = `mx: old-mx1.${fixture.domain}`;
      fixture.policyLines[3] = `mx: old-mx2.${fixture.domain}`;
      fixture.body = paddedPolicy(fixture.policyLines);
    },
    explanation:
      'mta-sts-guard stops reading at 64 KiB and then neither lints the policy nor matches the MX hosts against it, so its only finding is the STS613 warning, but mailauth reads the whole policy and finds that no mx pattern covers `mx1.DOMAIN` (RFC 8461 §4.1).',
  },
  {
    kind: 'redirect',
    label: 'status 301 to `https://www.DOMAIN/.well-known/mta-sts.txt`',
    apply(fixture) {
      fixture.status = 301;
      fixture.headers.location = `https://www.${fixture.domain}${POLICY_PATH}`;
      fixture.body = Buffer.alloc(0);
    },
    explanation: 'Senders must not follow redirects (RFC 8461 §3.3).',
  },
  {
    kind: 'not-found',
    label: 'status 404',
    apply(fixture) {
      fixture.status = 404;
      fixture.body = Buffer.from('not found\n', 'utf8');
    },
    explanation: 'A policy counts only when the fetch ends with status 200 (RFC 8461 §3.3).',
  },
  {
    kind: 'no-record',
    label: 'no `_mta-sts` record (NXDOMAIN)',
    apply(fixture) {
      fixture.sts = [];
    },
    explanation: 'Without a `_mta-sts` record, senders treat the domain as having no policy (RFC 8461 §3.1).',
  },
  {
    kind: 'two-records',
    label: 'two `v=STSv1` records with different ids',
    apply(fixture) {
      fixture.sts = [`v=STSv1; id=${POLICY_ID}`, 'v=STSv1; id=20261201000000'];
    },
    explanation: 'When more than one record starts with `v=STSv1`, senders act as if the domain had no policy (RFC 8461 §3.1).',
  },
  {
    kind: 'max-age-too-large',
    label: '`max_age: 31557601`',
    apply(fixture) {
      fixture.policyLines[4] = 'max_age: 31557601';
    },
    explanation: 'max_age is at most 31557600 seconds (RFC 8461 §3.2).',
  },
  {
    kind: 'certificate-wrong-name',
    label: 'certificate names `www.DOMAIN` only',
    apply(fixture) {
      fixture.wrongCertificate = true;
    },
    explanation: 'The certificate must name the policy host (RFC 8461 §3.3).',
  },
];

/** Renders the policy lines followed by `x-padding-NNNNN` extension fields until the body has at least LARGE_POLICY_BYTES bytes. */
function paddedPolicy(policyLines) {
  const lines = [...policyLines];
  let size = renderPolicy(lines).length;
  for (let index = 1; size < LARGE_POLICY_BYTES; index++) {
    const line = `x-padding-${String(index).padStart(5, '0')}: ${'a'.repeat(100)}`;
    lines.push(line);
    size += line.length + 2;
  }
  return Buffer.from(renderPolicy(lines), 'utf8');
}

function createFixture(number) {
  const fixture = healthyFixture(number);
  const fault = FAULTS[(number % FAULT_PERIOD) - 1];
  if (fault) {
    fixture.fault = fault.kind;
    fault.apply(fixture);
  }
  fixture.body ??= Buffer.from(renderPolicy(fixture.policyLines), 'utf8');
  fixture.headers['content-length'] = String(fixture.body.length);
  return fixture;
}

// Certificates.

function generateRsaKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey: forge.pki.publicKeyFromPem(publicKey), privateKey: forge.pki.privateKeyFromPem(privateKey), privateKeyPem: privateKey };
}

/** Returns a random positive 16-byte serial number in hex: the top bit is cleared, because RFC 5280 serial numbers are positive integers. */
function randomSerialNumber() {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  return bytes.toString('hex');
}

/**
 * Creates a CA and returns its PEM with an `issue(names)` function. Every
 * leaf certificate shares one key pair and is valid from one day ago for 90
 * days, so none is near expiry.
 */
function createPki() {
  const caKeys = generateRsaKeys();
  const leafKeys = generateRsaKeys();
  const caName = [{ name: 'commonName', value: 'mta-sts-guard live benchmark CA' }];

  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = randomSerialNumber();
  ca.validity.notBefore = new Date(Date.now() - DAY_MS);
  ca.validity.notAfter = new Date(Date.now() + 365 * DAY_MS);
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: 'basicConstraints', critical: true, cA: true },
    { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());
  const caKeyIdentifier = ca.generateSubjectKeyIdentifier().getBytes();

  const issue = (names) => {
    const cert = forge.pki.createCertificate();
    cert.publicKey = leafKeys.publicKey;
    cert.serialNumber = randomSerialNumber();
    cert.validity.notBefore = new Date(Date.now() - DAY_MS);
    cert.validity.notAfter = new Date(Date.now() + 90 * DAY_MS);
    cert.setSubject([{ name: 'commonName', value: names[0] }]);
    cert.setIssuer(caName);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'authorityKeyIdentifier', keyIdentifier: caKeyIdentifier },
      { name: 'subjectAltName', altNames: names.map((value) => ({ type: 2, value })) },
    ]);
    cert.sign(caKeys.privateKey, forge.md.sha256.create());
    return tls.createSecureContext({ cert: forge.pki.certificateToPem(cert), key: leafKeys.privateKeyPem });
  };

  return { caPem: forge.pki.certificateToPem(ca), issue };
}

/**
 * Issues the certificates and returns the SNI callback of the HTTPS server.
 * Policy hosts share certificates in groups of HOSTS_PER_CERTIFICATE. The
 * hosts of the `certificate-wrong-name` fault get one certificate that names
 * only `www.DOMAIN` for each of them.
 */
function createCertificates(fixtures, pki) {
  const groups = [];
  for (let start = 0; start < fixtures.length; start += HOSTS_PER_CERTIFICATE) {
    groups.push(pki.issue(fixtures.slice(start, start + HOSTS_PER_CERTIFICATE).map((fixture) => `mta-sts.${fixture.domain}`)));
  }
  const wrongNames = fixtures.filter((fixture) => fixture.wrongCertificate).map((fixture) => `www.${fixture.domain}`);
  const wrongContext = wrongNames.length > 0 ? pki.issue(wrongNames) : null;
  const fallbackContext = pki.issue([`unknown.${ZONE}`]);

  const indexByHost = new Map(fixtures.map((fixture, index) => [`mta-sts.${fixture.domain}`, index]));
  const contextFor = (servername) => {
    const index = indexByHost.get(String(servername).toLowerCase());
    if (index === undefined) return fallbackContext;
    return fixtures[index].wrongCertificate ? wrongContext : groups[Math.floor(index / HOSTS_PER_CERTIFICATE)];
  };
  return { certificateCount: groups.length + (wrongContext ? 2 : 1), contextFor };
}

// DNS server.

const RCODE = { NOERROR: 0, NXDOMAIN: 3, REFUSED: 5 };

/** Builds the zone: owner name (lowercase, no trailing dot) → record type → dns-packet answer records. */
function buildZone(fixtures) {
  const zone = new Map();
  const add = (name, type, data) => {
    if (!zone.has(name)) zone.set(name, new Map());
    const types = zone.get(name);
    if (!types.has(type)) types.set(type, []);
    types.get(type).push({ name, type, class: 'IN', ttl: DNS_TTL, data });
  };
  for (const fixture of fixtures) {
    const { domain } = fixture;
    for (const value of fixture.sts) add(`_mta-sts.${domain}`, 'TXT', value);
    for (const value of fixture.tlsrpt) add(`_smtp._tls.${domain}`, 'TXT', value);
    for (const record of fixture.mx) add(domain, 'MX', record);
    add(`mta-sts.${domain}`, 'A', LOOPBACK);
  }
  return zone;
}

/**
 * Builds the response to one query from the zone: the records, NODATA for a
 * known name without records of the type, NXDOMAIN for an unknown name in
 * bench.test and REFUSED for any other name. Returns null for a message that
 * is not a query.
 */
function buildResponse(zone, message) {
  let query;
  try {
    query = packet.decode(message);
  } catch {
    return null;
  }
  const question = query.questions?.[0];
  if (query.type !== 'query' || !question) return null;

  const name = question.name.toLowerCase().replace(/\.$/, '');
  let rcode = RCODE.NOERROR;
  let answers = [];
  if (zone.has(name)) {
    answers = (zone.get(name).get(question.type) ?? []).map((answer) => ({ ...answer, name: question.name }));
  } else {
    rcode = name === ZONE || name.endsWith(`.${ZONE}`) ? RCODE.NXDOMAIN : RCODE.REFUSED;
  }
  // NOTE: there is no TCP fallback, because every answer of this zone fits in the 512 bytes of a UDP response without EDNS.
  const flags = packet.AUTHORITATIVE_ANSWER | packet.RECURSION_AVAILABLE | (query.flags & packet.RECURSION_DESIRED) | rcode;
  return packet.encode({ type: 'response', id: query.id, flags, questions: [question], answers });
}

async function startDnsServer(zone) {
  const socket = dgram.createSocket('udp4');
  let errors = 0;
  socket.on('message', (message, remote) => {
    const response = buildResponse(zone, message);
    if (response) socket.send(response, remote.port, remote.address);
  });
  socket.on('error', (error) => {
    if (errors++ < 5) log(`DNS server socket error: ${error.message}`);
  });
  await new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, LOOPBACK, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return { port: socket.address().port, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}

// HTTPS server.

/**
 * Starts the policy host on 127.0.0.1, on port 443 when it can bind it, else
 * on a random port. Returns the port and whether it is 443.
 */
async function startHttpsServer(fixtures, contextFor) {
  const byHost = new Map(fixtures.map((fixture) => [`mta-sts.${fixture.domain}`, fixture]));
  const server = createServer({ SNICallback: (servername, callback) => callback(null, contextFor(servername)) }, (request, response) => {
    const host = (request.headers.host ?? '').toLowerCase().replace(/:443$/, '');
    const fixture = byHost.get(host);
    if (!fixture || request.url !== POLICY_PATH) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found\n');
      return;
    }
    response.writeHead(fixture.status, fixture.headers);
    response.end(fixture.body);
  });
  // The `certificate-wrong-name` fixtures make clients abort the handshake, so handshake errors are expected.
  server.on('tlsClientError', () => undefined);

  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const listen = (port) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, LOOPBACK, () => {
        server.off('error', reject);
        resolve(server.address().port);
      });
    });

  let port;
  try {
    port = await listen(HTTPS_PORT);
  } catch (error) {
    log(`cannot listen on ${LOOPBACK}:${HTTPS_PORT} (${error.code ?? error.message}), so the mailauth half is skipped; mta-sts-guard uses --connect-to to a random port`);
    port = await listen(0);
  }

  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return { port, onStandardPort: port === HTTPS_PORT, close };
}

// Child runs.

/** Preload module that writes the child's CPU time and peak RSS to fd 3 when it exits. */
const USAGE_PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();try{writeSync(3,JSON.stringify({maxRssKib:u.maxRSS,cpuMicroseconds:u.userCPUTime+u.systemCPUTime}))}catch{}});",
)}`;

let activeChild = null;

/** Runs one child to completion and returns its wall time, output and resource usage. Rejects when it cannot start or runs longer than RUN_LIMIT_MS. */
function runChild(label, args, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', USAGE_PRELOAD, ...args], { env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    activeChild = child;
    const stdout = [];
    const stderr = [];
    const usage = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.stdio[3].on('data', (chunk) => usage.push(chunk));

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_LIMIT_MS);

    child.on('error', (error) => {
      clearTimeout(timer);
      activeChild = null;
      reject(new Error(`${label} failed to start: ${error.message}`));
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      activeChild = null;
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (timedOut) return reject(new Error(`${label} did not finish within ${RUN_LIMIT_MS / 1000} s and was killed`));
      const usageText = Buffer.concat(usage).toString('utf8');
      resolve({
        status,
        signal,
        wallMs,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        usage: usageText ? JSON.parse(usageText) : null,
      });
    });
  });
}

/** Runs `inspect` once and returns the verdict of each domain: fail when it reported an error-severity finding for the domain. */
async function runGuard(context) {
  const args = [context.bundle, 'inspect', ...context.domains, '--format', 'json', '--resolver', `${LOOPBACK}:${context.dnsPort}`, '--allow-private', '--concurrency', String(context.concurrency)];
  if (!context.withoutCaFile) args.push('--ca-file', context.caFile);
  if (!context.onStandardPort) args.push('--connect-to', `:${HTTPS_PORT}:${LOOPBACK}:${context.httpsPort}`);
  const run = await runChild('mta-sts-guard inspect', args, { ...process.env, NO_COLOR: '1' });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`mta-sts-guard inspect failed (exit status ${run.status}, signal ${run.signal}):\n${run.stderr.slice(0, 4000)}`);
  }

  const report = JSON.parse(run.stdout);
  const verdicts = new Map(context.domains.map((domain) => [domain, { verdict: 'pass', reason: [] }]));
  for (const finding of report.findings) {
    if (finding.severity !== 'error') continue;
    const entry = verdicts.get(finding.domain);
    if (!entry) throw new Error(`mta-sts-guard reported an error finding for \`${finding.domain}\`, which is not a benchmark domain`);
    entry.verdict = 'fail';
    if (!entry.reason.includes(finding.rule)) entry.reason.push(finding.rule);
  }
  for (const entry of verdicts.values()) entry.reason = entry.reason.sort().join(', ');
  return { ...run, verdicts, findings: report.findings, stderrLines: run.stderr.trim() };
}

/** Runs the mailauth helper once and returns the verdict of each domain. */
async function runMailauth(context) {
  const args = [mailauthHelper, '--dns-server', `${LOOPBACK}:${context.dnsPort}`, '--concurrency', String(context.concurrency), ...context.domains];
  const run = await runChild('mailauth helper', args, { ...process.env, NODE_EXTRA_CA_CERTS: context.caFile });
  if (run.status !== 0) throw new Error(`scripts/bench-live-mailauth.cjs failed (exit status ${run.status}, signal ${run.signal}):\n${run.stderr.slice(0, 4000)}`);
  const output = JSON.parse(run.stdout);
  const verdicts = new Map(output.results.map((result) => [result.domain, { verdict: result.verdict, reason: result.reason }]));
  return { ...run, verdicts, version: output.tool.version, stderrLines: run.stderr.trim() };
}

// Build and bundle.

// Statistics and report.

function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

function readOptions() {
  const { values } = parseArgs({ options: { domains: { type: 'string' }, concurrency: { type: 'string' }, runs: { type: 'string' }, 'without-ca-file': { type: 'boolean' } } });
  const whole = (flag, value, fallback, min, max) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) throw new Error(`--${flag} \`${value}\` is invalid; expected a whole number from ${min} to ${max}`);
    return number;
  };
  return {
    domains: whole('domains', values.domains, DEFAULT_DOMAINS, 1, 9999),
    concurrency: whole('concurrency', values.concurrency, DEFAULT_CONCURRENCY, 1, 1024),
    runs: whole('runs', values.runs, DEFAULT_RUNS, 1, 20),
    withoutCaFile: values['without-ca-file'] === true,
  };
}

/** Summarizes the timed runs of one tool. */
function summarizeRuns(runs, domainCount) {
  const wall = runs.map((run) => run.wallMs);
  const cpu = runs.map((run) => run.usage?.cpuMicroseconds).filter((value) => value !== undefined);
  const rss = runs.map((run) => run.usage?.maxRssKib).filter((value) => value !== undefined);
  const last = runs.at(-1);
  const passes = [...last.verdicts.values()].filter((entry) => entry.verdict === 'pass').length;
  return {
    medianMs: median(wall),
    minMs: Math.min(...wall),
    maxMs: Math.max(...wall),
    cpuMs: cpu.length > 0 ? median(cpu) / 1000 : null,
    peakRssMib: rss.length > 0 ? Math.max(...rss) / 1024 : null,
    domainsPerSecond: domainCount / (median(wall) / 1000),
    passes,
    fails: last.verdicts.size - passes,
  };
}

/** Counts the domains whose verdict differs between any two runs of a tool. */
function unstableDomains(runs) {
  const unstable = [];
  for (const domain of runs[0].verdicts.keys()) {
    if (new Set(runs.map((run) => run.verdicts.get(domain)?.verdict)).size > 1) unstable.push(domain);
  }
  return unstable;
}

/** Lists the distinct values of `reasons` with their counts, most frequent first. */
function describeReasons(reasons) {
  const counts = new Map();
  for (const reason of reasons) counts.set(reason || 'none', (counts.get(reason || 'none') ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => (counts.size === 1 ? reason : `${reason} (${count})`))
    .join('; ');
}

function tally(entries) {
  const passes = entries.filter((entry) => entry.verdict === 'pass').length;
  const fails = entries.length - passes;
  if (fails === 0) return `${passes} pass`;
  if (passes === 0) return `${fails} fail`;
  return `${passes} pass, ${fails} fail`;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function headerLines(context) {
  const faultCount = context.fixtures.filter((fixture) => fixture.fault !== 'healthy').length;
  const lines = [`Machine: ${machineLine()}`, ''];
  lines.push(
    `Fixtures: ${formatCount(context.domains.length)} domains, ${formatCount(context.domains.length - faultCount)} healthy and ${formatCount(faultCount)} with one of ${FAULTS.length} faults; concurrency ${context.concurrency}; ` +
      `policy host on ${LOOPBACK}:${context.httpsPort}, DNS on ${LOOPBACK}:${context.dnsPort} (UDP); ${context.certificateCount} leaf certificates.`,
    '',
  );
  if (context.withoutCaFile) {
    lines.push('With --without-ca-file: `inspect` ran without `--ca-file`, so it did not trust the benchmark CA and failed every domain with STS606. Only its time and memory mean something.', '');
  }
  return lines;
}

function wallTimeLines(context, tools) {
  const lines = [`### Wall time (median of ${plural(context.runs, 'run')} each, interleaved, after 1 warm-up run each)`, ''];
  lines.push('| Tool | Median wall time | Min to max | CPU time (median) | Peak RSS | Domains/s | Pass | Fail |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const { label, runs } of tools) {
    const summary = summarizeRuns(runs, context.domains.length);
    const cpu = summary.cpuMs === null ? 'n/a' : formatSeconds(summary.cpuMs);
    const rss = summary.peakRssMib === null ? 'n/a' : `${summary.peakRssMib.toFixed(0)} MiB`;
    lines.push(`| ${label} | ${formatSeconds(summary.medianMs)} | ${formatSeconds(summary.minMs)} to ${formatSeconds(summary.maxMs)} | ${cpu} | ${rss} | ${formatCount(summary.domainsPerSecond)} | ${formatCount(summary.passes)} | ${formatCount(summary.fails)} |`);
  }
  lines.push('', 'Wall time runs from spawn to exit of the child, so it includes starting node. CPU time is user plus system time of the child. Peak RSS is the largest maxRSS over the timed runs.');
  for (const { label, runs } of tools) {
    const unstable = unstableDomains(runs);
    lines.push(`- ${label}: ${unstable.length === 0 ? 'every verdict was the same in all timed runs' : `the verdict changed between timed runs for ${plural(unstable.length, 'domain')} (${unstable.slice(0, 5).join(', ')})`}.`);
  }
  lines.push('');
  return lines;
}

/** Groups the verdicts of the last timed run by fixture kind. `mailauth` is null when the mailauth half was skipped. */
function verdictGroups(context, guardVerdicts, mailauthVerdicts) {
  const kinds = ['healthy', ...FAULTS.map((fault) => fault.kind)];
  return kinds
    .map((kind) => {
      const fixtures = context.fixtures.filter((fixture) => fixture.fault === kind);
      const guard = fixtures.map((fixture) => guardVerdicts.get(fixture.domain));
      const mailauth = mailauthVerdicts ? fixtures.map((fixture) => mailauthVerdicts.get(fixture.domain)) : null;
      const differ = mailauth ? fixtures.filter((_, index) => mailauth[index].verdict !== guard[index].verdict).length : 0;
      return { kind, fixtures, guard, mailauth, differ };
    })
    .filter((group) => group.fixtures.length > 0);
}

function verdictLines(context, groups) {
  const labels = new Map([['healthy', 'healthy enforce policy'], ...FAULTS.map((fault) => [fault.kind, fault.label])]);
  const withMailauth = groups[0].mailauth !== null;
  const lines = ['### Verdicts by fixture kind (last timed run)', ''];
  if (withMailauth) {
    lines.push('| Kind | Fixture | Domains | mailauth | mta-sts-guard | mailauth reason | mta-sts-guard error rules |');
    lines.push('|---|---|---:|---|---|---|---|');
  } else {
    lines.push('| Kind | Fixture | Domains | mta-sts-guard | mta-sts-guard error rules |');
    lines.push('|---|---|---:|---|---|');
  }
  for (const group of groups) {
    const guardColumns = `${tally(group.guard)} | ${describeReasons(group.guard.map((entry) => entry.reason))}`;
    if (!withMailauth) {
      lines.push(`| \`${group.kind}\` | ${labels.get(group.kind)} | ${group.fixtures.length} | ${guardColumns} |`);
      continue;
    }
    const mailauthReasons = describeReasons(group.mailauth.map((entry, index) => entry.reason.replaceAll(group.fixtures[index].domain, 'DOMAIN')));
    lines.push(`| \`${group.kind}\` | ${labels.get(group.kind)} | ${group.fixtures.length} | ${tally(group.mailauth)} | ${tally(group.guard)} | ${mailauthReasons} | ${describeReasons(group.guard.map((entry) => entry.reason))} |`);
  }
  lines.push('');
  if (!withMailauth) return lines;

  const differing = groups.filter((group) => group.differ > 0);
  const totalDiffer = differing.reduce((sum, group) => sum + group.differ, 0);
  lines.push(`### Where the verdicts differ (${formatCount(totalDiffer)} of ${formatCount(context.domains.length)} domains)`, '');
  if (differing.length === 0) {
    lines.push('The two tools gave the same verdict for every domain.', '');
    return lines;
  }
  lines.push('| Kind | Domains | mailauth | mta-sts-guard | Why |');
  lines.push('|---|---:|---|---|---|');
  for (const group of differing) {
    const explanation = FAULTS.find((fault) => fault.kind === group.kind)?.explanation ?? 'Not expected: no fault is planted in these domains.';
    lines.push(`| \`${group.kind}\` | ${group.differ} | ${tally(group.mailauth)} | ${tally(group.guard)} | ${explanation} |`);
  }
  lines.push('');
  return lines;
}

function findingLines(context, findings) {
  const faultByDomain = new Map(context.fixtures.map((fixture) => [fixture.domain, fixture.fault]));
  const byRule = new Map();
  for (const finding of findings) {
    const key = `${finding.rule} ${finding.severity}`;
    if (!byRule.has(key)) byRule.set(key, { rule: finding.rule, severity: finding.severity, rfc: finding.rfc, count: 0, kinds: new Set() });
    const entry = byRule.get(key);
    entry.count++;
    entry.kinds.add(faultByDomain.get(finding.domain) ?? 'other');
  }
  const lines = ['### mta-sts-guard findings by rule (last timed run)', ''];
  lines.push('| Rule | Severity | Section | Findings | Kinds |');
  lines.push('|---|---|---|---:|---|');
  for (const entry of [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.severity.localeCompare(b.severity))) {
    lines.push(`| ${entry.rule} | ${entry.severity} | ${entry.rfc} | ${entry.count} | ${[...entry.kinds].map((kind) => `\`${kind}\``).join(', ')} |`);
  }
  return lines;
}

function printReport(context, guardRuns, mailauthRuns) {
  const tools = [{ label: `mta-sts-guard ${context.guardVersion} \`inspect\``, runs: guardRuns }];
  if (mailauthRuns) tools.push({ label: `mailauth ${mailauthRuns[0].version} \`getPolicy\` + \`validateMx\``, runs: mailauthRuns });

  const lines = [...headerLines(context), ...wallTimeLines(context, tools)];
  if (!mailauthRuns) lines.push('The mailauth half was skipped, because the HTTPS server could not listen on port 443.', '');
  const groups = verdictGroups(context, guardRuns.at(-1).verdicts, mailauthRuns ? mailauthRuns.at(-1).verdicts : null);
  lines.push(...verdictLines(context, groups), ...findingLines(context, guardRuns.at(-1).findings));
  process.stdout.write(`${lines.join('\n')}\n`);
}

// Main.

const cleanupTasks = [];

async function cleanup() {
  if (activeChild) activeChild.kill('SIGKILL');
  while (cleanupTasks.length > 0) {
    const task = cleanupTasks.pop();
    try {
      await task();
    } catch (error) {
      log(`cleanup failed: ${error.message}`);
    }
  }
}

function onSignal(signal) {
  log(`stopping on ${signal}`);
  cleanup().finally(() => process.exit(1));
}

async function main() {
  const options = readOptions();
  const started = Date.now();
  const watchdog = setTimeout(() => {
    log(`the benchmark did not finish within ${TOTAL_LIMIT_MS / 60_000} minutes; stopping`);
    cleanup().finally(() => process.exit(1));
  }, TOTAL_LIMIT_MS);
  watchdog.unref();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  ensureBundle(log);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-guard-bench-live-'));
  cleanupTasks.push(() => rmSync(folder, { recursive: true, force: true }));
  const bundle = copyBundle(folder);
  const guardVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  log(`measuring ${path.relative(root, cliBundle)} as built at ${bundle.modified.toISOString()}`);

  const fixtures = Array.from({ length: options.domains }, (_, index) => createFixture(index + 1));
  const domains = fixtures.map((fixture) => fixture.domain);

  log(`issuing certificates for ${fixtures.length} policy hosts`);
  const pki = createPki();
  const caFile = path.join(folder, 'ca.pem');
  writeFileSync(caFile, pki.caPem);
  const certificates = createCertificates(fixtures, pki);

  const dns = await startDnsServer(buildZone(fixtures));
  cleanupTasks.push(dns.close);
  const https = await startHttpsServer(fixtures, certificates.contextFor);
  cleanupTasks.push(https.close);
  log(`DNS server on ${LOOPBACK}:${dns.port}, policy host on ${LOOPBACK}:${https.port}`);

  const context = {
    ...options,
    fixtures,
    domains,
    bundle: bundle.file,
    guardVersion,
    caFile,
    dnsPort: dns.port,
    httpsPort: https.port,
    onStandardPort: https.onStandardPort,
    certificateCount: certificates.certificateCount,
  };

  const tools = [{ name: 'mta-sts-guard', run: runGuard, runs: [] }];
  if (https.onStandardPort) tools.push({ name: 'mailauth', run: runMailauth, runs: [] });

  for (const tool of tools) {
    log(`warm-up run of ${tool.name}`);
    const run = await tool.run(context);
    tool.runs.push(run);
    if (run.stderrLines) log(`${tool.name} stderr: ${run.stderrLines.slice(0, 2000)}`);
  }
  const timed = tools.map(() => []);
  for (let round = 0; round < options.runs; round++) {
    // Alternating the order keeps the tool that runs first, after a pause, from always getting the same conditions.
    const order = round % 2 === 0 ? tools.map((_, index) => index) : tools.map((_, index) => index).reverse();
    for (const index of order) {
      const tool = tools[index];
      const run = await tool.run(context);
      tool.runs.push(run);
      timed[index].push(run);
      log(`round ${round + 1}/${options.runs}: ${tool.name} took ${formatSeconds(run.wallMs)}`);
    }
  }

  printReport(context, timed[0], timed[1] ?? null);
  // The warm-up runs count for the stability check too.
  for (const tool of tools) {
    const unstable = unstableDomains(tool.runs);
    if (unstable.length > 0) log(`${tool.name}: the verdict changed between runs for ${unstable.length} domains, warm-up run included`);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

try {
  await main();
} finally {
  await cleanup();
}
