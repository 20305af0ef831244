import { useEffect, useRef } from 'react'
import { announce } from '../../components/live-region'
import { useActions, useWorkout } from '../../store/spotter-store'
import { primeBeeper, signalEnd } from './beep'
import { createHoldTimer, type HoldView, holdView, isFreshFinish, isRunning } from './hold-timer'
import { useNow } from './use-now'

export interface HoldTimerControls {
  view: HoldView
  start: () => void
  cancel: () => void
}

/**
 * The hold timer of a plan item. When it started lives in the workout (the store), so leaving the screen
 * and coming back keeps its time; every view of it is computed from that start and the clock.
 * `onFinished(seconds)` runs once when a hold ends, with the seconds held; `onCancelled(seconds)` with the
 * seconds held so far.
 */
export function useHoldTimer(
  itemKey: string,
  seconds: number,
  onFinished: (seconds: number) => void,
  onCancelled: (seconds: number) => void,
): HoldTimerControls {
  const hold = useWorkout()?.hold
  const { holdStarted, holdStopped } = useActions()
  const startedAt = hold && hold.key === itemKey ? Date.parse(hold.startedAt) : null
  const timer = { ...createHoldTimer(seconds), startedAt: Number.isFinite(startedAt) ? startedAt : null }
  const runningNow = isRunning(holdView(timer, Date.now()))
  const now = useNow(runningNow)
  const view = holdView(timer, now)
  const alertedFor = useRef<number | null>(null)
  const finished = useRef(onFinished)
  finished.current = onFinished

  useEffect(() => {
    if (view.phase === 'holding') announce('Hold now')
  }, [view.phase])

  useEffect(() => {
    if (view.phase !== 'done' || timer.startedAt === null || alertedFor.current === timer.startedAt) return
    alertedFor.current = timer.startedAt
    announce(`Hold finished: ${seconds} seconds`)
    finished.current(seconds)
    // A finish missed while the phone was locked is shown, not beeped at late.
    if (isFreshFinish(view)) signalEnd()
  }, [view, timer.startedAt, seconds])

  return {
    view,
    start: () => {
      primeBeeper()
      holdStarted(itemKey)
    },
    cancel: () => {
      if (view.phase === 'holding') onCancelled(Math.floor((seconds * 1000 - view.msLeft) / 1000))
      holdStopped()
    },
  }
}
