import { type ReactNode, useEffect, useRef, useState } from 'react'
import { Link } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { useDocumentTitle } from '../../hooks/use-document-title'
import {
  useActions,
  useBackToday,
  useCurrentEntry,
  useExerciseViews,
  usePlan,
  useProfile,
  verdictContext,
  type WorkoutProgress,
} from '../../store/spotter-store'
import { paths } from '../../utils/paths'
import { CoolDownStep } from './cool-down-step'
import { EndWorkoutConfirm } from './end-workout'
import { ExerciseStep } from './exercise-step'
import { WarmUpStep } from './warm-up-step'

interface Props {
  workout: WorkoutProgress
  wakeLock: ReactNode
  onFinished: () => void
}

/**
 * The workout itself: warm-up (step 0), one exercise per step, cool-down (last step). "Sharp pain" and "End
 * workout" stay in the bar at the top; each step's main action is in the bar at the bottom.
 */
export function WorkoutInProgress({ workout, wakeLock, onFinished }: Props) {
  const plan = usePlan()
  const profile = useProfile()
  const back = useBackToday()
  const { workoutFinished, painStopped } = useActions()
  const [confirmingEnd, setConfirmingEnd] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  const total = plan.length
  // The plan can shrink under a saved step (another tab removed an item): never point past the cool-down.
  const step = Math.max(0, Math.min(workout.step, total + 1))
  const item = step >= 1 && step <= total ? plan[step - 1] : undefined
  const entry = useCurrentEntry(item)
  const view = useExerciseViews()
  const name = item ? view(item.exerciseId).name : ''

  useDocumentTitle(step === 0 ? 'Warm-up' : item ? `${name} (${step} of ${total})` : 'Cool-down')

  // A new step is a new screen: start at the top, with focus on its heading so a screen reader says where
  // you are (also on arrival, since the Start button that had focus is gone).
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current !== step) document.scrollingElement?.scrollTo?.({ top: 0 })
    shownStep.current = step
    headingRef.current?.focus({ preventScroll: true })
  }, [step])

  const saveAndEnd = () => {
    workoutFinished('all')
    onFinished()
  }
  const stopForPain = () => {
    if (!item) return
    painStopped(item.key)
    announce(`${name} stopped: sharp pain`)
  }
  const canStopForPain = item !== undefined && entry?.outcome !== 'pain-stop'

  return (
    <div className="workout">
      <div className="workout-toolbar">
        {canStopForPain && (
          <button type="button" className="button button--danger workout-toolbar__pain" onClick={stopForPain}>
            Sharp pain: stop
          </button>
        )}
        <button
          type="button"
          className="button workout-toolbar__end"
          aria-expanded={confirmingEnd}
          onClick={() => setConfirmingEnd((open) => !open)}
        >
          End workout
        </button>
      </div>
      {confirmingEnd && <EndWorkoutConfirm onCancel={() => setConfirmingEnd(false)} onSaved={onFinished} />}
      <div className="workout-subbar">
        <Link to={paths.plan} className="workout-subbar__plan" aria-label="Back to today’s plan">
          ‹ Plan
        </Link>
        {wakeLock}
      </div>

      <StepDots step={step} total={total} />

      {step === 0 && <WarmUpStep headingRef={headingRef} />}
      {item && (
        <ExerciseStep
          key={`${item.key}:${item.exerciseId}`}
          item={item}
          position={step}
          total={total}
          entry={entry}
          rest={workout.rest}
          profile={back.profile}
          context={verdictContext(back, item.exerciseId)}
          units={profile.units}
          headingRef={headingRef}
          onSaveAndEnd={saveAndEnd}
        />
      )}
      {step === total + 1 && <CoolDownStep headingRef={headingRef} onFinish={saveAndEnd} />}
    </div>
  )
}

/** Where you are, at a glance: one segment per step. Decorative: the step's own text says it in words. */
function StepDots({ step, total }: { step: number; total: number }) {
  return (
    <ol className="step-dots" aria-hidden="true">
      {Array.from({ length: total + 2 }, (_, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments are positions, nothing else
          key={i}
          className={`step-dots__dot${i < step ? ' step-dots__dot--past' : ''}${i === step ? ' step-dots__dot--now' : ''}`}
        />
      ))}
    </ol>
  )
}
