// Helpers shared by the benchmark scripts: paths of the bundle, running
// commands, statistics and the machine line of the reports.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliBundle = path.join(root, 'dist', 'cli', 'index.js');

/** Returns a function that writes progress lines to stderr with the script's prefix, so stdout holds only the tables. */
export function createLogger(prefix) {
  return (message) => process.stderr.write(`${prefix}: ${message}\n`);
}

/** Runs a command to completion and throws with its output unless it exits with status 0. */
export function runChecked(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw new Error(`${command} ${args.join(' ')} failed to start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit status ${result.status}:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least `percent` % of the samples at or below it. */
export function percentile(values, percent) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)];
}

export function formatCount(value) {
  return Math.round(value).toLocaleString('en-US');
}

/** Describes the machine for the reports; with `git`, the git version too, for benchmarks that run git. */
export function machineLine({ git = false, env } = {}) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  const base = `Node ${process.version}, ${os.availableParallelism()} CPUs (${cpu}), ${memory} GiB memory, ${os.platform()} ${os.release()}`;
  if (!git) return base;
  return `${base}, ${runChecked('git', ['--version'], env ? { env } : {}).stdout.trim()}`;
}

/** Builds dist/ when the CLI bundle is missing, with the build output on stderr. */
export function ensureBundle(log) {
  if (existsSync(cliBundle)) return;
  log('dist/cli/index.js is missing, running npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0 || !existsSync(cliBundle)) throw new Error('npm run build failed, so there is no dist/cli/index.js to measure');
}

/** Copies dist/cli into `folder`, so that a rebuild of dist/ during the run does not change what is measured. */
export function copyBundle(folder) {
  const target = path.join(folder, 'cli');
  cpSync(path.dirname(cliBundle), target, { recursive: true });
  return { file: path.join(target, 'index.js'), modified: statSync(cliBundle).mtime };
}
