import type { ExerciseId } from '../exercises'
import { CONDITIONING_POSES } from './conditioning'
import { CORE_POSES } from './core'
import { HINGE_POSES } from './hinge'
import { LEG_POSES } from './legs'
import type { ExercisePoses } from './types'
import { UPPER_POSES } from './upper'

/**
 * Every exercise's figure: a side view of the start and end (or the hold), its equipment, and the faults
 * drawn beside it. Keyed by `ExerciseId`: an exercise without a figure, or a figure for no exercise, is a
 * compile error.
 */
export const EXERCISE_POSES = {
  ...HINGE_POSES,
  ...LEG_POSES,
  ...UPPER_POSES,
  ...CORE_POSES,
  ...CONDITIONING_POSES,
} satisfies { readonly [Id in ExerciseId]: ExercisePoses }

const table: { readonly [Id in ExerciseId]: ExercisePoses } = EXERCISE_POSES

export const getExercisePoses = (id: ExerciseId): ExercisePoses => table[id]

export interface FigureFaultEntry {
  id: string
  label: string
  /** The plane the drawing shows the fault in: a side view (sagittal) or a front view (frontal). */
  plane: 'sagittal' | 'frontal'
}

/**
 * The faults drawn, by exercise: to reconcile with the faults in the exercise data (a test checks every
 * sagittal fault there has a figure here, or a line in docs/FIGURES.md saying why not).
 */
export const FIGURE_FAULTS: Readonly<Partial<Record<ExerciseId, readonly FigureFaultEntry[]>>> =
  Object.fromEntries(
    Object.entries(table).map(([id, poses]) => [
      id,
      poses.faults.map((fault) => ({
        id: fault.id,
        label: fault.label,
        plane: poses.view === 'front' ? ('frontal' as const) : ('sagittal' as const),
      })),
    ]),
  )
