/**
 * Classifies IP addresses that a policy host or an MX host must not resolve
 * to by default, so a hostile DNS answer cannot aim the checker at a private
 * network or a cloud metadata service.
 */

export type AddressKind = 'loopback' | 'private' | 'link-local' | 'metadata' | 'unspecified' | 'multicast' | 'shared' | 'unique-local' | 'documentation';

/** Returns why an address is not public, or null when it is a public unicast address. */
export function classifyAddress(address: string): AddressKind | null {
  const v4 = parseIpv4(address);
  if (v4) return classifyIpv4(v4);

  const v6 = parseIpv6(address);
  if (!v6) return null;
  return classifyIpv6(v6);
}

/** Describes a kind for messages, such as "a loopback". */
export function describeAddressKind(kind: AddressKind): string {
  const names: Record<AddressKind, string> = {
    loopback: 'a loopback',
    private: 'a private (RFC 1918)',
    'link-local': 'a link-local',
    metadata: 'a cloud metadata service',
    unspecified: 'an unspecified',
    multicast: 'a multicast',
    shared: 'a shared (carrier-grade NAT)',
    'unique-local': 'a unique local (fc00::/7)',
    documentation: 'a documentation',
  };
  return names[kind];
}

function classifyIpv4([a, b, c, d]: number[]): AddressKind | null {
  if (a === 169 && b === 254 && c === 169 && d === 254) return 'metadata';
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b! >= 64 && b! <= 127) return 'shared';
  if (a! >= 224) return 'multicast';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation';
  return null;
}

function classifyIpv6(words: number[]): AddressKind | null {
  const [w0, w1, w2, w3, w4, w5, w6, w7] = words as [number, number, number, number, number, number, number, number];
  const zeroPrefix = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0;

  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms reach the IPv4 address.
  if (zeroPrefix && w5 === 0xffff) return classifyIpv4([w6 >> 8, w6 & 0xff, w7 >> 8, w7 & 0xff]);
  if (zeroPrefix && w5 === 0 && w6 === 0 && w7 === 1) return 'loopback';
  if (zeroPrefix && w5 === 0 && w6 === 0 && w7 === 0) return 'unspecified';
  // AWS's IPv6 metadata endpoint, fd00:ec2::254.
  if (w0 === 0xfd00 && w1 === 0x0ec2 && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0 && w6 === 0 && w7 === 0x254) return 'metadata';
  if ((w0 & 0xfe00) === 0xfc00) return 'unique-local';
  if ((w0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((w0 & 0xff00) === 0xff00) return 'multicast';
  if (w0 === 0x2001 && w1 === 0x0db8) return 'documentation';
  return null;
}

/** Parses dotted-quad IPv4 text, or returns null. */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

/** Parses IPv6 text (with `::` and an optional trailing IPv4 part) into eight 16-bit words, or returns null. */
export function parseIpv6(text: string): number[] | null {
  const address = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!address.includes(':')) return null;

  const halves = address.split('::');
  if (halves.length > 2) return null;
  const toWords = (part: string): number[] | null => {
    if (part === '') return [];
    const words: number[] = [];
    const groups = part.split(':');
    for (const [index, group] of groups.entries()) {
      if (index === groups.length - 1 && group.includes('.')) {
        const v4 = parseIpv4(group);
        if (!v4) return null;
        words.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
      words.push(parseInt(group, 16));
    }
    return words;
  };

  const head = toWords(halves[0]!);
  const tail = halves.length === 2 ? toWords(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}
