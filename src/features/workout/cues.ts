/**
 * The checkpoint to show as "the cue for this set". All of them are ticked before the first set; from the
 * second set on, one at a time, going round the list: set 2 shows the first, set 3 the second, and so on.
 */
export function cueForSet<T>(checkpoints: readonly T[], setNumber: number): T | undefined {
  if (checkpoints.length === 0 || setNumber < 2) return undefined
  return checkpoints[(setNumber - 2) % checkpoints.length]
}
