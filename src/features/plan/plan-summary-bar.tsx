import { useNavigate } from 'react-router-dom'
import { estimateMinutes } from '../../domain/estimate'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions, usePlan, useWorkout } from '../../store/spotter-store'
import { paths } from '../../utils/paths'

/**
 * "5 exercises · ~40 min · Start", kept above the navigation. Start starts the workout and opens it at the
 * warm-up: one tap from the plan.
 */
export function PlanSummaryBar() {
  const plan = usePlan()
  const underWay = useWorkout() !== null
  const { workoutStarted } = useActions()
  const navigate = useNavigate()
  const { guard } = useTapGuard()
  if (plan.length === 0) return null
  const start = () => {
    if (!underWay) workoutStarted()
    navigate(paths.workout)
  }
  return (
    <section className="plan-summary" aria-labelledby="plan-summary-text">
      <p id="plan-summary-text" className="plan-summary__text">
        {plan.length} {plan.length === 1 ? 'exercise' : 'exercises'} · ~{estimateMinutes(plan)} min
      </p>
      <button
        type="button"
        className="button button--primary plan-summary__start"
        aria-label={underWay ? undefined : 'Start workout'}
        onClick={guard(start)}
      >
        {underWay ? 'Continue workout' : 'Start'}
      </button>
    </section>
  )
}
