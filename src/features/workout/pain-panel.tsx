import type { ReactNode, RefObject } from 'react'
import { RedFlags } from '../../components/red-flags'

interface Props {
  exerciseName: string
  headingRef: RefObject<HTMLHeadingElement | null>
  /** Tapped "Sharp pain" by mistake: back to the exercise. */
  onWithdraw: () => void
  /** The safer exercises to swap to. */
  children: ReactNode
}

/** After "Sharp pain: stop": stop, a safer exercise instead, and when to get help. */
export function PainPanel({ exerciseName, headingRef, onWithdraw, children }: Props) {
  return (
    <section className="pain-panel" aria-labelledby="pain-panel-title">
      <div className="callout callout--danger pain-panel__stop">
        <h2 id="pain-panel-title" ref={headingRef} tabIndex={-1}>
          Stop this exercise.
        </h2>
        <p>
          Sharp or severe pain means stop, not push through. Spotter keeps this pain stop in History, even if
          you discard the rest of the workout.
        </p>
      </div>

      <section className="card pain-panel__safer" aria-labelledby="pain-safer-title">
        <h3 id="pain-safer-title">Instead of {exerciseName.toLowerCase()}</h3>
        {children}
      </section>

      <RedFlags headingLevel={3} />

      <button type="button" className="button button--block" onClick={onWithdraw}>
        I tapped stop by mistake
      </button>
    </section>
  )
}
