import type { Condition } from '../data/conditions'
import type { ExerciseId } from '../data/exercises'

/** One exercise in today's plan. `key` is stable for the item's life, so ticks and outcomes follow it. */
export interface PlanItem {
  key: string
  exerciseId: ExerciseId
  /** The exercise this item replaced, when the user swapped it for a safer one. */
  swappedFrom?: ExerciseId
}

export type Outcome = 'done' | 'skipped' | 'pain-stop'

/**
 * Where the user is in a workout. Steps: 0 is the warm-up, 1…n the plan's items in order,
 * n + 1 the cool-down.
 */
export interface WorkoutProgress {
  startedAt: string
  step: number
  /** By plan item key. */
  outcomes: Record<string, Outcome>
}

export interface SessionItem {
  exerciseId: string
  /** The name at the time, so history still reads right if an exercise leaves the dataset. */
  name: string
  outcome: Outcome
  swappedFrom?: string
}

export interface SessionRecord {
  id: string
  startedAt: string
  finishedAt: string
  /** The back profile the session was trained with; null for sessions saved before version 2 recorded it. */
  conditions: Condition[] | null
  items: SessionItem[]
}

export interface Profile {
  conditions: Condition[]
}

/** Everything Spotter saves on the device. */
export interface SpotterData {
  profile: Profile
  plan: PlanItem[]
  /** Ticked checkpoint ids, by plan item key. */
  ticks: Record<string, string[]>
  workout: WorkoutProgress | null
  history: SessionRecord[]
}

export const emptyData = (): SpotterData => ({
  profile: { conditions: [] },
  plan: [],
  ticks: {},
  workout: null,
  history: [],
})
