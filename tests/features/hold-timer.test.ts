import { expect, test } from 'vitest'
import {
  cancelHold,
  createHoldTimer,
  formatClock,
  holdView,
  isFreshFinish,
  isRunning,
  startHold,
} from '../../src/features/workout/hold-timer'

const T0 = 1_700_000_000_000
const started = (holdSeconds = 30) => startHold(createHoldTimer(holdSeconds), T0)
const at = (ms: number, holdSeconds = 30) => holdView(started(holdSeconds), T0 + ms)

test('before Start the timer is idle and shows the full hold', () => {
  const v = holdView(createHoldTimer(30), T0)
  expect(v).toMatchObject({ phase: 'idle', secondsLeft: 30, progress: 0 })
  expect(isRunning(v)).toBe(false)
})

test('Start begins a 3 second get-ready countdown: 3, 2, 1', () => {
  expect(at(0)).toMatchObject({ phase: 'get-ready', secondsLeft: 3 })
  expect(at(999)).toMatchObject({ phase: 'get-ready', secondsLeft: 3 })
  expect(at(1000)).toMatchObject({ phase: 'get-ready', secondsLeft: 2 })
  expect(at(2001)).toMatchObject({ phase: 'get-ready', secondsLeft: 1 })
  expect(at(2999)).toMatchObject({ phase: 'get-ready', secondsLeft: 1, progress: 0 })
  expect(isRunning(at(0))).toBe(true)
})

test('after get-ready the hold counts down from the full time', () => {
  expect(at(3000)).toMatchObject({ phase: 'holding', secondsLeft: 30, progress: 0 })
  expect(at(3001)).toMatchObject({ phase: 'holding', secondsLeft: 30 })
  expect(at(4000)).toMatchObject({ phase: 'holding', secondsLeft: 29 })
  expect(at(18_000)).toMatchObject({ phase: 'holding', secondsLeft: 15, progress: 0.5 })
  expect(at(32_999)).toMatchObject({ phase: 'holding', secondsLeft: 1 })
  expect(isRunning(at(18_000))).toBe(true)
})

test('the hold is done exactly when its time is up, and stays done', () => {
  expect(at(33_000)).toMatchObject({ phase: 'done', secondsLeft: 0, progress: 1, lateByMs: 0 })
  expect(at(33_150)).toMatchObject({ phase: 'done', lateByMs: 150 })
  expect(at(600_000)).toMatchObject({ phase: 'done', secondsLeft: 0 })
  expect(isRunning(at(33_000))).toBe(false)
})

test('a 10 second McGill curl-up hold ends 13 seconds after Start', () => {
  expect(at(12_999, 10)).toMatchObject({ phase: 'holding', secondsLeft: 1 })
  expect(at(13_000, 10)).toMatchObject({ phase: 'done' })
})

test('the phone locked for 20 s mid-hold: the next look shows the real time left, not where it paused', () => {
  const timer = started(30)
  // Last frame before the screen locked: 5 s into the hold.
  expect(holdView(timer, T0 + 8000)).toMatchObject({ phase: 'holding', secondsLeft: 25 })
  // No frames at all while locked. Unlocked 20 s later:
  expect(holdView(timer, T0 + 28_000)).toMatchObject({ phase: 'holding', secondsLeft: 5 })
})

test('the phone locked through the end: it shows done, and says the finish was missed', () => {
  const timer = started(30)
  expect(holdView(timer, T0 + 20_000)).toMatchObject({ phase: 'holding', secondsLeft: 13 })
  const woke = holdView(timer, T0 + 40_000)
  expect(woke).toMatchObject({ phase: 'done', lateByMs: 7000 })
  expect(isFreshFinish(woke)).toBe(false)
})

test('a finish seen on time is fresh (worth a beep)', () => {
  expect(isFreshFinish(at(33_200))).toBe(true)
  expect(isFreshFinish(at(35_000))).toBe(true)
  expect(isFreshFinish(at(35_001))).toBe(false)
  expect(isFreshFinish(at(20_000))).toBe(false)
})

test('the phone locked during get-ready jumps straight into the hold', () => {
  const timer = started(30)
  expect(holdView(timer, T0 + 1000)).toMatchObject({ phase: 'get-ready', secondsLeft: 2 })
  expect(holdView(timer, T0 + 21_000)).toMatchObject({ phase: 'holding', secondsLeft: 12 })
})

test('a clock set backwards never shows more than the get-ready time', () => {
  expect(holdView(started(30), T0 - 60_000)).toMatchObject({ phase: 'get-ready', secondsLeft: 3 })
})

test('Cancel goes back to idle; Start again restarts from the new time', () => {
  const timer = started(30)
  const cancelled = cancelHold(timer)
  expect(holdView(cancelled, T0 + 10_000)).toMatchObject({ phase: 'idle', secondsLeft: 30 })
  const again = startHold(cancelled, T0 + 50_000)
  expect(holdView(again, T0 + 50_000)).toMatchObject({ phase: 'get-ready', secondsLeft: 3 })
  expect(holdView(again, T0 + 53_000)).toMatchObject({ phase: 'holding', secondsLeft: 30 })
})

test('the model never mutates the timer it is given', () => {
  const timer = Object.freeze(createHoldTimer(30))
  const running = Object.freeze(startHold(timer, T0))
  expect(timer.startedAt).toBeNull()
  expect(cancelHold(running).startedAt).toBeNull()
  expect(running.startedAt).toBe(T0)
})

test('a nonsense hold length is treated as zero, not as NaN', () => {
  const v = holdView(startHold(createHoldTimer(Number.NaN), T0), T0 + 3000)
  expect(v).toMatchObject({ phase: 'done', secondsLeft: 0 })
})

test('clock text reads minutes and seconds', () => {
  expect(formatClock(30)).toBe('0:30')
  expect(formatClock(9)).toBe('0:09')
  expect(formatClock(75)).toBe('1:15')
  expect(formatClock(0)).toBe('0:00')
  expect(formatClock(-4)).toBe('0:00')
})
