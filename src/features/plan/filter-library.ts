import { BACK_RISKS, type BackRisk, BODY_AREAS, type BodyArea, type Exercise } from '../../data/exercises'
import { matchesText, normaliseSearch } from '../../domain/library-search'

/**
 * The library screen's current filters. The search itself (names and aliases, tolerant of case, hyphens
 * and plurals) lives in `src/domain/library-search.ts`, with the pattern, equipment and verdict filters.
 */
export interface LibraryFilters {
  query: string
  area: BodyArea | 'all'
  risk: BackRisk | 'all'
}

export const NO_FILTERS: LibraryFilters = { query: '', area: 'all', risk: 'all' }

export const isFiltered = (filters: LibraryFilters): boolean =>
  normaliseSearch(filters.query) !== '' || filters.area !== 'all' || filters.risk !== 'all'

/** The exercises that match every filter, in the library's order. The search matches names and aliases. */
export function filterLibrary(exercises: readonly Exercise[], filters: LibraryFilters): Exercise[] {
  return exercises.filter(
    (exercise) =>
      matchesText(exercise, filters.query) &&
      (filters.area === 'all' || exercise.areas.includes(filters.area)) &&
      (filters.risk === 'all' || exercise.backRisk === filters.risk),
  )
}

/** A <select>'s value, checked: anything unexpected reads as 'all'. */
export const parseArea = (value: string): LibraryFilters['area'] =>
  BODY_AREAS.find((area) => area === value) ?? 'all'

export const parseRisk = (value: string): LibraryFilters['risk'] =>
  BACK_RISKS.find((risk) => risk === value) ?? 'all'
