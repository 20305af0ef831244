import { expect, test } from 'vitest'
import { readRoutine, readSaved } from '../../src/store/persistence'
import * as t from '../../src/store/transitions'
import { emptyData, type SpotterData } from '../../src/store/types'
import { EMPTY_STATE, FIXTURE, planItem } from '../fixtures/seed.mjs'
import { seedStore, storeActions, storeState } from '../seed'

const withPlan = (): SpotterData => ({
  ...emptyData(),
  routines: [],
  plan: [planItem('p-1', 'squat', { load: 'light', weight: 40, reps: 8 }), planItem('p-2', 'push-up')],
})

test('saving today’s plan as a routine keeps exercises, order, sets, reps, load and rest', () => {
  const data = t.saveRoutine(withPlan(), '  Legs   day ', 'r-1')
  expect(data.routines).toEqual([
    {
      id: 'r-1',
      name: 'Legs day',
      items: [
        {
          exerciseId: 'squat',
          load: 'light',
          weight: 40,
          sets: 3,
          reps: 8,
          holdSeconds: null,
          restSeconds: 60,
        },
        {
          exerciseId: 'push-up',
          load: 'bodyweight',
          weight: null,
          sets: 3,
          reps: 10,
          holdSeconds: null,
          restSeconds: 60,
        },
      ],
    },
  ])
})

test('an empty plan can’t be saved as a routine', () => {
  expect(t.saveRoutine(emptyData(), 'Nothing')).toEqual(emptyData())
})

test('starting from a routine replaces today’s plan with fresh keys and no ticks, and can be undone', () => {
  seedStore({ ...withPlan(), ticks: { 'p-1': ['spine'] } })
  const before = storeState().plan
  const routine = FIXTURE.state.routines[0]
  storeActions().routineUsed(routine?.items ?? [])
  expect(storeState().plan.map((p) => p.exerciseId)).toEqual(['mcgill-curl-up', 'side-plank', 'bird-dog'])
  expect(new Set(storeState().plan.map((p) => p.key)).size).toBe(3)
  expect(storeState().ticks).toEqual({})
  storeActions().undoTaken()
  expect(storeState().plan).toEqual(before)
  expect(storeState().ticks).toEqual({ 'p-1': ['spine'] })
})

test('a routine is not started over a workout under way', () => {
  let data = t.startWorkout(withPlan(), new Date())
  data = t.planFromRoutine(data, FIXTURE.state.routines[0]?.items ?? [])
  expect(data.plan.map((p) => p.exerciseId)).toEqual(['squat', 'push-up'])
})

test('routines can be renamed, reordered and duplicated; a blank name keeps the old one', () => {
  let data: SpotterData = { ...emptyData(), routines: structuredClone(FIXTURE.state.routines) }
  data = t.renameRoutine(data, 'r-1', 'Bad day')
  data = t.renameRoutine(data, 'r-2', '   ')
  expect(data.routines.map((r) => r.name)).toEqual(['Bad day', 'Legs, light'])
  data = t.moveRoutine(data, 'r-2', -1)
  expect(data.routines.map((r) => r.id)).toEqual(['r-2', 'r-1'])
  data = t.duplicateRoutine(data, 'r-2', 'r-3')
  expect(data.routines.map((r) => [r.id, r.name])).toEqual([
    ['r-2', 'Legs, light'],
    ['r-3', 'Legs, light (copy)'],
    ['r-1', 'Bad day'],
  ])
  expect(data.routines[1]?.items).toEqual(data.routines[0]?.items)
})

test('deleting a routine can be undone, back in its place', () => {
  seedStore(FIXTURE.state)
  storeActions().routineDeleted('r-1')
  expect(storeState().routines.map((r) => r.id)).toEqual(['r-2'])
  storeActions().undoTaken()
  expect(storeState().routines).toEqual(FIXTURE.state.routines)
})

test('a routine read from storage or a link keeps known exercises and names the unknown ones', () => {
  const unknown: string[] = []
  const read = readRoutine(
    { name: 'Mixed', items: [...(FIXTURE.state.routines[1]?.items ?? []), { exerciseId: 'moon-walk' }] },
    unknown,
  )
  expect(read?.complete).toBe(false)
  expect(read?.routine.items.map((i) => i.exerciseId)).toEqual(['squat'])
  expect(unknown).toEqual(['moon-walk'])
})

test('a routine with no items, too many, or a malformed item is refused whole', () => {
  const item = FIXTURE.state.routines[1]?.items[0]
  expect(readRoutine({ name: 'x', items: [] }, [])).toBeNull()
  expect(readRoutine({ name: 'x', items: Array.from({ length: 41 }, () => item) }, [])).toBeNull()
  expect(readRoutine({ name: 'x', items: [{ ...item, sets: 0 }] }, [])).toBeNull()
  expect(readRoutine({ name: 7, items: [item] }, [])).toBeNull()
})

test('a new user starts with the two starter routines, as the test seeder’s empty save has them', () => {
  expect(emptyData().routines.map((r) => r.name)).toEqual([
    'Sore-back day: McGill’s big three',
    'Full body, back-friendly',
  ])
  expect(emptyData()).toEqual(EMPTY_STATE)
  expect(readSaved(null).data.routines).toEqual(EMPTY_STATE.routines)
})

test('a deleted starter routine stays deleted after the app is opened again', () => {
  seedStore({})
  storeActions().routineDeleted('r-starter-big-three')
  storeActions().storageReloaded()
  expect(storeState().routines.map((r) => r.id)).toEqual(['r-starter-full-body'])
  storeActions().routineDeleted('r-starter-full-body')
  storeActions().storageReloaded()
  expect(storeState().routines).toEqual([])
})

test('a starter routine is used like any other: today’s plan is its exercises at their loads', () => {
  seedStore({})
  const fullBody = storeState().routines[1]
  storeActions().routineUsed(fullBody?.items ?? [])
  expect(storeState().plan.map((p) => [p.exerciseId, p.load])).toEqual([
    ['goblet-squat', 'light'],
    ['trap-bar-deadlift', 'light'],
    ['inverted-row', 'bodyweight'],
    ['seated-dumbbell-shoulder-press', 'light'],
    ['pallof-press', 'light'],
    ['dead-bug', 'bodyweight'],
  ])
})
