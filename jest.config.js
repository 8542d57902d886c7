/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');

// Fluent UI needs `scheduler`, installed only inside react-dom (as webpack.config.js explains): resolve it there.
const SCHEDULER = path.dirname(require.resolve('scheduler/package.json', { paths: [path.dirname(require.resolve('react-dom/package.json'))] }));

/** Unit and integration tests run under ts-jest; the browser end-to-end suite has its own config. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  moduleNameMapper: { '^scheduler$': SCHEDULER },
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
