import { expect, test } from 'vitest'
import { EXERCISE_DETAILS } from '../../src/data/exercise-details'
import { getExercise } from '../../src/data/exercises'
import { STARTER_ROUTINES } from '../../src/data/routines'
import { SOURCES } from '../../src/data/sources'
import { defaultPrescription } from '../../src/domain/prescription'
import { verdictFor } from '../../src/domain/safety'
import { readRoutine } from '../../src/store/persistence'

test('the sore-back routine is McGill’s big three, sourced to McGill and Karpowicz 2009', () => {
  const [bigThree] = STARTER_ROUTINES
  expect(bigThree?.items.map((i) => i.exerciseId)).toEqual(['mcgill-curl-up', 'side-plank', 'bird-dog'])
  expect(bigThree?.sources).toEqual(['mcgill-karpowicz-2009'])
})

test('every starter routine reads as valid saved data, each exercise at its usual dose', () => {
  for (const routine of STARTER_ROUTINES) {
    const unknown: string[] = []
    const read = readRoutine({ name: routine.name, items: routine.items }, unknown)
    expect(read?.complete, routine.name).toBe(true)
    expect(unknown).toEqual([])
    for (const item of routine.items) {
      const { exerciseId, weight, ...dose } = item
      expect(dose, exerciseId).toEqual(defaultPrescription(getExercise(exerciseId)))
      expect(weight).toBeNull()
    }
  }
})

test('every exercise of a starter routine is OK for a back with nothing declared, at its load', () => {
  for (const routine of STARTER_ROUTINES)
    for (const item of routine.items)
      expect(
        verdictFor(getExercise(item.exerciseId), { conditions: [] }, item.load).level,
        item.exerciseId,
      ).toBe('ok')
})

test('the full-body routine cites exactly its exercises’ back-risk sources, each an A or B source', () => {
  const fullBody = STARTER_ROUTINES[1]
  const expected = new Set(fullBody?.items.flatMap((i) => EXERCISE_DETAILS[i.exerciseId].riskSources))
  expect(new Set(fullBody?.sources)).toEqual(expected)
  for (const id of fullBody?.sources ?? []) expect(SOURCES[id].grade, id).not.toBe('C')
})
