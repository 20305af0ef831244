import { describe, expect, test } from 'vitest'
import { type Exercise, getExercise } from '../../src/data/exercises'
import { LOAD_BANDS, type LoadBand } from '../../src/data/load'
import {
  DEMAND_CLASSES,
  type DemandClass,
  demandClass,
  RULE_OVERRIDES,
  RULE_TABLE,
  type RuleColumn,
  type VerdictLevel,
} from '../../src/data/rules'
import type { Demand } from '../../src/data/taxonomy'
import { type Profile, verdictFor } from '../../src/domain/safety'

/**
 * The rule table as the brief's §2.3 (back pain today) and §2.4 (sciatica) set it, written out again
 * here so a change to any cell in src/data/rules.ts fails its own test.
 */
const EXPECTED: Record<RuleColumn, Record<LoadBand, Record<DemandClass, VerdictLevel>>> = {
  'no-condition': {
    bodyweight: { 'twist-bent': 'ok', fast: 'ok', lever: 'ok', none: 'ok' },
    light: { 'twist-bent': 'caution', fast: 'ok', lever: 'ok', none: 'ok' },
    heavy: { 'twist-bent': 'caution', fast: 'ok', lever: 'ok', none: 'ok' },
  },
  'back-pain-today': {
    bodyweight: { 'twist-bent': 'caution', fast: 'caution', lever: 'ok', none: 'ok' },
    light: { 'twist-bent': 'avoid', fast: 'caution', lever: 'caution', none: 'ok' },
    heavy: { 'twist-bent': 'avoid', fast: 'avoid', lever: 'avoid', none: 'caution' },
  },
  sciatica: {
    bodyweight: { 'twist-bent': 'caution', fast: 'caution', lever: 'ok', none: 'ok' },
    light: { 'twist-bent': 'caution', fast: 'caution', lever: 'ok', none: 'ok' },
    heavy: { 'twist-bent': 'caution', fast: 'caution', lever: 'caution', none: 'ok' },
  },
}

/** A rated exercise with no override, no variation and every load, given one demand class. */
const DEMANDS_OF: Record<DemandClass, readonly Demand[]> = {
  'twist-bent': ['ROT+FLX'],
  fast: ['BAL'],
  lever: ['LEV'],
  none: ['EXT'],
}
const probe = (klass: DemandClass): Exercise => ({
  ...getExercise('dead-bug'),
  demands: DEMANDS_OF[klass],
  loads: LOAD_BANDS,
})
const PROFILE_OF: Record<RuleColumn, Profile> = {
  'no-condition': { conditions: [] },
  'back-pain-today': { conditions: ['back-pain-today'] },
  sciatica: { conditions: ['sciatica'] },
}

for (const column of ['no-condition', 'back-pain-today', 'sciatica'] as const) {
  describe(`rule table, ${column}`, () => {
    for (const load of LOAD_BANDS) {
      for (const klass of DEMAND_CLASSES) {
        const level = EXPECTED[column][load][klass]
        test(`${column} × ${load} × ${klass}: ${level}`, () => {
          const cell = RULE_TABLE[column][load][klass]
          expect(cell.level).toBe(level)
          const verdict = verdictFor(probe(klass), PROFILE_OF[column], load)
          expect(verdict.level).toBe(level)
          expect(verdict.reason.toLowerCase()).toContain(cell.say.toLowerCase())
          expect(verdict.basis).toBe('table')
          if (level !== 'ok') {
            expect(cell.sources.length).toBeGreaterThan(0)
            expect(cell.say).toMatch(/\b(take care|skip|save|go light)\b/i)
          }
        })
      }
    }
  })
}

test('the demand class is the most demanding one the exercise has', () => {
  expect(demandClass(['ROT+FLX', 'BAL'])).toBe('twist-bent')
  expect(demandClass(['LEV', 'BAL'])).toBe('fast')
  expect(demandClass(['FLX', 'HF'])).toBe('fast')
  expect(demandClass(['LEV', 'AX'])).toBe('lever')
  expect(demandClass(['FLX'])).toBe('lever')
  expect(demandClass(['EXT', 'ROT', 'LAT', 'FAT'])).toBe('none')
  expect(demandClass([])).toBe('none')
})

test('“go light” cells are the heavy ones, and point one band down', () => {
  const goLight = (['no-condition', 'back-pain-today', 'sciatica'] as const).flatMap((column) =>
    LOAD_BANDS.flatMap((load) =>
      DEMAND_CLASSES.filter((klass) => 'goLight' in RULE_TABLE[column][load][klass]).map(
        (klass) => `${column} ${load} ${klass}`,
      ),
    ),
  )
  expect(goLight).toEqual([
    'back-pain-today heavy fast',
    'back-pain-today heavy lever',
    'back-pain-today heavy none',
    'sciatica heavy fast',
    'sciatica heavy lever',
  ])
  expect(verdictFor(getExercise('squat'), PROFILE_OF['back-pain-today'], 'heavy').goLight).toBe('light')
})

test('every override names an A or B source and an exercise whose table cell it changes', () => {
  for (const rule of RULE_OVERRIDES) {
    expect(rule.sources.length, rule.exercise).toBeGreaterThan(0)
    const exercise = getExercise(rule.exercise)
    const changes = rule.loads.some(
      (load) => RULE_TABLE[rule.column][load][demandClass(exercise.demands)].level !== rule.level,
    )
    expect(changes, `${rule.exercise} ${rule.column}`).toBe(true)
  }
})
