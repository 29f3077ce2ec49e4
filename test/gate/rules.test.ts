/**
 * Every finding of the id gate (STS501-STS508), each with a failing and a
 * passing case, in real git repositories compared with `--base X --head Y`.
 * The record lives in a zone file unless a case needs another source.
 */

import { describe, expect, it } from 'vitest';

import { NEW_ID, OLD_ID, POLICY, POLICY_PATH, check, commit, makeRepo, ofRule, peekCommitDate, positionOf, revParse, zoneFile, zoneLayout } from './support.js';

const ZONE_PATH = 'dns/example.com.zone';
const TESTING_POLICY = POLICY.replace('mode: enforce', 'mode: testing');
const NONE_POLICY = POLICY.replace('mode: enforce', 'mode: none').replace('max_age: 1209600', 'max_age: 86400');
/** POLICY with `mx2` replaced by `mx3`: line 4 is the only changed line. */
const CHANGED_POLICY = POLICY.replace('mx2.example.com', 'mx3.example.com');

/** Returns the date `seconds` after `date` as `YYYY-MM-DD`. */
function dayAfter(date: Date, seconds: number): string {
  return new Date(date.getTime() + seconds * 1000).toISOString().slice(0, 10);
}

/** Creates a repository at `baseFiles`, commits `headFiles` on top, and runs the gate on the two commits. */
async function gateBetween(baseFiles: Record<string, string>, headFiles: Record<string, string | null>) {
  const root = makeRepo(baseFiles);
  const base = revParse(root);
  const headDate = peekCommitDate(root);
  commit(root, headFiles);
  const run = await check(root, ['--base', base, '--head', 'HEAD']);
  return { root, run, headDate };
}

describe('STS501 id-not-changed', () => {
  it('reports a change without a new id', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(CHANGED_POLICY, OLD_ID));
    const idToken = positionOf(zoneFile(OLD_ID), OLD_ID);
    const [atId, atPolicy, ...rest] = ofRule(run, 'STS501').sort((a, b) => a.messageId.localeCompare(b.messageId));

    expect(run.status).toBe(1);
    expect(rest).toEqual([]);
    expect(atId?.messageId).toBe('idUnchanged');
    expect(atId?.severity).toBe('error');
    expect(atId?.file).toBe(ZONE_PATH);
    expect(atId?.line).toBe(idToken.line);
    expect(atId?.column).toBe(idToken.column);
    expect(atId?.endColumn).toBe(idToken.column + OLD_ID.length);
    expect(atPolicy?.messageId).toBe('policyChanged');
    expect(atPolicy?.file).toBe(POLICY_PATH);
    expect(atPolicy?.line).toBe(4);
    expect(atPolicy?.column).toBe(1);
    expect(atPolicy?.endLine).toBe(4);
  });

  it('spans every changed policy line', async () => {
    const changed = POLICY.replace('mx1.example.com', 'mx5.example.com').replace('max_age: 1209600', 'max_age: 604800');
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(changed, OLD_ID));
    const atPolicy = ofRule(run, 'STS501').find((finding) => finding.messageId === 'policyChanged');

    expect(atPolicy?.line).toBe(3);
    expect(atPolicy?.endLine).toBe(5);
  });

  it('passes a change with a new id', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(CHANGED_POLICY, NEW_ID));

    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('STS502 id-reused', () => {
  /** History: OLD_ID for POLICY, then NEW_ID for CHANGED_POLICY at the base. */
  function repoWithHistory(): { root: string; base: string } {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = commit(root, zoneLayout(CHANGED_POLICY, NEW_ID));
    return { root, base };
  }

  it('reports an id used for other content', async () => {
    const { root, base } = repoWithHistory();
    const first = revParse(root, 'HEAD~1');
    const third = POLICY.replace('mx2.example.com', 'mx4.example.com');
    commit(root, zoneLayout(third, OLD_ID));
    const run = await check(root, ['--base', base, '--head', 'HEAD']);
    const idToken = positionOf(zoneFile(OLD_ID), OLD_ID);
    const [reused, ...rest] = ofRule(run, 'STS502');

    expect(run.status).toBe(1);
    expect(rest).toEqual([]);
    expect(reused?.messageId).toBe('reused');
    expect(reused?.severity).toBe('error');
    expect(reused?.file).toBe(ZONE_PATH);
    expect(reused?.line).toBe(idToken.line);
    expect(reused?.column).toBe(idToken.column);
    expect(reused?.message).toContain(first.slice(0, 12));
    expect(reused?.message).toContain('2025-01-01');
  });

  it('passes a fresh id', async () => {
    const { root, base } = repoWithHistory();
    commit(root, zoneLayout(POLICY.replace('mx2.example.com', 'mx4.example.com'), '20250301000000'));
    const run = await check(root, ['--base', base, '--head', 'HEAD']);

    expect(ofRule(run, 'STS502')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('passes an old id with its old content', async () => {
    const { root, base } = repoWithHistory();
    commit(root, zoneLayout(POLICY, OLD_ID));
    const run = await check(root, ['--base', base, '--head', 'HEAD']);

    expect(ofRule(run, 'STS502')).toEqual([]);
  });

  it('searches only history-depth commits', async () => {
    const { root, base } = repoWithHistory();
    commit(root, zoneLayout(POLICY.replace('mx2.example.com', 'mx4.example.com'), OLD_ID));
    const run = await check(root, ['--base', base, '--head', 'HEAD', '--history-depth', '1']);

    expect(ofRule(run, 'STS502')).toEqual([]);
  });
});

describe('STS503 policy-formatting-only', () => {
  it('reports a formatting-only change', async () => {
    const reformatted = POLICY.replace('mx: mx2.example.com', 'mx: MX2.Example.COM');
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(reformatted, OLD_ID));
    const [notice, ...rest] = ofRule(run, 'STS503');

    expect(run.status).toBe(0);
    expect(rest).toEqual([]);
    expect(notice?.messageId).toBe('formatting');
    expect(notice?.severity).toBe('notice');
    expect(notice?.file).toBe(POLICY_PATH);
    expect(notice?.line).toBe(4);
    expect(notice?.column).toBe(1);
    expect(ofRule(run, 'STS501')).toEqual([]);
  });

  it('treats CRLF line ends as formatting', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(POLICY.replace(/\n/g, '\r\n'), OLD_ID));

    expect(ofRule(run, 'STS503').map((finding) => finding.messageId)).toEqual(['formatting']);
    expect(ofRule(run, 'STS501')).toEqual([]);
  });

  it('passes an unchanged policy', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), { 'README.md': 'unrelated\n' });

    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('STS504 id-changed-content-same', () => {
  it('reports a new id for the same content', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(POLICY, NEW_ID));
    const idToken = positionOf(zoneFile(NEW_ID), NEW_ID);
    const [notice, ...rest] = ofRule(run, 'STS504');

    expect(run.status).toBe(0);
    expect(rest).toEqual([]);
    expect(notice?.messageId).toBe('sameContent');
    expect(notice?.severity).toBe('notice');
    expect(notice?.file).toBe(ZONE_PATH);
    expect(notice?.line).toBe(idToken.line);
    expect(notice?.column).toBe(idToken.column);
  });

  it('passes a new id for new content', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(CHANGED_POLICY, NEW_ID));

    expect(ofRule(run, 'STS504')).toEqual([]);
  });
});

describe('STS505 removed-without-none', () => {
  it('reports a removed enforce policy', async () => {
    const { run, headDate } = await gateBetween(zoneLayout(POLICY, OLD_ID), { [POLICY_PATH]: null });
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(run.status).toBe(1);
    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('policyRemoved');
    expect(removed?.severity).toBe('error');
    expect(removed?.file).toBe(POLICY_PATH);
    expect(removed?.line).toBeNull();
    expect(removed?.message).toContain(`up to ${dayAfter(headDate, 1209600)}`);
  });

  it('warns about a removed record', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), { [ZONE_PATH]: null });
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('recordRemoved');
    expect(removed?.severity).toBe('warning');
    expect(removed?.file).toBe(POLICY_PATH);
    expect(removed?.line).toBeNull();
    expect(run.status).toBe(0);
  });

  it('notes a removal after mode none', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = commit(root, zoneLayout(NONE_POLICY, NEW_ID));
    const headDate = peekCommitDate(root);
    commit(root, { [POLICY_PATH]: null, [ZONE_PATH]: null });
    const run = await check(root, ['--base', base, '--head', 'HEAD']);
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('removedAfterNone');
    expect(removed?.severity).toBe('notice');
    expect(removed?.file).toBe(POLICY_PATH);
    expect(removed?.line).toBeNull();
    // The enforce policy before `mode: none` had the longest max_age, so senders may hold it longest.
    expect(removed?.message).toContain(`until ${dayAfter(headDate, 1209600)}`);
    expect(run.status).toBe(0);
  });

  it('passes a kept policy', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(NONE_POLICY, NEW_ID));

    expect(ofRule(run, 'STS505')).toEqual([]);
  });
});

describe('STS506 enforce-needs-live-checks', () => {
  it('warns when mode becomes enforce', async () => {
    const { run } = await gateBetween(zoneLayout(TESTING_POLICY, OLD_ID), zoneLayout(POLICY, NEW_ID));
    const [raised, ...rest] = ofRule(run, 'STS506');

    expect(rest).toEqual([]);
    expect(raised?.messageId).toBe('enforce');
    expect(raised?.severity).toBe('warning');
    expect(raised?.file).toBe(POLICY_PATH);
    expect(raised?.line).toBe(2);
    expect(raised?.message).toContain('from testing to enforce');
    expect(run.status).toBe(0);
  });

  it('passes an enforce policy that stays', async () => {
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(CHANGED_POLICY, NEW_ID));

    expect(ofRule(run, 'STS506')).toEqual([]);
  });
});

describe('STS507 old-policy-cached', () => {
  it('dates a removed mx pattern', async () => {
    const { run, headDate } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(CHANGED_POLICY, NEW_ID));
    const [cached, ...rest] = ofRule(run, 'STS507');

    expect(rest).toEqual([]);
    expect(cached?.messageId).toBe('mxRemoved');
    expect(cached?.severity).toBe('notice');
    expect(cached?.file).toBe(POLICY_PATH);
    expect(cached?.line).toBeNull();
    expect(cached?.message).toContain('`mx2.example.com`');
    expect(cached?.message).toContain(`until ${dayAfter(headDate, 1209600)}`);
  });

  it('dates a lowered mode', async () => {
    const { run, headDate } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(TESTING_POLICY, NEW_ID));
    const [cached, ...rest] = ofRule(run, 'STS507');

    expect(rest).toEqual([]);
    expect(cached?.messageId).toBe('modeLowered');
    expect(cached?.file).toBe(POLICY_PATH);
    expect(cached?.line).toBe(2);
    expect(cached?.message).toContain(`until ${dayAfter(headDate, 1209600)}`);
  });

  it('dates a shorter max_age', async () => {
    const shorter = POLICY.replace('max_age: 1209600', 'max_age: 604800');
    const { run, headDate } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(shorter, NEW_ID));
    const [cached, ...rest] = ofRule(run, 'STS507');

    expect(rest).toEqual([]);
    expect(cached?.messageId).toBe('maxAgeShortened');
    expect(cached?.file).toBe(POLICY_PATH);
    expect(cached?.line).toBeNull();
    expect(cached?.message).toContain(`until ${dayAfter(headDate, 1209600)}`);
  });

  it('passes an added mx pattern', async () => {
    const wider = `${POLICY}mx: mx3.example.com\n`;
    const { run } = await gateBetween(zoneLayout(POLICY, OLD_ID), zoneLayout(wider, NEW_ID));

    expect(ofRule(run, 'STS507')).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('STS508 id-unreadable', () => {
  const COMPUTED_TF = [
    'resource "cloudflare_record" "mta_sts" {',
    '  zone_id = var.zone_id',
    '  name    = "_mta-sts.example.com"',
    '  type    = "TXT"',
    '  content = "v=STSv1; id=${formatdate("YYYYMMDDhhmmss", timestamp())}"',
    '}',
    '',
  ].join('\n');
  const CNAME_ZONE = ['$ORIGIN example.com.', '_mta-sts IN CNAME _mta-sts.provider.example.net.', ''].join('\n');
  const TEXT_CONFIG = ['domains:', '  - domain: example.com', `    policy: ${POLICY_PATH}`, '    record:', '      file: dns/mta-sts-record.txt', ''].join('\n');

  it('warns about a computed id', async () => {
    const { run } = await gateBetween({ [POLICY_PATH]: POLICY, 'dns/main.tf': COMPUTED_TF }, { [POLICY_PATH]: CHANGED_POLICY });
    const [unreadable, ...rest] = ofRule(run, 'STS508');

    expect(rest).toEqual([]);
    expect(unreadable?.messageId).toBe('computed');
    expect(unreadable?.severity).toBe('warning');
    expect(unreadable?.file).toBe('dns/main.tf');
    expect(unreadable?.line).toBe(5);
    expect(unreadable?.column).toBe(positionOf(COMPUTED_TF, '"v=STSv1').column);
    expect(run.status).toBe(0);
  });

  it('warns about a CNAME record', async () => {
    const { run } = await gateBetween({ [POLICY_PATH]: POLICY, [ZONE_PATH]: CNAME_ZONE }, { [POLICY_PATH]: CHANGED_POLICY });
    const [unreadable, ...rest] = ofRule(run, 'STS508');

    expect(rest).toEqual([]);
    expect(unreadable?.messageId).toBe('cname');
    expect(unreadable?.file).toBe(ZONE_PATH);
    expect(unreadable?.line).toBe(2);
    expect(unreadable?.column).toBe(1);
  });

  it('warns about a record without an id', async () => {
    const files = { '.mta-sts-guard.yml': TEXT_CONFIG, [POLICY_PATH]: POLICY, 'dns/mta-sts-record.txt': '"v=TLSRPTv1; rua=mailto:tlsrpt@example.com"\n' };
    const { run } = await gateBetween(files, { [POLICY_PATH]: CHANGED_POLICY });
    const [unreadable, ...rest] = ofRule(run, 'STS508');

    expect(rest).toEqual([]);
    expect(unreadable?.messageId).toBe('missing');
    expect(unreadable?.file).toBe('dns/mta-sts-record.txt');
    expect(unreadable?.line).toBeNull();
  });

  it('warns when no record source exists', async () => {
    const { run } = await gateBetween({ [POLICY_PATH]: POLICY }, { [POLICY_PATH]: CHANGED_POLICY });
    const [unreadable, ...rest] = ofRule(run, 'STS508');

    expect(rest).toEqual([]);
    expect(unreadable?.messageId).toBe('noSource');
    expect(unreadable?.file).toBe(POLICY_PATH);
    expect(unreadable?.line).toBeNull();
  });

  it('passes a computed id without a change', async () => {
    const { run } = await gateBetween({ [POLICY_PATH]: POLICY, 'dns/main.tf': COMPUTED_TF }, { 'README.md': 'unrelated\n' });

    expect(ofRule(run, 'STS508')).toEqual([]);
  });

  it('passes a CNAME record without a change', async () => {
    const { run } = await gateBetween({ [POLICY_PATH]: POLICY, [ZONE_PATH]: CNAME_ZONE }, { 'README.md': 'unrelated\n' });

    expect(ofRule(run, 'STS508')).toEqual([]);
  });
});
