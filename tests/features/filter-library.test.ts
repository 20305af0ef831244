import { expect, test } from 'vitest'
import { EMPTY_QUERY } from '../../src/domain/library-search'
import { paramsForQuery, queryFromParams } from '../../src/features/plan/filter-library'

const query = (search: string) => queryFromParams(new URLSearchParams(search))

test('the library’s search and filters are read from the address', () => {
  expect(query('?q=rdl&pattern=hinge&equipment=barbell&verdict=caution')).toEqual({
    text: 'rdl',
    pattern: 'hinge',
    equipment: 'barbell',
    verdict: 'caution',
  })
  expect(query('')).toEqual(EMPTY_QUERY)
})

test('a value typed or edited into the address that is not a filter’s option means all', () => {
  expect(query('?pattern=flying&equipment=<script>&verdict=great')).toEqual(EMPTY_QUERY)
  expect(query('?pattern=&verdict=OK')).toEqual(EMPTY_QUERY)
})

test('the address holds only what narrows the list, and keeps what is not the library’s', () => {
  const params = paramsForQuery(
    { text: 'row', pattern: 'all', equipment: 'cable', verdict: 'all' },
    new URLSearchParams('?other=1&pattern=squat'),
  )
  expect(params.toString()).toBe('other=1&q=row&equipment=cable')
  expect(paramsForQuery(EMPTY_QUERY, params).toString()).toBe('other=1')
})

test('a query survives the round trip through the address', () => {
  const sent = {
    text: 'push ups',
    pattern: 'horizontal-push',
    equipment: 'bodyweight',
    verdict: 'ok',
  } as const
  expect(queryFromParams(paramsForQuery(sent, new URLSearchParams()))).toEqual(sent)
})
