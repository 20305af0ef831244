import { useEffect, useRef, useState } from 'react'
import { announce } from '../../components/live-region'
import { type Beeper, createBeeper, vibrateDone } from './beep'
import {
  cancelHold,
  createHoldTimer,
  formatClock,
  type HoldView,
  holdView,
  isFreshFinish,
  isRunning,
  startHold,
} from './hold-timer'

/** How often the face redraws. The time itself always comes from timestamps, never from counting these. */
const REDRAW_MS = 200

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
export function HoldTimerPanel({ seconds }: { seconds: number }) {
  const [timer, setTimer] = useState(() => createHoldTimer(seconds))
  const [now, setNow] = useState(() => Date.now())
  const beeper = useRef<Beeper | null>(null)
  const alertedFor = useRef<number | null>(null)
  const v = holdView(timer, now)
  const running = isRunning(v)

  useEffect(() => {
    if (!running) return
    const redraw = () => setNow(Date.now())
    const id = window.setInterval(redraw, REDRAW_MS)
    // Waking the phone: redraw at once rather than up to REDRAW_MS later.
    document.addEventListener('visibilitychange', redraw)
    return () => {
      window.clearInterval(id)
      document.removeEventListener('visibilitychange', redraw)
    }
  }, [running])

  useEffect(() => {
    if (v.phase === 'holding') announce('Hold now')
  }, [v.phase])

  useEffect(() => {
    if (v.phase !== 'done' || timer.startedAt === null || alertedFor.current === timer.startedAt) return
    alertedFor.current = timer.startedAt
    announce(`Hold finished: ${seconds} seconds`)
    // A finish missed while the phone was locked is shown, not beeped at late.
    if (isFreshFinish(v)) {
      vibrateDone()
      beeper.current?.beep()
    }
  }, [v, timer.startedAt, seconds])

  useEffect(() => () => beeper.current?.close(), [])

  const start = () => {
    // Created in the tap itself: iOS only allows sound from an AudioContext made during a gesture.
    beeper.current ??= createBeeper()
    const at = Date.now()
    setNow(at)
    setTimer((t) => startHold(t, at))
  }
  const cancel = () => setTimer((t) => cancelHold(t))

  const shown = v.phase === 'get-ready' ? String(v.secondsLeft) : formatClock(v.secondsLeft)

  return (
    <section className="hold-timer" aria-labelledby="hold-timer-title" data-phase={v.phase}>
      <h2 id="hold-timer-title">Hold for {seconds} seconds</h2>
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
      {running ? (
        <button type="button" className="button button--block hold-timer__button" onClick={cancel}>
          Cancel hold
        </button>
      ) : (
        <button
          type="button"
          className="button button--block hold-timer__button hold-timer__start"
          onClick={start}
        >
          {v.phase === 'done' ? 'Start again' : `Start ${seconds} s hold`}
        </button>
      )}
    </section>
  )
}
