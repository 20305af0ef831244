import { expect, test } from 'vitest'
import { CURRENT_VERSION, loadFromStorage, MIGRATIONS, STORAGE_KEY } from '../../src/store/persistence'
import { spotterStore } from '../../src/store/spotter-store'

/** A stored save of each old version, exactly as that version wrote it, as raw text. */
const FIXTURES = import.meta.glob<string>('./fixtures/v*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const fixture = (version: number): string => {
  const raw = FIXTURES[`./fixtures/v${version}.json`]
  if (raw === undefined) throw new Error(`no stored fixture for version ${version}`)
  return raw
}

test('every old version has a migration step and a stored fixture to test it from', () => {
  for (let version = 1; version < CURRENT_VERSION; version++) {
    expect(MIGRATIONS[version], `migration from ${version}`).toBeTypeOf('function')
    expect(() => JSON.parse(fixture(version)), `fixture v${version}`).not.toThrow()
  }
})

test('version 1 → 2: sessions gain an unknown back profile (null); nothing else changes', () => {
  const v1 = JSON.parse(fixture(1))
  const v2 = MIGRATIONS[1]?.(v1.state) as typeof v1.state
  expect(v2.history.map((s: { conditions: unknown }) => s.conditions)).toEqual([null, null])
  const withoutConditions = v2.history.map(({ conditions: _, ...rest }: Record<string, unknown>) => rest)
  expect({ ...v2, history: withoutConditions }).toEqual(v1.state)
})

test('a version-1 save loads in full, with no warning and no backup needed', () => {
  localStorage.setItem(STORAGE_KEY, fixture(1))
  const { data, notices } = loadFromStorage(localStorage)
  expect(notices).toEqual([])
  expect(data.profile.conditions).toEqual(['sciatica'])
  expect(data.plan.map((p) => p.exerciseId)).toEqual(['squat', 'mcgill-curl-up', 'forearm-plank'])
  expect(data.plan[1]?.swappedFrom).toBe('sit-up')
  expect(data.ticks).toEqual({ 'p-3': ['forearms', 'straight'] })
  expect(data.workout).toEqual({
    startedAt: '2026-11-20T18:00:00.000Z',
    step: 3,
    outcomes: { 'p-1': 'done', 'p-2': 'pain-stop' },
  })
  expect(data.history.map((s) => [s.id, s.conditions, s.items.length])).toEqual([
    ['s-2', null, 2],
    ['s-1', null, 1],
  ])
})

test('the app opening a version-1 save migrates it and saves it back as the current version', () => {
  localStorage.setItem(STORAGE_KEY, fixture(1))
  spotterStore.persist.rehydrate()
  expect(spotterStore.getState().history).toHaveLength(2)
  spotterStore.getState().actions.conditionToggled('back-pain-today')
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')
  expect(saved.version).toBe(CURRENT_VERSION)
  expect(saved.state.history[0].conditions).toBeNull()
  expect(saved.state.profile.conditions).toEqual(['sciatica', 'back-pain-today'])
})

test('a session finished now records the back profile it was trained with', () => {
  const { actions } = spotterStore.getState()
  actions.conditionToggled('sciatica')
  actions.exerciseAdded('bird-dog')
  actions.workoutStarted()
  actions.workoutFinished()
  expect(spotterStore.getState().history[0]?.conditions).toEqual(['sciatica'])
})

test('a current-version session with no recorded back profile is kept as unknown, not dropped', () => {
  const v1 = JSON.parse(fixture(1))
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: v1.state, version: CURRENT_VERSION }))
  const { data, notices } = loadFromStorage(localStorage)
  expect(notices).toEqual([])
  expect(data.history.map((s) => s.conditions)).toEqual([null, null])
})
