import type { ExerciseCore } from '../data/exercise-core'
import type { LoadBand } from '../data/load'

/** What a plan item starts with: the exercise's usual dose. The user changes any of it in the plan. */
export interface DefaultPrescription {
  load: LoadBand
  sets: number
  reps: number
  holdSeconds: number | null
  restSeconds: number
}

/** Steppers' limits, also what saved data is held to. */
export const LIMITS = {
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 50 },
  holdSeconds: { min: 5, max: 300 },
  restSeconds: { min: 0, max: 600 },
  weight: { min: 0, max: 1000 },
} as const

/**
 * Defaults are a coaching convention, not a sourced dose: holds as the exercise's hold (a long hold once a
 * set, short holds five times), loaded lifts 3 × 8 with a longer rest, bodyweight moves 3 × 10.
 */
export function defaultPrescription(
  exercise: Pick<ExerciseCore, 'defaultLoad'> & { holdSeconds?: number | undefined },
): DefaultPrescription {
  const hold = exercise.holdSeconds ?? null
  if (hold !== null) {
    return {
      load: exercise.defaultLoad,
      sets: 3,
      reps: hold >= 20 ? 1 : 5,
      holdSeconds: hold,
      restSeconds: 60,
    }
  }
  const loaded = exercise.defaultLoad !== 'bodyweight'
  return {
    load: exercise.defaultLoad,
    sets: 3,
    reps: loaded ? 8 : 10,
    holdSeconds: null,
    restSeconds: loaded ? 120 : 60,
  }
}

export const clampTo = (limit: { min: number; max: number }, value: number): number =>
  Math.max(limit.min, Math.min(limit.max, Math.round(value)))
