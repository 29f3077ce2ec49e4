/**
 * The built Action with `comment: true`: one pull request comment, found
 * again by its hidden marker and updated in place, and a read-only token
 * that only costs the comment.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { commit, makeRepo, revParse } from '../gate/support.js';
import { MAX_COMMENT_LENGTH, startApiServer, type ApiServer, type RecordedRequest } from './api-server.js';
import { POLICY_FILE, ZONE_FILE, assertBundleBuilt, policyFiles, policyText, pullRequestPayload, runAction, zoneText, type ActionRun } from './support.js';

const MARKER = '<!-- mta-sts-guard:summary -->';
const COMMENTS_PATH = '/repos/octo-org/mail-policies/issues/7/comments';
const OTHER_COMMENT = { id: 1, body: 'Looks good to me.' };

function requestLines(requests: RecordedRequest[]): string[] {
  return requests.map((request) => `${request.method} ${request.url.replace(/\?.*$/, '')}`);
}

/** Creates a repository whose pull request changes the policy; `bumped` also publishes a new id. */
function makePullRequest(bumped: boolean): { repo: string; base: string; head: string } {
  const repo = makeRepo(policyFiles(1209600, '20240101000000'));
  const base = revParse(repo);
  const head = commit(repo, { [POLICY_FILE]: policyText(2419200), ...(bumped ? { [ZONE_FILE]: zoneText('20250101000000') } : {}) }, 'raise max_age');
  return { repo, base, head };
}

describe('action comment', () => {
  let api: ApiServer;

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('on two runs', () => {
    let first: ActionRun;
    let firstRequests: string[];
    let firstBody: string;
    let second: ActionRun;
    let secondRequests: string[];

    beforeAll(async () => {
      const { repo, base, head } = makePullRequest(false);
      api.comments.set(7, [{ ...OTHER_COMMENT }]);
      api.requests.length = 0;
      first = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(base, head), inputs: { comment: 'true' } });
      firstRequests = requestLines(api.requests);
      firstBody = api.comments.get(7)?.[1]?.body ?? '';

      commit(repo, { [ZONE_FILE]: zoneText('20250101000000') }, 'bump the policy id');
      api.requests.length = 0;
      second = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(base, revParse(repo)), inputs: { comment: 'true' } });
      secondRequests = requestLines(api.requests);
    });

    it('lists then creates', () => {
      expect(firstRequests).toEqual([`GET ${COMMENTS_PATH}`, `POST ${COMMENTS_PATH}`]);
    });

    it('starts the comment with the marker', () => {
      expect(firstBody.startsWith(`${MARKER}\n`)).toBe(true);
    });

    it('puts the summary in the comment', () => {
      expect(firstBody).toContain(first.summary);
    });

    it('lists then updates', () => {
      expect(secondRequests).toEqual([`GET ${COMMENTS_PATH}`, 'PATCH /repos/octo-org/mail-policies/issues/comments/1000']);
    });

    it('keeps one comment of its own', () => {
      const comments = api.comments.get(7) ?? [];
      expect(comments.filter((comment) => comment.body.startsWith(MARKER))).toHaveLength(1);
    });

    it('leaves other comments alone', () => {
      expect(api.comments.get(7)?.[0]).toEqual(OTHER_COMMENT);
    });

    it('updates the body', () => {
      const body = api.comments.get(7)?.[1]?.body ?? '';
      expect(body).toBe(`${MARKER}\n${second.summary}`);
      expect(body).not.toBe(firstBody);
    });

    it('sends the token', () => {
      expect(api.requests.every((request) => request.authorization === 'token test-token')).toBe(true);
    });

    it('reports the findings', () => {
      expect(first.outputs.status).toBe('failed');
      expect(second.outputs.status).toBe('passed');
    });
  });

  describe('with a read-only token', () => {
    const runs: Record<'passing' | 'failing', ActionRun | undefined> = { passing: undefined, failing: undefined };

    beforeAll(async () => {
      api.forbidden = true;
      try {
        for (const kind of ['passing', 'failing'] as const) {
          const { repo, base, head } = makePullRequest(kind === 'passing');
          runs[kind] = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(base, head, 8), inputs: { comment: 'true' } });
        }
      } finally {
        api.forbidden = false;
      }
    });

    it('warns about the comment', () => {
      const warning = runs.passing?.lines.find((line) => line.startsWith('::warning::could not write the pull request comment'));
      expect(warning).toContain('Resource not accessible by integration');
      expect(warning).toContain('see the job summary instead');
    });

    it('passes without findings', () => {
      expect(runs.passing?.status).toBe(0);
      expect(runs.passing?.outputs.status).toBe('passed');
    });

    it('fails on findings only', () => {
      expect(runs.failing?.status).toBe(1);
      expect(runs.failing?.outputs.status).toBe('failed');
    });

    it('still writes the summary', () => {
      expect(runs.passing?.summary).toContain('## ✅ MTA-STS check');
    });

    it('raises no error annotation', () => {
      expect(runs.passing?.lines.filter((line) => line.startsWith('::error'))).toEqual([]);
    });
  });

  describe('on the second page', () => {
    let requests: string[];

    beforeAll(async () => {
      const { repo, base, head } = makePullRequest(true);
      const comments = Array.from({ length: 150 }, (_, index) => ({ id: index + 1, body: `review comment ${index + 1}` }));
      comments[119] = { id: 120, body: `${MARKER}\nan earlier summary` };
      api.comments.set(9, comments);
      api.requests.length = 0;
      await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(base, head, 9), inputs: { comment: 'true' } });
      requests = requestLines(api.requests);
    });

    it('reads both pages', () => {
      expect(requests.filter((line) => line === 'GET /repos/octo-org/mail-policies/issues/9/comments')).toHaveLength(2);
    });

    it('updates the marked comment', () => {
      expect(requests).toContain('PATCH /repos/octo-org/mail-policies/issues/comments/120');
      expect(requests).not.toContain('POST /repos/octo-org/mail-policies/issues/9/comments');
    });
  });

  describe('with a summary longer than a comment', () => {
    let run: ActionRun;
    let body: string;

    beforeAll(async () => {
      const fields = Array.from({ length: 250 }, (_, index) => `extension-field-${index}: value`).join('\n');
      const repo = makeRepo({ ...policyFiles(1209600, '20240101000000'), [POLICY_FILE]: `${policyText(1209600)}${fields}\n` });
      const head = revParse(repo);
      run = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(head, head, 10), inputs: { comment: 'true' } });
      body = api.comments.get(10)?.[0]?.body ?? '';
    });

    it('has a long job summary', () => {
      expect(run.summary.length).toBeGreaterThan(MAX_COMMENT_LENGTH);
    });

    it('posts a shortened comment', () => {
      expect(body.length).toBeGreaterThan(0);
      expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    });

    it('starts the comment with the marker', () => {
      expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    });

    it('links the job summary', () => {
      expect(body.trimEnd().endsWith('[job summary](http://127.0.0.1/octo-org/mail-policies/actions/runs/4242) has all of it.')).toBe(true);
    });

    it('cuts between findings', () => {
      const lines = body.trimEnd().split('\n');
      expect(lines.at(-3)).toMatch(/^- \*\*notice\*\* .*\)\)$/);
    });

    it('raises no warning', () => {
      expect(run.lines.filter((line) => line.startsWith('::warning'))).toEqual([]);
    });
  });

  describe('outside pull requests', () => {
    let run: ActionRun;

    beforeAll(async () => {
      const { repo } = makePullRequest(true);
      api.requests.length = 0;
      run = await runAction({ workspace: repo, api, eventName: 'workflow_dispatch', payload: {}, inputs: { comment: 'true' } });
    });

    it('logs that it has no effect', () => {
      expect(run.lines).toContain('comment: true has no effect outside pull_request events');
    });

    it('sends no API requests', () => {
      expect(api.requests).toEqual([]);
    });
  });
});
