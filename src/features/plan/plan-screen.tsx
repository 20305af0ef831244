import { lazy, Suspense } from 'react'
import { ConditionToggles } from '../../components/condition-toggles'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { PlanAttention } from './plan-attention'
import { PlanList } from './plan-list'
import './plan.css'

// The library sits below the plan, so it loads just after first paint; it keeps the first screen's JS small.
const ExerciseLibrary = lazy(async () => ({ default: (await import('./exercise-library')).ExerciseLibrary }))

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
      <Suspense
        fallback={
          <p className="muted" data-loading="">
            Loading exercises…
          </p>
        }
      >
        <ExerciseLibrary />
      </Suspense>
    </div>
  )
}
