import { memo } from 'react'
import { Link, useLocation } from 'react-router-dom'
import { LazyFigureThumbnail } from '../../components/figure-thumbnail'
import { announce } from '../../components/live-region'
import { VerdictBadge } from '../../components/verdict-badge'
import type { Exercise } from '../../data/exercises'
import { verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { type BackToday, useActions, verdictContext } from '../../store/spotter-store'
import { paths } from '../../utils/paths'

interface LibraryEntryProps {
  exercise: Exercise
  back: BackToday
  /** How many times it is already in today's plan. */
  inPlan: number
}

/**
 * One compact library row: a thumbnail, the name (to its page), today's verdict at its usual load (the one
 * chip; the general back risk is on the exercise's page), and Add, which says so when it is already planned.
 * Memoised: an add re-renders only the rows whose "In plan" count changed.
 */
export const LibraryEntry = memo(function LibraryEntry({ exercise, back, inPlan }: LibraryEntryProps) {
  const { exerciseAdded } = useActions()
  const { guard } = useTapGuard()
  // The library's search and filters, for the exercise page's way back to them.
  const { search } = useLocation()
  const verdict = verdictFor(exercise, back.profile, exercise.defaultLoad, verdictContext(back, exercise.id))
  const onAdd = guard(() => {
    exerciseAdded(exercise.id)
    announce(
      inPlan > 0
        ? `Added ${exercise.name} again: ${inPlan + 1} in today’s plan`
        : `Added ${exercise.name} to today’s plan`,
    )
  })
  return (
    <li className={`library-entry${inPlan > 0 ? ' library-entry--planned' : ''}`}>
      <LazyFigureThumbnail exerciseId={exercise.id} />
      <div className="library-entry__main">
        <h4 className="library-entry__title">
          <Link to={paths.exercise(exercise.id)} state={search ? { planSearch: search } : undefined}>
            {exercise.name}
          </Link>
        </h4>
        <p className="library-entry__status">
          <VerdictBadge verdict={verdict} />
          {inPlan > 0 && (
            <span className="library-entry__in-plan">
              <span aria-hidden="true">✓ </span>In plan{inPlan > 1 ? ` ×${inPlan}` : ''}
            </span>
          )}
        </p>
      </div>
      <button type="button" className="button library-entry__add" onClick={onAdd}>
        {inPlan > 0 ? (
          <>
            Add <span className="visually-hidden">{exercise.name} to today</span> again
          </>
        ) : (
          <>
            <span aria-hidden="true">+ </span>Add{' '}
            <span className="visually-hidden">{exercise.name} to today</span>
          </>
        )}
      </button>
    </li>
  )
})
