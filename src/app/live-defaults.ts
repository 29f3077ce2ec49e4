/**
 * Default limits of the live checks. Kept free of imports, so the help text
 * can show them without loading the network adapters.
 */

export const LIVE_DEFAULTS = {
  dnsTimeoutMs: 2_000,
  dnsRetries: 2,
  timeoutMs: 15_000,
  deadlineMs: 60_000,
  concurrency: 16,
};
