import type { RefObject } from 'react'
import { RedFlags } from '../../components/red-flags'
import { VerdictBadge } from '../../components/verdict-badge'
import type { Exercise } from '../../data/exercises'
import { type Profile, saferAlternatives } from '../../domain/safety'

interface Props {
  exercise: Exercise
  profile: Profile
  headingRef: RefObject<HTMLHeadingElement | null>
  onContinue: () => void
  /** Tapped "Sharp pain: stop" by mistake: back to the exercise. */
  onWithdraw: () => void
}

/** After "Sharp pain: stop": stop, what to do instead next time, and when to get help. */
export function PainPanel({ exercise, profile, headingRef, onContinue, onWithdraw }: Props) {
  const safer = saferAlternatives(exercise, profile, exercise.defaultLoad)
  return (
    <section className="pain-panel" aria-labelledby="pain-panel-title">
      <div className="callout callout--danger pain-panel__stop">
        <h2 id="pain-panel-title" ref={headingRef} tabIndex={-1}>
          Stop this exercise.
        </h2>
        <p>
          Sharp or severe pain means stop, not push through. Spotter has saved this as a pain stop, so you can
          see it in History.
        </p>
      </div>

      <div className="card pain-panel__safer">
        <h3>Safer options next time</h3>
        {safer.kind === 'alternatives' ? (
          <ul className="pain-panel__options">
            {safer.options.map((option) => (
              <li key={option.exercise.id}>
                <strong>{option.exercise.name}</strong>
                {option.verdict.level !== 'ok' && (
                  <>
                    {' '}
                    <VerdictBadge verdict={option.verdict} />
                  </>
                )}
                <br />
                <span className="muted">{option.why}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No safer swap is sourced for {exercise.name.toLowerCase()}: leave it for today.</p>
        )}
      </div>

      <RedFlags headingLevel={3} />

      <button type="button" className="button button--primary button--block workout-big" onClick={onContinue}>
        Continue to next exercise
      </button>
      <button type="button" className="button button--block" onClick={onWithdraw}>
        I tapped stop by mistake
      </button>
    </section>
  )
}
