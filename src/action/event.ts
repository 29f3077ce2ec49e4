/**
 * Turns the workflow event into what to compare: the base revision of a
 * pull request, merge group or push, or nothing (lint only).
 */

import { readFile } from 'node:fs/promises';

import { GuardError } from '../adapters/errors.js';

import { escapeMarkdown } from '../report/github.js';

export interface EventPlan {
  /** The base revision for the id gate; absent means lint only. */
  base?: string;
  /** Label of the base in the job summary, as Markdown. */
  baseLabel: string;
  headLabel: string;
  /** Messages about what the run does, written by the tool. */
  notes: string[];
  pullRequest?: { owner: string; repo: string; number: number };
  /** Repository whose base files are read through the GitHub API when git cannot fetch them. */
  apiFallback?: { owner: string; repo: string };
}

interface Payload {
  pull_request?: { number?: number; base?: { sha?: string; ref?: string }; head?: { sha?: string } };
  merge_group?: { base_sha?: string; head_sha?: string; base_ref?: string };
  before?: string;
  after?: string;
  repository?: { name?: string; owner?: { login?: string } };
}

const ZERO_SHA = /^0+$/;

export async function resolveEvent(eventName: string, eventPath: string | undefined, baseInput: string, cwd: string): Promise<EventPlan> {
  void cwd;
  let payload: Payload = {};
  if (eventPath) {
    try {
      payload = JSON.parse(await readFile(eventPath, 'utf8')) as Payload;
    } catch (error) {
      // Without the payload the gate would silently turn into a lint, so a broken payload stops the run.
      throw new GuardError(`cannot read the event payload \`${eventPath}\` (GITHUB_EVENT_PATH): ${(error as Error).message}`, 'EVENT_UNREADABLE', { cause: error });
    }
  }

  const [envOwner, envRepo] = (process.env.GITHUB_REPOSITORY ?? '/').split('/');
  const owner = payload.repository?.owner?.login ?? envOwner ?? '';
  const repo = payload.repository?.name ?? envRepo ?? '';
  const apiFallback = owner && repo ? { owner, repo } : undefined;
  const plan: EventPlan = { baseLabel: 'base', headLabel: 'the checked-out commit', notes: [] };

  if (baseInput) {
    // The input can name a branch, and branch names may hold backticks and HTML, so the label is escaped.
    return { ...plan, base: baseInput, baseLabel: `<code>${escapeMarkdown(baseInput)}</code>`, ...(apiFallback ? { apiFallback } : {}) };
  }

  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const base = payload.pull_request?.base?.sha;
      if (eventName === 'pull_request_target') {
        plan.notes.push('pull_request_target runs with the base branch code and a write token; use the pull_request event for this check.');
      }
      if (!base) return { ...plan, notes: [...plan.notes, `the ${eventName} event has no base commit; linting only.`] };
      const number = payload.pull_request?.number;
      return {
        ...plan,
        base,
        baseLabel: `the pull request base (${base.slice(0, 12)})`,
        headLabel: 'the pull request',
        ...(number && owner && repo ? { pullRequest: { owner, repo, number } } : {}),
        ...(apiFallback ? { apiFallback } : {}),
      };
    }
    case 'merge_group': {
      const base = payload.merge_group?.base_sha;
      if (!base) return { ...plan, notes: ['the merge_group event has no base commit; linting only.'] };
      return { ...plan, base, baseLabel: `the merge group base (${base.slice(0, 12)})`, headLabel: 'the merge group', ...(apiFallback ? { apiFallback } : {}) };
    }
    case 'push': {
      const before = payload.before;
      if (!before || ZERO_SHA.test(before)) {
        return { ...plan, notes: ['this push created a branch, so there is no earlier commit to compare and the commits it brings are linted only; run the check on pull requests to gate them.'] };
      }
      return { ...plan, base: before, baseLabel: `the commit before the push (${before.slice(0, 12)})`, headLabel: 'the pushed commit', ...(apiFallback ? { apiFallback } : {}) };
    }
    case 'workflow_dispatch':
    case 'schedule':
      return { ...plan, notes: [`the ${eventName} event lints the checked-out branch; the id gate runs on pull requests and pushes.`] };
    default:
      return { ...plan, notes: [`the ${eventName || 'unknown'} event is not one the id gate compares (pull_request, merge_group, push); linting only.`] };
  }
}
