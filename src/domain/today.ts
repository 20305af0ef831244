import { CONDITION_INFO, type Condition } from '../data/conditions'

export interface ConditionsToday {
  /** The conditions the rules apply today. */
  conditions: Condition[]
  /** A condition that lasts a day was set on an earlier day: ask how the back is before reusing it. */
  askHowTheBackIs: boolean
}

/**
 * "Back pain today" is about the day it was set. On a later day it doesn't apply until the user answers
 * how their back is; sciatica, which lasts, stays until they change it.
 */
export function conditionsInForce(
  profile: { conditions: readonly Condition[]; todaySetOn: string | null },
  today: string,
): ConditionsToday {
  const stale = profile.todaySetOn !== today
  const dayLong = profile.conditions.filter((c) => CONDITION_INFO[c].lasts === 'today')
  return {
    conditions: profile.conditions.filter((c) => !(stale && dayLong.includes(c))),
    askHowTheBackIs: stale && dayLong.length > 0,
  }
}
