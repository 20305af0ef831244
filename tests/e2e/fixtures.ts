import { test as base, type ConsoleMessage, expect } from '@playwright/test'
import { FIXED_NOW } from '../fixtures/clock.mjs'

type Fixtures = {
  /** Requests that left the app's origin: any one fails the test. */
  foreignRequests: string[]
  /**
   * Console errors (and uncaught page errors) this test means to cause, by pattern: any other fails it. A test
   * that aborts a request on purpose, say, pushes `/Failed to load resource/` here.
   */
  expectedConsoleErrors: RegExp[]
  fixedClock: undefined
}

/**
 * Every browser test runs with three guards:
 * - time is an input: every page's clock is installed at FIXED_NOW (the fixtures' "now"), flowing from there,
 *   so a pain stop saved "six days ago" counts whatever the machine's date. A test can still pause, jump or
 *   run the clock (`page.clock.pauseAt`, `runFor`, `fastForward`, `setFixedTime`);
 * - a console error, or an uncaught error on the page, fails the test that caused it;
 * - any request that leaves the app's origin fails the test: Spotter has no server and no tracking, and
 *   health data never leaves the phone.
 */
export const test = base.extend<Fixtures>({
  fixedClock: [
    async ({ context }, use) => {
      await context.clock.install({ time: new Date(FIXED_NOW) })
      await use(undefined)
    },
    { auto: true },
  ],
  expectedConsoleErrors: [
    async ({ context }, use) => {
      const errors: string[] = []
      context.on('console', (message: ConsoleMessage) => {
        if (message.type() !== 'error') return
        const where = message.location().url
        errors.push(`${message.text()}${where ? ` (${where})` : ''}`)
      })
      context.on('weberror', (error) => errors.push(`Uncaught: ${error.error().message}`))
      const expected: RegExp[] = []
      await use(expected)
      const unexpected = errors.filter((text) => !expected.some((pattern) => pattern.test(text)))
      expect(unexpected, 'console errors on the page').toEqual([])
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      const foreign: string[] = []
      page.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (new URL(url).origin !== origin) foreign.push(url)
      })
      await use(foreign)
      expect(foreign, 'requests that left the app’s origin').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
