/**
 * Turns the live check settings, given as command-line flags or action
 * inputs, into checked options: every value is validated with a message
 * that names it, and `--ca-file` is read.
 */

import path from 'node:path';

import { ConnectToError, parseConnectTo } from '../core/live/connect-to.js';
import { UsageError } from '../adapters/errors.js';
import { parseResolvers, systemResolvers } from '../adapters/live/dns.js';
import { loadTrustStore } from '../adapters/live/tls.js';
import type { LiveRunOptions } from './inspect.js';
import { LIVE_DEFAULTS } from './live-defaults.js';
import { parseShard } from './live.js';

export interface LiveFlagValues {
  resolver?: string[];
  'connect-to'?: string[];
  'ca-file'?: string[];
  'allow-private'?: boolean;
  smtp?: boolean;
  concurrency?: string;
  shard?: string;
  timeout?: string;
  deadline?: string;
}

function seconds(flag: string, value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const number = Number(value);
  if (!(Number.isFinite(number) && number > 0 && number <= 3600)) throw new UsageError(`${flag} \`${value}\` is invalid; expected seconds from 0.1 to 3600, such as 15`);
  return Math.round(number * 1000);
}

/** Turns the live flags into options; reads `--ca-file` and checks every value. */
export async function liveOptionsFrom(values: LiveFlagValues, cwd: string): Promise<LiveRunOptions> {
  let routes;
  try {
    routes = (values['connect-to'] ?? []).map(parseConnectTo);
  } catch (error) {
    if (error instanceof ConnectToError) throw new UsageError(error.message, { cause: error });
    throw error;
  }

  const concurrency = values.concurrency === undefined ? LIVE_DEFAULTS.concurrency : Number(values.concurrency);
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 1024)) {
    throw new UsageError(`--concurrency \`${values.concurrency}\` is invalid; expected a whole number from 1 to 1024, such as ${LIVE_DEFAULTS.concurrency}`);
  }

  const timeoutMs = seconds('--timeout', values.timeout, LIVE_DEFAULTS.timeoutMs);
  const deadlineMs = seconds('--deadline', values.deadline, Math.max(LIVE_DEFAULTS.deadlineMs, timeoutMs * 2));
  return {
    resolvers: values.resolver && values.resolver.length > 0 ? parseResolvers(values.resolver) : systemResolvers(),
    routes,
    ca: await loadTrustStore((values['ca-file'] ?? []).map((file) => path.resolve(cwd, file))),
    allowPrivate: values['allow-private'] === true,
    smtp: values.smtp === true,
    dnsTimeoutMs: Math.min(LIVE_DEFAULTS.dnsTimeoutMs, timeoutMs),
    dnsRetries: LIVE_DEFAULTS.dnsRetries,
    timeoutMs,
    deadlineMs,
    concurrency,
    ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
  };
}
