import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { replaceSessions } from '../src/store/records-db'
import { resetStore } from './seed'

beforeEach(async () => {
  resetStore()
  await replaceSessions([])
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  localStorage.clear()
})
