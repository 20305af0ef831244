import { expect, test } from 'vitest'
import { ALL_EXERCISES } from '../../src/data/exercises'
import {
  filterLibrary,
  isFiltered,
  type LibraryFilters,
  NO_FILTERS,
  parseArea,
  parseRisk,
} from '../../src/features/plan/filter-library'

const names = (filters: Partial<LibraryFilters>) =>
  filterLibrary(ALL_EXERCISES, { ...NO_FILTERS, ...filters }).map((exercise) => exercise.name)

test('no filters lists every exercise in the library’s order', () => {
  expect(names({})).toEqual(ALL_EXERCISES.map((exercise) => exercise.name))
})

test('search matches names and aliases, ignoring case', () => {
  expect(names({ query: 'side plank' })).toEqual(['Side plank'])
  expect(names({ query: 'PLANK' })).toEqual(['Forearm plank', 'Side plank', 'Mountain climber'])
  expect(names({ query: '  McGill ' })).toEqual(['McGill curl-up'])
  expect(names({ query: 'ohp' })).toEqual(['Standing overhead press'])
})

test('search ignores hyphens, spaces and plurals, so "sit ups" finds Sit-up', () => {
  expect(names({ query: 'sit up' })).toEqual(['Sit-up'])
  expect(names({ query: 'situps' })).toEqual(['Sit-up'])
  expect(names({ query: 'push-up' })).toEqual(['Push-up', 'Forward push-up', 'Backward push-up'])
})

test('search does not match what an exercise works', () => {
  expect(names({ query: 'triceps' })).toEqual([])
})

test('body area keeps exercises that work that area', () => {
  expect(names({ area: 'back' })).toContain('Bird dog')
  expect(names({ area: 'back' })).not.toContain('Sit-up')
})

test('back risk keeps exercises with exactly that risk, “not rated” included', () => {
  expect(names({ risk: 'high' })).toEqual([
    'Sit-up',
    'Superman',
    'Bent-over row',
    'Good morning',
    'Russian twist',
  ])
  expect(names({ risk: 'unrated' })).toEqual([
    'Seated cable row',
    'Step-up',
    'Romanian deadlift',
    'Mountain climber',
  ])
})

test('filters combine', () => {
  expect(names({ area: 'core', risk: 'high' })).toEqual(['Sit-up', 'Russian twist'])
  expect(names({ query: 'plank', risk: 'high' })).toEqual([])
})

test('isFiltered is false only when nothing narrows the list', () => {
  expect(isFiltered(NO_FILTERS)).toBe(false)
  expect(isFiltered({ ...NO_FILTERS, query: '  ' })).toBe(false)
  expect(isFiltered({ ...NO_FILTERS, query: 'a' })).toBe(true)
  expect(isFiltered({ ...NO_FILTERS, area: 'legs' })).toBe(true)
  expect(isFiltered({ ...NO_FILTERS, risk: 'low' })).toBe(true)
})

test('select values are checked: anything unknown means all', () => {
  expect(parseArea('legs')).toBe('legs')
  expect(parseArea('arms')).toBe('all')
  expect(parseRisk('high')).toBe('high')
  expect(parseRisk('extreme')).toBe('all')
  expect(parseRisk('')).toBe('all')
})
