import { CONDITIONING_POSES } from './conditioning'
import { CORE_POSES } from './core'
import { HINGE_POSES } from './hinge'
import { LEG_POSES } from './legs'
import type { ExercisePoses } from './types'
import { UPPER_POSES } from './upper'

/**
 * Every exercise's figure: a side view of the start and end (or the hold), its equipment, and the faults
 * drawn beside it. Keyed by exercise id as a string record, not by `ExerciseId`, so the table can hold
 * exercises the dataset is still gaining; a test checks every id in `EXERCISE_IDS` has an entry.
 */
export const EXERCISE_POSES = {
  ...HINGE_POSES,
  ...LEG_POSES,
  ...UPPER_POSES,
  ...CORE_POSES,
  ...CONDITIONING_POSES,
} satisfies Record<string, ExercisePoses>

const table: Readonly<Record<string, ExercisePoses>> = EXERCISE_POSES

export const getExercisePoses = (id: string): ExercisePoses | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined
