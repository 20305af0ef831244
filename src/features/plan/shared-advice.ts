import { CONDITION_ADVICE } from '../../data/rules'
import type { Verdict } from '../../domain/safety'

/** The advice a declared condition adds to every exercise: the plan says it once, above the list. */
const SHARED = new Set<string>(Object.values(CONDITION_ADVICE).map((advice) => advice.text))

/** What a plan card says under its verdict: why, when it needs care, and the advice for this exercise only. */
export const cardLines = (verdict: Verdict): string[] => [
  ...(verdict.level === 'ok' ? [] : [verdict.reason]),
  ...verdict.advice.filter((line) => !SHARED.has(line)),
]
