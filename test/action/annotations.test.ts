/**
 * The built Action with more findings than GitHub shows as annotations:
 * it annotates at most ten of each severity per step, the id gate's errors
 * first, and the summary counts the rest.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { commit, makeRepo, revParse } from '../gate/support.js';
import { startApiServer, type ApiServer } from './api-server.js';
import { assertBundleBuilt, fileAnnotations, pullRequestPayload, runAction, type ActionRun } from './support.js';

const DOMAINS = ['example.com', 'example.net', 'example.org'];
const PER_DOMAIN = 10;

function policyPath(domain: string): string {
  return `mta-sts.${domain}/.well-known/mta-sts.txt`;
}

function basePolicy(domain: string): string {
  return `version: STSv1\nmode: testing\nmx: mx1.${domain}\nmax_age: 1209600\n`;
}

/** Returns a changed policy with ten IP address mx patterns (warnings), ten comment lines (errors) and ten unknown fields (notices). */
function noisyPolicy(domain: string): string {
  const lines = ['version: STSv1', 'mode: testing', `mx: mx1.${domain}`];
  for (let index = 1; index <= PER_DOMAIN; index++) lines.push(`mx: 192.0.2.${index}`);
  lines.push('max_age: 1209600');
  for (let index = 1; index <= PER_DOMAIN; index++) lines.push(`# comment ${index}`);
  for (let index = 1; index <= PER_DOMAIN; index++) lines.push(`ext${index}: value`);
  return `${lines.join('\n')}\n`;
}

function zone(domain: string): string {
  return `$ORIGIN ${domain}.\n$TTL 3600\n_mta-sts IN TXT "v=STSv1; id=20240101000000"\n_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@${domain}"\n`;
}

function commandLines(run: ActionRun, command: string): string[] {
  return run.lines.filter((line) => line.startsWith(`::${command} `) || line.startsWith(`::${command}::`));
}

describe('action annotation limits', () => {
  let api: ApiServer;
  let run: ActionRun;

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
    const files: Record<string, string> = {};
    for (const domain of DOMAINS) {
      files[policyPath(domain)] = basePolicy(domain);
      files[`dns/${domain}.zone`] = zone(domain);
    }
    const repo = makeRepo(files);
    const base = revParse(repo);
    const head = commit(repo, Object.fromEntries(DOMAINS.map((domain) => [policyPath(domain), noisyPolicy(domain)])), 'add many problems');
    run = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(base, head) });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('finds every problem', () => {
    expect(run.outputs.errors).toBe('36');
    expect(run.outputs.warnings).toBe('30');
    expect(run.outputs.notices).toBe('30');
  });

  it('writes at most 10 errors', () => {
    expect(commandLines(run, 'error').length).toBeLessThanOrEqual(10);
  });

  it('writes 10 warnings', () => {
    expect(commandLines(run, 'warning')).toHaveLength(10);
  });

  it('writes 10 notices', () => {
    expect(commandLines(run, 'notice')).toHaveLength(10);
  });

  it('puts gate errors first', () => {
    const titles = fileAnnotations(run, 'error').map((annotation) => annotation.properties.title);
    expect(titles.slice(0, 6)).toEqual(Array(6).fill('STS501 id-not-changed'));
    expect(titles.slice(6).every((title) => title === 'STS111 comment-line')).toBe(true);
  });

  it('annotates the step failure', () => {
    expect(commandLines(run, 'error').at(-1)).toBe('::error::mta-sts-guard: 36 error(s), 30 warning(s) at or above the fail-on level `error`');
  });

  it('counts the rest in the summary', () => {
    const annotated = fileAnnotations(run, 'error').length + fileAnnotations(run, 'warning').length + fileAnnotations(run, 'notice').length;
    expect(run.summary).toContain(`GitHub shows at most 10 annotations of each severity per step, so ${96 - annotated} findings appear only in this summary and the log.`);
  });

  it('logs every finding', () => {
    expect(run.stopBlock.split('\n').filter((line) => / (error|warning|notice): /.test(line))).toHaveLength(96);
  });
});
