import { useEffect, useRef } from 'react'
import { announce } from '../../components/live-region'
import { useActions } from '../../store/spotter-store'

interface Props {
  onCancel: () => void
}

/** "End workout" asks first: ending saves nothing to History. */
export function EndWorkoutConfirm({ onCancel }: Props) {
  const { workoutAbandoned } = useActions()
  const keepGoing = useRef<HTMLButtonElement>(null)
  useEffect(() => keepGoing.current?.focus(), [])

  const end = () => {
    workoutAbandoned()
    announce('Workout ended. Nothing was saved.')
  }

  return (
    <section className="callout callout--caution end-workout" aria-labelledby="end-workout-title">
      <p id="end-workout-title">
        <strong>End this workout without saving?</strong> It won’t appear in History. Your plan stays as it
        is.
      </p>
      <div className="workout-actions__pair">
        <button type="button" className="button" ref={keepGoing} onClick={onCancel}>
          Keep going
        </button>
        <button type="button" className="button button--danger" onClick={end}>
          End without saving
        </button>
      </div>
    </section>
  )
}
