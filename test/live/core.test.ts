/**
 * The pure parts of the live checks, table by table: address classes,
 * `--connect-to` routes, certificate names, media types, shards and the
 * resolver list.
 */

import { describe, expect, it } from 'vitest';

import { parseResolvers } from '../../src/adapters/live/dns.js';
import { parseShard, selectShard } from '../../src/app/live.js';
import { classifyAddress } from '../../src/core/live/address.js';
import { certificateNameMatches, dnsNamesOf } from '../../src/core/live/certificate.js';
import { ConnectToError, findRoute, parseConnectTo } from '../../src/core/live/connect-to.js';
import { parseMediaType } from '../../src/core/live/media-type.js';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', null],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['169.254.10.1', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['192.0.2.10', 'documentation'],
    ['8.8.8.8', null],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:7f00:1', 'loopback'],
    ['fd00:ec2::254', 'metadata'],
    ['fd12:3456::1', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['2606:4700::1111', null],
    ['not-an-address', null],
    ['1.2.3', null],
    ['01.2.3.4', null],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });
});

describe('parseConnectTo', () => {
  it.each([
    ['mta-sts.example.com:443:192.0.2.10:8443', { host: 'mta-sts.example.com', port: 443, address: '192.0.2.10', toPort: 8443 }],
    ['MTA-STS.Example.com.:443:[::1]:443', { host: 'mta-sts.example.com', port: 443, address: '::1', toPort: 443 }],
    ['::127.0.0.1:', { host: null, port: null, address: '127.0.0.1', toPort: null }],
    ['mx.example.com:25::2525', { host: 'mx.example.com', port: 25, address: null, toPort: 2525 }],
    ['mta-sts.example.com:443:new-web.example.net:443', { host: 'mta-sts.example.com', port: 443, address: 'new-web.example.net', toPort: 443 }],
  ])('reads %s', (spec, expected) => {
    expect(parseConnectTo(spec)).toEqual({ ...expected, spec });
  });

  it.each([
    ['mta-sts.example.com:443', /expected HOST:PORT:ADDRESS:PORT/],
    ['mta-sts.example.com:443:::1:443', /expected HOST:PORT:ADDRESS:PORT/],
    ['mta-sts.example.com:99999:127.0.0.1:443', /`99999` is not a port number/],
    ['mta-sts.example.com:443:127.0.0.1:0', /`0` is not a port number/],
    ['a:443:[not-v6]:443', /`\[not-v6\]` is not an IPv6 address/],
  ])('rejects %s', (spec, message) => {
    expect(() => parseConnectTo(spec)).toThrow(ConnectToError);
    expect(() => parseConnectTo(spec)).toThrow(message);
  });

  it('picks the first route that matches host and port', () => {
    const routes = ['mx.example.com:25::2525', ':25::25025', 'mta-sts.example.com:443:127.0.0.1:'].map(parseConnectTo);
    expect(findRoute(routes, 'MX.example.com.', 25)?.toPort).toBe(2525);
    expect(findRoute(routes, 'other.example.com', 25)?.toPort).toBe(25025);
    expect(findRoute(routes, 'mta-sts.example.com', 443)?.address).toBe('127.0.0.1');
    expect(findRoute(routes, 'mta-sts.example.com', 80)).toBeUndefined();
  });
});

describe('certificate names', () => {
  it.each([
    ['mta-sts.example.com', 'mta-sts.example.com', true],
    ['MTA-STS.example.COM', 'mta-sts.example.com', true],
    ['*.example.com', 'mta-sts.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', 'mta-sts.sub.example.com', false],
    ['*.com', 'example.com', false],
    ['mta-*.example.com', 'mta-sts.example.com', false],
    ['*.*.example.com', 'a.b.example.com', false],
    ['www.example.com', 'mta-sts.example.com', false],
  ])('%s covers %s: %s', (pattern, host, expected) => {
    expect(certificateNameMatches(pattern, host)).toBe(expected);
  });

  it('reads only DNS names from subjectaltname', () => {
    expect(dnsNamesOf('DNS:mta-sts.example.com, IP Address:192.0.2.1, DNS:*.example.com, email:a@example.com')).toEqual(['mta-sts.example.com', '*.example.com']);
    expect(dnsNamesOf(undefined)).toEqual([]);
  });
});

describe('parseMediaType', () => {
  it.each([
    ['text/plain', { essence: 'text/plain', charset: null }],
    ['Text/Plain; Charset="UTF-8"', { essence: 'text/plain', charset: 'utf-8' }],
    ['text/plain;format=flowed; charset=iso-8859-1', { essence: 'text/plain', charset: 'iso-8859-1' }],
    ['text/plain; charset=utf-8; charset=latin1', { essence: 'text/plain', charset: 'utf-8' }],
    ['text/html', { essence: 'text/html', charset: null }],
    ['plain', null],
    ['', null],
  ])('%j', (header, expected) => {
    expect(parseMediaType(header)).toEqual(expected);
  });
});

describe('shards', () => {
  const domains = Array.from({ length: 10 }, (_unused, index) => `d${index}.example`);

  it('splits the sorted domains so that every domain is in exactly one shard', () => {
    const shards = [1, 2, 3].map((index) => selectShard(domains, { index, count: 3 }));
    expect(shards.flat().sort()).toEqual([...domains].sort());
    expect(shards.map((shard) => shard.length)).toEqual([4, 3, 3]);
    expect(selectShard([...domains].reverse(), { index: 2, count: 3 })).toEqual(shards[1]);
  });

  it.each(['0/3', '4/3', '1/0', 'a/b', '1', '-1/2'])('rejects --shard %s', (value) => {
    expect(() => parseShard(value)).toThrow(/--shard .* is invalid; expected I\/N/);
  });
});

describe('parseResolvers', () => {
  it.each([
    ['9.9.9.9', { host: '9.9.9.9', port: 53 }],
    ['127.0.0.1:5353', { host: '127.0.0.1', port: 5353 }],
    ['::1', { host: '::1', port: 53 }],
    ['[::1]:5353', { host: '::1', port: 5353 }],
    ['2620:fe::fe', { host: '2620:fe::fe', port: 53 }],
  ])('reads %s', (value, expected) => {
    expect(parseResolvers([value])).toEqual([expected]);
  });

  it.each(['dns.google', '127.0.0.1:0', '127.0.0.1:70000', '[::1'])('rejects %s', (value) => {
    expect(() => parseResolvers([value])).toThrow(/--resolver .* is invalid/);
  });
});
