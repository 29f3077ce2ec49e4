/**
 * The built Action on each workflow event: which events run the id gate
 * and which lint only. The repository's last commit changes the policy
 * without a new id, so only a run that compares revisions fails.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { escapeMarkdown } from '../../src/report/github.js';
import { commit, makeRepo, revParse } from '../gate/support.js';
import { startApiServer, type ApiServer } from './api-server.js';
import {
  POLICY_FILE,
  ZERO_SHA,
  assertBundleBuilt,
  fileAnnotations,
  mergeGroupPayload,
  policyFiles,
  policyText,
  pullRequestPayload,
  pushPayload,
  runAction,
  type ActionRun,
} from './support.js';

const LINT_ONLY_NOTES: Record<string, string> = {
  newBranch: 'this push created a branch, so there is no earlier commit to compare and the commits it brings are linted only; run the check on pull requests to gate them.',
  workflow_dispatch: 'the workflow_dispatch event lints the checked-out branch; the id gate runs on pull requests and pushes.',
  schedule: 'the schedule event lints the checked-out branch; the id gate runs on pull requests and pushes.',
  issues: 'the issues event is not one the id gate compares (pull_request, merge_group, push); linting only.',
};

function gateTitles(run: ActionRun): string[] {
  return fileAnnotations(run, 'error').map((annotation) => annotation.properties.title ?? '');
}

describe('action events', () => {
  let api: ApiServer;
  let repo: string;
  let base: string;
  let head: string;

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
    repo = makeRepo(policyFiles(1209600, '20240101000000'));
    base = revParse(repo);
    head = commit(repo, { [POLICY_FILE]: policyText(2419200) }, 'raise max_age');
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('push', () => {
    let run: ActionRun;

    beforeAll(async () => {
      run = await runAction({ workspace: repo, api, eventName: 'push', payload: pushPayload(base, head) });
    });

    it('compares before with after', () => {
      expect(run.summary).toContain(`Compared the commit before the push (${base.slice(0, 12)}) with the pushed commit.`);
    });

    it('reports STS501', () => {
      expect(gateTitles(run)).toContain('STS501 id-not-changed');
    });

    it('fails', () => {
      expect(run.status).toBe(1);
      expect(run.outputs.status).toBe('failed');
    });
  });

  describe('pull_request_target', () => {
    let run: ActionRun;

    beforeAll(async () => {
      run = await runAction({ workspace: repo, api, eventName: 'pull_request_target', payload: pullRequestPayload(base, head) });
    });

    it('warns about the write token', () => {
      expect(run.lines).toContain('pull_request_target runs with the base branch code and a write token; use the pull_request event for this check.');
    });

    it('reports STS501', () => {
      expect(gateTitles(run)).toContain('STS501 id-not-changed');
    });
  });

  describe('merge_group', () => {
    let run: ActionRun;

    beforeAll(async () => {
      run = await runAction({ workspace: repo, api, eventName: 'merge_group', payload: mergeGroupPayload(base, head) });
    });

    it('compares the merge group base', () => {
      expect(run.summary).toContain(`Compared the merge group base (${base.slice(0, 12)}) with the merge group.`);
    });

    it('reports STS501', () => {
      expect(gateTitles(run)).toContain('STS501 id-not-changed');
    });
  });

  const lintOnly: Array<{ name: string; eventName: string; payload: () => unknown; note: string }> = [
    { name: 'push of a new branch', eventName: 'push', payload: () => pushPayload(ZERO_SHA, head), note: LINT_ONLY_NOTES.newBranch! },
    { name: 'workflow_dispatch', eventName: 'workflow_dispatch', payload: () => ({ ref: 'refs/heads/main', inputs: {} }), note: LINT_ONLY_NOTES.workflow_dispatch! },
    { name: 'schedule', eventName: 'schedule', payload: () => ({ schedule: '0 6 * * 1' }), note: LINT_ONLY_NOTES.schedule! },
    { name: 'issues', eventName: 'issues', payload: () => ({ action: 'opened', issue: { number: 3 } }), note: LINT_ONLY_NOTES.issues! },
  ];

  for (const entry of lintOnly) {
    describe(entry.name, () => {
      let run: ActionRun;

      beforeAll(async () => {
        run = await runAction({ workspace: repo, api, eventName: entry.eventName, payload: entry.payload() });
      });

      it('logs the lint-only note', () => {
        expect(run.lines).toContain(entry.note);
      });

      it('puts the note in the summary', () => {
        expect(run.summary).toContain(`> ${escapeMarkdown(entry.note)}`);
      });

      it('runs no gate', () => {
        expect(gateTitles(run)).toEqual([]);
        expect(run.summary).not.toContain('Compared ');
      });

      it('passes', () => {
        expect(run.status).toBe(0);
        expect(run.outputs.status).toBe('passed');
      });

      it('writes nothing to stderr', () => {
        expect(run.stderr).toBe('');
      });

      it('marks the gate not compared', () => {
        const row = run.summary.split('\n').find((line) => line.startsWith('| <code>example.com</code>'));
        expect(row).toContain('| not compared |');
      });
    });
  }

  describe('pull_request without a base', () => {
    let run: ActionRun;

    beforeAll(async () => {
      run = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: { number: 7, pull_request: { number: 7 } } });
    });

    it('lints only', () => {
      expect(run.lines).toContain('the pull_request event has no base commit; linting only.');
      expect(run.outputs.status).toBe('passed');
    });
  });

  describe('base input', () => {
    let run: ActionRun;

    beforeAll(async () => {
      run = await runAction({ workspace: repo, api, eventName: 'workflow_dispatch', payload: {}, inputs: { base: base } });
    });

    it('overrides the event', () => {
      expect(gateTitles(run)).toContain('STS501 id-not-changed');
      expect(run.summary).toContain(`Compared <code>${base}</code> with the checked-out commit.`);
    });
  });

  it('sends no API requests', () => {
    expect(api.requests).toEqual([]);
  });
});
