import { useEffect, useState } from 'react'

/** How often a running timer redraws. The time itself always comes from timestamps, never from counting these. */
export const REDRAW_MS = 200

/**
 * The wall clock (Date.now(): on iOS, performance.now() can stand still while the phone sleeps), redrawn
 * while `running` and at once when the phone wakes.
 */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const redraw = () => setNow(Date.now())
    redraw()
    const id = window.setInterval(redraw, REDRAW_MS)
    document.addEventListener('visibilitychange', redraw)
    return () => {
      window.clearInterval(id)
      document.removeEventListener('visibilitychange', redraw)
    }
  }, [running])
  return running ? now : Date.now()
}
