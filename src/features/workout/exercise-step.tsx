import { type RefObject, useEffect, useRef } from 'react'
import { ExerciseFigure } from '../../components/exercise-figure'
import { announce } from '../../components/live-region'
import { VerdictBadge } from '../../components/verdict-badge'
import { getFullExercise } from '../../data/exercise-details'
import { getExercise } from '../../data/exercises'
import { type Profile, verdictFor } from '../../domain/safety'
import { useActions } from '../../store/spotter-store'
import type { Outcome, PlanItem } from '../../store/types'
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

const OUTCOME_NOTE = { done: 'You marked this done.', skipped: 'You skipped this.' } as const

/**
 * After "Done" or "Skip" moves on, taps are ignored this long, so the second half of a double tap doesn't
 * tick a checkpoint or skip the next exercise too.
 */
export const DOUBLE_TAP_GUARD_MS = 400
/** The last move on by tap: when, and to which step. */
let movedOn = { at: Number.NEGATIVE_INFINITY, to: -1 }

/** One exercise mid-workout: checkpoints to tick, a hold timer where it's a hold, and a way out on pain. */
export function ExerciseStep({ item, position, total, outcome, profile, headingRef }: Props) {
  const { exerciseEnded, exerciseEndingWithdrawn, workoutStepChanged } = useActions()
  const exercise = getFullExercise(item.exerciseId)
  const verdict = verdictFor(exercise, profile)
  const painRef = useRef<HTMLHeadingElement>(null)
  const stoppedForPain = outcome === 'pain-stop'
  const justStopped = useRef(false)
  const acceptTap = () => movedOn.to !== position || performance.now() - movedOn.at >= DOUBLE_TAP_GUARD_MS

  useEffect(() => {
    if (stoppedForPain && justStopped.current) {
      justStopped.current = false
      painRef.current?.focus()
    }
  }, [stoppedForPain])

  const end = (how: 'done' | 'skipped') => {
    if (!acceptTap()) return
    movedOn = { at: performance.now(), to: position + 1 }
    exerciseEnded(item.key, how)
    workoutStepChanged(position + 1)
  }
  const stopForPain = () => {
    justStopped.current = true
    exerciseEnded(item.key, 'pain-stop')
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
          onContinue={() => workoutStepChanged(position + 1)}
          onWithdraw={() => {
            exerciseEndingWithdrawn(item.key)
            announce(`${exercise.name}: pain stop taken back`)
          }}
        />
      ) : (
        <>
          {outcome && <p className="callout callout--info">{OUTCOME_NOTE[outcome]}</p>}
          <ExerciseFigure exerciseId={exercise.id} size="compact" />
          <CheckpointList itemKey={item.key} checkpoints={exercise.checkpoints} acceptTap={acceptTap} />
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
              onClick={() => end('done')}
            >
              Done, next exercise
            </button>
            <div className="workout-actions__pair">
              <button type="button" className="button" onClick={() => workoutStepChanged(position - 1)}>
                Previous
              </button>
              <button type="button" className="button" onClick={() => end('skipped')}>
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
