import { getExercise } from '../../data/exercises'
import { verdictFor } from '../../domain/safety'
import { type BackToday, type RoutineItem, ratedItems, verdictContext } from '../../store/spotter-store'

/** How a routine's exercises stand for the back today, in words: "All OK today", "1 to avoid, 2 to take care". */
export function verdictSummary(items: readonly RoutineItem[], back: BackToday): string {
  const counts = { ok: 0, caution: 0, avoid: 0 }
  const rated = ratedItems(items)
  // The user's own exercises get no verdict: "all OK" never speaks for them.
  const unrated = items.length - rated.length
  const notRated = unrated > 0 ? `${unrated} not rated by Spotter` : ''
  for (const item of rated) {
    const verdict = verdictFor(
      getExercise(item.exerciseId),
      back.profile,
      item.load,
      verdictContext(back, item.exerciseId),
    )
    counts[verdict.level] += 1
  }
  if (rated.length === 0) return `Today: ${notRated}`
  if (counts.avoid === 0 && counts.caution === 0)
    return notRated ? `Today: the others OK for your back, ${notRated}` : 'Today: all OK for your back'
  const parts = []
  if (counts.avoid > 0) parts.push(`${counts.avoid} to avoid`)
  if (counts.caution > 0) parts.push(`${counts.caution} to take care with`)
  if (notRated) parts.push(notRated)
  return `Today: ${parts.join(', ')}`
}
