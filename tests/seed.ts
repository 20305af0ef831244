import { act } from '@testing-library/react'
import { useSpotter } from '../src/store/create-store'
import type { SpotterData } from '../src/store/spotter-store'
import { STORAGE_KEY, savedText } from './fixtures/seed.mjs'

const initial = useSpotter.getState()

/** Nothing saved, a fresh store: what every test starts from (tests/setup.ts). */
export function resetStore() {
  localStorage.clear()
  useSpotter.setState(
    {
      ...initial,
      ...emptyState(),
      undo: null,
      notices: [],
      saveStatus: 'saved',
      mode: { kind: 'ok' },
      revision: 0,
    },
    true,
  )
}

const emptyState = (): SpotterData => JSON.parse(savedText()).state

/**
 * Saved data as a previous visit left it, loaded through the app's own load path (validated, migrated).
 * `state` is merged over an empty save; pass raw text to seed exactly that.
 */
export function seedStore(state: Partial<SpotterData> | string = {}) {
  localStorage.setItem(STORAGE_KEY, typeof state === 'string' ? state : savedText(state))
  act(() => useSpotter.getState().actions.storageReloaded())
}

/** The store as a whole, for store-level tests that check what was saved. */
export const storeState = () => useSpotter.getState()
export const storeActions = () => useSpotter.getState().actions
