import { Link } from 'react-router-dom'
import { useActions } from '../../store/spotter-store'
import { paths } from '../../utils/paths'

/** Nothing to train: point back to the plan. Ends a workout left over from an emptied plan. */
export function NoPlan({ workoutOpen }: { workoutOpen: boolean }) {
  const { workoutFinished } = useActions()
  return (
    <section className="stack" aria-labelledby="workout-title">
      <h1 id="workout-title">Workout</h1>
      <p>Your plan for today is empty. Add the exercises you want to do, then come back here to start.</p>
      <Link className="button button--primary button--block" to={paths.plan}>
        Go to today’s plan
      </Link>
      {workoutOpen && (
        <button type="button" className="button button--block" onClick={() => workoutFinished('pain-stops')}>
          End the unfinished workout
        </button>
      )}
    </section>
  )
}
