/**
 * The built Action on a repository whose policy values, record value and
 * file names carry workflow commands and HTML: none of it may run as a
 * workflow command or render as HTML in the job summary or the comment.
 * The runner acts on a line that starts with `::` after leading spaces, and
 * on a legacy `##[command]` anywhere in a line that is not a `::` command
 * (actions/runner, src/Runner.Common/ActionCommand.cs).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { git, makeRepo, revParse } from '../gate/support.js';
import { startApiServer, type ApiServer } from './api-server.js';
import { assertBundleBuilt, parseAnnotation, pullRequestPayload, runAction, type ActionRun } from './support.js';

/** A folder name with workflow commands, an encoded and a raw line break, HTML and Markdown. */
const HOSTILE_FOLDER = '::add-mask::secret ::set-output name=x::y %0A::error::x\n::endgroup::\n##[add-mask]legacy <img src=x onerror=alert(1)> | [link](javascript:alert(1)), a:b';
const HOSTILE_POLICY_FILE = `${HOSTILE_FOLDER}/.well-known/mta-sts.txt`;

const HOSTILE_POLICY = [
  'version: STSv1',
  'mode: <script>alert(1)</script>',
  'mx: ::add-mask::secret',
  'mx: ::set-output name=x::y',
  'mx: ::stop-commands::abc',
  'mx: ::endgroup::',
  'mx: %0A::error::x',
  'mx: <img src=x onerror=alert(1)>',
  'mx: [link](javascript:alert(1))',
  'mx: |a|b|c|',
  'mx: ##[add-mask]legacy',
  'max_age: 1209600',
  '',
].join('\n');

/** A zone whose `_mta-sts` id contains a line break (`\010`), workflow commands and Markdown. */
const HOSTILE_ZONE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '_mta-sts IN TXT "v=STSv1; id=a\\010::add-mask::secret%0A::set-output name=x::y | [l](javascript:alert(1))"',
  '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@example.com"',
  '',
].join('\n');

/** A zone whose `_mta-sts` value contains HTML, which the tool reports as a computed value. */
const HTML_ZONE = [
  '$ORIGIN example.org.',
  '$TTL 3600',
  '_mta-sts IN TXT "v=STSv1; id=1<img src=x onerror=alert(1)><script>alert(1)</script>|"',
  '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@example.org"',
  '',
].join('\n');

/** Returns the repository files, with the policy of an unknown domain in `folder`. */
function hostileFiles(folder: string): Record<string, string> {
  return {
    [`${folder}/.well-known/mta-sts.txt`]: 'version: STSv1\nmode: testing\nmx: mx1.example.net\nmax_age: 1209600\n',
    'mta-sts.example.com/.well-known/mta-sts.txt': HOSTILE_POLICY,
    'dns/example.com.zone': HOSTILE_ZONE,
    'mta-sts.example.org/.well-known/mta-sts.txt': 'version: STSv1\nmode: testing\nmx: mx1.example.org\nmax_age: 1209600\n',
    'dns/example.org.zone': HTML_ZONE,
  };
}

/** A valid branch name: git allows backticks, `<`, `>` and `|` in refs. */
const HOSTILE_BRANCH = 'x`<img/src=x/onerror=alert(1)>|';

/** Pieces of the untrusted text that the tool's own lines never contain. */
const UNTRUSTED = ['add-mask', 'set-output', 'stop-commands::abc', 'endgroup', '##[', '%0A::error', '<img', 'onerror', '<script', 'javascript:'];

/** The only workflow commands the tool writes itself, besides the stop-commands pair. */
const TOOL_COMMAND = /^::(?:(?:error|warning|notice)(?: [^:]*)?|debug)::/;

/** HTML tags the summary writes itself. */
const SUMMARY_TAGS = /<code>|<\/code>|<br>|<!-- mta-sts-guard:summary -->/g;

function isAnnotation(line: string): boolean {
  return parseAnnotation(line) !== null;
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.includes('|'));
}

describe('action with hostile text', () => {
  let api: ApiServer;
  let lintRun: ActionRun;
  let pullRequestRun: ActionRun;
  let commentBody: string;
  let baseInputRun: ActionRun;

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
    lintRun = await runAction({ workspace: makeRepo(hostileFiles(HOSTILE_FOLDER)), api, eventName: 'workflow_dispatch', payload: {} });

    // The committed folder name keeps its raw line breaks, so the gate must read such paths from git too.
    const repo = makeRepo(hostileFiles(HOSTILE_FOLDER));
    const head = revParse(repo);
    pullRequestRun = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(head, head), inputs: { comment: 'true' } });
    commentBody = api.comments.get(7)?.[0]?.body ?? '';

    git(repo, ['branch', HOSTILE_BRANCH]);
    baseInputRun = await runAction({ workspace: repo, api, eventName: 'workflow_dispatch', payload: {}, inputs: { base: HOSTILE_BRANCH } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reports the hostile files', () => {
    const files = new Set(lintRun.annotations.map((annotation) => annotation.properties.file));
    expect(files).toContain(HOSTILE_POLICY_FILE);
    expect(files).toContain('mta-sts.example.com/.well-known/mta-sts.txt');
    expect(files).toContain('dns/example.com.zone');
    expect(files).toContain('dns/example.org.zone');
  });

  for (const [name, run] of [
    ['lint', () => lintRun],
    ['pull_request', () => pullRequestRun],
  ] as const) {
    describe(`${name} log`, () => {
      it('opens the block with a hex token', () => {
        expect(run().stopToken).toMatch(/^[0-9a-f]{32}$/);
      });

      it('closes the block', () => {
        expect(run().stopEnded).toBe(true);
      });

      it('uses the token only to stop and resume', () => {
        const uses = run().lines.filter((line) => line.includes(run().stopToken!));
        expect(uses).toEqual([`::stop-commands::${run().stopToken}`, `::${run().stopToken}::`]);
      });

      it('writes only its own commands outside the block', () => {
        const commands = run().outsideBlock.filter((line) => line.trimStart().startsWith('::'));
        expect(commands.filter((line) => !TOOL_COMMAND.test(line.trimStart()))).toEqual([]);
      });

      it('writes no legacy command outside the block', () => {
        const plain = run().outsideBlock.filter((line) => !isAnnotation(line));
        expect(plain.filter((line) => line.includes('##['))).toEqual([]);
      });

      it('keeps untrusted text in the block or annotations', () => {
        const plain = run().outsideBlock.filter((line) => !isAnnotation(line));
        expect(plain.filter((line) => UNTRUSTED.some((piece) => line.includes(piece)))).toEqual([]);
      });

      it('writes nothing to stderr', () => {
        expect(run().stderr).toBe('');
      });

      it('logs the findings in the block', () => {
        expect(run().stopBlock).toContain('[STS214 mx-pattern-invalid]');
      });
    });
  }

  it('draws a new token per run', () => {
    expect(lintRun.stopToken).not.toBe(pullRequestRun.stopToken);
  });

  describe('annotations', () => {
    it('escape the file property', () => {
      const annotation = lintRun.annotations.find((entry) => entry.properties.file === HOSTILE_POLICY_FILE);
      expect(annotation?.rawProperties).toContain('file=%3A%3Aadd-mask%3A%3Asecret ');
      expect(annotation?.rawProperties).toContain('%250A%3A%3Aerror');
      expect(annotation?.rawProperties).toContain('%0A%3A%3Aendgroup%3A%3A%0A');
      expect(annotation?.rawProperties).toContain('%2C a%3Ab/');
    });

    it('escape line breaks in data', () => {
      const annotation = lintRun.annotations.find((entry) => entry.properties.file === HOSTILE_POLICY_FILE);
      expect(annotation?.message).toContain(HOSTILE_FOLDER);
      expect(annotation?.rawMessage).toContain('%0A::endgroup::%0A');
    });

    it('escape percent signs in data', () => {
      const annotation = lintRun.annotations.find((entry) => entry.properties.file === HOSTILE_POLICY_FILE);
      expect(annotation?.message).toContain('%0A::error::x');
      expect(annotation?.rawMessage).toContain('%250A::error::x');
    });

    it('leave no colon in properties', () => {
      expect(lintRun.annotations.filter((annotation) => annotation.rawProperties.includes(':'))).toEqual([]);
    });

    it('leave no bare percent sign', () => {
      const raw = lintRun.annotations.flatMap((annotation) => [annotation.rawProperties, annotation.rawMessage]);
      expect(raw.filter((text) => /%(?!25|0A|0D|3A|2C)/.test(text))).toEqual([]);
    });

    it('keep the property count', () => {
      const annotation = lintRun.annotations.find((entry) => entry.properties.file === HOSTILE_POLICY_FILE);
      expect(Object.keys(annotation?.properties ?? {})).toEqual(['title', 'file']);
    });
  });

  for (const [name, text] of [
    ['summary', () => lintRun.summary],
    ['pull request summary', () => pullRequestRun.summary],
    ['comment', () => commentBody],
    ['summary with a branch as base', () => baseInputRun.summary],
  ] as const) {
    describe(name, () => {
      it('contains the hostile findings', () => {
        expect(text()).toContain('STS214 mx-pattern-invalid');
      });

      it('contains no other HTML tag', () => {
        expect(text().replace(SUMMARY_TAGS, '')).not.toContain('<');
      });

      it('contains no javascript link', () => {
        expect(text()).not.toContain('javascript:');
        expect(text()).not.toContain('](javascript');
      });

      it('keeps table rows whole', () => {
        const rows = tableRows(text());
        expect(rows.filter((row) => !row.startsWith('| ') || row.split('|').length !== 11)).toEqual([]);
      });

      it('escapes workflow command text', () => {
        expect(text()).not.toContain('::add-mask::');
        expect(text()).not.toContain('##[');
      });
    });
  }

  it('escapes a branch given as base', () => {
    expect(baseInputRun.summary).toContain('Compared <code>x&#96;&#60;img/src&#61;x/onerror&#61;alert&#40;1&#41;&#62;&#124;</code> with the checked-out commit.');
  });

  it('writes the real domains only', () => {
    expect(JSON.parse(lintRun.outputs.domains ?? 'null')).toEqual(['example.com', 'example.org']);
  });
});
