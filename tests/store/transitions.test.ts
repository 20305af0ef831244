import { expect, test } from 'vitest'
import {
  abandonWorkout,
  addExercise,
  finishWorkout,
  goToStep,
  lastStep,
  moveItem,
  newKey,
  recordOutcome,
  removeItem,
  sessionCounts,
  startWorkout,
  swapItem,
  toggleCheckpoint,
  toggleCondition,
} from '../../src/store/transitions'
import { emptyData, type SpotterData } from '../../src/store/types'

const START = new Date('2025-03-01T09:00:00.000Z')
const END = new Date('2025-03-01T09:40:00.000Z')

/** A plan of sit-up (a), squat (b) and superman (c), with a tick on the sit-up. */
const planned = (): SpotterData => {
  let data = emptyData()
  data = addExercise(data, 'sit-up', 'a')
  data = addExercise(data, 'squat', 'b')
  data = addExercise(data, 'superman', 'c')
  return toggleCheckpoint(data, 'a', 'slow')
}

test('new keys do not repeat', () => {
  const keys = Array.from({ length: 1000 }, () => newKey())
  expect(new Set(keys).size).toBe(keys.length)
  expect(newKey('s')).toMatch(/^s-/)
})

test('toggling a condition twice leaves the profile as it was', () => {
  const once = toggleCondition(emptyData(), 'sciatica')
  expect(once.profile.conditions).toEqual(['sciatica'])
  expect(toggleCondition(once, 'sciatica').profile.conditions).toEqual([])
})

test('removing or moving an item that is not in the plan returns the same data', () => {
  const data = planned()
  expect(removeItem(data, 'nope')).toBe(data)
  expect(moveItem(data, 'nope', 1)).toBe(data)
  expect(moveItem(data, 'a', -1)).toBe(data)
  expect(moveItem(data, 'c', 1)).toBe(data)
})

test('swapping to the same exercise, or an unknown item, changes nothing', () => {
  const data = planned()
  expect(swapItem(data, 'a', 'sit-up')).toBe(data)
  expect(swapItem(data, 'nope', 'side-plank')).toBe(data)
})

test('swapping twice remembers the exercise first planned', () => {
  const data = swapItem(swapItem(planned(), 'a', 'mcgill-curl-up'), 'a', 'side-plank')
  expect(data.plan[0]).toEqual({ key: 'a', exerciseId: 'side-plank', swappedFrom: 'sit-up' })
})

test('swapping back to the exercise first planned forgets the swap', () => {
  const data = swapItem(swapItem(planned(), 'a', 'mcgill-curl-up'), 'a', 'sit-up')
  expect(data.plan[0]).toEqual({ key: 'a', exerciseId: 'sit-up' })
})

test('ticking a checkpoint of an item not in the plan changes nothing', () => {
  const data = planned()
  expect(toggleCheckpoint(data, 'nope', 'slow')).toBe(data)
  expect(toggleCheckpoint(data, 'b', 'not-a-checkpoint')).toBe(data)
})

test('the last step is the cool-down, one past the plan', () => {
  expect(lastStep(planned())).toBe(4)
  expect(lastStep(emptyData())).toBe(1)
})

test('steps are whole numbers between the warm-up and the cool-down', () => {
  const data = startWorkout(planned(), START)
  expect(goToStep(data, 2.9).workout?.step).toBe(2)
  expect(goToStep(data, -1).workout?.step).toBe(0)
  expect(goToStep(data, 99).workout?.step).toBe(4)
})

test('starting a workout that is already under way keeps its progress', () => {
  const started = goToStep(startWorkout(planned(), START), 2)
  expect(startWorkout(started, END)).toBe(started)
})

test('without a workout, steps, outcomes and finishing change nothing', () => {
  const data = planned()
  expect(goToStep(data, 1)).toBe(data)
  expect(recordOutcome(data, 'a', 'done')).toBe(data)
  expect(finishWorkout(data, END)).toBe(data)
  expect(abandonWorkout(data)).toBe(data)
})

test('an outcome for an item not in the plan is ignored', () => {
  const data = startWorkout(planned(), START)
  expect(recordOutcome(data, 'nope', 'done')).toBe(data)
})

test('finishing a workout records start and finish times and every item in plan order', () => {
  let data = startWorkout(swapItem(planned(), 'a', 'mcgill-curl-up'), START)
  data = recordOutcome(data, 'a', 'done')
  data = recordOutcome(data, 'c', 'pain-stop')
  const finished = finishWorkout(data, END, 'session-1')
  expect(finished.history).toEqual([
    {
      id: 'session-1',
      startedAt: START.toISOString(),
      finishedAt: END.toISOString(),
      conditions: [],
      items: [
        { exerciseId: 'mcgill-curl-up', name: 'McGill curl-up', outcome: 'done', swappedFrom: 'sit-up' },
        { exerciseId: 'squat', name: 'Squat', outcome: 'skipped' },
        { exerciseId: 'superman', name: 'Superman', outcome: 'pain-stop' },
      ],
    },
  ])
  expect(finished.plan).toEqual(data.plan)
  const [record] = finished.history
  if (!record) throw new Error('no record')
  expect(sessionCounts(record)).toEqual({ done: 1, skipped: 1, 'pain-stop': 1, swapped: 1 })
})

test('abandoning a workout drops its progress but keeps the plan, ticks and history', () => {
  const data = recordOutcome(startWorkout(planned(), START), 'a', 'done')
  const abandoned = abandonWorkout(data)
  expect(abandoned.workout).toBeNull()
  expect(abandoned.plan).toBe(data.plan)
  expect(abandoned.ticks).toBe(data.ticks)
  expect(abandoned.history).toEqual([])
})
