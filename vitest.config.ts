import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { FIXED_NOW_MS } from './tests/fixtures/clock.mjs'

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    // Playwright specs live in tests/e2e and run under Playwright, never Vitest.
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Time is an input: a test that fakes the clock starts at the fixtures' "now", never the machine's today.
    fakeTimers: { now: FIXED_NOW_MS },
    restoreMocks: true,
    // Component tests render the whole app through the router; on a busy 2-core machine a few take seconds.
    testTimeout: 20_000,
  },
})
