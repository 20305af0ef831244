import { expect, test } from 'vitest'
import { DISCLAIMER, GENERAL_ADVICE, RED_FLAGS } from '../../src/data/advice'
import { CONDITION_INFO } from '../../src/data/conditions'
import { EXERCISE_DETAILS, type FullExercise, getFullExercise } from '../../src/data/exercise-details'
import {
  ALL_EXERCISES,
  BACK_RISKS,
  type BackRisk,
  EXERCISE_IDS,
  EXERCISES,
  type ExerciseId,
  getExercise,
} from '../../src/data/exercises'
import { SOURCES } from '../../src/data/sources'

const riskRank = (risk: BackRisk) => BACK_RISKS.indexOf(risk)

/** Every string inside a value, with where it was found, so a failure names the offending text. */
function stringsIn(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`))
  return []
}

const ALL_TEXT = [
  ...stringsIn(EXERCISES, 'EXERCISES'),
  ...stringsIn(EXERCISE_DETAILS, 'EXERCISE_DETAILS'),
  ...stringsIn(SOURCES, 'SOURCES'),
  ...stringsIn(CONDITION_INFO, 'CONDITION_INFO'),
  ...stringsIn(RED_FLAGS, 'RED_FLAGS'),
  ...stringsIn(GENERAL_ADVICE, 'GENERAL_ADVICE'),
  ...stringsIn(DISCLAIMER, 'DISCLAIMER'),
]

/** Where any of the patterns match, as "path: text" lines (empty when the text is clean). */
const matchesIn = (texts: readonly { path: string; text: string }[], patterns: readonly RegExp[]) =>
  texts.filter(({ text }) => patterns.some((p) => p.test(text))).map(({ path, text }) => `${path}: ${text}`)

/** Every exercise with its text, in the library's order. */
const FULL_EXERCISES = EXERCISE_IDS.map(getFullExercise)
const textOf = (id: ExerciseId) => [...stringsIn(EXERCISES[id], id), ...stringsIn(EXERCISE_DETAILS[id], id)]
const checkpointTexts = (exercise: FullExercise) => exercise.checkpoints.map((c) => c.text)

/** Drugs, doses and the clinic's advert: the app must never carry any of them. */
const FORBIDDEN = [
  /\baspadol\b/i,
  /\btapentadol\b/i,
  /\bopioids?\b/i,
  /\bibuprofen\b/i,
  /\bparacetamol\b/i,
  /\bacetaminophen\b/i,
  /\bcodeine\b/i,
  /\btramadol\b/i,
  /\bnaproxen\b/i,
  /\bdiclofenac\b/i,
  /\bmorphine\b/i,
  /\bpainkillers?\b/i,
  /\b\d+\s?mg\b/i,
  /\bmg\b/i,
  /\bmilligrams?\b/i,
  /\bmetropolitan\b/i,
  /\bspine institute\b/i,
  /\bmake an appointment\b/i,
  /\bshare your love\b/i,
]

test('every exercise id is listed once and the id list matches the dataset', () => {
  expect(new Set(EXERCISE_IDS).size).toBe(EXERCISE_IDS.length)
  expect(Object.keys(EXERCISES).sort()).toEqual([...EXERCISE_IDS].sort())
  expect(ALL_EXERCISES.map((e) => e.id)).toEqual([...EXERCISE_IDS])
  expect(Object.keys(EXERCISE_DETAILS).sort()).toEqual([...EXERCISE_IDS].sort())
})

test('each exercise’s checkpoint texts match its checkpoint ids, in the same order, once each', () => {
  for (const exercise of ALL_EXERCISES) {
    const detailIds = EXERCISE_DETAILS[exercise.id].checkpoints.map((c) => c.id)
    expect(detailIds, exercise.id).toEqual([...exercise.checkpointIds])
    expect(new Set(exercise.checkpointIds).size, exercise.id).toBe(exercise.checkpointIds.length)
  }
})

test('every alternative is another exercise in the dataset', () => {
  for (const exercise of ALL_EXERCISES) {
    for (const alternative of exercise.alternatives) {
      expect(EXERCISE_IDS, `${exercise.id} → ${alternative.id}`).toContain(alternative.id)
      expect(alternative.id, `${exercise.id} lists itself`).not.toBe(exercise.id)
    }
  }
})

test('no alternative carries more back risk than the exercise it replaces', () => {
  const riskier = ALL_EXERCISES.flatMap((exercise) =>
    exercise.alternatives
      .filter((a) => riskRank(getExercise(a.id).backRisk) > riskRank(exercise.backRisk))
      .map((a) => `${exercise.id} (${exercise.backRisk}) → ${a.id} (${getExercise(a.id).backRisk})`),
  )
  expect(riskier).toEqual([])
})

test('no alternative is a harder variation, and harder variations are never offered as swaps', () => {
  const variations = new Set(ALL_EXERCISES.flatMap((e) => e.harderVariations ?? []))
  const offered = ALL_EXERCISES.flatMap((e) => e.alternatives.map((a) => ({ from: e.id, to: a.id })))
  expect(variations.size).toBeGreaterThan(0)
  for (const { from, to } of offered) {
    expect(getExercise(to).variationOf, `${from} → ${to}`).toBeUndefined()
    expect(variations.has(to), `${from} → ${to}`).toBe(false)
  }
})

test('harder variations and the exercise they vary point at each other, with a caution', () => {
  for (const exercise of ALL_EXERCISES) {
    for (const id of exercise.harderVariations ?? []) {
      expect(getExercise(id).variationOf?.id, `${exercise.id} → ${id}`).toBe(exercise.id)
    }
    if (exercise.variationOf) {
      expect(getExercise(exercise.variationOf.id).harderVariations ?? []).toContain(exercise.id)
      expect(exercise.variationOf.caution.trim()).not.toBe('')
    }
  }
})

test('checkpoint ids and fault ids are unique within each exercise', () => {
  for (const exercise of FULL_EXERCISES) {
    const checkpointIds = exercise.checkpoints.map((c) => c.id)
    const faultIds = exercise.faults.map((f) => f.id)
    expect(new Set(checkpointIds).size, `${exercise.id} checkpoints`).toBe(checkpointIds.length)
    expect(new Set(faultIds).size, `${exercise.id} faults`).toBe(faultIds.length)
  }
})

test('every exercise has a checkpoint and a source, and every source it names exists', () => {
  for (const exercise of FULL_EXERCISES) {
    expect(exercise.checkpoints.length, exercise.id).toBeGreaterThan(0)
    expect(exercise.sources.length, exercise.id).toBeGreaterThan(0)
    for (const ref of exercise.sources) expect(Object.keys(SOURCES), exercise.id).toContain(ref.source)
  }
})

test('every checkpoint, fault and alternative has text to show', () => {
  for (const exercise of FULL_EXERCISES) {
    for (const line of [...exercise.checkpoints, ...exercise.faults])
      expect(line.text.trim(), `${exercise.id}.${line.id}`).not.toBe('')
    for (const alternative of exercise.alternatives)
      expect(alternative.why.trim(), `${exercise.id} → ${alternative.id}`).not.toBe('')
  }
})

test('holds: forearm plank 30 seconds, McGill curl-up and bird dog about 8–10 seconds', () => {
  expect(getExercise('forearm-plank').holdSeconds).toBe(30)
  for (const id of ['mcgill-curl-up', 'bird-dog'] as const) {
    const hold = getExercise(id).holdSeconds
    expect(hold, id).toBeGreaterThanOrEqual(8)
    expect(hold, id).toBeLessThanOrEqual(10)
    expect(checkpointTexts(getFullExercise(id)).join(' '), id).toMatch(/\b8[–-]10 seconds\b/)
  }
})

test('the text check sees the whole dataset and would catch the source’s advert', () => {
  const paths = ALL_TEXT.map((t) => t.path)
  expect(paths).toContain('EXERCISES.sit-up.name')
  expect(paths).toContain('EXERCISE_DETAILS.sit-up.checkpoints[0].text')
  expect(paths).toContain('EXERCISE_DETAILS.sit-up.whyItHurts')
  expect(paths).toContain('SOURCES.article.title')
  expect(paths).toContain('CONDITION_INFO.sciatica.description')
  expect(paths).toContain('RED_FLAGS.urgent.flags[0].text')
  expect(paths).toContain('GENERAL_ADVICE[0].text')
  expect(paths).toContain('DISCLAIMER')
  const advert = [
    { path: 'a', text: 'Aspadol 200mg' },
    { path: 'b', text: 'Tapentadol 100 mg tablets' },
    { path: 'c', text: 'Put Your Trust in Metropolitan Pain Spine Institute' },
    { path: 'd', text: 'Make an appointment today' },
    { path: 'e', text: 'An opioid for pain' },
  ]
  expect(matchesIn(advert, FORBIDDEN)).toHaveLength(advert.length)
})

test('no text names a drug, a dose or the clinic', () => {
  expect(matchesIn(ALL_TEXT, FORBIDDEN)).toEqual([])
})

test('no text states the unverified “8 inches” hand offset', () => {
  expect(matchesIn(ALL_TEXT, [/\b(8|eight)\s*-?\s*(inches|inch|in\b|")/i, /\binches\b/i])).toEqual([])
})

test('deadlift: a neutral-neck cue and no cue to look up', () => {
  const cues = checkpointTexts(getFullExercise('deadlift'))
  expect(cues.some((cue) => /\bneutral neck\b/i.test(cue))).toBe(true)
  // "don’t look up" is the correction; any other mention of looking up is the source's error.
  const unnegated = cues.map((cue) => cue.replace(/\b(don[’']t|do not|never)\s+look(ing)?\s+up\b/gi, ''))
  expect(unnegated.filter((cue) => /\blook(ing)?\s+up|\bupward/i.test(cue))).toEqual([])
})

test('squat: the gaze cue is neutral and nothing says to look upward', () => {
  const squat = getFullExercise('squat')
  expect(checkpointTexts(squat).some((cue) => /\bneutral gaze\b/i.test(cue))).toBe(true)
  expect(matchesIn(textOf('squat'), [/\bupward/i, /\blook(ing)?\s+up\b/i])).toEqual([])
})

test('forearm plank: sagging hips arch the back, and nothing says “rounded”', () => {
  const plank = getFullExercise('forearm-plank')
  expect(plank.faults.some((f) => /\bsag/i.test(f.text) && /\barch/i.test(f.text))).toBe(true)
  expect(matchesIn(textOf('forearm-plank'), [/\bround/i])).toEqual([])
})

test('Pallof press: the torso must not rotate, and nothing claims the rotator cuff', () => {
  const cues = checkpointTexts(getFullExercise('pallof-press'))
  expect(cues.some((cue) => /\b(don[’']t|not|without)\b.*\btorso\b.*\b(turn|rotat)/i.test(cue))).toBe(true)
  expect(matchesIn(ALL_TEXT, [/\brotator\b/i, /\bpall of\b/i])).toEqual([])
  expect(matchesIn(textOf('pallof-press'), [/\bupper back\b/i])).toEqual([])
})

test('push-up: the forward and backward variations are harder variations with a caution, not swaps', () => {
  const pushUp = getExercise('push-up')
  expect(pushUp.harderVariations).toEqual(['forward-push-up', 'backward-push-up'])
  expect(pushUp.alternatives).toEqual([])
  for (const id of ['forward-push-up', 'backward-push-up'] as const) {
    const variation = getExercise(id)
    expect(variation.variationOf?.id).toBe('push-up')
    expect(variation.variationOf?.caution).toMatch(/harder/i)
    expect(riskRank(variation.backRisk)).toBeGreaterThan(riskRank(pushUp.backRisk))
  }
})

test('McGill curl-up: the neck cue says neutral and not to tuck the chin', () => {
  const cues = checkpointTexts(getFullExercise('mcgill-curl-up'))
  expect(cues.some((cue) => /\bneutral\b/i.test(cue) && /\bdon[’']t tuck\b/i.test(cue))).toBe(true)
})

test('the sourced swaps: superman → bird dog, torso twist → Pallof press, sit-up → three core exercises', () => {
  const swaps = (id: ExerciseId) => getExercise(id).alternatives.map((a) => a.id)
  expect(swaps('superman')).toEqual(['bird-dog'])
  expect(swaps('torso-twist')).toEqual(['pallof-press'])
  expect(swaps('sit-up')).toEqual(['mcgill-curl-up', 'side-plank', 'pallof-press'])
})

test('the brief’s “avoid if” rules are in the dataset', () => {
  const avoids = (id: ExerciseId) =>
    getExercise(id)
      .conditions.filter((rule) => rule.level === 'avoid')
      .map((rule) => rule.condition)
  expect(avoids('toe-touch')).toContain('sciatica')
  expect(avoids('burpee')).toContain('back-pain-today')
  expect(avoids('torso-twist')).toContain('back-pain-today')
})

/** The code the first screen loads: the store, the safety rules, the app shell and the plan (minus its lazy library). */
const STARTUP_SOURCES = import.meta.glob<string>(
  [
    '../../src/main.tsx',
    '../../src/app/*.{ts,tsx}',
    '../../src/components/*.{ts,tsx}',
    '../../src/hooks/*.ts',
    '../../src/store/*.ts',
    '../../src/domain/*.ts',
    '../../src/features/plan/*.{ts,tsx}',
    '!../../src/features/plan/exercise-library.tsx',
    '!../../src/features/plan/library-entry.tsx',
  ],
  { query: '?raw', import: 'default', eager: true },
)

test('the store, the safety rules and the plan screen never import the exercise text', () => {
  expect(Object.keys(STARTUP_SOURCES)).toContain('../../src/store/transitions.ts')
  expect(Object.keys(STARTUP_SOURCES)).toContain('../../src/features/plan/swap-panel.tsx')
  const importers = Object.entries(STARTUP_SOURCES)
    .filter(([, source]) => /data\/exercise-details['"]/.test(source))
    .map(([path]) => path)
  expect(importers).toEqual([])
})
