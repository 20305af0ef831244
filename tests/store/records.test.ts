import { expect, test } from 'vitest'
import { allSessions, putSession } from '../../src/store/records-db'
import { draftId } from '../../src/store/transitions'
import { FIXTURE, planItem } from '../fixtures/seed.mjs'
import { seedStore, storeActions, storeState } from '../seed'

const kept = async () => {
  const result = await allSessions()
  if (!result.ok) throw new Error('IndexedDB not available in the test')
  return (result.value ?? []) as { id: string; kept: string; items: { outcome: string }[] }[]
}
const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

test('a finished session is kept durably, and “saved” is said only once that write has completed', async () => {
  seedStore({ plan: [planItem('p-1', 'squat')] })
  storeActions().workoutStarted()
  storeActions().setCompleted('p-1', { reps: 10, weight: null, holdSeconds: null })
  storeActions().workoutFinished('all')
  const id = storeState().history[0]?.id
  expect(storeState().sessionSave).toEqual({ id, status: 'saving' })
  await until(() => storeState().sessionSave?.status === 'saved')
  expect(storeState().sessionSave).toEqual({ id, status: 'saved' })
  expect((await kept()).map((s) => s.id)).toEqual([id])
})

test('a pain stop is kept durably at once, before the workout ends, and the draft goes when it ends', async () => {
  seedStore({ plan: [planItem('p-1', 'burpee'), planItem('p-2', 'squat')] })
  storeActions().workoutStarted()
  storeActions().painStopped('p-1')
  const startedAt = storeState().workout?.startedAt ?? ''
  await until(() => false)
  expect(await kept()).toEqual([
    expect.objectContaining({
      id: draftId(startedAt),
      kept: 'pain-stops',
      items: [expect.objectContaining({ outcome: 'pain-stop' })],
    }),
  ])
  storeActions().workoutFinished('all')
  await until(() => storeState().sessionSave?.status === 'saved')
  expect((await kept()).map((s) => s.id)).toEqual([storeState().history[0]?.id])
})

test('sessions kept durably that History lacks (the browser was killed) are brought back, and said', async () => {
  seedStore({ history: [FIXTURE.state.history[1]] as never })
  await putSession(FIXTURE.state.history[0] as never)
  await putSession(FIXTURE.state.history[1] as never)
  await storeActions().recordsSynced()
  expect(storeState().history.map((s) => s.id)).toEqual(['s-2', 's-1'])
  expect(storeState().notices).toContainEqual({ kind: 'recovered', count: 1 })
})

test('a pain stop from a workout the browser lost comes back into History', async () => {
  const draft = { ...FIXTURE.state.history[0], id: 'w-20261118180000000', kept: 'pain-stops' }
  await putSession(draft as never)
  await storeActions().recordsSynced()
  expect(storeState().history.map((s) => s.id)).toEqual(['w-20261118180000000'])
})

test('the pain-stop draft of the workout still under way stays a draft', async () => {
  seedStore({ plan: [planItem('p-1', 'burpee')] })
  storeActions().workoutStarted()
  storeActions().painStopped('p-1')
  await until(() => false)
  await storeActions().recordsSynced()
  expect(storeState().history).toEqual([])
})

test('sessions saved before durable records existed are copied there on start', async () => {
  seedStore(FIXTURE.state)
  await storeActions().recordsSynced()
  expect((await kept()).map((s) => s.id).sort()).toEqual(['s-1', 's-2'])
  expect(storeState().notices).toEqual([])
})

test('deleting all data removes the durable records too, so nothing comes back on the next start', async () => {
  seedStore(FIXTURE.state)
  await storeActions().recordsSynced()
  expect(await storeActions().allDataDeleted()).toBe(true)
  expect(await kept()).toEqual([])
  await storeActions().recordsSynced()
  expect(storeState().history).toEqual([])
})

/** A long History saved only on the phone (before durable records existed): the start-up copy takes a while. */
const longHistory = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    ...FIXTURE.state.history[0],
    id: `s-long-${i}`,
    startedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    finishedAt: new Date(Date.UTC(2026, 0, 1, 0, i, 30)).toISOString(),
  }))

/** Until the start-up copy has written its first records (and not all of them). */
const copyStarted = async () => {
  for (let i = 0; i < 200 && (await kept()).length === 0; i++) await new Promise((r) => setTimeout(r, 0))
}

test('deleting all data while the start-up copy runs leaves nothing to come back on the next start', async () => {
  seedStore({ history: longHistory(200) as never })
  const copying = storeActions().recordsSynced()
  await copyStarted()
  expect(await storeActions().allDataDeleted()).toBe(true)
  await copying
  expect(await kept()).toEqual([])
  await storeActions().recordsSynced()
  expect(storeState().history).toEqual([])
})

test('an import while the start-up copy runs keeps only the imported History', async () => {
  seedStore({ history: longHistory(200) as never })
  const copying = storeActions().recordsSynced()
  await copyStarted()
  storeActions().dataImported({ ...FIXTURE.state, history: [FIXTURE.state.history[0]] } as never)
  await copying
  await until(() => false)
  expect((await kept()).map((s) => s.id)).toEqual(['s-2'])
})

test('two tabs finishing the same workout at once keep one session, not two', async () => {
  seedStore({ plan: [planItem('p-1', 'squat')] })
  storeActions().workoutStarted()
  storeActions().setCompleted('p-1', { reps: 10, weight: null, holdSeconds: null })
  // The other tab read the same save, and doesn't see this tab's write before its own tap.
  const sameSave = localStorage.getItem('spotter') ?? ''
  storeActions().workoutFinished('all')
  await until(() => storeState().sessionSave?.status === 'saved')
  seedStore(sameSave)
  storeActions().workoutFinished('all')
  await until(() => storeState().sessionSave?.status === 'saved')
  expect(await kept()).toHaveLength(1)
  await storeActions().recordsSynced()
  expect(storeState().history).toHaveLength(1)
})
