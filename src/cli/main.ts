/**
 * The command-line interface. `main` parses arguments, runs one command and
 * resolves to the exit status; all I/O goes through `CliIo` so tests can
 * run it in-process.
 */

import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { runBump, type IdScheme } from '../app/bump.js';
import { runCheck, type CheckReport } from '../app/check.js';
import { keepChangedDomains } from '../app/changed.js';
import { runGate, type GateReport } from '../app/gate.js';
import { installHook, quoteShell } from '../app/install-hook.js';
import { GuardError, UsageError } from '../adapters/errors.js';
import { runGit } from '../adapters/git.js';
import { treePath } from '../adapters/tree.js';
import { describeFsError } from '../adapters/workspace.js';
import { formatJson } from '../report/json.js';
import { TOOL_NAME, TOOL_VERSION } from '../report/meta.js';
import { formatSarif } from '../report/sarif.js';
import { reachesFailLevel, type FailOn } from '../report/summary.js';
import { formatText } from '../report/text.js';
import { editDistance } from '../core/text.js';
import { compareFindings } from '../core/diagnostic.js';
import type { LiveReport } from '../app/inspect.js';
import { LIVE_FLAG_NAMES, LIVE_FLAGS, LIVE_HELP } from './live-flags.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Reads all of standard input, for `check -`. */
  readStdin?: () => Promise<Uint8Array>;
}

/** Exit statuses, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const HELP = `Usage: ${TOOL_NAME} <command> [options]

Commands:
  check [PATH...]     Lint MTA-STS policy files and _mta-sts / _smtp._tls records;
                      with --base or --staged, also check that every policy
                      change comes with a new policy id.
  bump [DOMAIN...]    Write a new policy id into the record source of each domain.
  inspect DOMAIN...   Show what senders see for a domain: its records, the
                      served policy, the certificate and MX coverage.
  install-hook        Write a git pre-commit hook that runs check --staged.

Run '${TOOL_NAME} <command> --help' for the options of a command.
Exit status: 0 nothing at the fail level, 1 findings at the fail level, 2 usage,
config or internal error.
`;

const CHECK_HELP = `Usage: ${TOOL_NAME} check [PATH...] [options]

Lints each policy file found under PATH (default: the current folder) and
the records of its policy domain.

Options:
  --format text|json|sarif   Output format (default: text).
  --output FILE              Write the report to FILE instead of standard output.
  --fail-on error|warning|never
                             Lowest severity that makes the exit status 1
                             (default: error, or fail-on in the config file).
  --config FILE              Config file (default: .mta-sts-guard.yml if present).
  --domain NAME              Policy domain of the policy files found.
  --record VALUE             The _mta-sts TXT record value, such as
                             'v=STSv1; id=20240501120000'. Repeat for several
                             records at the same name.
  --tlsrpt VALUE             The _smtp._tls TXT record value, such as
                             'v=TLSRPTv1; rua=mailto:tlsrpt@example.com'.
  --base REV                 Compare each policy domain with revision REV (the
                             id gate): a policy change needs a new policy id.
  --head REV                 The revision to check against --base (default:
                             the working tree).
  --staged                   Compare the staged files with HEAD (pre-commit).
  --fix                      With --staged: write a new id for each domain whose
                             policy changed without one, exit 1 and print the
                             git add command that stages it.
  --history-depth N          How many of the latest commits reachable from the
                             base are searched for an earlier use of a new id
                             (default: 10000, or history-depth in the config).
  --changed                  Take PATHs as changed files (as pre-commit passes
                             them) and lint every policy domain whose policy
                             file, record source or id file is among them.
  --live                     Also compare each policy domain with what senders
                             see: DNS, the policy host and the MX hosts (see
                             the live check options below).
  --quiet                    Print only findings at the fail level.
  --no-color                 Never color the output (also: NO_COLOR=1).
  --debug                    Print stack traces for internal errors.
  -h, --help                 Show this help.
  -v, --version              Print the version.

${LIVE_HELP}`;

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_LEVELS = ['error', 'warning', 'never'] as const;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportError(error, io, debug);
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(HELP);
    return command === undefined ? EXIT.error : EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  if (command === 'check') return runCheckCommand(rest, io);
  if (command === 'bump') return runBumpCommand(rest, io);
  if (command === 'install-hook') return runInstallHookCommand(rest, io);
  if (command === 'inspect') {
    // The live checks load the network adapters, which `check` alone does not need at start-up.
    const { runInspect } = await import('./live.js');
    return runInspect(rest, io, {
      oneOf,
      color: wantsColor(io),
      write: async (file, text) => {
        if (file === undefined) {
          if (text.length > 0) io.stdout.write(`${text}\n`);
          return;
        }
        const resolved = path.resolve(io.cwd, file);
        await checkOutputPath(resolved, file, []);
        await writeAtomically(resolved, file, `${text}\n`);
      },
    });
  }

  const hint = command.startsWith('-') || command.includes('/') || command.endsWith('.txt') ? `; did you mean \`${TOOL_NAME} check ${command}\`?` : '';
  throw new UsageError(`unknown command \`${command}\`${hint} (run \`${TOOL_NAME} --help\`)`);
}

const CHECK_FLAGS = ['format', 'output', 'fail-on', 'config', 'domain', 'record', 'tlsrpt', 'base', 'head', 'staged', 'fix', 'changed', 'history-depth', 'live', 'quiet', 'no-color', 'debug', 'help', 'version', ...LIVE_FLAG_NAMES];

function parseCommandLine(args: string[]): ReturnType<typeof parseCheckArgs> {
  try {
    return parseCheckArgs(args);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const flag = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
      const name = flag.replace(/^-+/, '').split('=')[0]!;
      const near = CHECK_FLAGS.find((candidate) => editDistance(name, candidate) <= 2);
      throw new UsageError(`unknown option \`${flag}\`${near ? `; did you mean \`--${near}\`?` : ''} (run \`${TOOL_NAME} check --help\`)`, { cause: error });
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
      throw new UsageError(`option \`${flag}\` needs a value (run \`${TOOL_NAME} check --help\`)`, { cause: error });
    }
    throw new UsageError(`${(error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '')} (run \`${TOOL_NAME} check --help\`)`, { cause: error });
  }
}

function parseCheckArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      domain: { type: 'string' },
      record: { type: 'string', multiple: true },
      tlsrpt: { type: 'string', multiple: true },
      base: { type: 'string' },
      head: { type: 'string' },
      staged: { type: 'boolean' },
      fix: { type: 'boolean' },
      changed: { type: 'boolean' },
      'history-depth': { type: 'string' },
      live: { type: 'boolean' },
      ...LIVE_FLAGS,
      quiet: { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args);
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }

  const format = oneOf('--format', values.format ?? 'text', FORMATS);
  const failOnFlag = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_LEVELS);

  const outputFile = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
  if (outputFile) await checkOutputPath(outputFile, values.output!, positionals.map((given) => path.resolve(io.cwd, given)));

  if (values.staged && (values.base !== undefined || values.head !== undefined)) {
    throw new UsageError('--staged compares the index with HEAD, so it cannot be combined with --base or --head');
  }
  if (values.head !== undefined && values.base === undefined) throw new UsageError('--head needs --base');
  if (values.fix && !values.staged) throw new UsageError('--fix works with --staged (the pre-commit gate); to change ids yourself, run `mta-sts-guard bump`');
  const historyDepth = values['history-depth'] === undefined ? undefined : Number(values['history-depth']);
  if (historyDepth !== undefined && !(Number.isInteger(historyDepth) && historyDepth >= 0)) {
    throw new UsageError(`--history-depth \`${values['history-depth']}\` is invalid; expected a number of commits, such as 10000`);
  }

  if (values.changed && (values.base !== undefined || values.staged)) throw new UsageError('--changed lints changed files; it cannot be combined with --base or --staged');
  const liveFlag = LIVE_FLAG_NAMES.find((name) => values[name as keyof typeof values] !== undefined);
  if (liveFlag && !values.live) throw new UsageError(`--${liveFlag} is a live check option; add --live to run the live checks`);
  const live = values.live ? await import('./live.js') : undefined;
  const liveOptions = live ? await live.liveOptionsFrom(values, io.cwd) : undefined;
  const checkOptions = {
    cwd: io.cwd,
    paths: values.changed ? [] : positionals,
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(values.domain === undefined ? {} : { domain: values.domain }),
    records: values.record ?? [],
    tlsrpt: values.tlsrpt ?? [],
  };
  const gated = values.base !== undefined || values.staged === true;
  const report: CheckReport | GateReport = gated
    ? await runGate({
        ...checkOptions,
        ...(values.base === undefined ? {} : { base: values.base }),
        ...(values.head === undefined ? {} : { head: values.head }),
        staged: values.staged === true,
        // Only a full live check (names, STARTTLS and certificates) makes the reminder to run one unnecessary.
        liveChecked: liveOptions?.smtp === true,
        ...(historyDepth === undefined ? {} : { historyDepth }),
      })
    : await runCheck({ ...checkOptions, ...(values.changed ? { allowEmpty: true } : {}) });
  if (values.changed) keepChangedDomains(report, positionals.map((file) => treePath(report.root, io.cwd, file)));
  const failOn: FailOn = failOnFlag ?? report.config?.failOn ?? 'error';

  if (gated) {
    for (const note of (report as GateReport).notes) io.stderr.write(`${TOOL_NAME}: note: ${note}\n`);
  }
  if (values.fix && gated && (report as GateReport).needsBump.length > 0) {
    await fixStagedIds(report as GateReport, io, values.config, values.domain);
  }

  const liveReport = live && liveOptions ? await live.checkLive(report, liveOptions, historyDepth, io.stderr) : undefined;
  if (liveReport) {
    report.findings.push(...liveReport.findings);
    report.findings.sort(compareFindings);
  }

  const color = !values['no-color'] && !values.output && format === 'text' && wantsColor(io);
  const liveText = live && liveReport && format === 'text' && values.quiet !== true ? live.formatLiveBlock(liveReport, report.findings) : '';
  const output = render(report, format, { color, quiet: values.quiet === true, failOn, cwd: io.cwd }, liveReport, liveText);
  if (outputFile) {
    await writeAtomically(outputFile, values.output!, `${output}\n`);
  } else if (output.length > 0) {
    io.stdout.write(`${output}\n`);
  }

  const failed = report.findings.some((finding) => reachesFailLevel(finding.severity, failOn));
  return failed ? EXIT.findings : EXIT.ok;
}

/** Bumps the ids the gate requested and prints the command that stages them, as formatters run by pre-commit do. */
async function fixStagedIds(report: GateReport, io: CliIo, configPath: string | undefined, domain: string | undefined): Promise<void> {
  const result = await runBump({
    cwd: io.cwd,
    domains: report.needsBump,
    dryRun: false,
    contentFromIndex: true,
    ...(configPath ? { configPath } : {}),
    ...(domain ? { domain } : {}),
  });
  const files = [...new Set(result.edits.map((edit) => path.relative(io.cwd, path.resolve(result.root, edit.file))))];
  for (const edit of result.edits) {
    io.stderr.write(`${TOOL_NAME}: bumped the policy id of ${edit.domain} from ${edit.oldId} to ${edit.newId} in ${path.relative(io.cwd, path.resolve(result.root, edit.file))}:${edit.line}:${edit.column}\n`);
  }
  for (const skipped of result.skipped) io.stderr.write(`${TOOL_NAME}: cannot bump ${skipped.domain}: ${skipped.reason}\n`);
  if (files.length === 0) return;
  const dirty = await filesWithOtherChanges(result.root, result.edits.map((edit) => edit.file));
  if (dirty.length > 0) {
    io.stderr.write(`${TOOL_NAME}: ${dirty.join(', ')} also had unstaged changes before the new id was written; stage only the id with: git add -p ${files.map(quoteShell).join(' ')}\n`);
  } else {
    io.stderr.write(`${TOOL_NAME}: stage the new id and commit again: git add ${files.map(quoteShell).join(' ')}\n`);
  }
}

/** Returns the files whose index copy differs from the working tree by more than the id that was just written. */
async function filesWithOtherChanges(root: string, files: string[]): Promise<string[]> {
  const dirty: string[] = [];
  for (const file of [...new Set(files)]) {
    const diff = await runGit(['diff', '--numstat', '--', file], root).catch(() => '');
    const [added] = diff.trim().split(/\s+/);
    // The new id changes exactly one line.
    if (Number(added) > 1) dirty.push(file);
  }
  return dirty;
}


function render(report: CheckReport, format: (typeof FORMATS)[number], options: { color: boolean; quiet: boolean; failOn: FailOn; cwd: string }, live?: LiveReport, liveText = ''): string {
  if (format === 'json') return formatJson(report.findings, report.domains, report.files, live?.live);
  if (format === 'sarif') return formatSarif(report.findings);
  // Terminal users open paths from where they are, so text output is relative to the current folder.
  const displayPath = (file: string): string => {
    if (file.startsWith('<')) return file;
    const absolute = path.resolve(report.root, file);
    const relative = path.relative(options.cwd, absolute);
    return relative.startsWith(`..${path.sep}..${path.sep}`) ? absolute : relative || file;
  };
  const text = formatText(report.findings, { ...options, files: report.files, domains: report.domains.length, displayPath });
  return liveText ? `${liveText}\n\n${text}` : text;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} \`${value}\` is invalid; expected one of ${allowed.join(', ')}`);
}

function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}

/** Rejects an --output path that is a folder, lies in a missing folder, or is one of the inputs. */
async function checkOutputPath(file: string, given: string, inputs: string[]): Promise<void> {
  if (inputs.includes(file)) {
    throw new UsageError(`--output \`${given}\` is one of the files being checked; write the report to another file`);
  }
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(`--output \`${given}\` is a folder; name a file`);
  const folder = await stat(path.dirname(file)).catch(() => null);
  if (!folder?.isDirectory()) throw new UsageError(`--output \`${given}\`: the folder \`${path.dirname(given)}\` does not exist`);
}

/** Writes through a temporary file and a rename, so a reader never sees half a report. */
async function writeAtomically(file: string, given: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new GuardError(`cannot write --output \`${given}\`: ${describeFsError(error)}`, 'OUTPUT_UNWRITABLE', { cause: error });
  }
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof GuardError) {
    io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${TOOL_NAME}: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
  }
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.error;
}

const BUMP_HELP = `Usage: ${TOOL_NAME} bump [DOMAIN...] [options]

Writes a new policy id into the _mta-sts record of each DOMAIN (default: every
policy domain found), where the record lives: a zone file, Terraform, a
DNSControl or octoDNS file, or a record file named in the config. Only the id
changes; all files are written, or none.

Options:
  --scheme timestamp|hash    timestamp: UTC YYYYMMDDhhmmss. hash: the first 32
                             hex characters of SHA-256 over the canonical
                             policy, so the id changes exactly when the content
                             does (default: id-scheme in the config, or
                             timestamp).
  --dry-run                  Print the new ids without writing.
  --domain NAME              Policy domain of policy files whose domain is not
                             known otherwise, as for check.
  --config FILE              Config file (default: .mta-sts-guard.yml).
  -h, --help                 Show this help.
`;

async function runBumpCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        scheme: { type: 'string' },
        'dry-run': { type: 'boolean' },
        config: { type: 'string' },
        domain: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '').split('. ')[0]} (run \`${TOOL_NAME} bump --help\`)`, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(BUMP_HELP);
    return EXIT.ok;
  }

  const scheme = values.scheme === undefined ? undefined : oneOf<IdScheme>('--scheme', values.scheme, ['timestamp', 'hash']);
  const result = await runBump({
    cwd: io.cwd,
    domains: positionals,
    dryRun: values['dry-run'] === true,
    ...(scheme ? { scheme } : {}),
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(values.domain === undefined ? {} : { domain: values.domain }),
  });

  const verb = result.written ? 'bumped' : 'would bump';
  for (const edit of result.edits) {
    const where = `${path.relative(io.cwd, path.resolve(result.root, edit.file))}:${edit.line}:${edit.column}`;
    io.stdout.write(`${where}: ${verb} the policy id of ${edit.domain} from ${edit.oldId} to ${edit.newId}\n`);
  }
  for (const domain of result.unchanged) io.stdout.write(`${domain}: the policy id already matches the ${result.scheme} scheme; nothing to change\n`);
  for (const skipped of result.skipped) io.stderr.write(`${TOOL_NAME}: cannot bump ${skipped.domain}: ${skipped.reason}\n`);
  for (const file of result.zoneFiles) {
    io.stderr.write(`${TOOL_NAME}: note: ${path.relative(io.cwd, path.resolve(result.root, file))} is a zone file; increase its SOA serial if your DNS servers need that to pick up the change\n`);
  }
  if (result.edits.length === 0 && result.unchanged.length === 0) {
    if (result.skipped.length === 0) io.stderr.write(`${TOOL_NAME}: no policy domain with a record source was found\n`);
    return EXIT.error;
  }
  return result.skipped.length > 0 ? EXIT.error : EXIT.ok;
}

const INSTALL_HOOK_HELP = `Usage: ${TOOL_NAME} install-hook [options]

Writes .git/hooks/pre-commit (or the folder core.hooksPath names) so that every
commit runs \`${TOOL_NAME} check --staged\`: the staged policy files and records
are linted, and a policy change without a new policy id fails the commit.

Options:
  --fix       Write new ids instead of only failing (check --staged --fix).
  --force     Replace an existing hook that mta-sts-guard did not write.
  --print     Print the hook instead of writing it.
  -h, --help  Show this help.
`;

async function runInstallHookCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: { fix: { type: 'boolean' }, force: { type: 'boolean' }, print: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '').split('. ')[0]} (run \`${TOOL_NAME} install-hook --help\`)`, { cause: error });
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout.write(INSTALL_HOOK_HELP);
    return EXIT.ok;
  }

  const result = await installHook({
    cwd: io.cwd,
    node: process.execPath,
    script: path.resolve(process.argv[1] ?? 'mta-sts-guard'),
    fix: values.fix === true,
    force: values.force === true,
    print: values.print === true,
  });
  if (result.file === null) {
    io.stdout.write(result.text);
    return EXIT.ok;
  }
  io.stdout.write(`${result.replaced ? 'replaced' : 'wrote'} ${path.relative(io.cwd, result.file) || result.file}: commits now run \`${TOOL_NAME} check --staged${values.fix ? ' --fix' : ''}\`\n`);
  return EXIT.ok;
}
