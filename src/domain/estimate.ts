/** What the estimate needs of a plan item: its sets, reps, hold and rest. */
export interface Dose {
  sets: number
  reps: number
  holdSeconds: number | null
  restSeconds: number
}

/** A rep that isn't a hold takes about this long, lowering and lifting with control. */
export const SECONDS_PER_REP = 3

/** Warm-up and cool-down together, at the short end of what the workout suggests. */
export const WARM_UP_AND_COOL_DOWN_SECONDS = 10 * 60

/**
 * About how long a session takes, in whole minutes: each set's reps (about 3 s each, or the hold), a rest
 * after each set but the session's last, and the warm-up and cool-down. An estimate for the plan's summary
 * ("~40 min"), not a target.
 */
export function estimateMinutes(items: readonly Dose[]): number {
  if (items.length === 0) return 0
  let seconds = WARM_UP_AND_COOL_DOWN_SECONDS
  for (const item of items) {
    const perRep = item.holdSeconds ?? SECONDS_PER_REP
    seconds += item.sets * (item.reps * perRep + item.restSeconds)
  }
  seconds -= items.at(-1)?.restSeconds ?? 0
  return Math.max(1, Math.round(seconds / 60))
}
