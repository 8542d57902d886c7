// Lint rules that keep the layers apart (see README, Development); office-addin-lint adds the add-in ecosystem's own.
import tseslint from 'typescript-eslint';

/** Other layers, as import patterns that match from any depth of nesting. */
const LAYER_PATTERNS = {
  hosts: ['**/hosts', '**/hosts/*', '**/hosts/**'],
  taskpane: ['**/taskpane', '**/taskpane/*', '**/taskpane/**'],
  cli: ['**/cli', '**/cli/*', '**/cli/**'],
};

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'dist-wps/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'exceljs', 'react', 'react-dom', 'office-js'],
          patterns: ['node:*', '@fluentui/*', ...LAYER_PATTERNS.hosts, ...LAYER_PATTERNS.taskpane, ...LAYER_PATTERNS.cli],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'wps', 'document', 'window', 'process'],
    },
  },
  {
    files: ['src/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['fs', 'path', 'exceljs', 'react', 'react-dom'], patterns: ['node:*', ...LAYER_PATTERNS.taskpane, ...LAYER_PATTERNS.cli] },
      ],
    },
  },
  {
    // Shared adapter logic knows no host: Office.js and WPS are reached only through a HostAdapter.
    files: ['src/hosts/shared/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'Excel', 'Office', 'OfficeExtension', 'wps', 'Application'] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['react', 'react-dom'], patterns: ['@fluentui/*', ...LAYER_PATTERNS.hosts, ...LAYER_PATTERNS.taskpane] }] },
  },
);
