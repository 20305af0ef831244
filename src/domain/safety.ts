import type { Condition } from '../data/conditions'
import { CONDITION_INFO } from '../data/conditions'
import { type BackRisk, type Exercise, type ExerciseId, getExercise } from '../data/exercises'

/** What the user has told Spotter about their back today. */
export interface Profile {
  conditions: readonly Condition[]
}

export type VerdictLevel = 'avoid' | 'caution' | 'ok'

export interface Verdict {
  level: VerdictLevel
  /** The one line to show beside the exercise. */
  reason: string
  /** The declared condition behind the verdict, if one is. */
  condition?: Condition
}

const RISK_ORDER: Record<BackRisk, number> = { low: 0, moderate: 1, high: 2 }
const VERDICT_ORDER: Record<VerdictLevel, number> = { ok: 0, caution: 1, avoid: 2 }

export const compareRisk = (a: BackRisk, b: BackRisk): number => RISK_ORDER[a] - RISK_ORDER[b]

/**
 * The verdict for one exercise and a profile.
 * 1. A declared condition that the dataset says to avoid: avoid.
 * 2. Back pain today and a high-risk exercise: avoid (save strenuous work for a good day).
 * 3. A declared condition that says take care, or a high back risk: caution.
 * 4. A harder variation: caution.
 * 5. Otherwise ok, with the risk reason (moderate risk still says what to watch).
 */
export function verdictFor(exercise: Exercise, profile: Profile): Verdict {
  const declared = exercise.conditions.filter((rule) => profile.conditions.includes(rule.condition))
  const avoid = declared.find((rule) => rule.level === 'avoid')
  if (avoid) return { level: 'avoid', reason: avoid.reason, condition: avoid.condition }

  if (exercise.backRisk === 'high' && profile.conditions.includes('back-pain-today')) {
    return {
      level: 'avoid',
      reason: `${CONDITION_INFO['back-pain-today'].label}: ${lowerFirst(exercise.riskReason)} Save it for a good day.`,
      condition: 'back-pain-today',
    }
  }

  const caution = declared.find((rule) => rule.level === 'caution')
  if (caution) return { level: 'caution', reason: caution.reason, condition: caution.condition }

  if (exercise.backRisk === 'high') {
    return { level: 'caution', reason: exercise.variationOf?.caution ?? exercise.riskReason }
  }
  if (exercise.variationOf) return { level: 'caution', reason: exercise.variationOf.caution }

  return { level: 'ok', reason: exercise.riskReason }
}

export interface RankedAlternative {
  exercise: Exercise
  /** Why it is safer than the original. */
  why: string
  verdict: Verdict
}

export type SaferOptions =
  | { kind: 'alternatives'; options: readonly RankedAlternative[] }
  | { kind: 'none'; message: string }

/**
 * Safer alternatives for an exercise and a profile, best first.
 * Never riskier than the original, never one the profile says to avoid.
 * Ranked by verdict for this profile, then back risk, then the dataset's order.
 */
export function saferAlternatives(exercise: Exercise, profile: Profile): SaferOptions {
  const options = exercise.alternatives
    .map((alternative, order) => {
      const candidate = getExercise(alternative.id)
      return { exercise: candidate, why: alternative.why, verdict: verdictFor(candidate, profile), order }
    })
    .filter(({ exercise: candidate, verdict }) => {
      if (verdict.level === 'avoid') return false
      return compareRisk(candidate.backRisk, exercise.backRisk) <= 0
    })
    .sort(
      (a, b) =>
        VERDICT_ORDER[a.verdict.level] - VERDICT_ORDER[b.verdict.level] ||
        compareRisk(a.exercise.backRisk, b.exercise.backRisk) ||
        a.order - b.order,
    )
    .map(({ exercise: candidate, why, verdict }) => ({ exercise: candidate, why, verdict }))

  if (options.length > 0) return { kind: 'alternatives', options }
  return { kind: 'none', message: noSwapMessage(exercise, profile) }
}

function noSwapMessage(exercise: Exercise, profile: Profile): string {
  const name = exercise.name.toLowerCase()
  if (exercise.instead) return `No safer swap is sourced for ${name}. ${exercise.instead}`
  const gentle = exercise.backRisk === 'low' && !exercise.variationOf
  if (gentle && verdictFor(exercise, profile).level === 'ok') {
    return 'No swap needed: this is already one of the gentler exercises for your back. Keep the form checkpoints.'
  }
  return `No safer swap is sourced for ${name}: skip it today.`
}

export interface PlanItemVerdict {
  exerciseId: ExerciseId
  /** Index in the plan. */
  index: number
  verdict: Verdict
}

export interface PlanSummary {
  /** Items whose verdict is not ok, in plan order. */
  attention: readonly PlanItemVerdict[]
  avoidCount: number
  cautionCount: number
  /** The headline, e.g. "2 exercises need attention". Empty when nothing does. */
  headline: string
}

export function summarisePlan(plan: readonly ExerciseId[], profile: Profile): PlanSummary {
  const attention = plan
    .map((exerciseId, index) => ({
      exerciseId,
      index,
      verdict: verdictFor(getExercise(exerciseId), profile),
    }))
    .filter((item) => item.verdict.level !== 'ok')
  const avoidCount = attention.filter((item) => item.verdict.level === 'avoid').length
  const cautionCount = attention.length - avoidCount
  const headline =
    attention.length === 0
      ? ''
      : `${attention.length} ${attention.length === 1 ? 'exercise needs' : 'exercises need'} attention`
  return { attention, avoidCount, cautionCount, headline }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
