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

/**
 * What Spotter has saved on this device: localStorage's `spotter` envelope as the app writes it, parsed.
 * Null when nothing is saved. For tests whose point is what was kept (import, backups, delete all data).
 */
export function savedOnPhone(): SpotterData | null {
  const raw = localStorage.getItem(STORAGE_KEY)
  return raw === null ? null : (JSON.parse(raw) as { state: SpotterData }).state
}

/** The store as a whole, for the store's own unit tests (tests/store); screen tests check the screen. */
export const storeState = () => useSpotter.getState()
export const storeActions = () => useSpotter.getState().actions
