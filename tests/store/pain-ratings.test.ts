import { expect, test } from 'vitest'
import { readSaved } from '../../src/store/persistence'
import * as t from '../../src/store/transitions'
import { emptyData, type SpotterData } from '../../src/store/types'
import { FIXTURE, planItem, savedText } from '../fixtures/seed.mjs'
import { seedStore, storeActions, storeState } from '../seed'

const NOW = new Date('2026-11-26T10:00:00.000Z')
const inWorkout = (): SpotterData => t.startWorkout({ ...emptyData(), plan: [planItem('p-1', 'squat')] }, NOW)

test('rating back pain before and after lands in the saved session', () => {
  seedStore({ plan: [planItem('p-1', 'squat')] })
  storeActions().workoutStarted()
  storeActions().painRated('before', 4)
  storeActions().painRated('after', 2)
  storeActions().workoutFinished('all')
  expect(storeState().history[0]?.pain).toEqual({ before: 4, after: 2 })
})

test('tapping the same rating again clears it; out-of-range ratings are ignored', () => {
  let data = t.ratePain(inWorkout(), 'before', 3)
  expect(data.workout?.pain).toEqual({ before: 3, after: null })
  data = t.ratePain(data, 'before', 3)
  expect(data.workout?.pain).toEqual({ before: null, after: null })
  for (const bad of [-1, 11, 2.5, Number.NaN]) expect(t.ratePain(data, 'after', bad)).toBe(data)
  expect(t.ratePain(emptyData(), 'before', 3)).toEqual(emptyData())
})

test('a workout with no rating saves a session without one (ratings are optional)', () => {
  const data = t.finishWorkout(inWorkout(), NOW, 'all', 's-1')
  expect(data.history[0]).not.toHaveProperty('pain')
})

test('ratings read back as saved; a damaged rating drops only that session and says so', () => {
  expect(readSaved(JSON.stringify(FIXTURE)).data.history.map((s) => s.pain)).toEqual([
    { before: 3, after: 2 },
    { before: null, after: null },
  ])
  const [good, other] = FIXTURE.state.history
  const { data, problems } = readSaved(
    savedText({ history: [{ ...good, pain: { before: 12, after: 2 } }, other] } as never),
  )
  expect(data.history.map((s) => s.id)).toEqual([other?.id])
  expect(problems).toEqual(['a session in your history'])
  const workout = readSaved(
    savedText({
      plan: [planItem('p-1', 'squat')],
      workout: { ...inWorkout().workout, pain: { before: 'x', after: null } } as never,
    }),
  )
  expect(workout.problems).toEqual(['your back-pain ratings for the workout in progress'])
  expect(workout.data.workout).not.toHaveProperty('pain')
})
