import { format } from 'node:util'
import { afterEach, beforeEach } from 'vitest'

let logged: string[] = []
let expected: RegExp[] = []

/**
 * A console error fails the test that caused it: React's warnings (duplicate keys, act(), bad props) and the
 * app's own console.error calls come out here, and would otherwise pass silently. A test whose point is an
 * error (a screen that fails to load, say) names what it expects with `expectConsoleError`.
 */
export function failOnConsoleErrors() {
  const original = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    logged.push(format(...args) + (process.env.CONSOLE_STACK ? `\n${new Error().stack}` : ''))
    original(...args)
  }
  beforeEach(() => {
    logged = []
    expected = []
  })
  afterEach(() => {
    const unexpected = unexpectedErrors(logged, expected)
    logged = []
    if (unexpected.length > 0)
      throw new Error(`The test logged ${unexpected.length} console error(s):\n${unexpected.join('\n---\n')}`)
  })
}

/** This test means to cause a console error matching `pattern` (it still fails on any other). */
export function expectConsoleError(pattern: RegExp) {
  expected.push(pattern)
}

/** The console errors this test has logged so far. */
export const consoleErrorsLogged = (): readonly string[] => logged

/** The logged errors no pattern expects: any one fails the test. */
export const unexpectedErrors = (lines: readonly string[], patterns: readonly RegExp[]) =>
  lines.filter((line) => !patterns.some((pattern) => pattern.test(line)))
