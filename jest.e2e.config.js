/**
 * Browser end-to-end tests: the built task panes in headless Chromium (Debian's) over the simulated Excel and WPS
 * hosts. Both are built once, together (globalSetup); the files run one at a time, so the long-task measurements of
 * the scale test are not disturbed by another browser.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/tests/e2e/globalSetup.js',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
