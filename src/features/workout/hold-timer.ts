/**
 * A hold timer as data: it stores only when Start was tapped, and every view of it is computed from
 * "now". Nothing counts ticks, so a phone that locks (and stops running JavaScript) for 20 seconds
 * shows the right time the moment it wakes.
 *
 * All times are milliseconds from one clock the caller picks and keeps using. The component uses
 * Date.now(): on iOS, performance.now() can stand still while the phone sleeps.
 */

export const GET_READY_SECONDS = 3

/** A finish seen later than this was missed (the phone was locked): show it, but don't beep. */
export const FRESH_FINISH_MS = 2000

export interface HoldTimer {
  readyMs: number
  holdMs: number
  /** When Start was tapped; null while idle. */
  startedAt: number | null
}

export type HoldPhase = 'idle' | 'get-ready' | 'holding' | 'done'

export interface HoldView {
  phase: HoldPhase
  /** Milliseconds left in the current phase (the full hold while idle, 0 when done). */
  msLeft: number
  /** Whole seconds left in the current phase, rounded up: what a countdown shows. */
  secondsLeft: number
  /** How far through the hold itself, 0 → 1 (0 while getting ready, 1 when done). */
  progress: number
  /** When done: how long ago the hold ended. */
  lateByMs: number
}

const toMs = (seconds: number) => (Number.isFinite(seconds) ? Math.max(0, seconds) * 1000 : 0)

export function createHoldTimer(holdSeconds: number, readySeconds = GET_READY_SECONDS): HoldTimer {
  return { readyMs: toMs(readySeconds), holdMs: toMs(holdSeconds), startedAt: null }
}

/** Start (or restart) the countdown at `now`. */
export const startHold = (timer: HoldTimer, now: number): HoldTimer => ({ ...timer, startedAt: now })

export const cancelHold = (timer: HoldTimer): HoldTimer => ({ ...timer, startedAt: null })

export function holdView(timer: HoldTimer, now: number): HoldView {
  const { readyMs, holdMs, startedAt } = timer
  if (startedAt === null) return view('idle', holdMs, 0, 0)

  // A clock that went backwards (the user changed the time) counts as "just started", never negative.
  const elapsed = Math.max(0, now - startedAt)
  if (elapsed < readyMs) return view('get-ready', readyMs - elapsed, 0, 0)

  const held = elapsed - readyMs
  if (held < holdMs) return view('holding', holdMs - held, held / holdMs, 0)

  return view('done', 0, 1, held - holdMs)
}

function view(phase: HoldPhase, msLeft: number, progress: number, lateByMs: number): HoldView {
  return { phase, msLeft, secondsLeft: Math.ceil(msLeft / 1000), progress, lateByMs }
}

/** True while the countdown runs (getting ready or holding). */
export const isRunning = (v: HoldView) => v.phase === 'get-ready' || v.phase === 'holding'

/** Done, and seen close enough to the end that a beep still means "now". */
export const isFreshFinish = (v: HoldView, toleranceMs = FRESH_FINISH_MS) =>
  v.phase === 'done' && v.lateByMs <= toleranceMs

/** 30 → "0:30", 75 → "1:15". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
