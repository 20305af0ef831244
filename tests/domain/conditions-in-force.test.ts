import { expect, test } from 'vitest'
import { conditionsInForce, localDay } from '../../src/domain/conditions-in-force'

test('back pain set today applies today, and nothing is asked', () => {
  expect(
    conditionsInForce({ conditions: ['back-pain-today'], todaySetOn: '2026-03-03' }, '2026-03-03'),
  ).toEqual({
    inForce: ['back-pain-today'],
    stale: [],
    askAboutToday: false,
  })
})

test('back pain set on an earlier day does not apply, and the app asks how the back is today', () => {
  expect(
    conditionsInForce(
      { conditions: ['back-pain-today', 'sciatica'], todaySetOn: '2026-02-24' },
      '2026-03-03',
    ),
  ).toEqual({ inForce: ['sciatica'], stale: ['back-pain-today'], askAboutToday: true })
})

test('back pain with no day recorded is not reused silently', () => {
  expect(
    conditionsInForce({ conditions: ['back-pain-today'], todaySetOn: null }, '2026-03-03').askAboutToday,
  ).toBe(true)
})

test('sciatica stays until changed, whatever day it is', () => {
  expect(conditionsInForce({ conditions: ['sciatica'], todaySetOn: '2025-01-01' }, '2026-03-03')).toEqual({
    inForce: ['sciatica'],
    stale: [],
    askAboutToday: false,
  })
  expect(conditionsInForce({ conditions: [], todaySetOn: null }, '2026-03-03').askAboutToday).toBe(false)
})

test('local day is the calendar day where the user is', () => {
  expect(localDay(new Date(2026, 2, 3, 23, 59))).toBe('2026-03-03')
  expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31')
})
