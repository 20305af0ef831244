import { BACK_RISKS, type BackRisk, BODY_AREAS, type BodyArea, type Exercise } from '../../data/exercises'

/** What the library is filtered by. 'all' means no filter on that field. */
export interface LibraryFilters {
  query: string
  area: BodyArea | 'all'
  risk: BackRisk | 'all'
}

export const NO_FILTERS: LibraryFilters = { query: '', area: 'all', risk: 'all' }

/** Lower-case letters and digits only, so "sit up", "Situp" and "Sit-up" all match "Sit-up". */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

export const isFiltered = (filters: LibraryFilters): boolean =>
  normalise(filters.query) !== '' || filters.area !== 'all' || filters.risk !== 'all'

/** The exercises that match every filter, in the library's order. The search matches names only. */
export function filterLibrary(exercises: readonly Exercise[], filters: LibraryFilters): Exercise[] {
  const query = normalise(filters.query)
  return exercises.filter(
    (exercise) =>
      (query === '' || normalise(exercise.name).includes(query)) &&
      (filters.area === 'all' || exercise.areas.includes(filters.area)) &&
      (filters.risk === 'all' || exercise.backRisk === filters.risk),
  )
}

/** A <select>'s value, checked: anything unexpected reads as 'all'. */
export const parseArea = (value: string): LibraryFilters['area'] =>
  BODY_AREAS.find((area) => area === value) ?? 'all'

export const parseRisk = (value: string): LibraryFilters['risk'] =>
  BACK_RISKS.find((risk) => risk === value) ?? 'all'
