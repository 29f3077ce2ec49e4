// Bundles each entry point with @vercel/ncc into dist/, with source maps and
// a licenses file, so that the CLI, the pre-commit hook and the Action run
// without installing dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const entries = [{ source: 'src/cli/index.ts', out: 'dist/cli' }];
if (existsSync(path.join(root, 'src/action/index.ts'))) entries.push({ source: 'src/action/index.ts', out: 'dist' });

for (const entry of entries) {
  const outDir = path.join(root, entry.out);
  // Remove the previous bundle, chunks included, but not the other entry's folder.
  const generated = /^(?:[0-9]+\.)?index\.js(?:\.map)?$|^licenses\.txt$|^sourcemap-register\.c?js$/;
  for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
    if (generated.test(name)) rmSync(path.join(outDir, name), { force: true });
  }
  execFileSync(process.execPath, [ncc, 'build', entry.source, '-o', entry.out, '--source-map', '--no-source-map-register', '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
}
