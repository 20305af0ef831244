import { CONDITIONS, type Condition } from '../data/conditions'
import { BACK_RISKS, type Exercise, type ExerciseId, getExercise } from '../data/exercises'
import { compareLoad, LOAD_LABELS, type LoadBand } from '../data/load'
import {
  CONDITION_ADVICE,
  demandClass,
  HANGING_ADVICE,
  HARDER_VARIATION_SOURCES,
  PAIN_STOP_DAYS,
  RULE_OVERRIDES,
  RULE_TABLE,
  type RuleColumn,
  UNRATED_RULE,
  type VerdictLevel,
} from '../data/rules'
import type { SourceId } from '../data/sources'
import { lazyDateFormat } from '../utils/lazy-format'

export type { VerdictLevel } from '../data/rules'

/** What the user has told Spotter about their back today. */
export interface Profile {
  conditions: readonly Condition[]
}

/** What else today's verdict takes into account. */
export interface VerdictContext {
  /** The user's last pain stop on this exercise, if any. */
  recentPainStop?: { at: string }
  /** Defaults to the current time. */
  now?: Date
}

export interface Verdict {
  level: VerdictLevel
  /** The one line to show beside the exercise. */
  reason: string
  /** The declared condition behind the verdict, if one is. */
  condition?: Condition
  /** The load the verdict is for. */
  load: LoadBand
  /** General advice to show with it, e.g. the sciatica advice on every exercise. */
  advice: readonly string[]
  /** Where the verdict comes from. */
  basis: 'table' | 'override' | 'variation' | 'unrated' | 'pain-stop'
  /** 'judgement' when no source sets the rule at this level of detail: worded as "take care". */
  judgement: boolean
  sources: readonly SourceId[]
  /** Set when the advice is to go lighter: the load to go to. */
  goLight?: LoadBand
  /** Set when a recent pain stop on this exercise raised the verdict. */
  painStopAt?: string
}

const VERDICT_ORDER: Record<VerdictLevel, number> = { ok: 0, caution: 1, avoid: 2 }

export const compareVerdict = (a: VerdictLevel, b: VerdictLevel): number =>
  VERDICT_ORDER[a] - VERDICT_ORDER[b]

const SHORT_LABELS = { 'back-pain-today': 'Back pain today', sciatica: 'Sciatica' } as const satisfies Record<
  Condition,
  string
>

const DAY_MS = 24 * 60 * 60 * 1000

/** The lighter load the exercise is done at, one band down, if there is one. */
function lighterLoad(exercise: Exercise, load: LoadBand): LoadBand | undefined {
  return [...exercise.loads].reverse().find((band) => compareLoad(band, load) < 0)
}

interface ColumnVerdict {
  level: VerdictLevel
  say: string
  basis: Verdict['basis']
  judgement: boolean
  sources: readonly SourceId[]
  goLight?: true
}

/** One column of the rule table for one exercise: an override a source gives, else the table's cell. */
function columnVerdict(exercise: Exercise, column: RuleColumn, load: LoadBand): ColumnVerdict {
  const override = RULE_OVERRIDES.find(
    (rule) => rule.exercise === exercise.id && rule.column === column && rule.loads.includes(load),
  )
  if (override) {
    return {
      level: override.level,
      say: override.say,
      basis: 'override',
      judgement: false,
      sources: override.sources,
    }
  }
  const cell = RULE_TABLE[column][load][demandClass(exercise.demands)]
  const fromTable: ColumnVerdict = {
    level: cell.level,
    say: cell.say,
    basis: 'table',
    judgement: cell.basis === 'judgement',
    sources: cell.sources,
    ...('goLight' in cell ? { goLight: true as const } : {}),
  }
  if (column !== 'no-condition' && exercise.backRisk === 'unrated' && fromTable.level === 'ok') {
    return {
      level: UNRATED_RULE.level,
      say: UNRATED_RULE.say,
      basis: 'unrated',
      judgement: true,
      sources: [],
    }
  }
  return fromTable
}

const WEEKDAY = lazyDateFormat('en-GB', { weekday: 'short' })
const WEEKDAY_AND_DATE = lazyDateFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })

function formatPainDay(at: Date, now: Date): string {
  return now.getTime() - at.getTime() < 7 * DAY_MS ? WEEKDAY(at) : WEEKDAY_AND_DATE(at)
}

/**
 * Today's verdict for one exercise at a planned load.
 * 1. Each declared condition reads its column of the rule table (or a sourced override); the worst wins.
 *    With nothing declared, the "no condition" column.
 * 2. Exercises no source rates are never a plain OK while a condition is declared.
 * 3. A harder variation is at least "take care".
 * 4. A pain stop on this exercise in the last 14 days makes it at least "take care".
 * Every declared condition adds its general advice.
 */
export function verdictFor(
  exercise: Exercise,
  profile: Profile,
  load: LoadBand,
  context: VerdictContext = {},
): Verdict {
  const declared = CONDITIONS.filter((condition) => profile.conditions.includes(condition))
  const advice: string[] = declared.map((condition) => CONDITION_ADVICE[condition].text)
  if (declared.includes('sciatica') && exercise.hangs) advice.push(HANGING_ADVICE)

  let verdict: Verdict
  if (declared.length === 0) {
    const column = columnVerdict(exercise, 'no-condition', load)
    verdict = {
      level: column.level,
      reason: capitalise(column.say),
      load,
      advice,
      basis: column.basis,
      judgement: column.judgement,
      sources: column.sources,
    }
  } else {
    const [worst] = declared
      .map((condition) => ({ condition, column: columnVerdict(exercise, condition, load) }))
      .sort((a, b) => compareVerdict(b.column.level, a.column.level))
    if (!worst) throw new Error('unreachable: at least one condition is declared')
    const { condition, column } = worst
    verdict = {
      level: column.level,
      reason: `${SHORT_LABELS[condition]}: ${column.say}`,
      condition,
      load,
      advice,
      basis: column.basis,
      judgement: column.judgement,
      sources: column.sources,
    }
    const target = column.goLight ? lighterLoad(exercise, load) : undefined
    if (target) verdict.goLight = target
  }

  if (exercise.variationOf && verdict.level === 'ok') {
    verdict = {
      ...verdict,
      level: 'caution',
      reason: exercise.variationOf.caution,
      basis: 'variation',
      judgement: false,
      sources: HARDER_VARIATION_SOURCES,
    }
  }

  const stop = context.recentPainStop
  if (stop) {
    const at = new Date(stop.at)
    const now = context.now ?? new Date()
    if (!Number.isNaN(at.getTime()) && now.getTime() - at.getTime() < PAIN_STOP_DAYS * DAY_MS) {
      const said = `You stopped this with pain on ${formatPainDay(at, now)}`
      verdict =
        verdict.level === 'avoid'
          ? { ...verdict, advice: [`${said}.`, ...verdict.advice], painStopAt: stop.at }
          : {
              ...verdict,
              level: 'caution',
              reason: `${said}: take care.`,
              basis: 'pain-stop',
              judgement: false,
              painStopAt: stop.at,
            }
    }
  }
  return verdict
}

/** The condition rules for the exercise page: each condition that calls for care at this load. */
export function conditionNotes(
  exercise: Exercise,
  load: LoadBand,
): { condition: Condition; level: Exclude<VerdictLevel, 'ok'>; reason: string }[] {
  return CONDITIONS.flatMap((condition) => {
    const column = columnVerdict(exercise, condition, load)
    return column.level === 'ok' ? [] : [{ condition, level: column.level, reason: capitalise(column.say) }]
  })
}

interface SwapOptionBase {
  exercise: Exercise
  /** Why it is easier on the back. */
  why: string
  /** The load the option is judged at. */
  load: LoadBand
  verdict: Verdict
}

/** Another exercise to swap to. */
export interface RankedAlternative extends SwapOptionBase {
  kind: 'exercise'
  /** Same movement pattern as the original. */
  samePattern: boolean
}

/** The same exercise at a lighter load ("go light: same exercise, lighter"). */
export interface LighterOption extends SwapOptionBase {
  kind: 'lighter'
}

export type SwapOption = RankedAlternative | LighterOption

export type SaferOptions =
  | { kind: 'alternatives'; options: readonly SwapOption[] }
  | { kind: 'none'; message: string }

/** The load an alternative is judged and planned at: its own default, never heavier than planned. */
function optionLoad(candidate: Exercise, planned: LoadBand): LoadBand {
  if (compareLoad(candidate.defaultLoad, planned) <= 0) return candidate.defaultLoad
  return candidate.loads.find((band) => compareLoad(band, planned) <= 0) ?? candidate.defaultLoad
}

const riskRank = (exercise: Exercise) => BACK_RISKS.indexOf(exercise.backRisk)

/**
 * Easier options for an exercise at a planned load, best first: other exercises (same movement pattern
 * first) and, where a lighter load would change today's verdict, the same exercise lighter.
 * Never one with a worse verdict or a higher back risk than the original, never one to avoid today.
 * Ranked by today's verdict, then same pattern, then lighter, then other patterns, then the dataset's
 * order (closest substitute first).
 */
export function saferAlternatives(
  exercise: Exercise,
  profile: Profile,
  load: LoadBand,
  context: VerdictContext = {},
): SaferOptions {
  const current = verdictFor(exercise, profile, load, context)
  const now = context.now
  const candidates: { option: SwapOption; group: number; order: number }[] = exercise.alternatives.map(
    (alternative, order) => {
      const candidate = getExercise(alternative.id)
      const at = optionLoad(candidate, load)
      const samePattern = candidate.pattern === exercise.pattern
      const option: RankedAlternative = {
        kind: 'exercise',
        exercise: candidate,
        why: alternative.why,
        load: at,
        verdict: verdictFor(candidate, profile, at, now ? { now } : {}),
        samePattern,
      }
      return { option, group: samePattern ? 0 : 2, order }
    },
  )

  const lighter = lighterOption(exercise, profile, load, current, context)
  if (lighter) candidates.push({ option: lighter, group: 1, order: 0 })

  const options = candidates
    .filter(({ option }) => {
      if (option.verdict.level === 'avoid') return false
      if (compareVerdict(option.verdict.level, current.level) > 0) return false
      return option.kind === 'lighter' || riskRank(option.exercise) <= riskRank(exercise)
    })
    .sort(
      (a, b) =>
        compareVerdict(a.option.verdict.level, b.option.verdict.level) ||
        a.group - b.group ||
        a.order - b.order,
    )
    .map(({ option }) => option)

  if (options.length > 0) return { kind: 'alternatives', options }
  return { kind: 'none', message: noSwapMessage(exercise, current) }
}

/** True when the swap panel has something to offer: the UI shows its Swap button only then (or on a warning). */
export const hasSaferOptions = (
  exercise: Exercise,
  profile: Profile,
  load: LoadBand,
  context: VerdictContext = {},
): boolean => saferAlternatives(exercise, profile, load, context).kind === 'alternatives'

function lighterOption(
  exercise: Exercise,
  profile: Profile,
  load: LoadBand,
  current: Verdict,
  context: VerdictContext,
): LighterOption | undefined {
  if (current.level === 'ok') return undefined
  const lighterBands = exercise.loads.filter((band) => compareLoad(band, load) < 0).reverse()
  for (const band of lighterBands) {
    const verdict = verdictFor(exercise, profile, band, context)
    if (compareVerdict(verdict.level, current.level) < 0) {
      const why =
        band === 'bodyweight'
          ? 'Go light: the same exercise without weight.'
          : `Go light: the same exercise, ${LOAD_LABELS[band].toLowerCase()}. Back load rises with the weight.`
      return { kind: 'lighter', exercise, why, load: band, verdict }
    }
  }
  return undefined
}

function noSwapMessage(exercise: Exercise, current: Verdict): string {
  if (exercise.instead) return `Nothing easier to swap to. ${exercise.instead}`
  const gentle = exercise.backRisk === 'low' && !exercise.variationOf
  if (gentle && current.level === 'ok') {
    return 'No swap needed: this is already one of the gentler exercises for your back. Keep the form checkpoints.'
  }
  if (current.level === 'ok') return 'Nothing easier to swap to. Keep to the form checkpoints.'
  return 'Nothing easier to swap to: skip it today.'
}

/** A plan item as the summary needs it: an id (planned at its default load) or an id with a load. */
export type PlanEntry = ExerciseId | { exerciseId: ExerciseId; load?: LoadBand }

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

export interface PlanContext {
  /** The last pain stop per exercise (ISO time). */
  painStops?: Partial<Record<ExerciseId, string>>
  now?: Date
}

export function summarisePlan(
  plan: readonly PlanEntry[],
  profile: Profile,
  context: PlanContext = {},
): PlanSummary {
  const attention = plan
    .map((entry, index) => {
      const exerciseId = typeof entry === 'string' ? entry : entry.exerciseId
      const exercise = getExercise(exerciseId)
      const load = (typeof entry === 'string' ? undefined : entry.load) ?? exercise.defaultLoad
      const stop = context.painStops?.[exerciseId]
      const verdictContext: VerdictContext = {
        ...(stop ? { recentPainStop: { at: stop } } : {}),
        ...(context.now ? { now: context.now } : {}),
      }
      return { exerciseId, index, verdict: verdictFor(exercise, profile, load, verdictContext) }
    })
    .filter((item) => item.verdict.level !== 'ok')
  const avoidCount = attention.filter((item) => item.verdict.level === 'avoid').length
  const cautionCount = attention.length - avoidCount
  const headline =
    attention.length === 0
      ? ''
      : `${attention.length} ${attention.length === 1 ? 'exercise needs' : 'exercises need'} attention`
  return { attention, avoidCount, cautionCount, headline }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
