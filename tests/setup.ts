import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { replaceSessions } from '../src/store/records-db'
import { startAtFixedNow } from './clock'
import { failOnConsoleErrors } from './console-errors'
import { resetStore } from './seed'

// A ceiling, not a wait: findBy… and waitFor return as soon as the screen is there. The first visit to a lazy
// screen transforms its modules on demand, which takes more than Testing Library's default second when
// the machine is busy (CI, or several suites at once).
configure({ asyncUtilTimeout: 5000 })

// Testing Library sets this only where test globals exist (Vitest here runs without them): React then treats
// every update as inside a test, and says when one is not wrapped in act().
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

failOnConsoleErrors()

beforeEach(async () => {
  startAtFixedNow()
  resetStore()
  await replaceSessions([])
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  localStorage.clear()
})
