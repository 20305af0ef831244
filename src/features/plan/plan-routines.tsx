import { Link } from 'react-router-dom'
import { usePlan } from '../../store/spotter-store'
import { paths } from '../../utils/paths'

/** Under the plan: save it as a routine, or start from one (the routines screen). */
export function PlanRoutines() {
  const planned = usePlan().length > 0
  return (
    <nav className="plan-routines row" aria-label="Routines">
      {planned && (
        <Link className="button button--small" to={paths.saveRoutine}>
          Save as routine
        </Link>
      )}
      <Link className="button button--small" to={paths.routines}>
        Start from a routine
      </Link>
    </nav>
  )
}
