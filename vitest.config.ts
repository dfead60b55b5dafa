import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['survey-kit/**/*.test.ts', 'db/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
