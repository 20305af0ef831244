import { expect, test, vi } from 'vitest'
import { listBackups, REVISION_KEY, STORAGE_KEY } from '../../src/store/device-storage'
import { CURRENT_VERSION } from '../../src/store/persistence'
import { startStorageSync } from '../../src/store/spotter-store'
import { FIXTURE, planItem, savedText } from '../fixtures/seed.mjs'
import { seedStore, storeActions, storeState } from '../seed'

const savedNow = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
const exerciseIds = () => storeState().plan.map((p) => p.exerciseId)

/** Another tab adds a push-up to what this tab saved, and writes revision 2 (this tab isn't told). */
function anotherTabAddsAPushUp() {
  const other = savedNow()
  other.state.plan.push(planItem('p-other', 'push-up'))
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...other, revision: 2 }))
  localStorage.setItem(REVISION_KEY, '2')
}

const storageFull = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })

test('one action is one write, with the revision counted up', () => {
  storeActions().exerciseAdded('squat')
  expect(savedNow()).toMatchObject({ version: CURRENT_VERSION, revision: 1 })
  storeActions().exerciseAdded('push-up')
  expect(savedNow().revision).toBe(2)
  expect(localStorage.getItem(REVISION_KEY)).toBe('2')
})

test('what is saved is only the data: no undo, notices or mode in the saved envelope', () => {
  storeActions().exerciseAdded('squat')
  expect(Object.keys(savedNow().state).sort()).toEqual([
    'customExercises',
    'history',
    'plan',
    'profile',
    'routines',
    'ticks',
    'workout',
  ])
})

test('swapping offers an undo, and undoing restores exactly the plan and ticks from before', () => {
  seedStore({ plan: [planItem('p-1', 'sit-up'), planItem('p-2', 'squat')], ticks: { 'p-1': ['slow'] } })
  const before = { plan: storeState().plan, ticks: storeState().ticks }
  storeActions().exerciseSwapped('p-1', 'mcgill-curl-up')
  expect(storeState().undo).toMatchObject({ kind: 'swap', key: 'p-1', from: 'sit-up', to: 'mcgill-curl-up' })
  storeActions().undoTaken()
  expect({ plan: storeState().plan, ticks: storeState().ticks }).toEqual(before)
  expect(storeState().undo).toBeNull()
})

test('removing an exercise can be undone, back in its place with its ticks', () => {
  seedStore({ plan: [planItem('p-1', 'squat'), planItem('p-2', 'push-up')], ticks: { 'p-1': ['spine'] } })
  storeActions().planItemRemoved('p-1')
  expect(exerciseIds()).toEqual(['push-up'])
  expect(storeState().undo).toMatchObject({ kind: 'remove', from: 'squat' })
  storeActions().undoTaken()
  expect(exerciseIds()).toEqual(['squat', 'push-up'])
  expect(storeState().ticks).toEqual({ 'p-1': ['spine'] })
})

test('a second Undo does nothing (a double tap never removes what was just restored)', () => {
  seedStore({ plan: [planItem('p-1', 'squat')] })
  storeActions().planItemRemoved('p-1')
  storeActions().undoTaken()
  storeActions().undoTaken()
  expect(exerciseIds()).toEqual(['squat'])
})

test('another tab’s save made since this tab read is read first, so neither tab’s tap is lost', () => {
  storeActions().exerciseAdded('squat')
  anotherTabAddsAPushUp()
  // This tab, not yet told, adds a glute bridge.
  storeActions().exerciseAdded('glute-bridge')
  expect(exerciseIds()).toEqual(['squat', 'push-up', 'glute-bridge'])
  expect(savedNow().revision).toBe(3)
})

test('a save another tab made before this tab started following saves shows as soon as it starts', () => {
  storeActions().exerciseAdded('squat')
  anotherTabAddsAPushUp()
  expect(exerciseIds()).toEqual(['squat'])

  const stop = startStorageSync()
  expect(exerciseIds()).toEqual(['squat', 'push-up'])
  stop()
})

test('with data from a newer version, this older tab writes nothing, whatever the user taps', async () => {
  const raw = savedText(FIXTURE.state, { version: CURRENT_VERSION + 1 })
  seedStore(raw)
  expect(storeState().mode).toEqual({ kind: 'newer', version: CURRENT_VERSION + 1 })
  storeActions().exerciseAdded('squat')
  storeActions().conditionToggled('sciatica')
  expect(await storeActions().allDataDeleted()).toBe(false)
  expect(localStorage.getItem(STORAGE_KEY)).toBe(raw)
})

test('when storage couldn’t be read, nothing is written until the user chooses to start afresh', () => {
  const raw = savedText(FIXTURE.state)
  localStorage.setItem(STORAGE_KEY, raw)
  const read = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('busy', 'UnknownError')
  })
  storeActions().storageReloaded()
  read.mockRestore()
  expect(storeState().mode).toMatchObject({ kind: 'held', reason: 'read-failed' })
  storeActions().exerciseAdded('squat')
  expect(localStorage.getItem(STORAGE_KEY)).toBe(raw)

  storeActions().storageReloaded()
  expect(storeState().mode).toEqual({ kind: 'ok' })
  expect(storeState().plan).toEqual(FIXTURE.state.plan)
})

test('when storage is full, the change still happens and the store says it is not saved', () => {
  storageFull()
  storeActions().exerciseAdded('squat')
  expect(exerciseIds()).toEqual(['squat'])
  expect(storeState().saveStatus).toBe('not-saved')
})

test('“delete all my data” removes everything, backups too, and says so only when it is gone', async () => {
  seedStore(FIXTURE.state)
  localStorage.setItem('spotter-backup-2026-01-01T00:00:00.000Z', 'old')
  expect(await storeActions().allDataDeleted()).toBe(true)
  expect(storeState().history).toEqual([])
  expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  expect(listBackups(localStorage)).toEqual([])
})

test('when storage refuses to remove the data, “delete all” reports failure and the data stays', async () => {
  seedStore(FIXTURE.state)
  vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  expect(await storeActions().allDataDeleted()).toBe(false)
  expect(storeState().history).toHaveLength(2)
  expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull()
})

test('importing keeps a backup of what it replaces, and can be undone', () => {
  seedStore(FIXTURE.state)
  storeActions().dataImported({ ...FIXTURE.state, plan: [], history: [] })
  expect(storeState().history).toEqual([])
  const backups = listBackups(localStorage)
  expect(backups).toHaveLength(1)
  expect(JSON.parse(backups[0]?.raw ?? '{}').state.history).toHaveLength(2)
  storeActions().undoTaken()
  expect(storeState().history).toHaveLength(2)
  expect(storeState().plan).toEqual(FIXTURE.state.plan)
})

test('a workout finished is saved with the session; the summary can tell whether it was', () => {
  seedStore({ plan: [planItem('p-1', 'squat', { load: 'light', reps: 8, restSeconds: 120 })] })
  storeActions().workoutStarted()
  storeActions().setCompleted('p-1', { reps: 8, weight: 40, holdSeconds: null })
  storeActions().workoutFinished('all')
  expect(savedNow().state.history).toHaveLength(1)
  expect(storeState().saveStatus).toBe('saved')
})
