import type { ExerciseId } from '../data/exercise-core'
import type { SessionRecord } from './types'

/**
 * The latest pain stop of each exercise in History (ISO time), for the verdicts: an exercise stopped with
 * pain lately says so. A stop from before version 3 has no time of its own: its session's start stands in.
 */
export function lastPainStops(history: readonly SessionRecord[]): Partial<Record<ExerciseId, string>> {
  const stops: Partial<Record<string, string>> = {}
  for (const session of history)
    for (const item of session.items) {
      if (item.outcome !== 'pain-stop') continue
      const at = item.painStop?.at ?? session.startedAt
      const known = stops[item.exerciseId]
      if (known === undefined || at > known) stops[item.exerciseId] = at
    }
  return stops as Partial<Record<ExerciseId, string>>
}
