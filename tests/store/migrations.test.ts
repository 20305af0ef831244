import { expect, test } from 'vitest'
import { STORAGE_KEY } from '../../src/store/device-storage'
import { CURRENT_VERSION, MIGRATIONS, readSaved } from '../../src/store/persistence'
import { FIXTURE, SAVED_VERSION, STARTER_ROUTINES } from '../fixtures/seed.mjs'
import { seedStore, storeState } from '../seed'

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

test('every old version has a migration step and a stored fixture; the shared fixture is the current version', () => {
  for (let version = 1; version < CURRENT_VERSION; version++) {
    expect(MIGRATIONS[version], `migration from ${version}`).toBeTypeOf('function')
    expect(() => JSON.parse(fixture(version)), `fixture v${version}`).not.toThrow()
  }
  expect(SAVED_VERSION).toBe(CURRENT_VERSION)
})

test('the current fixture reads back exactly, with nothing to report', () => {
  const result = readSaved(JSON.stringify(FIXTURE))
  expect(result.problems).toEqual([])
  expect(result.unknownIds).toEqual([])
  expect(result.data).toEqual(FIXTURE.state)
  expect(result.revision).toBe(FIXTURE.revision)
})

test('a version-2 save loads in full: plan items get their usual dose, outcomes become entries, nothing lost', () => {
  const { data, problems, unknownIds } = readSaved(fixture(2))
  expect(problems).toEqual([])
  expect(unknownIds).toEqual([])
  expect(data.profile).toEqual({ conditions: ['sciatica', 'back-pain-today'], todaySetOn: null, units: 'kg' })
  expect(data.plan).toEqual([
    {
      key: 'p-1',
      exerciseId: 'squat',
      load: 'light',
      weight: null,
      sets: 3,
      reps: 8,
      holdSeconds: null,
      restSeconds: 120,
    },
    {
      key: 'p-2',
      exerciseId: 'mcgill-curl-up',
      swappedFrom: 'sit-up',
      load: 'bodyweight',
      weight: null,
      sets: 3,
      reps: 5,
      holdSeconds: 10,
      restSeconds: 60,
    },
    {
      key: 'p-3',
      exerciseId: 'forearm-plank',
      load: 'bodyweight',
      weight: null,
      sets: 3,
      reps: 1,
      holdSeconds: 30,
      restSeconds: 60,
    },
  ])
  expect(data.ticks).toEqual({ 'p-3': ['forearms', 'straight'] })
  expect(data.workout).toEqual({
    startedAt: '2026-11-20T18:00:00.000Z',
    step: 3,
    entries: [
      { key: 'p-1', exerciseId: 'squat', load: 'light', sets: [], outcome: 'done' },
      { key: 'p-2', exerciseId: 'mcgill-curl-up', load: 'bodyweight', sets: [], outcome: 'pain-stop' },
    ],
    rest: null,
    hold: null,
  })
  expect(data.history.map((s) => [s.id, s.conditions, s.units, s.kept])).toEqual([
    ['s-2', ['sciatica'], 'kg', 'all'],
    ['s-1', null, 'kg', 'all'],
  ])
  expect(data.history[0]?.items).toEqual([
    {
      exerciseId: 'mcgill-curl-up',
      name: 'McGill curl-up',
      outcome: 'done',
      swappedFrom: 'sit-up',
      load: null,
      sets: [],
    },
    { exerciseId: 'burpee', name: 'Burpee', outcome: 'skipped', load: null, sets: [] },
  ])
})

test('a version-2 save gains the starter routines once', () => {
  const { data } = readSaved(fixture(2))
  expect(data.routines).toEqual(STARTER_ROUTINES)
})

test('a version-1 save migrates through version 2 to the current shape, keeping its sessions as unknown profile', () => {
  const { data, problems } = readSaved(fixture(1))
  expect(problems).toEqual([])
  expect(data.plan.map((p) => p.exerciseId)).toEqual(['squat', 'mcgill-curl-up', 'forearm-plank'])
  expect(data.history.map((s) => s.conditions)).toEqual([null, null])
  expect(data.workout?.entries.map((e) => e.outcome)).toEqual(['done', 'pain-stop'])
})

test('the app opening a version-2 save migrates it and saves it back as the current version on the next change', () => {
  seedStore(fixture(2))
  expect(storeState().notices).toEqual([])
  storeState().actions.conditionToggled('sciatica')
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')
  expect(saved.version).toBe(CURRENT_VERSION)
  expect(saved.state.plan).toHaveLength(3)
  expect(saved.state.history).toHaveLength(2)
})
