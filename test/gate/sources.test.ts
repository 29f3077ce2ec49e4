/**
 * The id gate with every record source format: the id token it points at
 * lies in the file that contains the id characters, such as the tfvars file
 * of a Terraform module.
 */

import { describe, expect, it } from 'vitest';

import { LAYOUTS, NEW_ID, OLD_ID, POLICY, POLICY_PATH, check, commit, makeRepo, ofRule, positionOf, revParse } from './support.js';

const CHANGED_POLICY = POLICY.replace('mx2.example.com', 'mx3.example.com');

describe.each(LAYOUTS)('gate with $name', (layout) => {
  async function gateBetween(baseFiles: Record<string, string>, headFiles: Record<string, string>) {
    const root = makeRepo(baseFiles);
    const base = revParse(root);
    commit(root, headFiles);
    return check(root, ['--base', base, '--head', 'HEAD']);
  }

  it('points STS501 at the id', async () => {
    const run = await gateBetween(layout.files(POLICY, OLD_ID), layout.files(CHANGED_POLICY, OLD_ID));
    const idToken = positionOf(layout.files(POLICY, OLD_ID)[layout.idFile]!, OLD_ID);
    const atId = ofRule(run, 'STS501').find((finding) => finding.messageId === 'idUnchanged');
    const atPolicy = ofRule(run, 'STS501').find((finding) => finding.messageId === 'policyChanged');

    expect(run.status).toBe(1);
    expect(atId?.file).toBe(layout.idFile);
    expect(atId?.line).toBe(idToken.line);
    expect(atId?.column).toBe(idToken.column);
    expect(atId?.endColumn).toBe(idToken.column + OLD_ID.length);
    expect(atPolicy?.file).toBe(POLICY_PATH);
    expect(atPolicy?.line).toBe(4);
  });

  it('points STS504 at the new id', async () => {
    const run = await gateBetween(layout.files(POLICY, OLD_ID), layout.files(POLICY, NEW_ID));
    const idToken = positionOf(layout.files(POLICY, NEW_ID)[layout.idFile]!, NEW_ID);
    const [notice, ...rest] = ofRule(run, 'STS504');

    expect(rest).toEqual([]);
    expect(notice?.file).toBe(layout.idFile);
    expect(notice?.line).toBe(idToken.line);
    expect(notice?.column).toBe(idToken.column);
  });

  it('points STS502 at a reused id', async () => {
    const root = makeRepo(layout.files(POLICY, OLD_ID));
    const base = commit(root, layout.files(CHANGED_POLICY, NEW_ID));
    commit(root, layout.files(POLICY.replace('mx2.example.com', 'mx4.example.com'), OLD_ID));
    const run = await check(root, ['--base', base, '--head', 'HEAD']);
    const idToken = positionOf(layout.files(POLICY, OLD_ID)[layout.idFile]!, OLD_ID);
    const [reused, ...rest] = ofRule(run, 'STS502');

    expect(rest).toEqual([]);
    expect(reused?.file).toBe(layout.idFile);
    expect(reused?.line).toBe(idToken.line);
    expect(reused?.column).toBe(idToken.column);
    expect(run.status).toBe(1);
  });

  it('passes a change with a new id', async () => {
    const run = await gateBetween(layout.files(POLICY, OLD_ID), layout.files(CHANGED_POLICY, NEW_ID));

    expect(run.stderr).toBe('');
    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(ofRule(run, 'STS508')).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('gate with a computed Terraform id', () => {
  const COMPUTED_MAIN = [
    'locals {',
    '  mta_sts_id = formatdate("YYYYMMDDhhmmss", plantimestamp())',
    '}',
    '',
    'resource "cloudflare_record" "mta_sts" {',
    '  zone_id = "0123456789abcdef"',
    '  name    = "_mta-sts.example.com"',
    '  type    = "TXT"',
    '  content = "v=STSv1; id=${local.mta_sts_id}"',
    '}',
    '',
  ].join('\n');

  it('warns at the computed value', async () => {
    const root = makeRepo({ [POLICY_PATH]: POLICY, 'terraform/main.tf': COMPUTED_MAIN });
    const base = revParse(root);
    commit(root, { [POLICY_PATH]: CHANGED_POLICY });
    const run = await check(root, ['--base', base, '--head', 'HEAD']);
    const value = positionOf(COMPUTED_MAIN, '"v=STSv1');
    const [unreadable, ...rest] = ofRule(run, 'STS508');

    expect(rest).toEqual([]);
    expect(unreadable?.messageId).toBe('computed');
    expect(unreadable?.file).toBe('terraform/main.tf');
    expect(unreadable?.line).toBe(value.line);
    expect(unreadable?.column).toBe(value.column);
    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('passes an unchanged policy', async () => {
    const root = makeRepo({ [POLICY_PATH]: POLICY, 'terraform/main.tf': COMPUTED_MAIN });
    const base = revParse(root);
    commit(root, { 'terraform/main.tf': COMPUTED_MAIN.replace('"0123456789abcdef"', '"fedcba9876543210"') });
    const run = await check(root, ['--base', base, '--head', 'HEAD']);

    expect(run.gate).toEqual([]);
  });
});
