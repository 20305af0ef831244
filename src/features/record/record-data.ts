import { CONDITION_INFO, type Condition } from '../../data/conditions'
import { getExercise, isExerciseId } from '../../data/exercises'
import { LOAD_LABELS, type Units } from '../../data/load'
import type { PainRatings, SessionItem, SessionRecord, SetDone } from '../../store/spotter-store'
import { lazyDateFormat } from '../../utils/lazy-format'

/** The periods a record covers. */
export const PERIODS = {
  'two-weeks': { label: 'Last 2 weeks', days: 14 },
  'four-weeks': { label: 'Last 4 weeks', days: 28 },
  all: { label: 'All', days: null },
} as const satisfies Record<string, { label: string; days: number | null }>
export type Period = keyof typeof PERIODS

const DAY_MS = 24 * 60 * 60 * 1000

/** The sessions of a period, oldest first (a record reads like a diary). */
export function sessionsIn(history: readonly SessionRecord[], period: Period, now: Date): SessionRecord[] {
  const days = PERIODS[period].days
  const from = days === null ? Number.NEGATIVE_INFINITY : now.getTime() - days * DAY_MS
  return history
    .map((session) => ({ session, at: Date.parse(session.startedAt) }))
    .filter(({ at }) => at >= from && at <= now.getTime() + DAY_MS)
    .sort((a, b) => a.at - b.at)
    .map(({ session }) => session)
}

const DAY = lazyDateFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})
const TIME = lazyDateFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
export const formatDay = (iso: string) => DAY(new Date(iso))
export const formatDayTime = (iso: string) => `${DAY(new Date(iso))}, ${TIME(new Date(iso))}`

export const exerciseName = (id: string, fallback = id) =>
  isExerciseId(id) ? getExercise(id).name : fallback

const setText = (set: SetDone, units: Units) => {
  const reps = set.holdSeconds !== null ? `${set.reps} × ${set.holdSeconds} s` : String(set.reps)
  return set.weight !== null ? `${reps} at ${set.weight} ${units}` : reps
}

/** An exercise's sets × reps × load: "3 × 8 at 40 kg", "8 at 40 kg, 6 at 42.5 kg", "3 × 10 (bodyweight)". */
export function setsText(item: SessionItem, units: Units): string {
  if (item.sets.length === 0) return 'no sets'
  const groups: { text: string; count: number }[] = []
  for (const set of item.sets) {
    const text = setText(set, units)
    const last = groups.at(-1)
    if (last && last.text === text) last.count += 1
    else groups.push({ text, count: 1 })
  }
  const sets = groups
    .map((g) => (g.count > 1 || groups.length === 1 ? `${g.count} × ${g.text}` : g.text))
    .join(', ')
  const noWeight = item.sets.every((s) => s.weight === null)
  return noWeight && item.load ? `${sets} (${LOAD_LABELS[item.load].toLowerCase()})` : sets
}

export const OUTCOME_TEXT = {
  done: 'done',
  skipped: 'skipped',
  'pain-stop': 'stopped: sharp pain',
  swapped: 'swapped for a safer one',
} as const satisfies Record<SessionItem['outcome'], string>

/** "Back pain today, sciatica", "nothing declared", or "not recorded" (sessions from before it was kept). */
export function profileText(conditions: readonly Condition[] | null): string {
  if (conditions === null) return 'not recorded'
  if (conditions.length === 0) return 'nothing declared'
  return conditions.map((c) => CONDITION_INFO[c].label).join(', ')
}

/** "4 → 2 out of 10", "4 before, not rated after", or "not rated". */
export function painText(pain: PainRatings | undefined): string {
  const before = pain?.before ?? null
  const after = pain?.after ?? null
  if (before === null && after === null) return 'not rated'
  if (before !== null && after !== null) return `${before} before → ${after} after (out of 10)`
  return before !== null
    ? `${before} before (out of 10), not rated after`
    : `not rated before, ${after} after (out of 10)`
}

export interface PainStopLine {
  exercise: string
  at: string
  set: number
}

export interface SwapLine {
  from: string
  to: string
  at: string
  /** Before the workout (in the plan), or during it (replacing an exercise part-way). */
  when: 'before' | 'during'
}

/** The pain stops and swaps of a record's sessions, in order. */
export function stopsAndSwaps(sessions: readonly SessionRecord[]): {
  stops: PainStopLine[]
  swaps: SwapLine[]
} {
  const stops: PainStopLine[] = []
  const swaps: SwapLine[] = []
  for (const session of sessions) {
    session.items.forEach((item, index) => {
      if (item.painStop) stops.push({ exercise: item.name, at: item.painStop.at, set: item.painStop.set })
      if (item.swappedFrom)
        swaps.push({
          from: exerciseName(item.swappedFrom),
          to: item.name,
          at: session.startedAt,
          when: 'before',
        })
      if (item.outcome === 'swapped') {
        const next = session.items[index + 1]
        if (next) swaps.push({ from: item.name, to: next.name, at: session.startedAt, when: 'during' })
      }
    })
  }
  return { stops, swaps }
}
