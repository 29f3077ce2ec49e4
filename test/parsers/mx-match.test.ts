/**
 * Matching MX host names against mx patterns: a wildcard covers exactly one
 * left-most label, names compare case-insensitively, and the root dot that
 * DNS puts after an MX target is ignored. The pattern itself may not end
 * in a dot.
 */

import { describe, expect, it } from 'vitest';

import { matchesMxPattern } from '../../src/core/mx.js';

describe('matchesMxPattern', () => {
  it.each([
    ['mail.example.com', 'mail.example.com'],
    ['mail.example.com', 'MAIL.Example.COM'],
    ['MAIL.EXAMPLE.COM', 'mail.example.com'],
    ['mail.example.com', 'mail.example.com.'],
    ['*.example.com', 'mail.example.com'],
    ['*.example.com', 'MX1.EXAMPLE.COM'],
    ['*.Example.COM', 'mail.example.com.'],
    ['*.mx.microsoft', 'tenant.mx.microsoft'],
  ])('%s matches %s', (pattern, host) => {
    expect(matchesMxPattern(pattern, host)).toBe(true);
  });

  it.each([
    ['*.example.com', 'example.com'],
    ['*.example.com', 'example.com.'],
    ['*.example.com', 'a.b.example.com'],
    ['*.mx.microsoft', 'tenant.h-v1.mx.microsoft'],
    ['*.example.com', '.example.com'],
    ['*.example.com', 'mail.example.net'],
    ['*.example.com', 'mailexample.com'],
    ['mail.example.com', 'mx.example.com'],
    ['mail.example.com', 'a.mail.example.com'],
    ['mail.example.com', 'example.com'],
    ['mail.example.com', 'mail.example.com..'],
    ['mail.example.com.', 'mail.example.com'],
    ['example.com', 'mail.example.com'],
  ])('%s does not match %s', (pattern, host) => {
    expect(matchesMxPattern(pattern, host)).toBe(false);
  });
});
