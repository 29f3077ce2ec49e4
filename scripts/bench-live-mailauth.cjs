'use strict';

// The mailauth half of scripts/bench-live.mjs. For each domain on the command
// line it calls mailauth's getPolicy, looks up the MX hosts and checks each
// with validateMx, with at most --concurrency domains at once. It prints one
// JSON object on stdout: { tool, results: [{ domain, verdict, reason, mode }] }.
//
// A domain passes when getPolicy returns status `found` and validateMx accepts
// every MX host (the domain itself when there is no MX record). Anything else
// fails, and `reason` gives the cause.
//
// mailauth 4.9.5 fetches the policy with https.request on port 443 of the
// first A (else AAAA) address of mta-sts.DOMAIN, using Node's trust store, so
// the parent starts this script with NODE_EXTRA_CA_CERTS set to the benchmark
// CA. All DNS questions go to the --dns-server given, and the resolver rejects
// any A or AAAA answer outside 127.0.0.0/8 and ::1, so no connection can leave
// the machine.

const dns = require('node:dns');
const net = require('node:net');
const { parseArgs } = require('node:util');

const { getPolicy, validateMx } = require('mailauth/lib/mta-sts');
const { version: mailauthVersion } = require('mailauth/package.json');

const DNS_TIMEOUT_MS = 2000;
const DNS_TRIES = 3;

function isLoopback(address) {
  if (net.isIPv4(address)) return address.startsWith('127.');
  return address === '::1';
}

/** Parses `--dns-server ADDRESS:PORT` and throws unless ADDRESS is a loopback address. */
function parseDnsServer(value) {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):([0-9]{1,5})$/.exec(value ?? '');
  const address = match?.[1] ?? match?.[2];
  if (!match || !isLoopback(address)) {
    throw new Error(`--dns-server \`${value}\` is invalid; expected a loopback address with a port, such as 127.0.0.1:5353`);
  }
  return value;
}

/** Builds the resolver function that mailauth calls as resolver(name, type). */
function createResolver(server) {
  const resolver = new dns.promises.Resolver({ timeout: DNS_TIMEOUT_MS, tries: DNS_TRIES });
  resolver.setServers([server]);
  return async (name, type) => {
    const answers = await resolver.resolve(name, type);
    if ((type === 'A' || type === 'AAAA') && answers.some((address) => !isLoopback(address))) {
      const error = new Error(`${name} ${type} returned ${answers.join(', ')}, which is not a loopback address; the benchmark connects only to loopback`);
      error.code = 'NON_LOOPBACK_ADDRESS';
      throw error;
    }
    return answers;
  };
}

function describeError(error) {
  if (!error) return null;
  return error.code || error.message || String(error);
}

async function checkDomain(domain, resolve) {
  const { policy, status } = await getPolicy(domain, null, { resolver: resolve });
  if (status !== 'found') {
    const detail = describeError(policy.error);
    return { domain, verdict: 'fail', reason: detail ? `${status}: ${detail}` : status, mode: policy.mode ?? null };
  }

  let exchanges;
  try {
    const records = await resolve(domain, 'MX');
    exchanges = records.sort((a, b) => a.priority - b.priority).map((record) => record.exchange);
  } catch (error) {
    if (error.code !== 'ENODATA' && error.code !== 'ENOTFOUND') {
      return { domain, verdict: 'fail', reason: `MX lookup failed: ${describeError(error)}`, mode: policy.mode };
    }
    // Without MX records, mail goes to the domain itself (RFC 5321 §5.1).
    exchanges = [domain];
  }

  const uncovered = exchanges.filter((exchange) => !validateMx(exchange, policy).valid);
  if (uncovered.length > 0) {
    return { domain, verdict: 'fail', reason: `validateMx rejects ${uncovered.join(', ')}`, mode: policy.mode };
  }
  return { domain, verdict: 'pass', reason: 'found', mode: policy.mode };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dns-server': { type: 'string' }, concurrency: { type: 'string' } },
  });
  const server = parseDnsServer(values['dns-server']);
  const concurrency = Number(values.concurrency ?? 64);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`--concurrency \`${values.concurrency}\` is invalid; expected a whole number of at least 1`);
  }
  const resolve = createResolver(server);

  const results = new Array(positionals.length);
  let next = 0;
  const worker = async () => {
    while (next < positionals.length) {
      const index = next++;
      const domain = positionals[index];
      try {
        results[index] = await checkDomain(domain, resolve);
      } catch (error) {
        // getPolicy catches its own errors, so this is a fault of this script or of mailauth.
        results[index] = { domain, verdict: 'fail', reason: `exception: ${describeError(error)}`, mode: null };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, positionals.length) }, worker));

  process.stdout.write(JSON.stringify({ tool: { name: 'mailauth', version: mailauthVersion }, results }));
}

main().catch((error) => {
  process.stderr.write(`bench-live-mailauth: ${error.stack ?? error}\n`);
  process.exitCode = 2;
});
