// Lint rules that keep the layers apart (see README, Layout); office-addin-lint adds the add-in ecosystem's own.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'os', 'child_process', 'exceljs', 'react', 'react-dom', 'office-js'],
          patterns: ['node:*', '@fluentui/*', '../excel/*', '../taskpane/*', '../cli/*'],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'document', 'window', 'process'],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['fs', 'path', 'exceljs', 'react'], patterns: ['node:*', '../taskpane/*', '../cli/*'] }] },
  },
);
