import { formatClock, type HoldView, isRunning } from './hold-timer'
import type { HoldTimerControls } from './use-hold-timer'

const PHASE_LABEL = {
  idle: 'Ready when you are',
  'get-ready': 'Get ready',
  holding: 'Hold',
  done: 'Done',
} as const

function timerLabel(v: HoldView, seconds: number) {
  switch (v.phase) {
    case 'idle':
      return `Hold timer: ${seconds} seconds, not started`
    case 'get-ready':
      return `Get ready: ${v.secondsLeft}`
    case 'holding':
      return `Hold: ${v.secondsLeft} seconds left`
    case 'done':
      return `Hold finished: ${seconds} seconds`
  }
}

/** A big countdown for a hold (plank, curl-up…): 3 s to get ready, then the hold. */
export function HoldTimerPanel({ seconds, timer }: { seconds: number; timer: HoldTimerControls }) {
  const v = timer.view
  const shown = v.phase === 'get-ready' ? String(v.secondsLeft) : formatClock(v.secondsLeft)
  return (
    <section className="hold-timer" aria-labelledby="hold-timer-title" data-phase={v.phase}>
      <h3 id="hold-timer-title" className="visually-hidden">
        Hold for {seconds} seconds
      </h3>
      <div className="hold-timer__face">
        <p className="hold-timer__phase" aria-hidden="true">
          {PHASE_LABEL[v.phase]}
        </p>
        <p className="hold-timer__time" role="timer" aria-label={timerLabel(v, seconds)}>
          {shown}
        </p>
        <div className="hold-timer__bar" aria-hidden="true">
          <div className="hold-timer__fill" style={{ transform: `scaleX(${v.progress})` }} />
        </div>
      </div>
      {isRunning(v) ? (
        <button type="button" className="button button--block hold-timer__button" onClick={timer.cancel}>
          Cancel hold
        </button>
      ) : (
        <button
          type="button"
          className="button button--block hold-timer__button hold-timer__start"
          onClick={timer.start}
        >
          {v.phase === 'done' ? 'Start again' : `Start ${seconds} s hold`}
        </button>
      )}
    </section>
  )
}
