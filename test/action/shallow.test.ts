/**
 * The built Action in a depth-1 clone, as actions/checkout makes by
 * default: it fetches the pull request base with git, and reads it through
 * the GitHub API when git cannot fetch it.
 */

import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { commit, git, makeRepo, revParse } from '../gate/support.js';
import { makeTree } from '../helpers/repo.js';
import { startApiServer, type ApiServer } from './api-server.js';
import { POLICY_FILE, assertBundleBuilt, fileAnnotations, policyFiles, policyText, pullRequestPayload, runAction, type ActionRun } from './support.js';

interface ShallowCase {
  origin: string;
  base: string;
  head: string;
}

/** Creates an origin repository whose last commit changes the policy without a new id. */
function makeOrigin(): ShallowCase {
  const origin = makeRepo(policyFiles(1209600, '20240101000000'));
  const base = revParse(origin);
  const head = commit(origin, { [POLICY_FILE]: policyText(2419200) }, 'raise max_age');
  return { origin, base, head };
}

/** Clones `origin` with `--depth 1` through a file:// URL, so the clone is shallow. */
function shallowClone(origin: string): string {
  const parent = makeTree({});
  const clone = path.join(parent, 'mail-policies');
  git(parent, ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
  return clone;
}

function hasCommit(repo: string, sha: string): boolean {
  try {
    git(repo, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function gateRules(run: ActionRun): string[] {
  return fileAnnotations(run, 'error').map((annotation) => annotation.properties.title ?? '');
}

describe('action in a depth 1 clone', () => {
  let api: ApiServer;

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('with a reachable origin', () => {
    let setup: ShallowCase;
    let clone: string;
    let baseBefore: boolean;
    let run: ActionRun;

    beforeAll(async () => {
      setup = makeOrigin();
      clone = shallowClone(setup.origin);
      baseBefore = hasCommit(clone, setup.base);
      api.requests.length = 0;
      run = await runAction({ workspace: clone, api, eventName: 'pull_request', payload: pullRequestPayload(setup.base, setup.head) });
    });

    it('starts without the base', () => {
      expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
      expect(baseBefore).toBe(false);
    });

    it('fetches the base with git', () => {
      expect(hasCommit(clone, setup.base)).toBe(true);
    });

    it('reports STS501', () => {
      expect(gateRules(run)).toContain('STS501 id-not-changed');
      expect(run.outputs.status).toBe('failed');
    });

    it('sends no API requests', () => {
      expect(api.requests).toEqual([]);
    });

    it('mentions no API fallback', () => {
      expect(run.summary).not.toContain('GitHub API');
    });
  });

  describe('with the origin removed and a token without read access', () => {
    let setup: ShallowCase;
    let run: ActionRun;

    beforeAll(async () => {
      setup = makeOrigin();
      const clone = shallowClone(setup.origin);
      git(clone, ['remote', 'remove', 'origin']);
      api.gitRoot = setup.origin;
      api.forbidden = true;
      try {
        run = await runAction({ workspace: clone, api, eventName: 'pull_request', payload: pullRequestPayload(setup.base, setup.head) });
      } finally {
        api.forbidden = false;
      }
    });

    it('ends with status error', () => {
      expect(run.status).toBe(1);
      expect(run.outputs.status).toBe('error');
    });

    it('names the commit and the API error', () => {
      const failure = run.lines.find((line) => line.startsWith('::error::'));
      expect(failure).toContain(`cannot read commit ${setup.base.slice(0, 12)} through the GitHub API`);
      expect(failure).toContain('Resource not accessible by integration');
    });
  });

  describe('with the origin removed and blobs forbidden', () => {
    let setup: ShallowCase;
    let run: ActionRun;

    beforeAll(async () => {
      setup = makeOrigin();
      const clone = shallowClone(setup.origin);
      git(clone, ['remote', 'remove', 'origin']);
      api.gitRoot = setup.origin;
      api.forbidden = /\/git\/blobs\//;
      try {
        run = await runAction({ workspace: clone, api, eventName: 'pull_request', payload: pullRequestPayload(setup.base, setup.head) });
      } finally {
        api.forbidden = false;
      }
    });

    it('ends with status error', () => {
      expect(run.outputs.status).toBe('error');
    });

    it('reports a read failure, not an internal error', () => {
      const failure = run.lines.find((line) => line.startsWith('::error::'));
      expect(failure).toContain(`through the GitHub API`);
      expect(failure).not.toContain('internal error');
    });
  });

  for (const [name, cutOff] of [
    ['removed', (clone: string) => git(clone, ['remote', 'remove', 'origin'])],
    ['unreachable', (clone: string) => git(clone, ['remote', 'set-url', 'origin', `file://${path.join(clone, 'no-such-origin')}`])],
  ] as const) {
    describe(`with the origin ${name}`, () => {
      let setup: ShallowCase;
      let run: ActionRun;

      beforeAll(async () => {
        setup = makeOrigin();
        const clone = shallowClone(setup.origin);
        cutOff(clone);
        api.requests.length = 0;
        api.gitRoot = setup.origin;
        run = await runAction({ workspace: clone, api, eventName: 'pull_request', payload: pullRequestPayload(setup.base, setup.head) });
      });

      it('reads the base tree through the API', () => {
        const tree = api.requests.find((request) => request.url.startsWith(`/repos/octo-org/mail-policies/git/trees/${setup.base}`));
        expect(tree?.method).toBe('GET');
        expect(tree?.url).toMatch(/[?&]recursive=(1|true)\b/);
      });

      it('reads the base policy blob through the API', () => {
        const blobSha = git(setup.origin, ['rev-parse', `${setup.base}:${POLICY_FILE}`]).trim();
        expect(api.requests.map((request) => `${request.method} ${request.url}`)).toContain(`GET /repos/octo-org/mail-policies/git/blobs/${blobSha}`);
      });

      it('sends the token', () => {
        expect(api.requests[0]?.authorization).toBe('token test-token');
      });

      it('reports STS501', () => {
        expect(gateRules(run)).toContain('STS501 id-not-changed');
        expect(run.outputs.status).toBe('failed');
      });

      it('notes the API in the summary', () => {
        expect(run.summary).toContain(`git could not fetch the base commit ${setup.base.slice(0, 12)}, so its files were read through the GitHub API`);
      });
    });
  }
});
