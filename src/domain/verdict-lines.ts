import type { Condition } from '../data/conditions'
import { CONDITION_ADVICE } from '../data/rules'
import type { Verdict } from './safety'

/** The advice a declared condition adds to every exercise: the plan says it once, above the list. */
const SHARED_ADVICE: ReadonlySet<string> = new Set(
  Object.values(CONDITION_ADVICE).map((advice) => advice.text),
)

export const sharedAdvice = (conditions: readonly Condition[]): string[] =>
  conditions.map((condition) => CONDITION_ADVICE[condition].text)

const plain = (line: string) =>
  line
    .toLowerCase()
    .replace(/[.:!]+$/, '')
    .trim()

/** Lines in order, without one that repeats (or is contained in) a line before it. */
export function distinct(lines: readonly string[]): string[] {
  const kept: string[] = []
  for (const line of lines) {
    const text = plain(line)
    if (text && !kept.some((earlier) => plain(earlier).includes(text))) kept.push(line)
  }
  return kept
}

/**
 * What explains a verdict where it is shown: its reason when it is not OK, then its advice, each said once.
 * `shared: 'above'` leaves out the advice every exercise shares today (a plan card: the plan says it once).
 */
export function verdictLines(verdict: Verdict, shared: 'here' | 'above' = 'here'): string[] {
  const advice =
    shared === 'above' ? verdict.advice.filter((line) => !SHARED_ADVICE.has(line)) : verdict.advice
  return distinct([...(verdict.level === 'ok' ? [] : [verdict.reason]), ...advice])
}
