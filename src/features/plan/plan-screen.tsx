import { ConditionToggles } from '../../components/condition-toggles'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { ExerciseLibrary } from './exercise-library'
import { PlanAttention } from './plan-attention'
import { PlanList } from './plan-list'
import './plan.css'

/**
 * Home: the back profile, today's plan with its warnings and swaps, and the library to add from.
 * The warning callout sits under the profile, so ticking a condition never moves the checkbox
 * out from under the thumb.
 */
export function PlanScreen() {
  useDocumentTitle('Today’s plan')
  return (
    <div className="plan-screen">
      <h1>Today’s plan</h1>
      <ConditionToggles />
      <PlanAttention />
      <PlanList />
      <ExerciseLibrary />
    </div>
  )
}
