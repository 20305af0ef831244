import { vi } from 'vitest'
import { FIXED_NOW_MS } from './fixtures/clock.mjs'

let baselineDate: DateConstructor | null = null

/**
 * Every test starts at FIXED_NOW (tests/setup.ts): only `Date` is faked, and it moves on with real time, so
 * code that reads "now" sees the fixtures' week whatever the machine's clock says, and nothing else changes.
 * A test that fakes more (timers, performance) installs its own clock, which starts at FIXED_NOW too
 * (vitest.config.ts's `fakeTimers.now`).
 */
export function startAtFixedNow() {
  vi.useFakeTimers({ toFake: ['Date'], now: FIXED_NOW_MS, shouldAdvanceTime: true })
  baselineDate = globalThis.Date
}

/** True while the test runs on the baseline clock alone: it hasn't faked time itself. */
export const onBaselineClock = () => !vi.isFakeTimers() || globalThis.Date === baselineDate
