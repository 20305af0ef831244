import { expect, test } from 'vitest'
import { CONDITIONS } from '../../src/data/conditions'
import {
  ALL_EXERCISES,
  BACK_RISKS,
  type Exercise,
  type ExerciseId,
  getExercise,
} from '../../src/data/exercises'
import { LOAD_BANDS, type LoadBand } from '../../src/data/load'
import { CONDITION_ADVICE, demandClass, HANGING_ADVICE } from '../../src/data/rules'
import {
  conditionNotes,
  hasSaferOptions,
  type Profile,
  saferAlternatives,
  summarisePlan,
  verdictFor,
} from '../../src/domain/safety'
import { ratedItems } from '../../src/store/spotter-store'
import { storeState } from '../seed'

const NONE: Profile = { conditions: [] }
const BACK_PAIN: Profile = { conditions: ['back-pain-today'] }
const SCIATICA: Profile = { conditions: ['sciatica'] }
const BOTH: Profile = { conditions: ['back-pain-today', 'sciatica'] }

/** Every profile the user can declare: each subset of the conditions. */
const ALL_PROFILES: Profile[] = Array.from({ length: 2 ** CONDITIONS.length }, (_, mask) => ({
  conditions: CONDITIONS.filter((_condition, bit) => mask & (1 << bit)),
}))

const verdict = (id: ExerciseId, profile: Profile, load?: LoadBand) =>
  verdictFor(getExercise(id), profile, load ?? getExercise(id).defaultLoad)
const offered = (exercise: Exercise, profile: Profile, load: LoadBand = exercise.defaultLoad) => {
  const result = saferAlternatives(exercise, profile, load)
  return result.kind === 'alternatives'
    ? result.options.map((o) => `${o.kind}:${o.exercise.id}:${o.load}`)
    : []
}
const riskRank = (exercise: Exercise) => BACK_RISKS.indexOf(exercise.backRisk)
const ORDER = { ok: 0, caution: 1, avoid: 2 } as const

test('the profiles checked below cover no conditions, each one alone and both together', () => {
  expect(ALL_PROFILES).toHaveLength(2 ** CONDITIONS.length)
  expect(ALL_PROFILES).toContainEqual({ conditions: [] })
  expect(ALL_PROFILES).toContainEqual({ conditions: [...CONDITIONS] })
})

test('with back pain today, a bodyweight sit-up is “take care”, not avoid; a heavy back squat is not OK', () => {
  const sitUp = verdict('sit-up', BACK_PAIN, 'bodyweight')
  expect(sitUp.level).toBe('caution')
  expect(sitUp.reason).toMatch(/^Back pain today: take care/)
  const squat = verdict('squat', BACK_PAIN, 'heavy')
  expect(squat.level).toBe('avoid')
  expect(squat.reason).toMatch(/go light/i)
  expect(squat.goLight).toBe('light')
})

test('the verdict follows the load: a squat with back pain today goes OK → take care → avoid', () => {
  expect(LOAD_BANDS.map((load) => verdict('squat', BACK_PAIN, load).level)).toEqual([
    'ok',
    'caution',
    'avoid',
  ])
})

test('with sciatica, heavy and fast lifts are never a bare OK', () => {
  for (const exercise of ALL_EXERCISES) {
    const klass = demandClass(exercise.demands)
    const loads: LoadBand[] = klass === 'fast' ? [...LOAD_BANDS] : klass === 'lever' ? ['heavy'] : []
    for (const load of loads)
      expect(verdictFor(exercise, SCIATICA, load).level, `${exercise.id} ${load}`).not.toBe('ok')
  }
})

test('with sciatica, no exercise is to be avoided except the Russian twist, which a source says to avoid', () => {
  const avoided = ALL_EXERCISES.filter((exercise) =>
    LOAD_BANDS.some((load) => verdictFor(exercise, SCIATICA, load).level === 'avoid'),
  ).map((e) => e.id)
  expect(avoided).toEqual(['russian-twist'])
  expect(verdict('russian-twist', SCIATICA).sources).toContain('les-mills-twist')
})

test('with sciatica, every exercise at every load carries the sciatica advice', () => {
  for (const exercise of ALL_EXERCISES)
    for (const load of LOAD_BANDS)
      for (const profile of [SCIATICA, BOTH])
        expect(verdictFor(exercise, profile, load).advice, `${exercise.id} ${load}`).toContain(
          CONDITION_ADVICE.sciatica.text,
        )
  expect(CONDITION_ADVICE.sciatica.text).toMatch(/spread/i)
  expect(CONDITION_ADVICE.sciatica.text).toMatch(/numbness or weakness is new/i)
})

test('with back pain today, every verdict carries “stop if it makes your pain worse”; with nothing declared, no advice', () => {
  for (const exercise of ALL_EXERCISES) {
    expect(verdictFor(exercise, BACK_PAIN, exercise.defaultLoad).advice).toContain(
      CONDITION_ADVICE['back-pain-today'].text,
    )
    expect(verdictFor(exercise, NONE, exercise.defaultLoad).advice).toEqual([])
  }
})

test('with sciatica, hanging exercises say hanging varies from person to person', () => {
  expect(verdict('pull-up', SCIATICA).advice).toContain(HANGING_ADVICE)
  expect(verdict('hanging-leg-raise', SCIATICA).advice).toContain(HANGING_ADVICE)
  expect(verdict('pull-up', BACK_PAIN).advice).not.toContain(HANGING_ADVICE)
  expect(verdict('lat-pulldown', SCIATICA).advice).not.toContain(HANGING_ADVICE)
})

test('with both conditions the stricter verdict wins, and both pieces of advice show', () => {
  for (const exercise of ALL_EXERCISES) {
    for (const load of LOAD_BANDS) {
      const both = verdictFor(exercise, BOTH, load)
      const worst = Math.max(
        ORDER[verdictFor(exercise, BACK_PAIN, load).level],
        ORDER[verdictFor(exercise, SCIATICA, load).level],
      )
      expect(ORDER[both.level], `${exercise.id} ${load}`).toBe(worst)
      expect(both.advice).toHaveLength(2 + (exercise.hangs ? 1 : 0))
    }
  }
})

test('judgement verdicts read as “take care” with what to do, never as findings', () => {
  for (const exercise of ALL_EXERCISES) {
    for (const profile of ALL_PROFILES) {
      for (const load of LOAD_BANDS) {
        const result = verdictFor(exercise, profile, load)
        if (result.level === 'ok' || !result.judgement) continue
        expect(result.reason, `${exercise.id} ${load}`).toMatch(
          /\b(take care|skip it today|save|go light)\b/i,
        )
      }
    }
  }
})

test('sourced overrides: side plank with back pain today is “take care”, superman too; Russian twist avoid', () => {
  expect(verdict('side-plank', BACK_PAIN).level).toBe('caution')
  expect(verdict('side-plank', BACK_PAIN).sources).toEqual(['calatayud-2019'])
  expect(verdict('side-plank', NONE).level).toBe('ok')
  expect(verdict('superman', BACK_PAIN).level).toBe('caution')
  expect(verdict('superman', BACK_PAIN).reason).toMatch(/bird dog/i)
  expect(verdict('russian-twist', BACK_PAIN).level).toBe('avoid')
  expect(verdict('russian-twist', NONE).level).toBe('caution')
})

test('exercises no source rates are never a plain OK while a condition is declared', () => {
  const unrated = ALL_EXERCISES.filter((e) => e.backRisk === 'unrated')
  expect(unrated).toHaveLength(4)
  for (const exercise of unrated) {
    for (const profile of [BACK_PAIN, SCIATICA, BOTH])
      for (const load of LOAD_BANDS) {
        const result = verdictFor(exercise, profile, load)
        expect(result.level, `${exercise.id} ${load}`).not.toBe('ok')
        if (result.basis === 'unrated') expect(result.reason).toMatch(/not rated by a source/i)
      }
  }
  expect(verdict('step-up', BACK_PAIN, 'bodyweight').reason).toMatch(/not rated by a source: take care/i)
})

test('harder variations get at least a caution whatever the profile, and show their caution', () => {
  const variations = ALL_EXERCISES.filter((e) => e.variationOf)
  expect(variations.map((e) => e.id)).toEqual(['forward-push-up', 'backward-push-up'])
  for (const exercise of variations) {
    for (const profile of ALL_PROFILES)
      expect(
        verdictFor(exercise, profile, 'bodyweight').level,
        `${exercise.id} ${profile.conditions}`,
      ).not.toBe('ok')
    expect(verdictFor(exercise, NONE, 'bodyweight').reason).toBe(exercise.variationOf?.caution)
    expect(verdictFor(exercise, NONE, 'bodyweight').sources).toEqual(['freeman-2006'])
  }
})

test('with nothing declared, the general back risk does not colour the verdict', () => {
  for (const id of ['sit-up', 'superman', 'squat', 'deadlift', 'good-morning'] as const)
    expect(verdict(id, NONE, 'heavy').level, id).toBe('ok')
})

const TUESDAY = '2026-03-03T12:00:00'

test('a pain stop on this exercise in the last 14 days makes it “take care”, naming the day', () => {
  const now = new Date('2026-03-05T12:00:00')
  const result = verdictFor(getExercise('glute-bridge'), NONE, 'bodyweight', {
    recentPainStop: { at: TUESDAY },
    now,
  })
  expect(result.level).toBe('caution')
  expect(result.reason).toBe('You stopped this with pain on Tue: take care.')
  expect(result.basis).toBe('pain-stop')
  expect(result.painStopAt).toBe(TUESDAY)
})

test('a pain stop more than a week ago names the date too; after 14 days it no longer counts', () => {
  const tenDays = verdictFor(getExercise('glute-bridge'), NONE, 'bodyweight', {
    recentPainStop: { at: TUESDAY },
    now: new Date('2026-03-13T12:00:00'),
  })
  expect(tenDays.reason).toBe('You stopped this with pain on Tue 3 Mar: take care.')
  const fifteenDays = verdictFor(getExercise('glute-bridge'), NONE, 'bodyweight', {
    recentPainStop: { at: TUESDAY },
    now: new Date('2026-03-18T12:00:00'),
  })
  expect(fifteenDays.level).toBe('ok')
})

test('a pain stop keeps an “avoid” as avoid and adds the pain stop to the advice', () => {
  const result = verdictFor(getExercise('squat'), BACK_PAIN, 'heavy', {
    recentPainStop: { at: TUESDAY },
    now: new Date('2026-03-04T12:00:00'),
  })
  expect(result.level).toBe('avoid')
  expect(result.advice[0]).toBe('You stopped this with pain on Tue.')
})

test('an unreadable pain-stop time is ignored', () => {
  const result = verdictFor(getExercise('glute-bridge'), NONE, 'bodyweight', {
    recentPainStop: { at: 'nope' },
  })
  expect(result.level).toBe('ok')
})

// ---------------------------------------------------------------------------------------------------
// Swaps

test('the gym swaps come first from the same movement pattern', () => {
  const first = (id: ExerciseId, profile: Profile, load: LoadBand) =>
    offered(getExercise(id), profile, load)[0]
  expect(first('squat', BACK_PAIN, 'heavy')).toBe('exercise:goblet-squat:light')
  expect(first('deadlift', NONE, 'heavy')).toBe('exercise:trap-bar-deadlift:light')
  // With back pain today the hip thrust (OK) ranks above the trap-bar deadlift (take care), both hinges.
  expect(offered(getExercise('deadlift'), BACK_PAIN, 'light')).toEqual([
    'exercise:hip-thrust:light',
    'exercise:trap-bar-deadlift:light',
  ])
  expect(first('bent-over-row', BACK_PAIN, 'light')).toBe('exercise:inverted-row:bodyweight')
  expect(first('overhead-press', BACK_PAIN, 'light')).toBe('exercise:seated-dumbbell-shoulder-press:light')
  expect(first('russian-twist', BACK_PAIN, 'bodyweight')).toBe('exercise:pallof-press:light')
  expect(first('sit-up', BACK_PAIN, 'bodyweight')).toBe('exercise:mcgill-curl-up:bodyweight')
})

test('a heavy squat with back pain today offers “go light: same exercise, lighter” after the goblet squat', () => {
  const result = saferAlternatives(getExercise('squat'), BACK_PAIN, 'heavy')
  expect(result.kind).toBe('alternatives')
  if (result.kind !== 'alternatives') return
  const lighter = result.options.find((o) => o.kind === 'lighter')
  expect(lighter?.exercise.id).toBe('squat')
  expect(lighter?.load).toBe('light')
  expect(lighter?.why).toMatch(/^Go light/)
  expect(lighter?.verdict.level).toBe('caution')
  expect(result.options.map((o) => o.kind)).toEqual(['exercise', 'exercise', 'lighter'])
})

test('a light deadlift with back pain today offers no lighter deadlift: it is not done without weight', () => {
  const result = saferAlternatives(getExercise('deadlift'), BACK_PAIN, 'light')
  expect(result.kind === 'alternatives' && result.options.some((o) => o.kind === 'lighter')).toBe(false)
})

test('a sit-up offers the McGill curl-up, side plank and Pallof press; the side plank drops with back pain', () => {
  expect(offered(getExercise('sit-up'), NONE, 'bodyweight')).toEqual([
    'exercise:mcgill-curl-up:bodyweight',
    'exercise:side-plank:bodyweight',
    'exercise:pallof-press:light',
  ])
  expect(offered(getExercise('sit-up'), BACK_PAIN, 'bodyweight')).toEqual([
    'exercise:mcgill-curl-up:bodyweight',
    'exercise:pallof-press:light',
    'exercise:side-plank:bodyweight',
  ])
})

test('swaps are never riskier than the original, never worse today, never to avoid', () => {
  let checked = 0
  for (const exercise of ALL_EXERCISES) {
    for (const profile of ALL_PROFILES) {
      for (const load of exercise.loads) {
        const current = verdictFor(exercise, profile, load)
        const result = saferAlternatives(exercise, profile, load)
        if (result.kind !== 'alternatives') continue
        expect(result.options.length).toBeGreaterThan(0)
        for (const option of result.options) {
          checked += 1
          const label = `${exercise.id} ${load} → ${option.kind} ${option.exercise.id} (${profile.conditions.join(', ') || 'none'})`
          expect(riskRank(option.exercise), label).toBeLessThanOrEqual(riskRank(exercise))
          expect(ORDER[option.verdict.level], label).toBeLessThanOrEqual(ORDER[current.level])
          expect(option.verdict.level, label).not.toBe('avoid')
          expect(option.verdict).toEqual(verdictFor(option.exercise, profile, option.load))
          expect(option.why.trim(), label).not.toBe('')
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(100)
})

test('options are ranked by today’s verdict, then same pattern, then lighter, then other patterns', () => {
  for (const exercise of ALL_EXERCISES) {
    for (const profile of ALL_PROFILES) {
      for (const load of exercise.loads) {
        const result = saferAlternatives(exercise, profile, load)
        if (result.kind !== 'alternatives') continue
        const keys = result.options.map((o) => [
          ORDER[o.verdict.level],
          o.kind === 'lighter' ? 1 : o.samePattern ? 0 : 2,
        ])
        const sorted = [...keys].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0))
        expect(keys, `${exercise.id} ${load}`).toEqual(sorted)
      }
    }
  }
})

test('no Swap button opens an empty panel: where the card shows Swap there is an option or a message', () => {
  for (const exercise of ALL_EXERCISES) {
    for (const profile of ALL_PROFILES) {
      for (const load of exercise.loads) {
        const showsSwap =
          verdictFor(exercise, profile, load).level !== 'ok' || exercise.alternatives.length > 0
        if (!showsSwap) continue
        const result = saferAlternatives(exercise, profile, load)
        if (result.kind === 'alternatives') expect(result.options.length).toBeGreaterThan(0)
        else expect(result.message.trim(), `${exercise.id} ${load}`).not.toBe('')
        expect(hasSaferOptions(exercise, profile, load)).toBe(result.kind === 'alternatives')
      }
    }
  }
})

test('an alternative the profile says to avoid is not offered', () => {
  const withTwist: Exercise = {
    ...getExercise('sit-up'),
    backRisk: 'high',
    alternatives: [{ id: 'russian-twist', why: 'test' }],
  }
  expect(offered(withTwist, NONE, 'bodyweight')).toEqual([])
  expect(saferAlternatives(withTwist, BACK_PAIN, 'bodyweight').kind).toBe('none')
})

test('an alternative riskier than the original is not offered', () => {
  const bridgeToSquat: Exercise = {
    ...getExercise('glute-bridge'),
    alternatives: [{ id: 'squat', why: 'test' }],
  }
  expect(saferAlternatives(bridgeToSquat, NONE, 'bodyweight').kind).toBe('none')
})

test('exercises with nothing easier say what to do instead', () => {
  const burpee = saferAlternatives(getExercise('toe-touch'), BACK_PAIN, 'bodyweight')
  expect(burpee.kind).toBe('none')
  const gentle = saferAlternatives(getExercise('glute-bridge'), BACK_PAIN, 'bodyweight')
  expect(gentle.kind === 'none' && gentle.message).toMatch(/no swap needed/i)
  const pushUp = saferAlternatives(getExercise('push-up'), NONE, 'bodyweight')
  expect(pushUp.kind === 'none' ? pushUp.message : '').toBe('')
  const mountain = saferAlternatives(getExercise('ab-wheel-rollout'), BACK_PAIN, 'bodyweight')
  expect(mountain.kind).toBe('alternatives')
})

test('condition notes for the exercise page list each condition that calls for care at that load', () => {
  expect(conditionNotes(getExercise('squat'), 'heavy').map((n) => [n.condition, n.level])).toEqual([
    ['back-pain-today', 'avoid'],
    ['sciatica', 'caution'],
  ])
  expect(conditionNotes(getExercise('glute-bridge'), 'bodyweight')).toEqual([])
})

// ---------------------------------------------------------------------------------------------------
// Plan summary

test('a plan with two flagged exercises says “2 exercises need attention”, in plan order', () => {
  const plan: ExerciseId[] = ['sit-up', 'glute-bridge', 'superman']
  const summary = summarisePlan(plan, BACK_PAIN)
  expect(summary.headline).toBe('2 exercises need attention')
  expect(summary.attention.map((a) => [a.exerciseId, a.index, a.verdict.level])).toEqual([
    ['sit-up', 0, 'caution'],
    ['superman', 2, 'caution'],
  ])
  expect(summary.avoidCount).toBe(0)
  expect(summary.cautionCount).toBe(2)
})

test('the summary reads each item’s own load', () => {
  const summary = summarisePlan(
    [
      { exerciseId: 'squat', load: 'heavy' },
      { exerciseId: 'squat', load: 'bodyweight' },
      { exerciseId: 'deadlift' },
    ],
    BACK_PAIN,
  )
  expect(summary.attention.map((a) => [a.index, a.verdict.level])).toEqual([
    [0, 'avoid'],
    [2, 'caution'],
  ])
  expect(summary.headline).toBe('2 exercises need attention')
})

test('the summary counts a recent pain stop', () => {
  const summary = summarisePlan(['glute-bridge'], NONE, {
    painStops: { 'glute-bridge': TUESDAY },
    now: new Date('2026-03-04T12:00:00'),
  })
  expect(summary.headline).toBe('1 exercise needs attention')
})

test('a plan with nothing flagged, or an empty plan, has no headline', () => {
  for (const plan of [['glute-bridge', 'forearm-plank', 'bird-dog'], []] as ExerciseId[][]) {
    const summary = summarisePlan(plan, BACK_PAIN)
    expect(summary.headline).toBe('')
    expect(summary.attention).toEqual([])
  }
})

test('toggling a condition in the profile changes the plan’s summary', () => {
  const { actions } = storeState()
  actions.exerciseAdded('glute-bridge')
  actions.exerciseAdded('burpee')
  const summary = () => {
    const { plan, profile } = storeState()
    return summarisePlan(
      ratedItems(plan).map((item) => item.exerciseId),
      profile,
    )
  }
  expect(summary().headline).toBe('')
  actions.conditionToggled('sciatica')
  expect(summary().headline).toBe('1 exercise needs attention')
  expect(summary().attention[0]).toMatchObject({ exerciseId: 'burpee', index: 1 })
  actions.conditionToggled('sciatica')
  expect(summary().headline).toBe('')
})
