import { lazy, type ReactNode, Suspense, useMemo } from 'react'
import { ConditionToggles } from '../../components/condition-toggles'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useOnClient } from '../../hooks/use-on-client'
import { BackCheckIn } from './back-check-in'
import { loadedLibrary, loadLibrary } from './library-loader'
import { PlanAttention } from './plan-attention'
import { PlanList } from './plan-list'
import { PlanRoutines } from './plan-routines'
import { PlanSummaryBar } from './plan-summary-bar'
import { TodayAdvice } from './today-advice'
import { UnitsToggle } from './units-toggle'
import './plan.css'

const LazyLibrary = lazy(async () => ({ default: (await loadLibrary()).ExerciseLibrary }))

/** In the prerendered page, what only this user's data can say: shown only on a first visit (see plan.css). */
function Personal({ onClient, children }: { onClient: boolean; children: ReactNode }) {
  return onClient ? children : <div className="personal-pending">{children}</div>
}

/**
 * Home: the back profile, today's plan with its warnings and swaps, and the library to add from.
 * The warning callout sits under the profile, so ticking a condition never moves the checkbox
 * out from under the thumb.
 */
export function PlanScreen() {
  useDocumentTitle('Today’s plan')
  const LoadedLibrary = loadedLibrary()
  // The same element every render, its Suspense boundary included: the library (most of the page) re-renders
  // only for its own data, not when the plan above it changes or the page is taken over (onClient). Hydrating,
  // that boundary is taken over after the rest of the page, in steps the browser can paint between; a new
  // boundary element in the render that shows the saved plan would make React take it over at once, in one
  // long task.
  const library = useMemo(
    () => (
      <Suspense
        fallback={
          <p className="muted" data-loading="">
            Loading exercises…
          </p>
        }
      >
        {LoadedLibrary ? <LoadedLibrary /> : <LazyLibrary />}
      </Suspense>
    ),
    [LoadedLibrary],
  )
  const onClient = useOnClient()
  return (
    <div className="plan-screen">
      <div className="plan-screen__header">
        <h1>Today’s plan</h1>
        <Personal onClient={onClient}>
          <UnitsToggle />
        </Personal>
      </div>
      {/* Prerendered as a first visit (nothing saved) looks. index.html's inline script shows it at once when nothing
          is saved on the phone; otherwise it keeps its place hidden behind "Loading your plan…" until the app
          renders the saved plan, rather than show a plan that may not be theirs ("Nothing planned yet"). */}
      <div className="plan-personal" aria-busy={!onClient}>
        {!onClient && <p className="plan-personal__loading muted">Loading your plan…</p>}
        <div
          className={
            onClient ? 'plan-personal__content' : 'plan-personal__content plan-personal__content--pending'
          }
        >
          <BackCheckIn />
          <ConditionToggles />
          <PlanAttention />
          <TodayAdvice />
          <PlanList />
          <PlanRoutines />
        </div>
      </div>
      <Personal onClient={onClient}>
        <PlanSummaryBar />
      </Personal>
      {library}
    </div>
  )
}
