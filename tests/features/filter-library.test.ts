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

test('search matches names, ignoring case', () => {
  expect(names({ query: 'plank' })).toEqual(['Forearm plank', 'Side plank'])
  expect(names({ query: 'PLANK' })).toEqual(['Forearm plank', 'Side plank'])
  expect(names({ query: '  McGill ' })).toEqual(['McGill curl-up'])
})

test('search ignores hyphens and spaces, so "sit up" finds Sit-up', () => {
  expect(names({ query: 'sit up' })).toEqual(['Sit-up'])
  expect(names({ query: 'situp' })).toEqual(['Sit-up'])
  expect(names({ query: 'push-up' })).toEqual(['Push-up', 'Forward push-up', 'Backward push-up'])
})

test('search does not match what an exercise works', () => {
  expect(names({ query: 'glutes' })).toEqual([])
})

test('body area keeps exercises that work that area', () => {
  expect(names({ area: 'back' })).toEqual(['Deadlift', 'Toe touch', 'Superman', 'Bird dog'])
})

test('back risk keeps exercises with exactly that risk', () => {
  expect(names({ risk: 'high' })).toEqual(['Sit-up', 'Superman', 'Forward push-up', 'Backward push-up'])
  expect(names({ risk: 'low' })).not.toContain('Sit-up')
})

test('filters combine', () => {
  expect(names({ area: 'core', risk: 'high' })).toEqual(['Sit-up'])
  expect(names({ query: 'push', area: 'upper-body', risk: 'moderate' })).toEqual(['Push-up'])
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
