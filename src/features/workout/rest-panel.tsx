import { useEffect, useRef } from 'react'
import { announce } from '../../components/live-region'
import { useActions } from '../../store/spotter-store'
import { signalEnd } from './beep'
import { FRESH_FINISH_MS, formatClock } from './hold-timer'

/** How much each − / + changes the rest. */
export const REST_NUDGE_SECONDS = 15

/** A rest is over when the clock passes its end: a locked phone shows the right time the moment it wakes. */
export const restMsLeft = (endsAt: string, now: number): number => Math.max(0, Date.parse(endsAt) - now)

interface Props {
  endsAt: string
  now: number
  /** What comes after the rest: "set 2 of 3", "the next exercise". */
  next: string
}

/** The rest after a set: big time left, 15 s less or more, skip; sound and a buzz at the end. */
export function RestPanel({ endsAt, now, next }: Props) {
  const { restAdjusted, restSkipped } = useActions()
  const msLeft = restMsLeft(endsAt, now)
  const secondsLeft = Math.ceil(msLeft / 1000)
  return (
    <section className="rest-panel" aria-labelledby="rest-title">
      <h2 id="rest-title" className="rest-panel__title">
        Rest, then {next}
      </h2>
      <p className="rest-panel__time" role="timer" aria-label={`Rest: ${secondsLeft} seconds left`}>
        {formatClock(secondsLeft)}
      </p>
      <div className="rest-panel__buttons">
        <button
          type="button"
          className="button"
          aria-label="−15 s rest"
          onClick={() => restAdjusted(-REST_NUDGE_SECONDS)}
        >
          −15 s
        </button>
        <button
          type="button"
          className="button"
          aria-label="+15 s rest"
          onClick={() => restAdjusted(REST_NUDGE_SECONDS)}
        >
          +15 s
        </button>
        <button type="button" className="button" onClick={restSkipped}>
          Skip rest
        </button>
      </div>
    </section>
  )
}

/**
 * Says when a rest seen running ends: a beep and a buzz if the end is seen as it happens, only the words if
 * the phone was locked through it. Once per rest (its end time identifies it).
 */
export function useRestEndSignal(endsAt: string | null, now: number) {
  const running = useRef<string | null>(null)
  useEffect(() => {
    if (endsAt === null) return
    const late = now - Date.parse(endsAt)
    if (late < 0) {
      running.current = endsAt
      return
    }
    if (running.current !== endsAt) return
    running.current = null
    announce('Rest over')
    if (late <= FRESH_FINISH_MS) signalEnd()
  }, [endsAt, now])
}
