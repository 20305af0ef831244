import { Link } from 'react-router-dom'
import { usePlan } from '../../store/spotter-store'

/** Under the plan: save it as a routine, or start from one (the routines screen). */
export function PlanRoutines() {
  const planned = usePlan().length > 0
  return (
    <nav className="plan-routines row" aria-label="Routines">
      {planned && (
        <Link className="button button--small" to="/routines#save">
          Save as routine
        </Link>
      )}
      <Link className="button button--small" to="/routines">
        Start from a routine
      </Link>
    </nav>
  )
}
