import type { RefObject } from 'react'
import { WARM_UP } from '../../data/advice'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions } from '../../store/spotter-store'
import { ActionBar } from './action-bar'
import { PainRating } from './pain-rating'

export function WarmUpStep({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { stepAdvanced } = useActions()
  const guard = useTapGuard()
  return (
    <article className="workout-step" aria-labelledby="workout-step-title">
      <p className="workout-step__eyebrow">Before you start</p>
      <h1 id="workout-step-title" ref={headingRef} tabIndex={-1}>
        {WARM_UP.title}
      </h1>
      <p className="workout-step__lead">{WARM_UP.text}</p>
      <PainRating when="before" />
      <ActionBar>
        <button
          type="button"
          className="button button--primary button--block workout-big"
          onClick={() => guard.accept() && stepAdvanced()}
        >
          I’m warmed up
        </button>
      </ActionBar>
    </article>
  )
}
