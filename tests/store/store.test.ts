import { expect, test } from 'vitest'
import { type ExerciseId, getExercise } from '../../src/data/exercises'
import { CURRENT_VERSION, STORAGE_KEY } from '../../src/store/persistence'
import { spotterStore } from '../../src/store/spotter-store'
import { emptyData, type SpotterData } from '../../src/store/types'

const state = () => spotterStore.getState()
const actions = () => spotterStore.getState().actions
const planIds = () => state().plan.map((item) => item.exerciseId)

function keyAt(index: number): string {
  const item = state().plan[index]
  if (!item) throw new Error(`no plan item at ${index}`)
  return item.key
}

function plan(...ids: ExerciseId[]): string[] {
  for (const id of ids) actions().exerciseAdded(id)
  return state().plan.map((item) => item.key)
}

const savedData = (): SpotterData => {
  const { profile, plan, ticks, workout, history } = state()
  return { profile, plan, ticks, workout, history }
}

test('adding exercises appends them to the plan, each with its own key', () => {
  const keys = plan('sit-up', 'squat', 'sit-up')
  expect(planIds()).toEqual(['sit-up', 'squat', 'sit-up'])
  expect(new Set(keys).size).toBe(3)
})

test('removing an item drops it and its ticks, and keeps the rest in order', () => {
  const [a, b, c] = plan('sit-up', 'squat', 'glute-bridge')
  actions().checkpointToggled(a ?? '', 'slow')
  actions().checkpointToggled(b ?? '', 'gaze')
  actions().planItemRemoved(b ?? '')
  expect(state().plan.map((item) => item.key)).toEqual([a, c])
  expect(state().ticks).toEqual({ [a ?? '']: ['slow'] })
})

test('moving an item up and down swaps it with its neighbour', () => {
  const [a, b, c] = plan('sit-up', 'squat', 'glute-bridge')
  actions().planItemMoved(c ?? '', -1)
  expect(state().plan.map((item) => item.key)).toEqual([a, c, b])
  actions().planItemMoved(a ?? '', 1)
  expect(state().plan.map((item) => item.key)).toEqual([c, a, b])
})

test('moving the first item up or the last item down leaves the plan as it was', () => {
  const [a, , c] = plan('sit-up', 'squat', 'glute-bridge')
  const before = state().plan
  actions().planItemMoved(a ?? '', -1)
  actions().planItemMoved(c ?? '', 1)
  expect(state().plan).toBe(before)
})

test('swapping an exercise keeps its place and key and records what it replaced', () => {
  const [a, b, c] = plan('squat', 'sit-up', 'glute-bridge')
  actions().exerciseSwapped(b ?? '', 'mcgill-curl-up')
  expect(state().plan).toEqual([
    { key: a, exerciseId: 'squat' },
    { key: b, exerciseId: 'mcgill-curl-up', swappedFrom: 'sit-up' },
    { key: c, exerciseId: 'glute-bridge' },
  ])
})

test('swapping clears that item’s ticks and no other item’s', () => {
  const [a, b] = plan('sit-up', 'squat')
  actions().checkpointToggled(a ?? '', 'slow')
  actions().checkpointToggled(b ?? '', 'gaze')
  actions().exerciseSwapped(a ?? '', 'side-plank')
  expect(state().ticks).toEqual({ [b ?? '']: ['gaze'] })
})

test('swapping offers an undo, and undoing restores exactly the plan and ticks from before', () => {
  const [a, b] = plan('sit-up', 'squat')
  actions().checkpointToggled(a ?? '', 'slow')
  actions().checkpointToggled(a ?? '', 'stop-if-pain')
  actions().checkpointToggled(b ?? '', 'feet')
  const before = { plan: state().plan, ticks: state().ticks }

  actions().exerciseSwapped(a ?? '', 'mcgill-curl-up')
  expect(state().undo).toMatchObject({ key: a, from: 'sit-up', to: 'mcgill-curl-up' })

  actions().swapUndone()
  expect(state().plan).toEqual(before.plan)
  expect(state().ticks).toEqual(before.ticks)
  expect(state().undo).toBeNull()
})

test('undoing with nothing to undo changes nothing', () => {
  plan('sit-up')
  const before = state()
  actions().swapUndone()
  expect(state()).toBe(before)
})

test('swapping to the exercise already there offers no undo', () => {
  const [a] = plan('sit-up')
  actions().exerciseSwapped(a ?? '', 'sit-up')
  expect(state().undo).toBeNull()
  expect(state().plan[0]?.swappedFrom).toBeUndefined()
})

test.each([
  ['adding an exercise', () => actions().exerciseAdded('bird-dog')],
  ['removing another item', () => actions().planItemRemoved(keyAt(1))],
  ['moving an item', () => actions().planItemMoved(keyAt(1), -1)],
  ['ticking a checkpoint', () => actions().checkpointToggled(keyAt(0), 'side')],
])('after a swap, %s ends the chance to undo it', (_name, change) => {
  const [a] = plan('sit-up', 'squat')
  actions().exerciseSwapped(a ?? '', 'side-plank')
  expect(state().undo).not.toBeNull()
  change()
  expect(state().undo).toBeNull()
})

test('after two swaps, undo takes back only the latest one', () => {
  const [a, b] = plan('sit-up', 'superman')
  actions().exerciseSwapped(a ?? '', 'side-plank')
  const afterFirst = state().plan
  actions().exerciseSwapped(b ?? '', 'bird-dog')
  expect(state().undo).toMatchObject({ key: b, from: 'superman', to: 'bird-dog' })
  actions().swapUndone()
  expect(state().plan).toEqual(afterFirst)
  expect(planIds()).toEqual(['side-plank', 'superman'])
})

test('after a swap, finishing a workout ends the chance to undo it', () => {
  const [a] = plan('sit-up')
  actions().exerciseSwapped(a ?? '', 'side-plank')
  actions().workoutStarted()
  actions().workoutFinished()
  expect(state().undo).toBeNull()
})

test('ticking a checkpoint of the item’s exercise toggles it on and off', () => {
  const [a] = plan('glute-bridge')
  actions().checkpointToggled(a ?? '', 'feet-width')
  actions().checkpointToggled(a ?? '', 'drive')
  expect(state().ticks).toEqual({ [a ?? '']: ['feet-width', 'drive'] })
  actions().checkpointToggled(a ?? '', 'feet-width')
  expect(state().ticks).toEqual({ [a ?? '']: ['drive'] })
})

test('a checkpoint from another exercise, or an unknown item, cannot be ticked', () => {
  const [a] = plan('sit-up')
  expect(getExercise('squat').checkpointIds).toContain('gaze')
  const before = state()
  actions().checkpointToggled(a ?? '', 'gaze')
  actions().checkpointToggled('no-such-item', 'slow')
  expect(state()).toBe(before)
  expect(state().ticks).toEqual({})
})

test('starting a workout begins at the warm-up with no outcomes, and starting again keeps progress', () => {
  plan('sit-up', 'squat')
  expect(state().workout).toBeNull()
  actions().workoutStarted()
  const workout = state().workout
  expect(workout).toMatchObject({ step: 0, outcomes: {} })
  expect(Number.isNaN(Date.parse(workout?.startedAt ?? ''))).toBe(false)

  actions().workoutStepChanged(2)
  actions().workoutStarted()
  expect(state().workout?.step).toBe(2)
  expect(state().workout?.startedAt).toBe(workout?.startedAt)
})

test('workout steps stay between the warm-up and the cool-down', () => {
  plan('sit-up', 'squat')
  actions().workoutStarted()
  actions().workoutStepChanged(1)
  expect(state().workout?.step).toBe(1)
  actions().workoutStepChanged(3)
  expect(state().workout?.step).toBe(3)
  actions().workoutStepChanged(4)
  expect(state().workout?.step).toBe(3)
  actions().workoutStepChanged(-1)
  expect(state().workout?.step).toBe(0)
})

test('changing step without a workout does nothing', () => {
  plan('sit-up')
  actions().workoutStepChanged(1)
  expect(state().workout).toBeNull()
})

test('ending an exercise records its outcome and does not move on', () => {
  const [a, b] = plan('sit-up', 'squat')
  actions().workoutStarted()
  actions().workoutStepChanged(1)
  actions().exerciseEnded(a ?? '', 'done')
  actions().exerciseEnded(b ?? '', 'pain-stop')
  expect(state().workout?.outcomes).toEqual({ [a ?? '']: 'done', [b ?? '']: 'pain-stop' })
  expect(state().workout?.step).toBe(1)
})

test('finishing a workout saves it to history, newest first, and clears the workout and ticks', () => {
  const [a] = plan('sit-up')
  actions().workoutStarted()
  actions().exerciseEnded(a ?? '', 'done')
  actions().workoutFinished()

  actions().exerciseAdded('squat')
  const b = keyAt(1)
  actions().exerciseSwapped(a ?? '', 'mcgill-curl-up')
  actions().checkpointToggled(b, 'gaze')
  actions().workoutStarted()
  actions().exerciseEnded(a ?? '', 'pain-stop')
  actions().workoutFinished()

  const { history, workout, ticks } = state()
  expect(workout).toBeNull()
  expect(ticks).toEqual({})
  expect(history).toHaveLength(2)
  expect(history[0]?.items).toEqual([
    { exerciseId: 'mcgill-curl-up', name: 'McGill curl-up', outcome: 'pain-stop', swappedFrom: 'sit-up' },
    { exerciseId: 'squat', name: 'Squat', outcome: 'skipped' },
  ])
  expect(history[1]?.items).toEqual([{ exerciseId: 'sit-up', name: 'Sit-up', outcome: 'done' }])
  expect(history[0]?.id).not.toBe(history[1]?.id)
  for (const record of history) {
    expect(Date.parse(record.finishedAt)).toBeGreaterThanOrEqual(Date.parse(record.startedAt))
  }
  expect(state().plan.map((item) => item.exerciseId)).toEqual(['mcgill-curl-up', 'squat'])
})

test('abandoning a workout drops its progress and writes no history', () => {
  const [a] = plan('sit-up')
  actions().workoutStarted()
  actions().exerciseEnded(a ?? '', 'done')
  actions().workoutAbandoned()
  expect(state().workout).toBeNull()
  expect(state().history).toEqual([])
})

test('toggling a condition adds it to the profile and toggling again removes it', () => {
  actions().conditionToggled('back-pain-today')
  actions().conditionToggled('sciatica')
  expect(state().profile.conditions).toEqual(['back-pain-today', 'sciatica'])
  actions().conditionToggled('back-pain-today')
  expect(state().profile.conditions).toEqual(['sciatica'])
})

test('deleting all data empties the profile, plan, ticks, workout, history and the saved copy', () => {
  const [a] = plan('sit-up', 'squat')
  actions().conditionToggled('sciatica')
  actions().checkpointToggled(a ?? '', 'slow')
  actions().workoutStarted()
  actions().workoutFinished()
  actions().exerciseSwapped(a ?? '', 'side-plank')
  actions().workoutStarted()
  expect(state().history).toHaveLength(1)

  actions().allDataDeleted()
  expect(savedData()).toEqual(emptyData())
  expect(state().undo).toBeNull()
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
  expect(saved?.state).toEqual(emptyData())
})

test('what the user did is saved to the device and comes back when the app reloads', async () => {
  const [a, b] = plan('sit-up', 'squat', 'glute-bridge')
  actions().conditionToggled('back-pain-today')
  actions().exerciseSwapped(a ?? '', 'mcgill-curl-up')
  actions().checkpointToggled(a ?? '', 'neck')
  actions().workoutStarted()
  actions().exerciseEnded(a ?? '', 'done')
  actions().workoutFinished()
  actions().planItemMoved(b ?? '', -1)
  actions().checkpointToggled(b ?? '', 'gaze')
  actions().workoutStarted()
  actions().workoutStepChanged(2)
  actions().exerciseEnded(b ?? '', 'skipped')
  const before = savedData()

  const raw = localStorage.getItem(STORAGE_KEY)
  if (raw === null) throw new Error('nothing saved')
  const saved = JSON.parse(raw)
  expect(saved.version).toBe(CURRENT_VERSION)
  expect(saved.state).toEqual(before)
  expect(Object.keys(saved.state).sort()).toEqual(['history', 'plan', 'profile', 'ticks', 'workout'])

  // A fresh start: memory is empty, only the saved copy remains.
  spotterStore.setState({ ...emptyData(), undo: null, notices: [] })
  localStorage.setItem(STORAGE_KEY, raw)
  expect(state().plan).toEqual([])

  await spotterStore.persist.rehydrate()
  expect(savedData()).toEqual(before)
  expect(state().notices).toEqual([])
  expect(state().plan.map((item) => item.exerciseId)).toEqual(['squat', 'mcgill-curl-up', 'glute-bridge'])
})

test('exerciseEndingWithdrawn takes back how an exercise ended; nothing else changes', () => {
  actions().exerciseAdded('forearm-plank')
  actions().workoutStarted()
  const key = state().plan[0]?.key ?? ''
  actions().exerciseEnded(key, 'pain-stop')
  actions().workoutStepChanged(1)
  actions().exerciseEndingWithdrawn(key)
  expect(state().workout?.outcomes).toEqual({})
  expect(state().workout?.step).toBe(1)
  const before = state()
  actions().exerciseEndingWithdrawn(key)
  expect(state()).toBe(before)
})
