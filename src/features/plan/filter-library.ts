import {
  EMPTY_QUERY,
  type LibraryQuery,
  parseEquipment,
  parsePattern,
  parseVerdict,
} from '../../domain/library-search'

/**
 * The library's search and filters live in the address (`?q=row&pattern=hinge&equipment=barbell&verdict=ok`),
 * so they survive a visit to an exercise's page and the Back button. The search itself (names and aliases,
 * tolerant of case, hyphens and plurals) is `searchLibrary` in `src/domain/library-search.ts`.
 */
const PARAMS = { text: 'q', pattern: 'pattern', equipment: 'equipment', verdict: 'verdict' } as const

/** The query in the address. It comes from a URL, so every value is checked: anything unknown means all. */
export function queryFromParams(params: URLSearchParams): LibraryQuery {
  return {
    text: params.get(PARAMS.text) ?? '',
    pattern: parsePattern(params.get(PARAMS.pattern) ?? ''),
    equipment: parseEquipment(params.get(PARAMS.equipment) ?? ''),
    verdict: parseVerdict(params.get(PARAMS.verdict) ?? ''),
  }
}

/**
 * The address's parameters for a query, keeping any that are not the library's. Filters at "all" and an
 * empty search are left out, so an unfiltered library has a clean address.
 */
export function paramsForQuery(query: LibraryQuery, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current)
  for (const key of Object.keys(PARAMS) as (keyof LibraryQuery)[]) {
    const value = query[key]
    if (value === EMPTY_QUERY[key] || value === '') next.delete(PARAMS[key])
    else next.set(PARAMS[key], value)
  }
  return next
}
