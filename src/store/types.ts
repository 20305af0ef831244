import type { Condition } from '../data/conditions'
import type { ExerciseId } from '../data/exercise-core'
import type { LoadBand, Units } from '../data/load'
import { STARTER_ROUTINES } from '../data/routines'
import type { Equipment, MovementPattern } from '../data/taxonomy'

/** The id of an exercise the user added (`c-…`): never a built-in id, which have no `c-` prefix. */
export type CustomExerciseId = `c-${string}`
/** A built-in exercise or one of the user's own. */
export type AnyExerciseId = ExerciseId | CustomExerciseId

/** One of the user's own cues: tickable like a built-in checkpoint. */
export interface CustomCue {
  id: string
  text: string
}

/** An exercise the library lacks, added by the user. Spotter never rates it. */
export interface CustomExercise {
  id: CustomExerciseId
  name: string
  pattern: MovementPattern
  equipment: Equipment[]
  cues: CustomCue[]
  /** Seconds each rep is held, for a hold; null for reps. */
  holdSeconds: number | null
}

/**
 * One exercise in today's plan, with what the user means to do: sets × reps (× seconds for a hold) at a load.
 * `key` is stable for the item's life, so ticks and the workout's records follow it through a swap.
 */
export interface PlanItem {
  key: string
  exerciseId: AnyExerciseId
  /** The exercise this item replaced, when the user swapped it for a safer one before starting. */
  swappedFrom?: ExerciseId
  /** The band the safety rules read. */
  load: LoadBand
  /** The weight in the profile's units; null for bodyweight or when the user hasn't said. */
  weight: number | null
  sets: number
  /** Reps in each set; for a hold, how many holds. */
  reps: number
  /** Seconds each rep is held, for a hold; null otherwise. */
  holdSeconds: number | null
  /** Rest after each set, in seconds. */
  restSeconds: number
}

/** The parts of a plan item the user sets with the steppers. */
export type Prescription = Pick<PlanItem, 'load' | 'weight' | 'sets' | 'reps' | 'holdSeconds' | 'restSeconds'>

/**
 * How one exercise ended. `swapped`: replaced by a safer one part-way (its sets so far are kept, and the
 * replacement starts clean).
 */
export type Outcome = 'done' | 'skipped' | 'pain-stop' | 'swapped'

/** A set the user ticked as done, with what they actually did. */
export interface SetDone {
  reps: number
  weight: number | null
  holdSeconds: number | null
  at: string
}

/** What happened to one exercise in a workout. A swap mid-workout closes one entry and opens another. */
export interface WorkoutEntry {
  /** The plan item it belongs to. */
  key: string
  exerciseId: AnyExerciseId
  load: LoadBand
  sets: SetDone[]
  outcome?: Outcome
  /** When the user stopped on sharp pain, and in which set (1-based). */
  painStop?: { at: string; set: number }
}

/**
 * Where the user is in a workout. Steps: 0 is the warm-up, 1…n the plan's items in order,
 * n + 1 the cool-down.
 */
export interface WorkoutProgress {
  startedAt: string
  step: number
  /** In the order they were opened. The current entry of a plan item is its last one for that exercise. */
  entries: WorkoutEntry[]
  /** The rest running after a set: it ends at `endsAt`, whatever the screen did meanwhile. */
  rest: { key: string; endsAt: string } | null
  /** The hold running, so leaving the screen and coming back keeps its time. */
  hold: { key: string; startedAt: string } | null
  /** The back-pain ratings the user gave at the warm-up and the cool-down; absent until they rate. */
  pain?: PainRatings
}

/** Back pain from 0 (none) to 10 (the worst), before and after a workout; null when not rated. */
export interface PainRatings {
  before: number | null
  after: number | null
}

export interface SessionItem {
  exerciseId: string
  /** The name at the time, so history still reads right if an exercise leaves the dataset. */
  name: string
  outcome: Outcome
  /** Swapped for a safer one before the workout started. */
  swappedFrom?: string
  /** Null for sessions saved before version 3 recorded loads. */
  load: LoadBand | null
  sets: SetDone[]
  painStop?: { at: string; set: number }
}

export interface SessionRecord {
  id: string
  startedAt: string
  finishedAt: string
  /** The back profile the session was trained with; null for sessions saved before version 2 recorded it. */
  conditions: Condition[] | null
  /** The units its weights are in. */
  units: Units
  /** 'pain-stops': the user discarded the session, and only its pain stops were kept. */
  kept: 'all' | 'pain-stops'
  /** Back pain before and after, as rated; absent when neither was (and in sessions from before ratings). */
  pain?: PainRatings
  items: SessionItem[]
}

export interface Profile {
  conditions: Condition[]
  /**
   * The local day (YYYY-MM-DD) the conditions that last only a day ("back pain today") were last set or
   * confirmed. On a later day they don't apply until the user says how their back is.
   */
  todaySetOn: string | null
  units: Units
}

/** One exercise of a routine: what a plan item starts with when the routine is used. */
export interface RoutineItem extends Prescription {
  exerciseId: AnyExerciseId
}

/** A saved plan to start a day from: exercises in order, with their sets, reps, load and rest. */
export interface Routine {
  id: string
  name: string
  items: RoutineItem[]
}

/** Everything Spotter saves on the device. */
export interface SpotterData {
  profile: Profile
  plan: PlanItem[]
  /** Ticked checkpoint ids, by plan item key. */
  ticks: Record<string, string[]>
  workout: WorkoutProgress | null
  history: SessionRecord[]
  routines: Routine[]
  /** The user's own exercises, which plan items, routines and the workout may use. */
  customExercises: CustomExercise[]
}

/** The starter routines, as a new user's saved routines (theirs to edit or delete). */
export const starterRoutines = (): Routine[] =>
  STARTER_ROUTINES.map(({ id, name, items }) => ({ id, name, items: items.map((item) => ({ ...item })) }))

/** What a new user starts with: nothing but the starter routines. */
export const emptyData = (): SpotterData => ({
  profile: { conditions: [], todaySetOn: null, units: 'kg' },
  plan: [],
  ticks: {},
  workout: null,
  history: [],
  routines: starterRoutines(),
  customExercises: [],
})
