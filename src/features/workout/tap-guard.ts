/**
 * The workout's main action sits in the same place on every step, so the second half of a double tap on
 * "I’m warmed up" would land on "Set done", and one on "Set done" would tick two sets. After a main action,
 * taps on moving-on controls are ignored this long; a person's next deliberate tap comes later.
 */
export const DOUBLE_TAP_GUARD_MS = 400

let lastAt = Number.NEGATIVE_INFINITY

/** True, and starts the guard, when a moving-on tap is a fresh one; false for the echo of the last. */
export function acceptMainTap(): boolean {
  const now = performance.now()
  if (now - lastAt < DOUBLE_TAP_GUARD_MS) return false
  lastAt = now
  return true
}

/** True when no moving-on tap happened just now (for ticks on a screen that just appeared). */
export const tapSettled = (): boolean => performance.now() - lastAt >= DOUBLE_TAP_GUARD_MS
