import type { LoadBand, Units } from '../data/load'
import type { SessionRecord } from './types'

/** What the user did the last time they did an exercise: "3 × 8 at 40 kg". */
export interface LastTime {
  /** When that session started. */
  at: string
  /** Sets done. */
  sets: number
  /** Reps of the last set done. */
  reps: number
  /** Weight of the last set done, in `units`; null for bodyweight. */
  weight: number | null
  /** Seconds held in the last set, for a hold. */
  holdSeconds: number | null
  load: LoadBand | null
  units: Units
}

const POUNDS_PER_KG = 2.20462

/** A weight in other units, to the nearest half. */
export const convertWeight = (weight: number, from: Units, to: Units): number => {
  if (from === to) return weight
  const converted = from === 'kg' ? weight * POUNDS_PER_KG : weight / POUNDS_PER_KG
  return Math.round(converted * 2) / 2
}

/**
 * The newest finished session in which the exercise had at least one set done, as the user would repeat
 * it; null if there is none. Weights come back in `units`, converted if the session used the others.
 */
export function lastTimeFor(
  history: readonly SessionRecord[],
  exerciseId: string,
  units: Units,
): LastTime | null {
  let best: { session: SessionRecord; index: number } | null = null
  for (const session of history) {
    const index = session.items.findLastIndex(
      (item) => item.exerciseId === exerciseId && item.sets.length > 0,
    )
    if (index < 0) continue
    if (!best || Date.parse(session.startedAt) > Date.parse(best.session.startedAt)) best = { session, index }
  }
  if (!best) return null
  const item = best.session.items[best.index]
  const last = item?.sets.at(-1)
  if (!item || !last) return null
  return {
    at: best.session.startedAt,
    sets: item.sets.length,
    reps: last.reps,
    weight: last.weight === null ? null : convertWeight(last.weight, best.session.units, units),
    holdSeconds: last.holdSeconds,
    load: item.load,
    units,
  }
}
