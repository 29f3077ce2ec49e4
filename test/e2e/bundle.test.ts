/**
 * The bundled CLI in dist/ run as a child process, the way users, CI jobs
 * and the pre-commit hook run it.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { BUNDLE, REPO_ROOT, runBundle } from '../helpers/cli.js';
import { GOOD_POLICY, makeTree } from '../helpers/repo.js';

describe('bundled CLI', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing; run npm run build`);
  });

  it('prints its version', () => {
    const result = runBundle(['--version'], REPO_ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('checks the repository examples', () => {
    const result = runBundle(['check', 'examples/'], REPO_ROOT);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('examples/mta-sts.example.net/.well-known/mta-sts.txt:2:1: error:');
    expect(result.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ notices? \(2 files, 2 domains\)\n$/);
  });

  it('loads the config file chunk', () => {
    const result = runBundle(['check', '--config', 'examples/.mta-sts-guard.yml', 'examples/mta-sts.example.com', '--format', 'json'], REPO_ROOT);
    const report = JSON.parse(result.stdout);
    expect(result.status).toBe(0);
    expect(report.domains[0]).toMatchObject({ domain: 'example.com', id: '20261204120000', mode: 'enforce' });
  });

  it('exits 0 on a clean repository', () => {
    const root = makeTree({ 'mta-sts.example.com/.well-known/mta-sts.txt': GOOD_POLICY }, { git: true });
    const result = runBundle(['check', '--record', 'v=STSv1; id=20240501', '--tlsrpt', 'v=TLSRPTv1; rua=mailto:tls@example.com'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no problems found (1 file, 1 domain)');
  });

  it('reports usage errors in one line', () => {
    const result = runBundle(['check', '--format'], REPO_ROOT);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('handles hostile bytes without crashing', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x76, 0x00, 0xff, 0x0d, 0x0d, 0x0a, 0xc3, 0x28, 0x3a]);
    const root = makeTree({ [path.join('.well-known', 'mta-sts.txt')]: bytes });
    const result = runBundle(['check', '--domain', 'example.com', '--format', 'json'], root);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).summary.errors).toBeGreaterThan(0);
  });
});
