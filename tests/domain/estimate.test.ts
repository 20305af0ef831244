import { expect, test } from 'vitest'
import { estimateMinutes } from '../../src/domain/estimate'

const dose = (sets: number, reps: number, holdSeconds: number | null, restSeconds: number) => ({
  sets,
  reps,
  holdSeconds,
  restSeconds,
})

test('an empty plan takes no time', () => {
  expect(estimateMinutes([])).toBe(0)
})

test('one 3 × 10 with a minute’s rest: 90 s of reps, two rests, plus warm-up and cool-down', () => {
  // 3 × 10 × 3 s = 90 s; rests after sets 1, 2 and 3, less the session's last = 120 s; 600 s warm-up and cool-down.
  expect(estimateMinutes([dose(3, 10, null, 60)])).toBe(Math.round((90 + 120 + 600) / 60))
})

test('a hold counts its seconds, not 3 s a rep', () => {
  const plank = estimateMinutes([dose(3, 1, 30, 60), dose(3, 10, null, 0)])
  const quickReps = estimateMinutes([dose(3, 1, null, 60), dose(3, 10, null, 0)])
  expect(plank - quickReps).toBe(Math.round((3 * 30 - 3 * 3) / 60))
  expect(estimateMinutes([dose(3, 1, 300, 0)])).toBe(25)
})

test('five usual exercises come to about forty minutes', () => {
  const plan = [
    dose(3, 8, null, 120),
    dose(3, 8, null, 120),
    dose(3, 10, null, 60),
    dose(3, 1, 30, 60),
    dose(3, 5, 10, 60),
  ]
  const minutes = estimateMinutes(plan)
  expect(minutes).toBeGreaterThanOrEqual(30)
  expect(minutes).toBeLessThanOrEqual(45)
})
