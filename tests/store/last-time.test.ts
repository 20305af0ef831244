import { expect, test } from 'vitest'
import { convertWeight, lastTimeFor } from '../../src/store/last-time'
import type { SessionRecord } from '../../src/store/spotter-store'

const set = (reps: number, weight: number | null, holdSeconds: number | null = null) => ({
  reps,
  weight,
  holdSeconds,
  at: '2026-03-02T10:00:00.000Z',
})

const session = (
  id: string,
  startedAt: string,
  items: SessionRecord['items'],
  units: 'kg' | 'lb' = 'kg',
) => ({
  id,
  startedAt,
  finishedAt: startedAt,
  conditions: [],
  units,
  kept: 'all' as const,
  items,
})

const squat = (sets: ReturnType<typeof set>[], outcome: 'done' | 'skipped' | 'pain-stop' = 'done') => ({
  exerciseId: 'squat',
  name: 'Squat',
  outcome,
  load: 'heavy' as const,
  sets,
})

test('the last time is the newest session with a set of that exercise, whatever order History is in', () => {
  const older = session('a', '2026-03-01T10:00:00.000Z', [squat([set(10, 30), set(10, 30)])])
  const newer = session('b', '2026-03-05T10:00:00.000Z', [squat([set(8, 40), set(8, 40), set(6, 42.5)])])
  const skipped = session('c', '2026-03-07T10:00:00.000Z', [squat([], 'skipped')])
  expect(lastTimeFor([older, skipped, newer], 'squat', 'kg')).toEqual({
    at: newer.startedAt,
    sets: 3,
    reps: 6,
    weight: 42.5,
    holdSeconds: null,
    load: 'heavy',
    units: 'kg',
  })
})

test('an exercise never done has no last time', () => {
  const only = session('a', '2026-03-01T10:00:00.000Z', [squat([set(10, 30)])])
  expect(lastTimeFor([only], 'deadlift', 'kg')).toBeNull()
  expect(lastTimeFor([], 'squat', 'kg')).toBeNull()
})

test('a weight saved in pounds comes back in kilograms, to the nearest half', () => {
  const inPounds = session('a', '2026-03-01T10:00:00.000Z', [squat([set(8, 100)])], 'lb')
  expect(lastTimeFor([inPounds], 'squat', 'kg')?.weight).toBe(45.5)
  expect(convertWeight(40, 'kg', 'lb')).toBe(88)
  expect(convertWeight(40, 'kg', 'kg')).toBe(40)
})
