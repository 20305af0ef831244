import { expect, test, vi } from 'vitest'
import {
  BACKUP_PREFIX,
  CURRENT_VERSION,
  listBackups,
  loadFromStorage,
  readSaved,
  STORAGE_KEY,
} from '../../src/store/persistence'
import { spotterStore } from '../../src/store/spotter-store'
import { emptyData } from '../../src/store/types'

const NOW = new Date('2025-03-01T09:00:00.000Z')
const state = () => spotterStore.getState()
const actions = () => spotterStore.getState().actions

const envelope = (savedState: unknown, version = CURRENT_VERSION) =>
  JSON.stringify({ state: savedState, version })

const storageFull = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })

/** Put `raw` in storage as if a previous visit had saved it. */
function saved(raw: string) {
  localStorage.clear()
  localStorage.setItem(STORAGE_KEY, raw)
}

const SESSION = {
  id: 's-1',
  startedAt: '2025-02-28T09:00:00.000Z',
  finishedAt: '2025-02-28T09:30:00.000Z',
  conditions: ['sciatica'],
  items: [{ exerciseId: 'squat', name: 'Squat', outcome: 'done' }],
}

test('nothing saved yet loads as empty, with nothing to report', () => {
  expect(readSaved(null)).toEqual({ data: emptyData(), problems: [], unknownIds: [], unreadable: false })
  expect(loadFromStorage(localStorage, NOW)).toEqual({ data: emptyData(), notices: [] })
})

test('corrupt saved data loads as empty, says it was unreadable and keeps the exact text as a backup', () => {
  const raw = '{"state": {"plan": [ {"key": "a", "exerciseId": "sit-up"'
  saved(raw)
  expect(readSaved(raw)).toMatchObject({ data: emptyData(), unreadable: true })

  const { data, notices } = loadFromStorage(localStorage, NOW)
  expect(data).toEqual(emptyData())
  expect(notices).toHaveLength(1)
  const [notice] = notices
  expect(notice?.kind).toBe('unreadable')
  const backupKey = notice?.kind === 'unreadable' ? notice.backupKey : null
  expect(backupKey).toBe(`${BACKUP_PREFIX}${NOW.toISOString()}`)
  expect(localStorage.getItem(backupKey ?? '')).toBe(raw)
  expect(localStorage.getItem(STORAGE_KEY)).toBe(raw)
})

test('saved data without a version, or that is not an object, is unreadable', () => {
  for (const raw of [
    'null',
    '42',
    '"text"',
    '[]',
    JSON.stringify({ state: {} }),
    JSON.stringify(emptyData()),
  ]) {
    expect(readSaved(raw).unreadable, raw).toBe(true)
    expect(readSaved(raw).data, raw).toEqual(emptyData())
  }
})

test('data saved by a newer version of Spotter is treated as unreadable and backed up untouched', () => {
  const raw = envelope({ ...emptyData(), plan: [{ key: 'a', exerciseId: 'sit-up' }] }, CURRENT_VERSION + 1)
  saved(raw)
  const { data, notices } = loadFromStorage(localStorage, NOW)
  expect(data).toEqual(emptyData())
  expect(notices).toEqual([
    { kind: 'unreadable', backupKey: `${BACKUP_PREFIX}${NOW.toISOString()}`, detail: expect.any(String) },
  ])
  expect(listBackups(localStorage)).toEqual([{ key: `${BACKUP_PREFIX}${NOW.toISOString()}`, raw }])
})

test('a plan item for an exercise Spotter no longer has is dropped; the rest is kept and backed up', () => {
  const raw = envelope({
    profile: { conditions: ['sciatica'] },
    plan: [
      { key: 'a', exerciseId: 'sit-up' },
      { key: 'b', exerciseId: 'jumping-jack' },
      { key: 'c', exerciseId: 'squat', swappedFrom: 'deadlift' },
    ],
    ticks: { a: ['slow'], b: ['whatever'] },
    workout: null,
    history: [SESSION],
  })
  saved(raw)
  const { data, notices } = loadFromStorage(localStorage, NOW)
  expect(data.plan).toEqual([
    { key: 'a', exerciseId: 'sit-up' },
    { key: 'c', exerciseId: 'squat', swappedFrom: 'deadlift' },
  ])
  expect(data.ticks).toEqual({ a: ['slow'] })
  expect(data.profile.conditions).toEqual(['sciatica'])
  expect(data.history).toEqual([SESSION])
  expect(notices).toEqual([{ kind: 'unknown-exercises', ids: ['jumping-jack'] }])
  expect(listBackups(localStorage)).toEqual([{ key: `${BACKUP_PREFIX}${NOW.toISOString()}`, raw }])
})

test('ticks for checkpoints the exercise does not have, or for items not in the plan, are dropped', () => {
  const raw = envelope({
    ...emptyData(),
    plan: [
      { key: 'a', exerciseId: 'sit-up' },
      { key: 'b', exerciseId: 'squat' },
    ],
    ticks: { a: ['slow', 'gaze', 'made-up', 7, 'slow'], b: ['gaze'], gone: ['slow'] },
  })
  expect(readSaved(raw).data.ticks).toEqual({ a: ['slow'], b: ['gaze'] })
})

test('partly damaged data keeps what is valid, says it was repaired, and keeps a backup', () => {
  const raw = envelope({
    profile: { conditions: ['sciatica', 'broken-leg'] },
    plan: [{ key: 'a', exerciseId: 'sit-up' }, { nonsense: true }],
    ticks: {},
    workout: { startedAt: 'yesterday-ish', step: 1, outcomes: {} },
    history: [SESSION, { id: 's-2' }],
  })
  saved(raw)
  const { data, notices } = loadFromStorage(localStorage, NOW)
  expect(data).toEqual({
    profile: { conditions: ['sciatica'] },
    plan: [{ key: 'a', exerciseId: 'sit-up' }],
    ticks: {},
    workout: null,
    history: [SESSION],
  })
  expect(notices).toMatchObject([{ kind: 'repaired', backupKey: `${BACKUP_PREFIX}${NOW.toISOString()}` }])
  expect(localStorage.getItem(`${BACKUP_PREFIX}${NOW.toISOString()}`)).toBe(raw)
})

test('a workout in progress comes back with its step kept inside the plan', () => {
  const raw = envelope({
    ...emptyData(),
    plan: [{ key: 'a', exerciseId: 'sit-up' }],
    workout: { startedAt: NOW.toISOString(), step: 7, outcomes: { a: 'done', gone: 'done', b: 'maybe' } },
  })
  expect(readSaved(raw).data.workout).toEqual({
    startedAt: NOW.toISOString(),
    step: 2,
    outcomes: { a: 'done' },
  })
})

test('if the backup cannot be written, the notice says no backup was kept', () => {
  saved('not json at all')
  storageFull()
  const { notices } = loadFromStorage(localStorage, NOW)
  expect(notices).toEqual([{ kind: 'unreadable', backupKey: null, detail: expect.any(String) }])
})

test('the app shows what loading found: corrupt data on reload gives an “unreadable” notice', async () => {
  actions().exerciseAdded('squat')
  saved('{oops')
  await spotterStore.persist.rehydrate()
  expect(state().plan).toEqual([])
  expect(state().notices.map((n) => n.kind)).toEqual(['unreadable'])
  expect(listBackups(localStorage).map((b) => b.raw)).toEqual(['{oops'])
})

test('the app shows what loading found: an unknown exercise gives an “unknown-exercises” notice', async () => {
  saved(
    envelope({
      ...emptyData(),
      plan: [
        { key: 'a', exerciseId: 'zercher-squat' },
        { key: 'b', exerciseId: 'bird-dog' },
      ],
    }),
  )
  await spotterStore.persist.rehydrate()
  expect(state().plan).toEqual([{ key: 'b', exerciseId: 'bird-dog' }])
  expect(state().notices).toEqual([{ kind: 'unknown-exercises', ids: ['zercher-squat'] }])
  actions().noticeDismissed('unknown-exercises')
  expect(state().notices).toEqual([])
})

test('when storage is full, the change still happens and the app says it is not saving', () => {
  actions().exerciseAdded('glute-bridge')
  const savedBefore = localStorage.getItem(STORAGE_KEY)
  expect(state().saveStatus).toBe('saving')

  const setItem = storageFull()
  actions().exerciseAdded('sit-up')
  actions().conditionToggled('sciatica')
  expect(setItem).toHaveBeenCalled()
  expect(state().plan.map((item) => item.exerciseId)).toEqual(['glute-bridge', 'sit-up'])
  expect(state().profile.conditions).toEqual(['sciatica'])
  expect(state().saveStatus).toBe('not-saving')
  expect(localStorage.getItem(STORAGE_KEY)).toBe(savedBefore)

  setItem.mockRestore()
  actions().exerciseAdded('bird-dog')
  expect(state().saveStatus).toBe('saving')
  const savedAfter = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
  expect(savedAfter.state.plan.map((item: { exerciseId: string }) => item.exerciseId)).toEqual([
    'glute-bridge',
    'sit-up',
    'bird-dog',
  ])
})

test('loading the same damaged data again does not pile up backups', () => {
  saved('{oops')
  loadFromStorage(localStorage, NOW)
  loadFromStorage(localStorage, new Date(NOW.getTime() + 60_000))
  expect(listBackups(localStorage).map((b) => b.raw)).toEqual(['{oops'])
})

test('deleting all data also deletes the backups kept on this device', async () => {
  saved(
    envelope({
      ...emptyData(),
      profile: { conditions: ['sciatica'] },
      plan: [{ key: 'a', exerciseId: 'x' }],
    }),
  )
  await spotterStore.persist.rehydrate()
  expect(listBackups(localStorage)).toHaveLength(1)

  actions().allDataDeleted()
  expect(listBackups(localStorage)).toEqual([])
  expect(Object.keys(localStorage)).toEqual([STORAGE_KEY])
})
