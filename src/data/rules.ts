import type { Condition } from './conditions'
import type { ExerciseId } from './exercises'
import type { LoadBand } from './load'
import type { SourceId } from './sources'
import type { Demand } from './taxonomy'

/**
 * The one rule table behind every verdict: what is declared today × the planned load × the exercise's
 * demand class, plus the few per-exercise overrides a source gives. Judgement cells (no source sets a
 * rule at that level of detail) read as "take care" with what to do, never as findings.
 */

export type VerdictLevel = 'avoid' | 'caution' | 'ok'

/** Each verdict in words: the one place the app names them (badges, filters, the verdicts report). */
export const VERDICT_LABELS: Record<VerdictLevel, string> = {
  ok: 'OK',
  caution: 'Take care',
  avoid: 'Avoid today',
}

/** The exercise's demands, reduced to what the rules distinguish. Most demanding class first. */
export const DEMAND_CLASSES = ['twist-bent', 'fast', 'lever', 'none'] as const
export type DemandClass = (typeof DEMAND_CLASSES)[number]

export const DEMAND_CLASS_LABELS = {
  'twist-bent': 'Turning while bent forward (ROT+FLX)',
  fast: 'Fast or swinging, or a strong hip-flexor pull (BAL, HF)',
  lever: 'Weight ahead of a leaning body, on the back or overhead, or bending the back (LEV, AX, FLX)',
  none: 'None of those (EXT, ROT, LAT, FAT or nothing)',
} as const satisfies Record<DemandClass, string>

/** The most demanding class an exercise's demands fall in. */
export function demandClass(demands: readonly Demand[]): DemandClass {
  if (demands.includes('ROT+FLX')) return 'twist-bent'
  if (demands.includes('BAL') || demands.includes('HF')) return 'fast'
  if (demands.includes('LEV') || demands.includes('AX') || demands.includes('FLX')) return 'lever'
  return 'none'
}

export interface RuleCell {
  level: VerdictLevel
  /** What to do, short enough to read between sets. */
  say: string
  /** A lighter load is the advice: the swap panel offers "same exercise, lighter". */
  goLight?: true
  /** 'source': a source supports this level directly; 'judgement': a cautious reading of the sources. */
  basis: 'source' | 'judgement'
  sources: readonly SourceId[]
}

/** The column of the table a profile reads: nothing declared, or one condition. */
export type RuleColumn = 'no-condition' | Condition

const LOAD_RISES: readonly SourceId[] = ['cholewicki-1991', 'schellenberg-2013', 'mcgill-marshall-2012']
const STAY_ACTIVE: readonly SourceId[] = ['nhs-back-pain', 'nhs-inform-exercises', 'bjsm-2020']
const TWIST_BENT: readonly SourceId[] = ['veres-2010', 'les-mills-twist']
const SCIATICA: readonly SourceId[] = ['nhs-111-wales-sciatica', 'nhs-inform-exercises']

const ok = (say: string, sources: readonly SourceId[]): RuleCell => ({
  level: 'ok',
  say,
  basis: 'source',
  sources,
})
const judged = (
  level: VerdictLevel,
  say: string,
  sources: readonly SourceId[],
  goLight?: true,
): RuleCell => ({ level, say, basis: 'judgement', sources, ...(goLight ? { goLight } : {}) })

const FINE = 'Nothing in your back profile calls for care. Keep to the form checkpoints.'

export const RULE_TABLE = {
  'no-condition': {
    bodyweight: {
      'twist-bent': ok(FINE, []),
      fast: ok(FINE, []),
      lever: ok(FINE, []),
      none: ok(FINE, []),
    },
    light: {
      'twist-bent': judged(
        'caution',
        'take care, turning bent forward under load. Go without weight.',
        TWIST_BENT,
      ),
      fast: ok(FINE, []),
      lever: ok(FINE, []),
      none: ok(FINE, []),
    },
    heavy: {
      'twist-bent': judged(
        'caution',
        'take care, turning bent forward under load. Go without weight.',
        TWIST_BENT,
      ),
      fast: ok(FINE, []),
      lever: ok(FINE, []),
      none: ok(FINE, []),
    },
  },
  'back-pain-today': {
    bodyweight: {
      'twist-bent': judged('caution', 'take care, small, slow turns, or skip it today.', TWIST_BENT),
      fast: judged('caution', 'take care, go slowly, or save it for a good day.', STAY_ACTIVE),
      lever: ok('fine without weight. Stop if the pain rises.', STAY_ACTIVE),
      none: ok('fine. Keep moving; stop if it makes the pain worse.', STAY_ACTIVE),
    },
    light: {
      'twist-bent': judged('avoid', 'skip it today: turning bent forward with a weight.', TWIST_BENT),
      fast: judged('caution', 'take care, slower and lighter, or save it for a good day.', STAY_ACTIVE),
      lever: judged('caution', 'take care, keep it light and stop if the pain rises.', LOAD_RISES),
      none: ok('fine at a light weight. Stop if it makes the pain worse.', STAY_ACTIVE),
    },
    heavy: {
      'twist-bent': judged('avoid', 'skip it today: turning bent forward with a weight.', TWIST_BENT),
      fast: judged('avoid', 'save heavy for a good day: go light today.', LOAD_RISES, true),
      lever: judged('avoid', 'go light today, or save it for a good day.', LOAD_RISES, true),
      none: judged('caution', 'take care, go light today.', LOAD_RISES, true),
    },
  },
  sciatica: {
    bodyweight: {
      'twist-bent': judged('caution', 'take care, small, slow turns.', TWIST_BENT),
      fast: judged('caution', 'take care, go slowly.', SCIATICA),
      lever: ok('fine, and gentle exercise helps.', SCIATICA),
      none: ok('fine, and gentle exercise helps.', SCIATICA),
    },
    light: {
      'twist-bent': judged('caution', 'take care, go without weight.', TWIST_BENT),
      fast: judged('caution', 'take care, go slower and lighter.', SCIATICA),
      lever: ok('fine at a light weight.', SCIATICA),
      none: ok('fine at a light weight.', SCIATICA),
    },
    heavy: {
      'twist-bent': judged('caution', 'take care, go without weight.', TWIST_BENT),
      fast: judged('caution', 'take care, go light and slow.', LOAD_RISES, true),
      lever: judged('caution', 'take care, go light.', LOAD_RISES, true),
      none: ok('fine. Stop if your leg symptoms spread.', SCIATICA),
    },
  },
} as const satisfies Record<RuleColumn, Record<LoadBand, Record<DemandClass, RuleCell>>>

/** A rule for one exercise that a source gives, replacing the table's cell. */
export interface RuleOverride {
  exercise: ExerciseId
  column: RuleColumn
  loads: readonly LoadBand[]
  level: VerdictLevel
  say: string
  /** The A or B sources that say so. */
  sources: readonly SourceId[]
}

const ALL_LOADS: readonly LoadBand[] = ['bodyweight', 'light', 'heavy']

export const RULE_OVERRIDES: readonly RuleOverride[] = [
  {
    exercise: 'side-plank',
    column: 'back-pain-today',
    loads: ALL_LOADS,
    level: 'caution',
    say: 'take care, many people with back pain find this one hard. Try it with knees bent.',
    sources: ['calatayud-2019'],
  },
  ...(['back-pain-today', 'sciatica'] as const).map(
    (column): RuleOverride => ({
      exercise: 'superman',
      column,
      loads: ALL_LOADS,
      level: 'caution',
      say: 'take care, a bird dog works the same muscles with far less load.',
      sources: ['callaghan-1998', 'mcgill-ultimate-back-fitness'],
    }),
  ),
  ...(['back-pain-today', 'sciatica'] as const).map(
    (column): RuleOverride => ({
      exercise: 'russian-twist',
      column,
      loads: ALL_LOADS,
      level: 'avoid',
      say: 'skip it today: it turns the back while bent forward. Try a Pallof press.',
      sources: ['les-mills-twist', 'veres-2010'],
    }),
  ),
  {
    exercise: 'russian-twist',
    column: 'no-condition',
    loads: ALL_LOADS,
    level: 'caution',
    say: 'take care, it turns the back while bent forward. A Pallof press trains the same muscles.',
    sources: ['les-mills-twist', 'veres-2010'],
  },
]

/** On every verdict while the condition is declared: the sourced general advice. */
export const CONDITION_ADVICE = {
  'back-pain-today': {
    text: 'Stop any exercise that makes your pain worse or causes new pain.',
    sources: ['nhs-inform-exercises'],
  },
  sciatica: {
    text: 'Stop if pain, tingling or numbness spreads further down your leg or gets worse, or if numbness or weakness is new.',
    sources: ['nhs-inform-exercises', 'nhs-111-wales-sciatica'],
  },
} as const satisfies Record<Condition, { text: string; sources: readonly SourceId[] }>

/** With sciatica, on exercises done hanging from a bar: a judgement, worded as one. */
export const HANGING_ADVICE =
  'Hanging eases sciatica for some people and makes it worse for others: see how yours feels.'

/** Exercises no A or B source rates: never a plain OK once a condition is declared. */
export const UNRATED_RULE = {
  level: 'caution',
  say: 'not rated by a source: take care, go light and stop if it hurts.',
} as const satisfies { level: VerdictLevel; say: string }

/** A harder variation: always at least "take care", whatever the profile. */
export const HARDER_VARIATION_SOURCES: readonly SourceId[] = ['freeman-2006']

/** How long a pain stop on an exercise keeps its verdict at "take care" or worse. */
export const PAIN_STOP_DAYS = 14
