/**
 * The built Action's inputs: `fail-on`, `path`, `working-directory`,
 * `sarif`, and invalid values, which end the step with status `error`.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo } from '../gate/support.js';
import { startApiServer, type ApiServer } from './api-server.js';
import { assertBundleBuilt, fileAnnotations, runAction, zoneText, type ActionRun, type InputName } from './support.js';

/** example.com has a short max_age (a warning); example.net has an invalid mode (an error). */
const FILES = {
  'sites/mta-sts.example.com/.well-known/mta-sts.txt': 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 86400\n',
  'sites/dns/example.com.zone': zoneText('20240101000000'),
  'sites/mta-sts.example.net/.well-known/mta-sts.txt': 'version: STSv1\nmode: enforcing\nmx: mx1.example.net\nmax_age: 1209600\n',
  'sites/dns/example.net.zone': zoneText('20240101000000').replaceAll('example.com', 'example.net'),
};

describe('action inputs', () => {
  let api: ApiServer;
  let repo: string;

  const run = (inputs: Partial<Record<InputName, string>>): Promise<ActionRun> => runAction({ workspace: repo, api, eventName: 'workflow_dispatch', payload: {}, inputs });

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
    repo = makeRepo(FILES);
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('fail-on', () => {
    it('never passes errors', async () => {
      const result = await run({ 'fail-on': 'never' });
      expect(result.outputs.errors).not.toBe('0');
      expect(result.outputs.status).toBe('passed');
      expect(result.status).toBe(0);
    });

    it('error passes warnings', async () => {
      const result = await run({ path: 'sites/mta-sts.example.com' });
      expect(result.outputs.warnings).toBe('1');
      expect(result.outputs.status).toBe('passed');
    });

    it('warning fails warnings', async () => {
      const result = await run({ path: 'sites/mta-sts.example.com', 'fail-on': 'warning' });
      expect(result.outputs.status).toBe('failed');
      expect(result.status).toBe(1);
    });

    it('rejects other values', async () => {
      const result = await run({ 'fail-on': 'errors' });
      expect(result.outputs.status).toBe('error');
      expect(result.lines).toContain('::error::mta-sts-guard: input `fail-on` is `errors`; expected error, warning or never');
    });
  });

  describe('path', () => {
    it('checks the given folder only', async () => {
      const result = await run({ path: 'sites/mta-sts.example.com' });
      expect(JSON.parse(result.outputs.domains ?? 'null')).toEqual(['example.com']);
    });

    it('splits on new lines', async () => {
      const result = await run({ path: 'sites/mta-sts.example.com\nsites/mta-sts.example.net\n' });
      expect(JSON.parse(result.outputs.domains ?? 'null')).toEqual(['example.com', 'example.net']);
    });

    it('rejects a missing file', async () => {
      const result = await run({ path: 'missing.txt' });
      expect(result.outputs.status).toBe('error');
      expect(result.lines).toContain('::error::mta-sts-guard: cannot read `missing.txt`: no such file or folder in the working tree');
    });
  });

  describe('working-directory', () => {
    let result: ActionRun;

    beforeAll(async () => {
      result = await run({ 'working-directory': 'sites', path: 'mta-sts.example.net' });
    });

    it('resolves path inside it', () => {
      expect(JSON.parse(result.outputs.domains ?? 'null')).toEqual(['example.net']);
    });

    it('annotates from the repository root', () => {
      const files = fileAnnotations(result, 'error').map((annotation) => annotation.properties.file);
      expect(files).toContain('sites/mta-sts.example.net/.well-known/mta-sts.txt');
    });

    it('rejects a missing folder', async () => {
      const missing = await run({ 'working-directory': 'no-such-folder' });
      expect(missing.outputs.status).toBe('error');
      expect(missing.lines.find((line) => line.startsWith('::error::'))).toContain('input `working-directory` is `no-such-folder`');
    });
  });

  describe('sarif', () => {
    it('writes a SARIF file', async () => {
      const result = await run({ 'working-directory': 'sites', sarif: 'results.sarif' });
      const file = path.join(repo, 'sites', 'results.sarif');
      expect(existsSync(file)).toBe(true);
      const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0]?.results).toHaveLength(Number(result.outputs.errors) + Number(result.outputs.warnings) + Number(result.outputs.notices));
    });
  });

  describe('comment', () => {
    it('rejects a value other than true or false', async () => {
      const result = await run({ comment: 'yes' });
      expect(result.outputs.status).toBe('error');
      expect(result.lines).toContain('::error::mta-sts-guard: input `comment` is `yes`; expected true or false');
    });
  });
});
