import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { replaceSessions } from '../src/store/records-db'
import { resetStore } from './seed'

beforeEach(async () => {
  resetStore()
  await replaceSessions([])
})

afterEach(() => {
  cleanup()
  localStorage.clear()
})
