import { expect, test } from 'vitest'
import * as t from '../../src/store/transitions'
import { emptyData, type SpotterData } from '../../src/store/types'

const T0 = new Date('2026-11-26T18:00:00.000Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

/** A plan of the given exercises with keys k-1, k-2, … */
function planOf(...ids: Parameters<typeof t.addExercise>[1][]): SpotterData {
  return ids.reduce((data, id, i) => t.addExercise(data, id, `k-${i + 1}`), emptyData())
}

const started = (data: SpotterData) => t.startWorkout(data, T0)
const set = (reps = 8, weight: number | null = 40) => ({ reps, weight, holdSeconds: null })

test('an added exercise starts with its usual dose: loaded lifts 3 × 8, holds their hold time', () => {
  const data = planOf('squat', 'forearm-plank')
  expect(data.plan[0]).toMatchObject({
    exerciseId: 'squat',
    load: 'light',
    sets: 3,
    reps: 8,
    holdSeconds: null,
  })
  expect(data.plan[1]).toMatchObject({
    exerciseId: 'forearm-plank',
    load: 'bodyweight',
    reps: 1,
    holdSeconds: 30,
  })
})

test('a plan holds at most MAX_PLAN_ITEMS exercises', () => {
  let data = emptyData()
  for (let i = 0; i < t.MAX_PLAN_ITEMS + 5; i++) data = t.addExercise(data, 'squat', `k-${i}`)
  expect(data.plan).toHaveLength(t.MAX_PLAN_ITEMS)
})

test('changing sets, reps, weight and rest keeps them inside the steppers’ limits', () => {
  let data = planOf('squat')
  data = t.changePrescription(data, 'k-1', { sets: 99, reps: 0, weight: 42.26, restSeconds: -5 })
  expect(data.plan[0]).toMatchObject({ sets: 10, reps: 1, weight: 42.5, restSeconds: 0 })
})

test('a weight on a bodyweight item makes it light; choosing bodyweight clears the weight', () => {
  let data = planOf('push-up')
  data = t.changePrescription(data, 'k-1', { weight: 10 })
  expect(data.plan[0]).toMatchObject({ load: 'light', weight: 10 })
  data = t.changePrescription(data, 'k-1', { load: 'bodyweight' })
  expect(data.plan[0]).toMatchObject({ load: 'bodyweight', weight: null })
})

test('a change that changes nothing returns the same state (no save, no re-render)', () => {
  const data = planOf('squat')
  expect(t.changePrescription(data, 'k-1', { sets: 3 })).toBe(data)
  expect(t.changePrescription(data, 'nope', { sets: 4 })).toBe(data)
})

test('swapping keeps the place and key, takes the new exercise’s own dose, and clears its ticks', () => {
  let data = planOf('squat', 'sit-up', 'glute-bridge')
  data = t.toggleCheckpoint(data, 'k-2', 'slow')
  data = t.swapItem(data, 'k-2', 'mcgill-curl-up')
  expect(data.plan.map((p) => p.exerciseId)).toEqual(['squat', 'mcgill-curl-up', 'glute-bridge'])
  expect(data.plan[1]).toMatchObject({ key: 'k-2', swappedFrom: 'sit-up', holdSeconds: 10 })
  expect(data.ticks).toEqual({})
})

test('a set done is recorded with what was done, and the rest starts from that moment', () => {
  let data = started(planOf('squat', 'glute-bridge'))
  data = t.completeSet(data, 'k-1', set(8, 40), at(60))
  const entry = data.workout?.entries[0]
  expect(entry?.sets).toEqual([{ reps: 8, weight: 40, holdSeconds: null, at: at(60).toISOString() }])
  expect(entry?.outcome).toBeUndefined()
  expect(data.workout?.rest).toEqual({ key: 'k-1', endsAt: at(60 + 120).toISOString() })
})

test('the last set of an exercise marks it done; the last set of the workout starts no rest', () => {
  let data = started(planOf('glute-bridge'))
  for (let i = 1; i <= 3; i++) data = t.completeSet(data, 'k-1', set(12, null), at(i * 60))
  expect(data.workout?.entries[0]?.outcome).toBe('done')
  expect(data.workout?.rest).toBeNull()
  expect(t.completeSet(data, 'k-1', set(), at(999))).toBe(data)
})

test('mid-workout, sets can’t be cut below the sets already done, and no set goes past the plan', () => {
  // Found by the property test (random user actions): 1 set done of 3, sets cut to 1, then “Set done” again
  // recorded 2 sets of a 1-set exercise.
  let data = started(planOf('squat', 'glute-bridge'))
  data = t.completeSet(data, 'k-1', set(), at(0))
  data = t.completeSet(data, 'k-1', set(), at(60))
  data = t.changePrescription(data, 'k-1', { sets: 1 })
  expect(data.plan[0]?.sets).toBe(2)
  expect(t.completeSet(data, 'k-1', set(), at(120))).toBe(data)
  expect(data.workout?.entries[0]?.sets).toHaveLength(2)
  // Before any set is done, or outside a workout, any count in the limits goes.
  expect(t.changePrescription(data, 'k-2', { sets: 1 }).plan[1]?.sets).toBe(1)
  expect(t.changePrescription(planOf('squat'), 'k-1', { sets: 1 }).plan[0]?.sets).toBe(1)
})

test('the rest can be made 15 s shorter or longer, and ends at once when shortened past now', () => {
  let data = t.completeSet(started(planOf('squat', 'push-up')), 'k-1', set(), at(0))
  data = t.adjustRest(data, 15, at(10))
  expect(data.workout?.rest?.endsAt).toBe(at(135).toISOString())
  data = t.adjustRest(data, -15, at(10))
  expect(data.workout?.rest?.endsAt).toBe(at(120).toISOString())
  data = t.adjustRest(data, -15, at(110))
  expect(data.workout?.rest).toBeNull()
})

test('a set ticked by mistake can be taken back', () => {
  let data = t.completeSet(started(planOf('squat')), 'k-1', set(), at(0))
  data = t.undoSet(data, 'k-1')
  expect(data.workout?.entries[0]?.sets).toEqual([])
  expect(data.workout?.rest).toBeNull()
})

test('a hold’s start time is part of the workout, so it survives leaving the screen', () => {
  let data = t.startHold(started(planOf('forearm-plank')), 'k-1', at(5))
  expect(data.workout?.hold).toEqual({ key: 'k-1', startedAt: at(5).toISOString() })
  data = t.completeSet(data, 'k-1', { reps: 1, weight: null, holdSeconds: 30 }, at(40))
  expect(data.workout?.hold).toBeNull()
  expect(data.workout?.entries[0]?.sets[0]?.holdSeconds).toBe(30)
})

test('"Next exercise" ends the exercise and opens the next step; one tap, one transition', () => {
  let data = t.advanceStep(started(planOf('squat', 'push-up')))
  expect(data.workout?.step).toBe(1)
  data = t.endExercise(data, 'k-1', 'skipped')
  expect(data.workout?.step).toBe(2)
  expect(data.workout?.entries[0]).toMatchObject({ key: 'k-1', outcome: 'skipped', sets: [] })
})

test('ending an exercise with sets done counts it as done, even by "Skip"', () => {
  let data = t.completeSet(started(planOf('squat', 'push-up')), 'k-1', set(), at(0))
  data = t.endExercise(data, 'k-1', 'skipped')
  expect(data.workout?.entries[0]?.outcome).toBe('done')
})

test('a pain stop records the set it happened in, and can be taken back', () => {
  let data = t.completeSet(started(planOf('squat')), 'k-1', set(), at(0))
  data = t.stopOnPain(data, 'k-1', at(200))
  expect(data.workout?.entries[0]).toMatchObject({
    outcome: 'pain-stop',
    painStop: { at: at(200).toISOString(), set: 2 },
  })
  data = t.withdrawPainStop(data, 'k-1')
  expect(data.workout?.entries[0]?.outcome).toBeUndefined()
  expect(data.workout?.entries[0]?.painStop).toBeUndefined()
})

test('swapping after a pain stop keeps the stop with the exercise that hurt; the replacement starts clean', () => {
  let data = started(planOf('sit-up', 'squat'))
  data = t.completeSet(data, 'k-1', set(10, null), at(0))
  data = t.stopOnPain(data, 'k-1', at(90))
  data = t.swapItem(data, 'k-1', 'mcgill-curl-up')
  data = t.completeSet(data, 'k-1', { reps: 5, weight: null, holdSeconds: 10 }, at(200))
  data = t.finishWorkout(data, at(600), 'all', 's-1')
  const items = data.history[0]?.items ?? []
  expect(items.map((i) => [i.name, i.outcome, i.sets.length])).toEqual([
    ['Sit-up', 'pain-stop', 1],
    ['McGill curl-up', 'done', 1],
    ['Squat', 'skipped', 0],
  ])
})

test('a swap mid-exercise closes the old exercise as swapped, with its sets kept', () => {
  let data = t.completeSet(started(planOf('squat', 'push-up')), 'k-1', set(), at(0))
  data = t.swapItem(data, 'k-1', 'glute-bridge')
  expect(data.workout?.entries).toEqual([
    expect.objectContaining({ exerciseId: 'squat', outcome: 'swapped' }),
  ])
  expect(data.workout?.entries[0]?.sets).toHaveLength(1)
  expect(data.workout?.rest).toBeNull()
})

test('"Save and end" keeps the whole session with sets, loads, units and the day’s back profile', () => {
  let data = t.toggleCondition(planOf('squat'), 'sciatica', T0)
  data = t.completeSet(started(data), 'k-1', set(8, 40), at(0))
  data = t.finishWorkout(data, at(300), 'all', 's-9')
  expect(data.workout).toBeNull()
  expect(data.ticks).toEqual({})
  expect(data.history[0]).toMatchObject({
    id: 's-9',
    startedAt: T0.toISOString(),
    finishedAt: at(300).toISOString(),
    conditions: ['sciatica'],
    units: 'kg',
    kept: 'all',
    items: [{ exerciseId: 'squat', outcome: 'done', load: 'light', sets: [{ reps: 8, weight: 40 }] }],
  })
})

test('"Discard" keeps only the pain stops, and saves nothing when there were none', () => {
  let data = started(planOf('squat', 'burpee'))
  data = t.completeSet(data, 'k-1', set(), at(0))
  const discardedClean = t.finishWorkout(data, at(100), 'pain-stops', 's-1')
  expect(discardedClean.history).toEqual([])
  expect(discardedClean.workout).toBeNull()

  data = t.stopOnPain(data, 'k-2', at(60))
  data = t.finishWorkout(data, at(100), 'pain-stops', 's-2')
  expect(data.history[0]?.kept).toBe('pain-stops')
  expect(data.history[0]?.items.map((i) => [i.exerciseId, i.outcome])).toEqual([['burpee', 'pain-stop']])
})

test('removing an exercise mid-workout keeps what it recorded for History and the user on their step', () => {
  let data = t.advanceStep(started(planOf('squat', 'burpee', 'push-up')))
  data = t.stopOnPain(data, 'k-2', at(10))
  data = t.endExercise(data, 'k-1', 'done')
  data = t.advanceStep(data)
  expect(data.workout?.step).toBe(3)
  data = t.removeItem(data, 'k-2')
  expect(data.workout?.step).toBe(2)
  data = t.finishWorkout(data, at(100), 'all', 's-1')
  expect(data.history[0]?.items.map((i) => [i.exerciseId, i.outcome])).toEqual([
    ['squat', 'done'],
    ['push-up', 'skipped'],
    ['burpee', 'pain-stop'],
  ])
})

test('the step never goes below the warm-up or past the cool-down', () => {
  let data = started(planOf('squat'))
  data = t.goBackStep(data)
  expect(data.workout?.step).toBe(0)
  data = t.advanceStep(t.advanceStep(t.advanceStep(data)))
  expect(data.workout?.step).toBe(2)
})

test('"back pain today" is dated with the day it was set; sciatica is not', () => {
  const monday = new Date(2026, 10, 23, 9)
  let data = t.toggleCondition(emptyData(), 'sciatica', monday)
  expect(data.profile.todaySetOn).toBeNull()
  data = t.toggleCondition(data, 'back-pain-today', monday)
  expect(data.profile.todaySetOn).toBe('2026-11-23')
})

test('answering "fine today" on a later day clears back pain today and keeps sciatica', () => {
  const monday = new Date(2026, 10, 23, 9)
  const wednesday = new Date(2026, 10, 25, 9)
  let data = t.toggleCondition(t.toggleCondition(emptyData(), 'sciatica', monday), 'back-pain-today', monday)
  data = t.checkInBack(data, 'fine', wednesday)
  expect(data.profile).toMatchObject({ conditions: ['sciatica'], todaySetOn: '2026-11-25' })
  data = t.toggleCondition(data, 'back-pain-today', wednesday)
  data = t.checkInBack(data, 'still-sore', new Date(2026, 10, 26, 9))
  expect(data.profile).toMatchObject({
    conditions: ['sciatica', 'back-pain-today'],
    todaySetOn: '2026-11-26',
  })
})

test('session counts: done, skipped, pain stops, swaps and sets', () => {
  let data = started(planOf('squat', 'sit-up', 'burpee'))
  data = t.completeSet(data, 'k-1', set(), at(0))
  data = t.completeSet(data, 'k-1', set(), at(100))
  data = t.stopOnPain(data, 'k-3', at(200))
  data = t.finishWorkout(data, at(300), 'all', 's-1')
  const record = data.history[0]
  if (!record) throw new Error('no session saved')
  expect(t.sessionCounts(record)).toEqual({
    done: 1,
    skipped: 1,
    'pain-stop': 1,
    swapped: 0,
    swappedBefore: 0,
    sets: 2,
  })
})

test('removing an exercise whose rest or hold is running stops that timer with it', () => {
  let data = t.completeSet(started(planOf('squat', 'push-up')), 'k-1', set(), at(0))
  expect(data.workout?.rest?.key).toBe('k-1')
  data = t.removeItem(data, 'k-1')
  expect(data.workout?.rest).toBeNull()
  data = t.startHold(t.addExercise(data, 'forearm-plank', 'k-3'), 'k-3', at(10))
  data = t.removeItem(data, 'k-3')
  expect(data.workout?.hold).toBeNull()
})
