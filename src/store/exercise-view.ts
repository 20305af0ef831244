import { type ExerciseId, getExerciseCore, isExerciseId } from '../data/exercise-core'
import { LOAD_BANDS, type LoadBand } from '../data/load'
import type { AnyExerciseId, CustomCue, CustomExercise, CustomExerciseId } from './types'

/**
 * One lookup for every exercise a plan item, routine item or workout entry names: a built-in one or the
 * user's own. Screens read what they show from here, and ask the safety rules only when `rated` is set.
 */
export interface ExerciseView {
  id: AnyExerciseId
  name: string
  /** The ids the store accepts as ticks, in the order they are shown. */
  checkpointIds: readonly string[]
  /** The user's own cues with their texts; empty for a built-in exercise (its texts are in its details). */
  cues: readonly CustomCue[]
  holdSeconds: number | undefined
  loads: readonly LoadBand[]
  defaultLoad: LoadBand
  /**
   * The dataset's id, whose entry the safety rules read (`getExercise`, loaded with the screens); null for
   * the user's own: Spotter does not rate it.
   */
  rated: ExerciseId | null
  /** A custom exercise the user has since deleted. */
  deleted: boolean
}

export const isCustomExerciseId = (value: unknown): value is CustomExerciseId =>
  typeof value === 'string' && /^c-[a-z0-9][a-z0-9-]{0,60}$/.test(value)

/** Any load suits an exercise Spotter doesn't know; it starts with none unless it uses equipment. */
const customDefaultLoad = (custom: CustomExercise): LoadBand =>
  custom.equipment.every((e) => e === 'bodyweight') ? 'bodyweight' : 'light'

const DELETED_EXERCISE_NAME = 'Deleted exercise'

export function exerciseView(id: AnyExerciseId, customExercises: readonly CustomExercise[]): ExerciseView {
  if (isExerciseId(id)) {
    const exercise = getExerciseCore(id)
    return {
      id,
      name: exercise.name,
      checkpointIds: exercise.checkpointIds,
      cues: [],
      holdSeconds: exercise.holdSeconds,
      loads: exercise.loads,
      defaultLoad: exercise.defaultLoad,
      rated: id,
      deleted: false,
    }
  }
  const custom = customExercises.find((c) => c.id === id)
  return {
    id,
    name: custom?.name ?? DELETED_EXERCISE_NAME,
    checkpointIds: custom?.cues.map((cue) => cue.id) ?? [],
    cues: custom?.cues ?? [],
    holdSeconds: custom?.holdSeconds ?? undefined,
    loads: LOAD_BANDS,
    defaultLoad: custom ? customDefaultLoad(custom) : 'bodyweight',
    rated: null,
    deleted: !custom,
  }
}

/** Whether an id names an exercise there is: a built-in one, or one of the user's own that exists. */
export const isKnownExercise = (
  id: unknown,
  customExercises: readonly CustomExercise[],
): id is AnyExerciseId =>
  isExerciseId(id) || (isCustomExerciseId(id) && customExercises.some((c) => c.id === id))
