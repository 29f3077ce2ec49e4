import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const IO_MODULES = ['node:fs', 'node:dgram', 'dns-packet', 'node:fs/promises', 'node:dns', 'node:dns/promises', 'node:https', 'node:http', 'node:net', 'node:tls', 'node:child_process', 'node:process', 'undici', '@actions/core', '@actions/github', 'yaml', 'zod'];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // CommonJS scripts exist only where a CommonJS package (mailauth) is driven directly.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // The core is pure: it gets data and returns findings. I/O lives in adapters.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: 'src/core must not do I/O; move this to src/adapters.' })),
          patterns: [{ group: ['../adapters/*', '../app/*', '../report/*', '../cli/*', '../action/*', '../../*'], message: 'src/core imports only from src/core.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core must not read the process environment.' }, { name: 'fetch', message: 'src/core must not do I/O.' }],
    },
  },
  {
    // Adapters and reporters point inward: they may use the core, never the app or entry points.
    files: ['src/adapters/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../app/*', '../cli/*', '../action/*'], message: 'Imports point inward: adapters and reporters must not import app or entry points.' }] }],
    },
  },
);
