import { getExercise, isExerciseId } from '../../data/exercises'
import type { Units } from '../../data/load'
import type { Outcome, SessionRecord, SetDone } from '../../store/spotter-store'
import { lazyDateFormat } from '../../utils/lazy-format'

const WHEN = lazyDateFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
})

export const formatWhen = (iso: string) => WHEN(new Date(iso))

/** "24 min", "1 h 5 min"; empty when the times don't make sense. */
export function formatDuration(startIso: string, endIso: string): string {
  const minutes = Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000)
  if (!Number.isFinite(minutes) || minutes < 0) return ''
  if (minutes < 1) return 'under a minute'
  if (minutes < 60) return `${minutes} min`
  const rest = minutes % 60
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`
}

/** Newest first, by when the workout started. A copy: the store's array is never sorted in place. */
export const newestFirst = (sessions: readonly SessionRecord[]): SessionRecord[] =>
  // Each date parsed once, not once per comparison: years of history sort in a few milliseconds.
  sessions
    .map((session) => ({ session, at: Date.parse(session.startedAt) }))
    .sort((a, b) => b.at - a.at)
    .map(({ session }) => session)

/** A name for an exercise id from an old session, even if it has left the dataset since. */
export const exerciseName = (id: string) => (isExerciseId(id) ? getExercise(id).name : id)

export const OUTCOME_LABEL = {
  done: { icon: '✓', text: 'Done' },
  skipped: { icon: '↷', text: 'Skipped' },
  'pain-stop': { icon: '✕', text: 'Stopped: sharp pain' },
  swapped: { icon: '⇄', text: 'Swapped for a safer one' },
} as const satisfies Record<Outcome, { icon: string; text: string }>

const setText = (set: SetDone, units: Units) => {
  const reps = set.holdSeconds !== null ? `${set.reps} × ${set.holdSeconds} s` : String(set.reps)
  return set.weight !== null ? `${reps} at ${set.weight} ${units}` : reps
}

/**
 * The sets of one exercise, grouped where they repeat: "3 × 8 at 40 kg", "8 at 40 kg, 6 at 42.5 kg",
 * "2 × 1 × 30 s" (sets × reps × seconds for a hold).
 */
export function formatSets(sets: readonly SetDone[], units: Units): string {
  const groups: { text: string; count: number }[] = []
  for (const set of sets) {
    const text = setText(set, units)
    const last = groups.at(-1)
    if (last && last.text === text) last.count += 1
    else groups.push({ text, count: 1 })
  }
  if (groups.length === 1 && groups[0]) return `${groups[0].count} × ${groups[0].text}`
  return groups.map((g) => (g.count > 1 ? `${g.count} × ${g.text}` : g.text)).join(', ')
}
