import { expect, test } from 'vitest'
import {
  CONTENT_REVIEW,
  DISCLAIMER,
  EMERGENCY_NUMBERS,
  GENERAL_ADVICE,
  RED_FLAG_TIERS,
  RED_FLAGS,
  type RedFlag,
} from '../../src/data/advice'
import { CONDITION_INFO } from '../../src/data/conditions'
import { EXERCISE_CORE } from '../../src/data/exercise-core'
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
import { LOAD_BANDS, LOAD_HINTS, LOAD_LABELS } from '../../src/data/load'
import {
  CONDITION_ADVICE,
  DEMAND_CLASS_LABELS,
  HANGING_ADVICE,
  RULE_OVERRIDES,
  RULE_TABLE,
  UNRATED_RULE,
} from '../../src/data/rules'
import { COACHING, SOURCES, type SourceId } from '../../src/data/sources'
import {
  DEMAND_LABELS,
  DEMANDS,
  EQUIPMENT,
  EQUIPMENT_LABELS,
  PATTERN_LABELS,
  PATTERNS,
} from '../../src/data/taxonomy'
import { normaliseSearch } from '../../src/domain/library-search'

const riskRank = (risk: BackRisk) => BACK_RISKS.indexOf(risk)

/** Every string inside a value, with where it was found, so a failure names the offending text. */
function stringsIn(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`))
  return []
}

/** Every text a user can read, from every data file. */
const ALL_TEXT = [
  ...stringsIn(EXERCISE_CORE, 'EXERCISE_CORE'),
  ...stringsIn(EXERCISES, 'EXERCISES'),
  ...stringsIn(EXERCISE_DETAILS, 'EXERCISE_DETAILS'),
  ...stringsIn(SOURCES, 'SOURCES'),
  ...stringsIn(CONDITION_INFO, 'CONDITION_INFO'),
  ...stringsIn(RED_FLAGS, 'RED_FLAGS'),
  ...stringsIn(EMERGENCY_NUMBERS, 'EMERGENCY_NUMBERS'),
  ...stringsIn(GENERAL_ADVICE, 'GENERAL_ADVICE'),
  ...stringsIn(CONTENT_REVIEW, 'CONTENT_REVIEW'),
  ...stringsIn(DISCLAIMER, 'DISCLAIMER'),
  ...stringsIn(RULE_TABLE, 'RULE_TABLE'),
  ...stringsIn(RULE_OVERRIDES, 'RULE_OVERRIDES'),
  ...stringsIn(CONDITION_ADVICE, 'CONDITION_ADVICE'),
  ...stringsIn(HANGING_ADVICE, 'HANGING_ADVICE'),
  ...stringsIn(UNRATED_RULE, 'UNRATED_RULE'),
  ...stringsIn({ LOAD_LABELS, LOAD_HINTS }, 'LOAD'),
  ...stringsIn({ PATTERN_LABELS, EQUIPMENT_LABELS, DEMAND_LABELS, DEMAND_CLASS_LABELS }, 'TAXONOMY'),
]

/** A study's own title is a citation, not the app's wording: it is left out of the wording checks. */
const APP_WORDING = ALL_TEXT.filter(({ path }) => !/^SOURCES\.[^.]+\.title$/.test(path))

/** Where any of the patterns match, as "path: text" lines (empty when the text is clean). */
const matchesIn = (texts: readonly { path: string; text: string }[], patterns: readonly RegExp[]) =>
  texts.filter(({ text }) => patterns.some((p) => p.test(text))).map(({ path, text }) => `${path}: ${text}`)

/** Every exercise with its text, in the library's order. */
const FULL_EXERCISES = EXERCISE_IDS.map(getFullExercise)
const textOf = (id: ExerciseId) => [
  ...stringsIn(EXERCISE_CORE[id], id),
  ...stringsIn(EXERCISES[id], id),
  ...stringsIn(EXERCISE_DETAILS[id], id),
]
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

test('every rated exercise has a checkpoint and a source, and every source it names exists', () => {
  for (const exercise of FULL_EXERCISES) {
    expect(exercise.checkpoints.length, exercise.id).toBeGreaterThan(0)
    if (exercise.backRisk !== 'unrated') expect(exercise.sources.length, exercise.id).toBeGreaterThan(0)
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
  expect(paths).toContain('EXERCISE_CORE.sit-up.name')
  expect(paths).toContain('EXERCISES.sit-up.alternatives[0].why')
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
  expect(matchesIn(APP_WORDING, FORBIDDEN)).toEqual([])
  // A cited page's own title may say "make an appointment"; it still names no drug or dose.
  expect(matchesIn(ALL_TEXT, FORBIDDEN.slice(0, 15))).toEqual([])
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
  expect(pushUp.alternatives.map((a) => a.id)).not.toContain('forward-push-up')
  for (const id of ['forward-push-up', 'backward-push-up'] as const) {
    const variation = getExercise(id)
    expect(variation.variationOf?.id).toBe('push-up')
    expect(variation.variationOf?.caution).toMatch(/harder/i)
    expect(riskRank(variation.backRisk)).toBeGreaterThanOrEqual(riskRank(pushUp.backRisk))
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

test('gym swaps come first from the same movement pattern', () => {
  const first = (id: ExerciseId) => getExercise(id).alternatives[0]?.id
  expect(first('squat')).toBe('goblet-squat')
  expect(first('deadlift')).toBe('trap-bar-deadlift')
  expect(first('bent-over-row')).toBe('inverted-row')
  expect(first('overhead-press')).toBe('seated-dumbbell-shoulder-press')
  expect(first('russian-twist')).toBe('pallof-press')
  expect(first('crunch')).toBe('mcgill-curl-up')
  for (const [from, to] of [
    ['squat', 'goblet-squat'],
    ['deadlift', 'trap-bar-deadlift'],
    ['bent-over-row', 'inverted-row'],
    ['overhead-press', 'seated-dumbbell-shoulder-press'],
    ['russian-twist', 'pallof-press'],
    ['sit-up', 'mcgill-curl-up'],
  ] as const) {
    expect(getExercise(to).pattern, `${from} → ${to}`).toBe(getExercise(from).pattern)
  }
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

// ---------------------------------------------------------------------------------------------------
// The library: new fields

test('the library holds at least 44 exercises: the 16 first ones and the 28 gym staples', () => {
  expect(EXERCISE_IDS.length).toBeGreaterThanOrEqual(44)
  for (const id of [
    'barbell-bench-press',
    'overhead-press',
    'lat-pulldown',
    'pull-up',
    'bent-over-row',
    'one-arm-dumbbell-row',
    'inverted-row',
    'biceps-curl',
    'forward-lunge',
    'bulgarian-split-squat',
    'leg-press',
    'goblet-squat',
    'trap-bar-deadlift',
    'good-morning',
    'kettlebell-swing',
    'hip-thrust',
    'back-extension',
    'hanging-leg-raise',
    'lying-leg-raise',
    'crunch',
    'russian-twist',
    'cable-woodchop',
    'ab-wheel-rollout',
    'dead-bug',
    'farmers-carry',
    'suitcase-carry',
    'rowing-machine',
    'seated-dumbbell-shoulder-press',
  ] as const) {
    expect(EXERCISE_IDS, id).toContain(id)
  }
})

test('every exercise has a movement pattern, equipment, demands and a default load it is done at', () => {
  for (const exercise of ALL_EXERCISES) {
    expect(PATTERNS, exercise.id).toContain(exercise.pattern)
    expect(exercise.equipment.length, exercise.id).toBeGreaterThan(0)
    for (const item of exercise.equipment) expect(EQUIPMENT, exercise.id).toContain(item)
    for (const demand of [...exercise.demands, ...(exercise.minorDemands ?? [])])
      expect(DEMANDS, exercise.id).toContain(demand)
    expect(Array.isArray(exercise.demands), exercise.id).toBe(true)
    expect(exercise.loads.length, exercise.id).toBeGreaterThan(0)
    expect(exercise.loads, exercise.id).toContain(exercise.defaultLoad)
    const order = exercise.loads.map((load) => LOAD_BANDS.indexOf(load))
    expect(order, `${exercise.id} loads, lightest first`).toEqual([...order].sort((a, b) => a - b))
    if (exercise.equipment.every((item) => item === 'bodyweight'))
      expect(exercise.defaultLoad, exercise.id).toBe('bodyweight')
  }
})

test('holds carry their seconds: the planks, the curl-up and the bird dog', () => {
  const holds = ALL_EXERCISES.filter((e) => e.holdSeconds !== undefined).map((e) => e.id)
  expect(holds).toEqual(['forearm-plank', 'side-plank', 'mcgill-curl-up', 'bird-dog'])
})

test('the demands of §2.1 are where the sources put them', () => {
  expect(getExercise('russian-twist').demands).toContain('ROT+FLX')
  expect(getExercise('bent-over-row').demands).toEqual(expect.arrayContaining(['LEV', 'FLX', 'BAL']))
  expect(getExercise('squat').demands).toEqual(expect.arrayContaining(['LEV', 'AX']))
  expect(getExercise('kettlebell-swing').demands).toEqual(expect.arrayContaining(['BAL', 'LEV', 'FAT']))
  expect(getExercise('sit-up').demands).toEqual(expect.arrayContaining(['FLX', 'HF']))
  expect(getExercise('suitcase-carry').demands).toEqual(['LAT'])
  expect(getExercise('side-plank').demands).toEqual(['LAT'])
})

const normalisedNames = new Map(ALL_EXERCISES.map((e) => [normaliseSearch(e.name), e.id]))

test('aliases are unique across the library and never another exercise’s name', () => {
  const seen = new Map<string, ExerciseId>()
  const clashes: string[] = []
  for (const exercise of ALL_EXERCISES) {
    expect(exercise.aliases.length, `${exercise.id} has aliases`).toBeGreaterThan(0)
    for (const alias of exercise.aliases) {
      const key = normaliseSearch(alias)
      const owner = seen.get(key)
      if (owner) clashes.push(`${alias}: ${owner} and ${exercise.id}`)
      seen.set(key, exercise.id)
      const named = normalisedNames.get(key)
      if (named) clashes.push(`${alias} (${exercise.id}) is the name of ${named}`)
    }
  }
  expect(clashes).toEqual([])
})

test('the aliases people type are there: RDL, OHP, hex bar, BSS, pullup, BP', () => {
  const owner = (alias: string) =>
    ALL_EXERCISES.find((e) =>
      [e.name, ...e.aliases].some((a) => normaliseSearch(a) === normaliseSearch(alias)),
    )?.id
  expect(owner('RDL')).toBe('romanian-deadlift')
  expect(owner('OHP')).toBe('overhead-press')
  expect(owner('hex bar')).toBe('trap-bar-deadlift')
  expect(owner('BSS')).toBe('bulgarian-split-squat')
  expect(owner('pullup')).toBe('pull-up')
  expect(owner('chin-up')).toBe('pull-up')
  expect(owner('BP')).toBe('barbell-bench-press')
})

// ---------------------------------------------------------------------------------------------------
// Sources and ratings

const riskGrade = (id: SourceId) => SOURCES[id].grade !== 'C'

test('every source has a grade and says plainly what it is', () => {
  for (const [id, source] of Object.entries(SOURCES)) {
    expect(['A', 'B', 'C'], id).toContain(source.grade)
    expect(source.kind.trim(), id).not.toBe('')
    expect(['original', 'copy'], id).toContain(source.seen)
  }
  expect(SOURCES.article.kind).toBe('A spine clinic’s blog post')
  expect(SOURCES.article.grade).toBe('C')
})

test('each source grade is in use: A, B and C', () => {
  const grades = new Set(Object.values(SOURCES).map((s) => s.grade))
  expect([...grades].sort()).toEqual(['A', 'B', 'C'])
})

test('every exercise has at least one A or B source behind its back risk, or is marked not rated', () => {
  for (const id of EXERCISE_IDS) {
    const { backRisk } = EXERCISES[id]
    const { riskSources } = EXERCISE_DETAILS[id]
    if (backRisk === 'unrated') {
      expect(riskSources, id).toEqual([])
      expect(EXERCISE_DETAILS[id].riskReason, id).toMatch(/not rated by a source/i)
    } else {
      expect(riskSources.length, id).toBeGreaterThan(0)
    }
    for (const source of riskSources) expect(riskGrade(source), `${id}: ${source}`).toBe(true)
  }
  const unrated = ALL_EXERCISES.filter((e) => e.backRisk === 'unrated').map((e) => e.id)
  expect(unrated).toEqual(['seated-cable-row', 'step-up', 'romanian-deadlift', 'mountain-climber'])
})

test('coaching pages (grade C) back only form cues: never a risk, a rule, a red flag or advice', () => {
  const riskSources: { where: string; id: SourceId }[] = [
    ...EXERCISE_IDS.flatMap((id) =>
      [...EXERCISE_DETAILS[id].riskSources, ...EXERCISE_DETAILS[id].whySources].map((s) => ({
        where: id,
        id: s,
      })),
    ),
    ...RULE_OVERRIDES.flatMap((rule) =>
      rule.sources.map((s) => ({ where: `override ${rule.exercise}`, id: s })),
    ),
    ...Object.values(RULE_TABLE).flatMap((byLoad) =>
      Object.values(byLoad).flatMap((byClass) =>
        Object.values(byClass).flatMap((cell) => cell.sources.map((s) => ({ where: 'rule table', id: s }))),
      ),
    ),
    ...Object.values(CONDITION_ADVICE).flatMap((a) => a.sources.map((s) => ({ where: 'advice', id: s }))),
    ...RED_FLAG_TIERS.flatMap((tier) =>
      RED_FLAGS[tier].flags.flatMap((f) => f.sources.map((s) => ({ where: f.id, id: s }))),
    ),
    ...GENERAL_ADVICE.flatMap((a) => a.sources.map((s) => ({ where: a.id, id: s }))),
  ]
  expect(riskSources.length).toBeGreaterThan(50)
  expect(riskSources.filter(({ id }) => !riskGrade(id)).map(({ where, id }) => `${where}: ${id}`)).toEqual([])
})

test('every checkpoint and fault names its source, or says it is a coaching cue', () => {
  let coaching = 0
  for (const exercise of FULL_EXERCISES) {
    for (const line of [...exercise.checkpoints, ...exercise.faults]) {
      if (line.source === COACHING) coaching += 1
      else expect(Object.keys(SOURCES), `${exercise.id}.${line.id}`).toContain(line.source)
    }
  }
  expect(coaching).toBeGreaterThan(0)
})

test('every source an exercise’s text draws on is listed in its sources', () => {
  for (const exercise of FULL_EXERCISES) {
    const listed = exercise.sources.map((ref) => ref.source)
    const used = [
      ...exercise.whySources,
      ...exercise.riskSources,
      ...[...exercise.checkpoints, ...exercise.faults].flatMap((line) =>
        line.source === COACHING ? [] : [line.source],
      ),
    ]
    for (const id of used) expect(listed, `${exercise.id} uses ${id}`).toContain(id)
  }
})

test('unsourced cues from the review are labelled coaching cues (holds, squat fault, side-plank fault)', () => {
  const cue = (id: ExerciseId, cueId: string) =>
    [...getFullExercise(id).checkpoints, ...getFullExercise(id).faults].find((c) => c.id === cueId)?.source
  expect(cue('mcgill-curl-up', 'hold')).toBe(COACHING)
  expect(cue('bird-dog', 'hold')).toBe(COACHING)
  expect(cue('sit-up', 'slow')).toBe(COACHING)
  expect(cue('squat', 'rounding')).toBe(COACHING)
  expect(cue('side-plank', 'hips-drop')).toBe(COACHING)
  expect(cue('deadlift', 'rounded-back')).toBe(COACHING)
  for (const id of ['pallof-press'] as const)
    for (const c of getFullExercise(id).checkpoints) expect(c.source, `${id}.${c.id}`).toBe(COACHING)
})

test('faults say whether they are a spine shape seen from the side, and the plank’s are', () => {
  for (const exercise of FULL_EXERCISES)
    for (const f of exercise.faults)
      expect(['sagittal', 'other'], `${exercise.id}.${f.id}`).toContain(f.plane)
  const plank = getFullExercise('forearm-plank').faults
  expect(plank.every((f) => f.plane === 'sagittal')).toBe(true)
  expect(getFullExercise('squat').faults.find((f) => f.id === 'knees-in')?.plane).toBe('other')
})

test('the four exercises without a rating say so plainly, and are never offered as a swap', () => {
  const offered = ALL_EXERCISES.flatMap((e) => e.alternatives.map((a) => a.id))
  for (const exercise of ALL_EXERCISES.filter((e) => e.backRisk === 'unrated')) {
    expect(offered, exercise.id).not.toContain(exercise.id)
    for (const c of getFullExercise(exercise.id).checkpoints.filter((c) => c.source !== COACHING))
      expect(SOURCES[c.source as SourceId].grade, `${exercise.id}.${c.id}`).toBe('C')
  }
})

// ---------------------------------------------------------------------------------------------------
// Deadlift, red flags, wording

test('deadlift: the bar stays close, the knees bend to reach it, and the upper back is set', () => {
  const cues = checkpointTexts(getFullExercise('deadlift'))
  expect(cues.some((cue) => /\bbar\b.*\b(close|mid-foot|touching)\b/i.test(cue))).toBe(true)
  expect(cues.some((cue) => /\bbend your knees\b/i.test(cue))).toBe(true)
  expect(cues.some((cue) => /\bupper back\b|\bslack\b/i.test(cue))).toBe(true)
  expect(cues.filter((cue) => /knees slightly bent|relaxed/i.test(cue))).toEqual([])
})

const flagTexts = (tier: (typeof RED_FLAG_TIERS)[number]) => RED_FLAGS[tier].flags.map((f) => f.text)
const hasFlag = (tier: (typeof RED_FLAG_TIERS)[number], ...patterns: RegExp[]) =>
  flagTexts(tier).some((text) => patterns.every((p) => p.test(text)))

test('red flags, emergency: pain, tingling, weakness or numbness in both legs (C1)', () => {
  expect(
    hasFlag('urgent', /\bpain\b/i, /\btingling\b/i, /\bweakness\b/i, /\bnumbness\b/i, /\bboth legs\b/i),
  ).toBe(true)
})

test('red flags, emergency: sciatica on both sides (C2)', () => {
  expect(hasFlag('urgent', /\bsciatica\b/i, /\bboth sides\b/i)).toBe(true)
})

test('red flags: weakness or numbness in both legs is an emergency when severe or getting worse, in one or both legs a reason to see a doctor (C3, C5)', () => {
  expect(hasFlag('urgent', /\bweakness\b/i, /\bboth legs\b/i, /\bsevere\b/i, /\bgetting worse\b/i)).toBe(true)
  expect(hasFlag('doctor', /\bweakness, numbness or tingling\b/i, /\bone or both legs\b/i)).toBe(true)
  expect(flagTexts('urgent').filter((t) => /\bweakness in your legs\b/i.test(t))).toEqual([])
})

test('red flags, see a doctor: sciatica not better after a few weeks, getting worse, or stopping normal activities (C4)', () => {
  expect(
    hasFlag('doctor', /\bsciatica\b/i, /\bfew weeks\b/i, /\bgetting worse\b/i, /\bnormal activities\b/i),
  ).toBe(true)
})

test('red flags, see a doctor: pain down one or both legs, especially below the knee (C5)', () => {
  expect(hasFlag('doctor', /\bone or both legs\b/i, /\bbelow the knee\b/i)).toBe(true)
  expect(hasFlag('doctor', /\bbelow the knee\b/i, /\b(sudden|getting worse)\b/i)).toBe(true)
})

test('red flags, urgent GP or 111: worse on coughing, sneezing or pooing, and pain between the shoulders (C6)', () => {
  expect(RED_FLAGS.soon.title).toMatch(/\bGP\b.*\b111\b/)
  expect(hasFlag('soon', /\bcough/i, /\bsneez/i, /\bpoo\b/i)).toBe(true)
  expect(hasFlag('soon', /\bbetween your shoulders\b/i)).toBe(true)
})

test('red flags, see a doctor: first back pain after 50; cancer, osteoporosis or steroid use (C7)', () => {
  expect(hasFlag('doctor', /\bfirst time\b/i, /\b50\b/)).toBe(true)
  expect(hasFlag('doctor', /\bcancer\b/i, /\bosteoporosis\b/i, /\bsteroid\b/i)).toBe(true)
})

test('red flags keep the emergency signs the app had: saddle numbness, bladder or bowel, chest pain, a fall', () => {
  expect(hasFlag('urgent', /\bgenitals\b/i)).toBe(true)
  expect(hasFlag('urgent', /\bbladder\b/i, /\bbowels?\b/i)).toBe(true)
  expect(hasFlag('urgent', /\bchest pain\b/i)).toBe(true)
  expect(hasFlag('urgent', /\bfall\b/i)).toBe(true)
})

test('emergency advice works outside the UK: call your emergency number, 999, 112 or 911', () => {
  expect(EMERGENCY_NUMBERS.map((n) => n.number)).toEqual(['999', '112', '911'])
  expect(RED_FLAGS.urgent.title).toMatch(/\bemergency number\b/i)
  expect(RED_FLAGS.soon.action).toMatch(/\belsewhere\b/i)
})

test('red flag ids are unique across the tiers and each flag names a source', () => {
  const flags: readonly RedFlag[] = RED_FLAG_TIERS.flatMap(
    (tier): readonly RedFlag[] => RED_FLAGS[tier].flags,
  )
  expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length)
  for (const flag of flags) expect(flag.sources.length, flag.id).toBeGreaterThan(0)
})

test('back pain today lasts the day; sciatica lasts until changed; stiffness alone is not back pain', () => {
  expect(CONDITION_INFO['back-pain-today'].lasts).toBe('today')
  expect(CONDITION_INFO.sciatica.lasts).toBe('until-changed')
  expect(CONDITION_INFO['back-pain-today'].description).not.toMatch(/\bstiff/i)
})

test('the About screen has a plain “How this was checked”', () => {
  expect(CONTENT_REVIEW.title).toBe('How this was checked')
  expect(CONTENT_REVIEW.paragraphs.join(' ')).toMatch(/spine clinic’s blog post/)
  expect(CONTENT_REVIEW.paragraphs.join(' ')).toMatch(/coaching cue/)
})

/** Damage-centred words: the spine is strong and adaptable; risk is load against today's tolerance. */
const DAMAGE_WORDS = [
  /\bdiscs?\b/i,
  /\bwear and tear\b/i,
  /\bnot built\b/i,
  /\bdamag/i,
  /\bhard on\b/i,
  /\bcompress(es)? it hard\b/i,
  /\bfor little benefit\b/i,
  /\bmake it worse\b/i,
]

/** What must never reach a user: notes about how the content was made. */
const INTERNAL_WORDS = [
  /\bcontent brief\b/i,
  /\bbrief\b/i,
  /\bspam\b/i,
  /\bcorrected\b/i,
  /\badvert/i,
  /\[[JU]\]/,
]

test('the wording check would catch damage words and internal notes', () => {
  const samples = [
    { path: 'a', text: 'Hard on the discs' },
    { path: 'b', text: 'The lumbar spine is not built to twist' },
    { path: 'c', text: 'Normal wear and tear' },
    { path: 'd', text: 'It can damage your back' },
  ]
  expect(matchesIn(samples, DAMAGE_WORDS)).toHaveLength(samples.length)
  const notes = [
    { path: 'a', text: 'As corrected by the Spotter content brief' },
    { path: 'b', text: 'Drug spam dropped' },
    { path: 'c', text: 'The clinic advert' },
    { path: 'd', text: 'Go light [J]' },
  ]
  expect(matchesIn(notes, INTERNAL_WORDS)).toHaveLength(notes.length)
})

test('no text a user reads uses damage-centred words', () => {
  expect(matchesIn(APP_WORDING, DAMAGE_WORDS)).toEqual([])
})

test('no text a user reads shows an internal note', () => {
  expect(matchesIn(ALL_TEXT, INTERNAL_WORDS)).toEqual([])
})
