import { getExercise, isExerciseId } from '../../data/exercises'
import type { Outcome, SessionRecord } from '../../store/spotter-store'

const WHEN = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
})

export const formatWhen = (iso: string) => WHEN.format(new Date(iso))

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
