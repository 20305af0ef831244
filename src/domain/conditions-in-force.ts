import { CONDITION_INFO, CONDITIONS, type Condition } from '../data/conditions'

export interface ConditionsToday {
  /** The declared conditions that apply today, in the usual order. */
  inForce: readonly Condition[]
  /** Declared conditions about a day that is not today: not applied until the user answers. */
  stale: readonly Condition[]
  /** Ask "How is your back today?": a condition about one day was set on another day (or on an unknown day). */
  askAboutToday: boolean
}

/**
 * Which declared conditions apply today. A condition that lasts until changed (sciatica) always does; one
 * that is about a day (back pain today) only on the day it was set. `today` and `todaySetOn` are local
 * calendar days, YYYY-MM-DD.
 */
export function conditionsInForce(
  profile: { conditions: readonly Condition[]; todaySetOn: string | null },
  today: string,
): ConditionsToday {
  const declared = CONDITIONS.filter((condition) => profile.conditions.includes(condition))
  const isToday = profile.todaySetOn === today
  const inForce = declared.filter(
    (condition) => CONDITION_INFO[condition].lasts === 'until-changed' || isToday,
  )
  const stale = declared.filter((condition) => !inForce.includes(condition))
  return { inForce, stale, askAboutToday: stale.length > 0 }
}

/** A date's local calendar day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
