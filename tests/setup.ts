import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { spotterStore } from '../src/store/spotter-store'
import { emptyData } from '../src/store/types'

const initial = spotterStore.getState()

beforeEach(() => {
  localStorage.clear()
  spotterStore.setState({ ...initial, ...emptyData(), undo: null, notices: [], saveStatus: 'saving' }, true)
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  localStorage.clear()
})
