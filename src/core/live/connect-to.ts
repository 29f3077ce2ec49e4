/**
 * `--connect-to HOST:PORT:ADDR:PORT`, with curl's meaning: a connection to
 * HOST on PORT goes to ADDR on the second PORT instead, while SNI, the Host
 * header and the certificate check keep the original name. An empty HOST or
 * first PORT matches any; an empty ADDR keeps the addresses from DNS; an
 * empty second PORT keeps the port.
 */

import { parseIpv4, parseIpv6 } from './address.js';

export interface ConnectRoute {
  /** Lowercased host name, or null for any host. */
  host: string | null;
  port: number | null;
  /** An address or host name to connect to, or null to keep the resolved addresses. */
  address: string | null;
  toPort: number | null;
  /** The option as given, for messages. */
  spec: string;
}

export class ConnectToError extends Error {}

/** Parses one `--connect-to` value. Throws ConnectToError naming the problem. */
export function parseConnectTo(spec: string): ConnectRoute {
  const parts = splitRoute(spec);
  if (!parts) {
    throw new ConnectToError(`--connect-to \`${spec}\` is invalid; expected HOST:PORT:ADDRESS:PORT, such as mta-sts.example.com:443:192.0.2.10:443 or mta-sts.example.com:443:[::1]:8443`);
  }

  const [host, port, address, toPort] = parts;
  const number = (text: string, what: string): number | null => {
    if (text === '') return null;
    const value = Number(text);
    if (!/^[0-9]{1,5}$/.test(text) || value < 1 || value > 65535) {
      throw new ConnectToError(`--connect-to \`${spec}\`: ${what} \`${text}\` is not a port number from 1 to 65535`);
    }
    return value;
  };
  const target = address.replace(/^\[(.*)\]$/, '$1');
  if (address.startsWith('[') && !parseIpv6(target)) {
    throw new ConnectToError(`--connect-to \`${spec}\`: \`${address}\` is not an IPv6 address`);
  }
  return {
    host: host === '' ? null : host.toLowerCase().replace(/\.$/, ''),
    port: number(port, 'port'),
    address: target === '' ? null : target,
    toPort: number(toPort, 'port'),
    spec,
  };
}

/** Splits at the three colons that separate the fields, keeping bracketed IPv6 addresses whole. */
function splitRoute(spec: string): [string, string, string, string] | null {
  const match = /^([^:[\]]*):([0-9]*):(\[[^\]]*\]|[^:[\]]*):([0-9]*)$/.exec(spec);
  if (!match) return null;
  return [match[1]!, match[2]!, match[3]!, match[4]!];
}

/** Returns the first route that applies to a connection to `host` on `port`. */
export function findRoute(routes: readonly ConnectRoute[], host: string, port: number): ConnectRoute | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  return routes.find((route) => (route.host === null || route.host === name) && (route.port === null || route.port === port));
}

/** Tells whether text is an IP address rather than a host name. */
export function isIpAddress(text: string): boolean {
  return parseIpv4(text) !== null || parseIpv6(text) !== null;
}
