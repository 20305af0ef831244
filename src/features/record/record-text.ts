import { RED_FLAG_TIERS, RED_FLAGS } from '../../data/advice'
import type { SessionRecord } from '../../store/spotter-store'
import {
  formatDay,
  formatDayTime,
  OUTCOME_TEXT,
  PERIODS,
  type Period,
  painText,
  profileText,
  setsText,
  stopsAndSwaps,
} from './record-data'

/** The record as plain text, to paste in a message to a physio: the same facts as the screen, in order. */
export function recordText(sessions: readonly SessionRecord[], period: Period, now: Date): string {
  const lines = [
    `Spotter training record: ${PERIODS[period].label.toLowerCase()} (to ${formatDay(now.toISOString())})`,
  ]
  lines.push(`${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'}`)
  const { stops, swaps } = stopsAndSwaps(sessions)
  for (const session of sessions) {
    lines.push('', formatDayTime(session.startedAt))
    if (session.kept === 'pain-stops') lines.push('Discarded: only its pain stops were kept.')
    lines.push(`Back profile: ${profileText(session.conditions)}`)
    lines.push(`Back pain: ${painText(session.pain)}`)
    for (const item of session.items) {
      const stop = item.painStop ? ` in set ${item.painStop.set}` : ''
      lines.push(`- ${item.name}: ${setsText(item, session.units)}; ${OUTCOME_TEXT[item.outcome]}${stop}`)
    }
  }
  lines.push('', `Pain stops: ${stops.length === 0 ? 'none' : ''}`)
  for (const stop of stops) lines.push(`- ${stop.exercise}, ${formatDayTime(stop.at)}, set ${stop.set}`)
  lines.push('', `Swaps: ${swaps.length === 0 ? 'none' : ''}`)
  for (const swap of swaps)
    lines.push(
      `- ${swap.from} → ${swap.to}, ${formatDay(swap.at)} (${swap.when === 'before' ? 'before' : 'during'} the workout)`,
    )
  lines.push('', 'Stop and get medical help:')
  for (const tier of RED_FLAG_TIERS) {
    lines.push(`${RED_FLAGS[tier].title}:`)
    for (const flag of RED_FLAGS[tier].flags) lines.push(`- ${flag.text}`)
  }
  return lines.map((line) => line.trimEnd()).join('\n')
}
