import type { Units } from '../../data/load'
import type { SessionRecord } from '../../store/spotter-store'
import { lazyDateFormat } from '../../utils/lazy-format'

/** One session's use of an exercise, for the progress chart. */
export interface ProgressPoint {
  at: string
  /** The heaviest set's weight, in today's units; null when no set had a weight. */
  weight: number | null
  /** The most reps in a set (for a hold: the longest hold, in seconds). */
  reps: number
  sets: number
  /** The set the user stopped on with sharp pain, if they did. */
  painStopSet: number | null
}

/** The most sessions the chart shows: the newest ones. */
const MAX_POINTS = 20
const POUNDS_PER_KG = 2.20462

const inUnits = (weight: number, from: Units, to: Units) =>
  from === to ? weight : Math.round((from === 'kg' ? weight * POUNDS_PER_KG : weight / POUNDS_PER_KG) * 2) / 2

/** The exercise in History, oldest first: each session's top set and any pain stop. */
export function progressPoints(
  history: readonly SessionRecord[],
  exerciseId: string,
  units: Units,
  hold: boolean,
): ProgressPoint[] {
  const points: ProgressPoint[] = []
  for (const session of history) {
    const items = session.items.filter(
      (i) => i.exerciseId === exerciseId && (i.sets.length > 0 || i.painStop),
    )
    if (items.length === 0) continue
    const sets = items.flatMap((i) => i.sets)
    const weights = sets.flatMap((s) => (s.weight === null ? [] : [inUnits(s.weight, session.units, units)]))
    const stop = items.find((i) => i.painStop)?.painStop
    points.push({
      at: session.startedAt,
      weight: weights.length > 0 ? Math.max(...weights) : null,
      reps: sets.reduce((most, s) => Math.max(most, hold ? (s.holdSeconds ?? 0) : s.reps), 0),
      sets: sets.length,
      painStopSet: stop ? stop.set : null,
    })
  }
  return points.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_POINTS)
}

const DAY = lazyDateFormat('en-GB', { day: 'numeric', month: 'short' })
/** "18 Nov": the chart's dates. */
export const day = (iso: string) => DAY(new Date(iso))

/** The chart in one sentence: how many sessions, from when to when, first and last top set, pain stops. */
export function progressSummary(points: readonly ProgressPoint[], units: string, hold: boolean): string {
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last) return ''
  const count = `${points.length} ${points.length === 1 ? 'session' : 'sessions'}`
  const span = points.length === 1 ? `on ${day(first.at)}` : `from ${day(first.at)} to ${day(last.at)}`
  const repsOf = (p: ProgressPoint) => (hold ? `${p.reps} s` : `${p.reps} reps`)
  const top = (p: ProgressPoint) => (p.weight === null ? repsOf(p) : `${repsOf(p)} at ${p.weight} ${units}`)
  const trend =
    points.length === 1 ? `Top set ${top(first)}` : `Top set ${top(first)} at first, ${top(last)} last time`
  const stops = points.filter((p) => p.painStopSet !== null)
  const pain =
    stops.length === 0
      ? 'No pain stops'
      : `${stops.length} ${stops.length === 1 ? 'pain stop' : 'pain stops'} (${stops
          .map((p) => `${day(p.at)}, set ${p.painStopSet}`)
          .join('; ')})`
  return `${count} ${span}. ${trend}. ${pain}.`
}
