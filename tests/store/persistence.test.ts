import { expect, test, vi } from 'vitest'
import { BACKUP_PREFIX, listBackups, loadFromStorage, STORAGE_KEY } from '../../src/store/device-storage'
import { CURRENT_VERSION, MAX_HISTORY, readSaved } from '../../src/store/persistence'
import { emptyData } from '../../src/store/types'
import { FIXTURE, planItem, savedText } from '../fixtures/seed.mjs'

const NOW = new Date('2026-11-26T09:00:00.000Z')

/** Put `raw` in storage as if a previous visit had saved it. */
function saved(raw: string) {
  localStorage.clear()
  localStorage.setItem(STORAGE_KEY, raw)
}

const SESSION = FIXTURE.state.history[0]

test('nothing saved yet loads as empty, with nothing to report', () => {
  expect(loadFromStorage(localStorage, NOW)).toEqual({
    data: emptyData(),
    notices: [],
    revision: 0,
    mode: { kind: 'ok' },
  })
})

test('corrupt saved data loads as empty, says it was unreadable and keeps the exact text as a backup', () => {
  const raw = '{"state": {"plan": [ {"key": "a", "exerciseId": "sit-up"'
  saved(raw)
  const { data, notices, mode } = loadFromStorage(localStorage, NOW)
  expect(data).toEqual(emptyData())
  expect(mode).toEqual({ kind: 'ok' })
  expect(notices).toEqual([
    { kind: 'unreadable', backupKey: `${BACKUP_PREFIX}${NOW.toISOString()}`, detail: expect.any(String) },
  ])
  expect(localStorage.getItem(`${BACKUP_PREFIX}${NOW.toISOString()}`)).toBe(raw)
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

test('data from a newer version makes this older code read-only: nothing read, nothing written, no backup needed', () => {
  const raw = savedText({ plan: [planItem('p-1', 'squat')] }, { version: CURRENT_VERSION + 1 })
  saved(raw)
  const { data, notices, mode } = loadFromStorage(localStorage, NOW)
  expect(mode).toEqual({ kind: 'newer', version: CURRENT_VERSION + 1 })
  expect(data).toEqual(emptyData())
  expect(notices).toEqual([])
  expect(localStorage.getItem(STORAGE_KEY)).toBe(raw)
})

test('when reading storage throws, “couldn’t read” is told apart from “nothing saved”: writes are held', () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation((key) => {
    if (key === STORAGE_KEY) throw new DOMException('The database is busy', 'UnknownError')
    return null
  })
  expect(loadFromStorage(localStorage, NOW).mode).toEqual({ kind: 'held', reason: 'read-failed', raw: null })
})

test('damaged data that can’t be backed up holds writes and keeps the text in memory to download', () => {
  const raw = savedText({ plan: [planItem('p-1', 'squat'), { key: 'p-2' }] as never })
  saved(raw)
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })
  const { data, notices, mode } = loadFromStorage(localStorage, NOW)
  expect(data.plan.map((p) => p.key)).toEqual(['p-1'])
  expect(mode).toEqual({ kind: 'held', reason: 'no-room-for-backup', raw })
  expect(notices[0]).toMatchObject({ kind: 'repaired', backupKey: null })
})

test('with storage blocked, loading says so from the start', () => {
  expect(loadFromStorage(null, NOW).mode).toEqual({ kind: 'unavailable' })
})

test('a plan item for an exercise Spotter no longer has is left out and named; the rest is kept and backed up', () => {
  saved(savedText({ plan: [planItem('p-1', 'squat'), planItem('p-2', 'moon-walk')] }))
  const { data, notices } = loadFromStorage(localStorage, NOW)
  expect(data.plan.map((p) => p.exerciseId)).toEqual(['squat'])
  expect(notices).toEqual([{ kind: 'unknown-exercises', ids: ['moon-walk'] }])
  expect(listBackups(localStorage)).toHaveLength(1)
})

test.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
  'a plan key named %s (from storage or a file) is refused, and loading never crashes',
  (key) => {
    const raw = savedText({ plan: [planItem(key, 'squat'), planItem('p-2', 'push-up')] }).replace(
      '"ticks":{}',
      `"ticks":{"${key}":["spine"],"p-2":["hips-line"]}`,
    )
    const result = readSaved(raw)
    expect(result.data.plan.map((p) => p.key)).toEqual(['p-2'])
    expect(Object.keys(result.data.ticks)).toEqual(['p-2'])
    expect(result.problems.length).toBeGreaterThan(0)
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  },
)

test('only strict timestamps are dates: "1", year 271822 and local times are not', () => {
  for (const bad of [
    '1',
    '+271822-01-01T00:00:00.000Z',
    '2026-11-26 10:00',
    '2026-11-26T10:00:00',
    'Thu Nov 26 2026',
  ]) {
    const result = readSaved(savedText({ history: [{ ...SESSION, startedAt: bad }] as never }))
    expect(result.data.history, bad).toEqual([])
    expect(result.problems, bad).toEqual(['a session in your history'])
  }
})

test('a repeated session id is kept once and said', () => {
  const result = readSaved(savedText({ history: [SESSION, SESSION] as never }))
  expect(result.data.history).toHaveLength(1)
  expect(result.problems).toEqual(['a repeated session in your history'])
})

test('fields Spotter doesn’t know, and outcomes it doesn’t know, are left out with a notice, not silently', () => {
  const raw = JSON.stringify({
    version: CURRENT_VERSION,
    revision: 1,
    state: {
      ...JSON.parse(savedText()).state,
      extra: 1,
      history: [{ ...SESSION, items: [{ ...SESSION?.items[0], outcome: 'exploded' }] }],
    },
  })
  const result = readSaved(raw)
  expect(result.problems).toEqual(['fields Spotter doesn’t know (extra)', 'a session in your history'])
})

test('a plan past the limit is cut to its first exercises and says so', () => {
  const plan = Array.from({ length: 100 }, (_, i) => planItem(`p-${i}`, 'squat'))
  const result = readSaved(savedText({ plan }))
  expect(result.data.plan).toHaveLength(40)
  expect(result.problems).toEqual(['exercises past the first 40 in the plan'])
})

test('a history past the cap keeps the newest sessions and says so', () => {
  const history = Array.from({ length: MAX_HISTORY + 3 }, (_, i) => ({ ...SESSION, id: `s-${i}` }))
  const result = readSaved(savedText({ history: history as never }))
  expect(result.data.history).toHaveLength(MAX_HISTORY)
  expect(result.problems).toEqual(['sessions past the newest 10,000'])
})

test('an error for an unknown old version says so in plain words', () => {
  const result = readSaved(JSON.stringify({ version: 0, state: {} }))
  expect(result.unreadable).toBe(true)
  expect(result.problems).toEqual(['it comes from an unknown version of Spotter (0)'])
})

test('loading the same damaged data again does not pile up backups', () => {
  saved('not json')
  loadFromStorage(localStorage, NOW)
  loadFromStorage(localStorage, new Date(NOW.getTime() + 1000))
  expect(listBackups(localStorage)).toHaveLength(1)
})
