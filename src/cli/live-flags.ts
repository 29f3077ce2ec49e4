/**
 * The flags shared by `inspect` and `check --live`, and their help. Apart
 * from the rest of the live checks, so that `check` without `--live` starts
 * without loading the network adapters.
 */

import { LIVE_DEFAULTS } from '../app/live-defaults.js';

export const LIVE_FLAGS = {
  resolver: { type: 'string', multiple: true },
  'connect-to': { type: 'string', multiple: true },
  'ca-file': { type: 'string', multiple: true },
  'allow-private': { type: 'boolean' },
  smtp: { type: 'boolean' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
} as const;

export const LIVE_FLAG_NAMES = Object.keys(LIVE_FLAGS);

export const LIVE_HELP = `Live check options:
  --resolver ADDRESS[:PORT]  IP address of a DNS server to query, such as
                             9.9.9.9 or [::1]:5353 (repeatable; default: the
                             system's, from /etc/resolv.conf).
  --connect-to HOST:PORT:ADDRESS:PORT
                             Connect to ADDRESS:PORT instead when a check
                             connects to HOST:PORT, keeping HOST for SNI and the
                             certificate check (curl's meaning; repeatable).
                             Use it to check a new server before the DNS
                             change, such as
                             mta-sts.example.com:443:192.0.2.10:443.
  --ca-file FILE             Also trust the CA certificates in this PEM file
                             (repeatable).
  --allow-private            Connect to loopback, private and link-local
                             addresses that DNS returns (refused by default).
  --smtp                     Also connect to each MX host on port 25 and check
                             STARTTLS and its certificate.
  --concurrency N            Domains checked at once (default: ${LIVE_DEFAULTS.concurrency}).
  --shard I/N                Check only the I-th of N equal parts of the
                             domains, for a CI matrix.
  --timeout SECONDS          Limit for one HTTPS fetch or SMTP probe
                             (default: ${LIVE_DEFAULTS.timeoutMs / 1000}); one DNS query waits at most
                             ${LIVE_DEFAULTS.dnsTimeoutMs / 1000} s, or this limit when it is shorter.
  --deadline SECONDS         Limit for all checks of one domain (default: ${LIVE_DEFAULTS.deadlineMs / 1000}).
`;
