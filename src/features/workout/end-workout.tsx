import { useEffect, useRef, useState } from 'react'
import { announce } from '../../components/live-region'
import { useActions, useCurrentEntries } from '../../store/spotter-store'

interface Props {
  onCancel: () => void
  onSaved: () => void
}

/**
 * "End workout": save what was done (the default), or discard it after a second, explicit tap. A pain stop
 * is kept in History either way: it is the record that matters most.
 */
export function EndWorkoutConfirm({ onCancel, onSaved }: Props) {
  const { workoutFinished } = useActions()
  const painStops = useCurrentEntries().filter((entry) => entry.outcome === 'pain-stop').length
  const [discarding, setDiscarding] = useState(false)
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => first.current?.focus(), [])

  const save = () => {
    workoutFinished('all')
    onSaved()
  }
  const discard = () => {
    workoutFinished('pain-stops')
    announce(painStops > 0 ? 'Workout discarded. Its pain stops are kept in History.' : 'Workout discarded.')
  }

  return (
    <section className="callout callout--caution end-workout" aria-labelledby="end-workout-title">
      <h2 id="end-workout-title" className="end-workout__title">
        End this workout?
      </h2>
      {discarding ? (
        <>
          <p>
            <strong>Discard the sets you did today?</strong> They won’t appear in History.{' '}
            {painStops > 0
              ? `Your ${painStops === 1 ? 'pain stop is' : `${painStops} pain stops are`} kept in History.`
              : ''}{' '}
            Your plan stays as it is.
          </p>
          <div className="workout-actions__pair">
            <button type="button" className="button" ref={first} onClick={() => setDiscarding(false)}>
              Don’t discard
            </button>
            <button type="button" className="button button--danger" onClick={discard}>
              Discard
            </button>
          </div>
        </>
      ) : (
        <>
          <p>Save what you did to History and end here. Your plan stays as it is.</p>
          <button type="button" className="button button--primary button--block" ref={first} onClick={save}>
            Save and end
          </button>
          <div className="workout-actions__pair">
            <button type="button" className="button" onClick={onCancel}>
              Keep going
            </button>
            <button type="button" className="button" onClick={() => setDiscarding(true)}>
              Discard…
            </button>
          </div>
        </>
      )}
    </section>
  )
}
