import { expect, test } from 'vitest'
import { ALL_EXERCISES, type ExerciseId } from '../../src/data/exercises'
import { PATTERNS } from '../../src/data/taxonomy'
import {
  EMPTY_QUERY,
  groupByPattern,
  isFiltered,
  type LibraryQuery,
  matchesText,
  normaliseSearch,
  parseEquipment,
  parsePattern,
  parseVerdict,
  searchLibrary,
} from '../../src/domain/library-search'
import type { Profile } from '../../src/domain/safety'

const NONE: Profile = { conditions: [] }
const BACK_PAIN: Profile = { conditions: ['back-pain-today'] }

const find = (query: Partial<LibraryQuery>, profile: Profile = NONE) =>
  searchLibrary(ALL_EXERCISES, { ...EMPTY_QUERY, ...query }, { profile }).map((e) => e.id)

/** The aliases of the brief's §3, as people type them. */
const TYPED: Record<string, ExerciseId> = {
  RDL: 'romanian-deadlift',
  OHP: 'overhead-press',
  'hex bar': 'trap-bar-deadlift',
  BSS: 'bulgarian-split-squat',
  pullup: 'pull-up',
  'chin-up': 'pull-up',
  bench: 'barbell-bench-press',
  'military press': 'overhead-press',
  'lat pull-down': 'lat-pulldown',
  'bicep curl': 'biceps-curl',
  'Pendlay row': 'bent-over-row',
  'Australian pull-up': 'inverted-row',
  GM: 'good-morning',
  'KB swing': 'kettlebell-swing',
  hypers: 'back-extension',
  HLR: 'hanging-leg-raise',
  'farmers walk': 'farmers-carry',
  erg: 'rowing-machine',
  deadbug: 'dead-bug',
  'wood chop': 'cable-woodchop',
}

test('search finds every exercise by each of its aliases', () => {
  for (const exercise of ALL_EXERCISES) {
    for (const alias of exercise.aliases)
      expect(find({ text: alias }), `${exercise.id}: ${alias}`).toContain(exercise.id)
    expect(find({ text: exercise.name }), exercise.id).toContain(exercise.id)
  }
})

test('search finds what people type: RDL, OHP, hex bar, BSS, pullup and more', () => {
  for (const [typed, id] of Object.entries(TYPED)) expect(find({ text: typed }), typed).toContain(id)
})

test('search ignores case, hyphens, spaces and plurals', () => {
  for (const typed of ['pushup', 'push ups', 'Push-Ups', 'PUSH UP', 'pushups'])
    expect(find({ text: typed }), typed).toContain('push-up')
  for (const typed of ['Pull-ups', 'pull ups', 'pullups'])
    expect(find({ text: typed }), typed).toContain('pull-up')
  expect(find({ text: 'rdl' })).toEqual(['romanian-deadlift'])
  expect(find({ text: 'rdls' })).toEqual(['romanian-deadlift'])
  expect(find({ text: 'lunges' })).toContain('forward-lunge')
  expect(find({ text: 'crunches' })).toEqual(['crunch'])
  expect(find({ text: 'leg raises' })).toEqual(['bird-dog', 'hanging-leg-raise', 'lying-leg-raise'])
  expect(find({ text: 'squats' })).toEqual(
    expect.arrayContaining(['squat', 'goblet-squat', 'bulgarian-split-squat']),
  )
})

test('the words the issue tried now find something: bench, row, lunge, RDL, crunch', () => {
  for (const typed of ['bench', 'row', 'lunge', 'RDL', 'crunch'])
    expect(find({ text: typed }).length, typed).toBeGreaterThan(0)
  expect(find({ text: 'row' })).toEqual(
    expect.arrayContaining([
      'bent-over-row',
      'inverted-row',
      'one-arm-dumbbell-row',
      'seated-cable-row',
      'rowing-machine',
    ]),
  )
})

test('normalising makes spellings meet', () => {
  expect(normaliseSearch('Farmer’s walks')).toBe(normaliseSearch('farmers walk'))
  expect(normaliseSearch('  Push-ups ')).toBe('pushup')
  expect(normaliseSearch('presses')).toBe('press')
  expect(normaliseSearch('press')).toBe('press')
  expect(normaliseSearch('---')).toBe('')
})

test('search does not match what an exercise works', () => {
  expect(find({ text: 'triceps' })).toEqual([])
  expect(matchesText(ALL_EXERCISES[0] as (typeof ALL_EXERCISES)[number], '')).toBe(true)
})

test('the pattern filter keeps that movement pattern', () => {
  expect(find({ pattern: 'hinge' })).toEqual([
    'deadlift',
    'glute-bridge',
    'trap-bar-deadlift',
    'romanian-deadlift',
    'good-morning',
    'kettlebell-swing',
    'hip-thrust',
  ])
})

test('the equipment filter keeps exercises that use it', () => {
  expect(find({ equipment: 'kettlebell' })).toEqual([
    'goblet-squat',
    'kettlebell-swing',
    'farmers-carry',
    'suitcase-carry',
  ])
  expect(find({ equipment: 'trap-bar' })).toEqual(['trap-bar-deadlift', 'farmers-carry'])
})

test('the verdict filter reads today’s profile and each exercise’s load', () => {
  expect(find({ verdict: 'avoid' }, NONE)).toEqual([])
  expect(find({ verdict: 'avoid' }, BACK_PAIN)).toEqual(['russian-twist'])
  const heavy = searchLibrary(
    ALL_EXERCISES,
    { ...EMPTY_QUERY, verdict: 'avoid' },
    { profile: BACK_PAIN, loadFor: (id) => (id === 'squat' ? 'heavy' : 'bodyweight') },
  ).map((e) => e.id)
  expect(heavy).toEqual(['squat', 'russian-twist'])
})

test('filters combine', () => {
  expect(find({ text: 'press', pattern: 'vertical-push' })).toEqual([
    'overhead-press',
    'seated-dumbbell-shoulder-press',
  ])
  expect(find({ text: 'plank', verdict: 'caution' }, BACK_PAIN)).toEqual(['side-plank', 'mountain-climber'])
})

test('results group by movement pattern, in a fixed order, with no empty group', () => {
  const groups = groupByPattern(ALL_EXERCISES)
  expect(groups.map((g) => g.pattern)).toEqual(
    PATTERNS.filter((p) => ALL_EXERCISES.some((e) => e.pattern === p)),
  )
  expect(groups.flatMap((g) => g.exercises).length).toBe(ALL_EXERCISES.length)
  const rows = groupByPattern(
    searchLibrary(ALL_EXERCISES, { ...EMPTY_QUERY, text: 'row' }, { profile: NONE }),
  )
  expect(rows.map((g) => g.pattern)).toEqual(['horizontal-pull', 'conditioning'])
  expect(rows[0]?.label).toBe('Row')
})

test('isFiltered is false only when nothing narrows the list', () => {
  expect(isFiltered(EMPTY_QUERY)).toBe(false)
  expect(isFiltered({ ...EMPTY_QUERY, text: ' - ' })).toBe(false)
  expect(isFiltered({ ...EMPTY_QUERY, text: 'a' })).toBe(true)
  expect(isFiltered({ ...EMPTY_QUERY, pattern: 'squat' })).toBe(true)
  expect(isFiltered({ ...EMPTY_QUERY, equipment: 'band' })).toBe(true)
  expect(isFiltered({ ...EMPTY_QUERY, verdict: 'ok' })).toBe(true)
})

test('select values are checked: anything unknown means all', () => {
  expect(parsePattern('hinge')).toBe('hinge')
  expect(parsePattern('dance')).toBe('all')
  expect(parseEquipment('band')).toBe('band')
  expect(parseEquipment('spaceship')).toBe('all')
  expect(parseVerdict('caution')).toBe('caution')
  expect(parseVerdict('')).toBe('all')
})
