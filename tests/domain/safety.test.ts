import { expect, test } from 'vitest'
import { CONDITIONS } from '../../src/data/conditions'
import {
  ALL_EXERCISES,
  BACK_RISKS,
  type Exercise,
  type ExerciseId,
  getExercise,
} from '../../src/data/exercises'
import { type Profile, saferAlternatives, summarisePlan, verdictFor } from '../../src/domain/safety'
import { storeState } from '../seed'

const NONE: Profile = { conditions: [] }
const BACK_PAIN: Profile = { conditions: ['back-pain-today'] }
const SCIATICA: Profile = { conditions: ['sciatica'] }

/** Every profile the user can declare: each subset of the conditions. */
const ALL_PROFILES: Profile[] = Array.from({ length: 2 ** CONDITIONS.length }, (_, mask) => ({
  conditions: CONDITIONS.filter((_condition, bit) => mask & (1 << bit)),
}))

const verdict = (id: ExerciseId, profile: Profile) => verdictFor(getExercise(id), profile)
const offered = (exercise: Exercise, profile: Profile): ExerciseId[] => {
  const result = saferAlternatives(exercise, profile)
  return result.kind === 'alternatives' ? result.options.map((o) => o.exercise.id) : []
}
const riskRank = (exercise: Exercise) => BACK_RISKS.indexOf(exercise.backRisk)

test('the profiles checked below cover no conditions, each one alone and both together', () => {
  expect(ALL_PROFILES).toHaveLength(2 ** CONDITIONS.length)
  expect(ALL_PROFILES).toContainEqual({ conditions: [] })
  expect(ALL_PROFILES).toContainEqual({ conditions: [...CONDITIONS] })
})

test('with sciatica, toe touches are to be avoided, and the verdict says why', () => {
  const result = verdict('toe-touch', SCIATICA)
  expect(result.level).toBe('avoid')
  expect(result.condition).toBe('sciatica')
  expect(result.reason).toMatch(/sciatica/i)
})

test('with back pain today, burpees, torso twists and toe touches are to be avoided', () => {
  for (const id of ['burpee', 'torso-twist', 'toe-touch'] as const) {
    const result = verdict(id, BACK_PAIN)
    expect(result.level, id).toBe('avoid')
    expect(result.condition, id).toBe('back-pain-today')
    expect(result.reason.trim(), id).not.toBe('')
  }
})

test('with nothing declared, sit-ups and supermans get a caution with a reason; glute bridges are ok', () => {
  for (const id of ['sit-up', 'superman'] as const) {
    const result = verdict(id, NONE)
    expect(result.level, id).toBe('caution')
    expect(result.reason.trim(), id).not.toBe('')
    expect(result.condition, id).toBeUndefined()
  }
  expect(verdict('glute-bridge', NONE).level).toBe('ok')
})

test('with nothing declared, burpees and torso twists are not flagged as to be avoided', () => {
  expect(verdict('burpee', NONE).level).not.toBe('avoid')
  expect(verdict('torso-twist', NONE).level).not.toBe('avoid')
})

test('with back pain today, every high-risk exercise is to be avoided', () => {
  const high = ALL_EXERCISES.filter((e) => e.backRisk === 'high').map((e) => e.id)
  expect(high).toEqual(expect.arrayContaining(['sit-up', 'superman', 'forward-push-up', 'backward-push-up']))
  for (const id of high) {
    expect(verdict(id, BACK_PAIN).level, id).toBe('avoid')
    expect(verdict(id, BACK_PAIN).reason.trim(), id).not.toBe('')
  }
})

test('harder variations get at least a caution whatever the profile, and show their caution', () => {
  const variations = ALL_EXERCISES.filter((e) => e.variationOf)
  expect(variations.map((e) => e.id)).toEqual(['forward-push-up', 'backward-push-up'])
  for (const exercise of variations) {
    for (const profile of ALL_PROFILES) {
      expect(verdictFor(exercise, profile).level, `${exercise.id} ${profile.conditions}`).not.toBe('ok')
    }
    expect(verdictFor(exercise, NONE).reason).toBe(exercise.variationOf?.caution)
  }
})

test('a harder variation gets a caution even when its own back risk is not high', () => {
  const moderateVariation: Exercise = { ...getExercise('forward-push-up'), backRisk: 'moderate' }
  for (const profile of ALL_PROFILES) {
    expect(verdictFor(moderateVariation, profile).level, `${profile.conditions}`).not.toBe('ok')
  }
  expect(verdictFor(moderateVariation, NONE)).toEqual({
    level: 'caution',
    reason: moderateVariation.variationOf?.caution,
  })
})

test('a sit-up offers the McGill curl-up, side plank and Pallof press, in the dataset’s order', () => {
  for (const profile of ALL_PROFILES) {
    const result = saferAlternatives(getExercise('sit-up'), profile)
    expect(result.kind).toBe('alternatives')
    if (result.kind !== 'alternatives') continue
    expect(result.options.map((o) => o.exercise.id)).toEqual(['mcgill-curl-up', 'side-plank', 'pallof-press'])
    for (const option of result.options) {
      expect(option.exercise.backRisk).toBe('low')
      expect(option.verdict.level).toBe('ok')
      expect(option.why.trim()).not.toBe('')
    }
  }
})

test('a superman offers the bird dog, and a torso twist offers the Pallof press', () => {
  for (const profile of ALL_PROFILES) {
    expect(offered(getExercise('superman'), profile)).toEqual(['bird-dog'])
    expect(offered(getExercise('torso-twist'), profile)).toEqual(['pallof-press'])
  }
})

test('alternatives are never riskier than the original nor ones the profile says to avoid', () => {
  let checked = 0
  for (const exercise of ALL_EXERCISES) {
    for (const profile of ALL_PROFILES) {
      const result = saferAlternatives(exercise, profile)
      if (result.kind !== 'alternatives') continue
      for (const option of result.options) {
        checked += 1
        const label = `${exercise.id} → ${option.exercise.id} (${profile.conditions.join(', ') || 'none'})`
        expect(riskRank(option.exercise), label).toBeLessThanOrEqual(riskRank(exercise))
        expect(verdictFor(option.exercise, profile).level, label).not.toBe('avoid')
        expect(option.verdict).toEqual(verdictFor(option.exercise, profile))
      }
    }
  }
  expect(checked).toBeGreaterThan(0)
})

test('an alternative the profile says to avoid is not offered', () => {
  const withBurpee: Exercise = {
    ...getExercise('sit-up'),
    alternatives: [{ id: 'burpee', why: 'test' }],
  }
  expect(offered(withBurpee, NONE)).toEqual(['burpee'])
  expect(saferAlternatives(withBurpee, BACK_PAIN).kind).toBe('none')
})

test('an alternative riskier than the original is not offered', () => {
  const bridgeToSquat: Exercise = {
    ...getExercise('glute-bridge'),
    alternatives: [{ id: 'squat', why: 'test' }],
  }
  expect(saferAlternatives(bridgeToSquat, NONE).kind).toBe('none')
})

test('alternatives are ranked by verdict, then back risk, then dataset order', () => {
  const mixed: Exercise = {
    ...getExercise('sit-up'),
    alternatives: [
      { id: 'deadlift', why: 'moderate, caution with back pain' },
      { id: 'squat', why: 'moderate, ok' },
      { id: 'bird-dog', why: 'low, ok' },
      { id: 'side-plank', why: 'low, ok' },
    ],
  }
  expect(offered(mixed, NONE)).toEqual(['bird-dog', 'side-plank', 'deadlift', 'squat'])
  expect(offered(mixed, BACK_PAIN)).toEqual(['bird-dog', 'side-plank', 'squat', 'deadlift'])
})

test('exercises with no sourced alternative say so and tell the user what to do', () => {
  for (const id of ['squat', 'deadlift', 'burpee', 'toe-touch'] as const) {
    const exercise = getExercise(id)
    const result = saferAlternatives(exercise, BACK_PAIN)
    expect(result.kind, id).toBe('none')
    if (result.kind !== 'none') continue
    expect(exercise.instead, id).toBeTruthy()
    expect(result.message, id).toContain(exercise.instead)
  }
  const burpee = saferAlternatives(getExercise('burpee'), BACK_PAIN)
  expect(burpee.kind === 'none' && burpee.message).toMatch(/skip/i)
})

test('every exercise without alternatives gives an actionable message, with or without its own advice', () => {
  for (const exercise of ALL_EXERCISES.filter((e) => e.alternatives.length === 0)) {
    for (const profile of ALL_PROFILES) {
      const result = saferAlternatives(exercise, profile)
      expect(result.kind, exercise.id).toBe('none')
      if (result.kind !== 'none') continue
      const gentleToday = exercise.backRisk === 'low' && verdictFor(exercise, profile).level === 'ok'
      if (exercise.instead) expect(result.message, exercise.id).toContain(exercise.instead)
      else if (gentleToday)
        expect(result.message, exercise.id).toMatch(/no swap needed.*keep the form checkpoints/i)
      else expect(result.message, exercise.id).toMatch(/\bskip\b/i)
    }
  }
})

test('a plan with two flagged exercises says “2 exercises need attention”, in plan order', () => {
  const plan: ExerciseId[] = ['sit-up', 'glute-bridge', 'superman']
  const summary = summarisePlan(plan, NONE)
  expect(summary.headline).toBe('2 exercises need attention')
  expect(summary.attention.map((a) => [a.exerciseId, a.index, a.verdict.level])).toEqual([
    ['sit-up', 0, 'caution'],
    ['superman', 2, 'caution'],
  ])
  expect(summary.avoidCount).toBe(0)
  expect(summary.cautionCount).toBe(2)
})

test('with back pain today, the summary counts avoid and caution separately', () => {
  const plan: ExerciseId[] = ['glute-bridge', 'deadlift', 'burpee', 'squat', 'sit-up']
  const summary = summarisePlan(plan, BACK_PAIN)
  expect(summary.attention.map((a) => [a.exerciseId, a.index, a.verdict.level])).toEqual([
    ['deadlift', 1, 'caution'],
    ['burpee', 2, 'avoid'],
    ['sit-up', 4, 'avoid'],
  ])
  expect(summary.avoidCount).toBe(2)
  expect(summary.cautionCount).toBe(1)
  expect(summary.headline).toBe('3 exercises need attention')
})

test('a plan with one flagged exercise says “1 exercise needs attention”', () => {
  const summary = summarisePlan(['glute-bridge', 'burpee'], BACK_PAIN)
  expect(summary.headline).toBe('1 exercise needs attention')
  expect(summary.attention.map((a) => a.index)).toEqual([1])
  expect(summary.avoidCount).toBe(1)
  expect(summary.cautionCount).toBe(0)
})

test('a plan with nothing flagged, or an empty plan, has no headline', () => {
  for (const plan of [['glute-bridge', 'forearm-plank', 'bird-dog'], []] as ExerciseId[][]) {
    const summary = summarisePlan(plan, BACK_PAIN)
    expect(summary.headline).toBe('')
    expect(summary.attention).toEqual([])
    expect(summary.avoidCount + summary.cautionCount).toBe(0)
  }
})

test('the same exercise twice in the plan is flagged at both places', () => {
  const summary = summarisePlan(['sit-up', 'glute-bridge', 'sit-up'], NONE)
  expect(summary.attention.map((a) => a.index)).toEqual([0, 2])
})

test('toggling a condition in the profile changes the plan’s summary', () => {
  const { actions } = storeState()
  actions.exerciseAdded('glute-bridge')
  actions.exerciseAdded('toe-touch')
  const summary = () => {
    const { plan, profile } = storeState()
    return summarisePlan(
      plan.map((item) => item.exerciseId),
      profile,
    )
  }
  expect(summary().headline).toBe('')

  actions.conditionToggled('sciatica')
  expect(summary().headline).toBe('1 exercise needs attention')
  expect(summary().attention[0]).toMatchObject({ exerciseId: 'toe-touch', index: 1 })
  expect(summary().avoidCount).toBe(1)

  actions.conditionToggled('sciatica')
  expect(summary().headline).toBe('')
})
