import { type RefObject, useEffect, useRef } from 'react'
import { announce } from '../../components/live-region'
import { VerdictBadge } from '../../components/verdict-badge'
import { getFullExercise } from '../../data/exercise-details'
import { getExercise } from '../../data/exercises'
import { type Profile, verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import type { Outcome, PlanItem } from '../../store/spotter-store'
import { useActions } from '../../store/spotter-store'
import { CheckpointList } from './checkpoint-list'
import { HoldTimerPanel } from './hold-timer-panel'
import { PainPanel } from './pain-panel'

interface Props {
  item: PlanItem
  /** 1-based position in the plan, which is also the workout step. */
  position: number
  total: number
  outcome: Outcome | undefined
  profile: Profile
  headingRef: RefObject<HTMLHeadingElement | null>
}

const OUTCOME_NOTE = {
  done: 'You marked this done.',
  skipped: 'You skipped this.',
  swapped: 'You swapped this for a safer one.',
} as const

/** One exercise mid-workout: checkpoints to tick, a hold timer where it's a hold, and a way out on pain. */
export function ExerciseStep({ item, position, total, outcome, profile, headingRef }: Props) {
  const { exerciseFinished, exerciseSkipped, painStopped, painStopWithdrawn, stepAdvanced, stepWentBack } =
    useActions()
  const exercise = getFullExercise(item.exerciseId)
  const verdict = verdictFor(exercise, profile)
  const painRef = useRef<HTMLHeadingElement>(null)
  const stoppedForPain = outcome === 'pain-stop'
  const justStopped = useRef(false)
  // Done, Skip, Previous and Continue move on; the second half of a double tap must not act on the next step.
  const { guard } = useTapGuard()

  useEffect(() => {
    if (stoppedForPain && justStopped.current) {
      justStopped.current = false
      painRef.current?.focus()
    }
  }, [stoppedForPain])

  const end = (how: 'done' | 'skipped') => {
    if (how === 'done') exerciseFinished(item.key)
    else exerciseSkipped(item.key)
  }
  const stopForPain = () => {
    justStopped.current = true
    painStopped(item.key)
    announce(`${exercise.name} stopped: sharp pain`)
  }

  return (
    <article className="workout-step" aria-labelledby="workout-step-title">
      <p className="workout-step__eyebrow">
        Exercise {position} of {total}
      </p>
      <h1 id="workout-step-title" ref={headingRef} tabIndex={-1}>
        {exercise.name}
      </h1>
      {verdict.level === 'ok' ? (
        <p className="workout-step__verdict">
          <VerdictBadge verdict={verdict} />
        </p>
      ) : (
        <p
          className={`callout callout--${verdict.level === 'avoid' ? 'danger' : 'caution'} workout-step__verdict`}
        >
          <VerdictBadge verdict={verdict} /> {verdict.reason}
        </p>
      )}
      {item.swappedFrom && (
        <p className="muted">Swapped in for {getExercise(item.swappedFrom).name.toLowerCase()}.</p>
      )}

      {stoppedForPain ? (
        <PainPanel
          exercise={exercise}
          profile={profile}
          headingRef={painRef}
          onContinue={guard(stepAdvanced)}
          onWithdraw={() => {
            painStopWithdrawn(item.key)
            announce(`${exercise.name}: pain stop taken back`)
          }}
        />
      ) : (
        <>
          {outcome && <p className="callout callout--info">{OUTCOME_NOTE[outcome]}</p>}
          <CheckpointList itemKey={item.key} checkpoints={exercise.checkpoints} />
          {exercise.holdSeconds !== undefined && (
            <HoldTimerPanel key={item.key} seconds={exercise.holdSeconds} />
          )}
          {exercise.faults.length > 0 && (
            <section className="card faults" aria-labelledby="faults-title">
              <h2 id="faults-title">If you feel a pinch, check…</h2>
              <ul>
                {exercise.faults.map((fault) => (
                  <li key={fault.id}>{fault.text}</li>
                ))}
              </ul>
            </section>
          )}

          <div className="workout-actions">
            <button
              type="button"
              className="button button--primary button--block workout-big"
              onClick={guard(() => end('done'))}
            >
              Done, next exercise
            </button>
            <div className="workout-actions__pair">
              <button type="button" className="button" onClick={guard(stepWentBack)}>
                Previous
              </button>
              <button type="button" className="button" onClick={guard(() => end('skipped'))}>
                Skip
              </button>
            </div>
          </div>

          {/* Sticks above the navigation, so it is always one tap away however far you scroll. */}
          <div className="pain-zone">
            <button
              type="button"
              className="button button--danger button--block workout-big"
              onClick={stopForPain}
            >
              Sharp pain: stop
            </button>
          </div>
        </>
      )}
    </article>
  )
}
