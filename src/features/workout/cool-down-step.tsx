import type { RefObject } from 'react'
import { COOL_DOWN } from '../../data/advice'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions } from '../../store/spotter-store'
import { ActionBar } from './action-bar'
import { PainRating } from './pain-rating'

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>
  onFinish: () => void
}

export function CoolDownStep({ headingRef, onFinish }: Props) {
  const { stepWentBack } = useActions()
  const guard = useTapGuard()
  return (
    <article className="workout-step" aria-labelledby="workout-step-title">
      <p className="workout-step__eyebrow">Last step</p>
      <h1 id="workout-step-title" ref={headingRef} tabIndex={-1}>
        {COOL_DOWN.title}
      </h1>
      <p className="workout-step__lead">{COOL_DOWN.text}</p>
      <PainRating when="after" />
      <div className="workout-actions__pair">
        <button type="button" className="button" onClick={guard.guard(stepWentBack)}>
          Previous
        </button>
      </div>
      <ActionBar>
        <button
          type="button"
          className="button button--primary button--block workout-big"
          onClick={() => guard.accept() && onFinish()}
        >
          Finish and save
        </button>
      </ActionBar>
    </article>
  )
}
