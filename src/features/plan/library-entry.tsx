import { memo } from 'react'
import { Link } from 'react-router-dom'
import { LazyFigureThumbnail } from '../../components/figure-thumbnail'
import { announce } from '../../components/live-region'
import { VerdictBadge } from '../../components/verdict-badge'
import { getExerciseDetails } from '../../data/exercise-details'
import { BODY_AREA_LABELS, type Exercise, getExercise } from '../../data/exercises'
import { type Profile, verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions } from '../../store/spotter-store'

interface LibraryEntryProps {
  exercise: Exercise
  profile: Profile
  /** How many times it is already in today's plan. */
  inPlan: number
}

/** Memoised: a swap or an add re-renders only the entries whose "In plan" count changed. */
export const LibraryEntry = memo(function LibraryEntry({ exercise, profile, inPlan }: LibraryEntryProps) {
  const { exerciseAdded } = useActions()
  const { guard } = useTapGuard()
  const onAdd = guard(() => {
    exerciseAdded(exercise.id)
    announce(`Added ${exercise.name} to today’s plan`)
  })
  const verdict = verdictFor(exercise, profile, exercise.defaultLoad)
  const variation = exercise.variationOf
  const showReason = verdict.level !== 'ok' && verdict.reason !== variation?.caution
  return (
    <li className="library-entry">
      <div className="library-entry__header">
        <LazyFigureThumbnail exerciseId={exercise.id} />
        <h3 className="library-entry__title">
          <Link to={`/exercises/${exercise.id}`}>{exercise.name}</Link>
        </h3>
        <VerdictBadge verdict={verdict} />
      </div>
      <p className="library-entry__works">{getExerciseDetails(exercise.id).works}</p>
      {showReason && <p className="library-entry__reason">{verdict.reason}</p>}
      {variation && (
        <p className="library-entry__caution">
          <strong>Variation of {getExercise(variation.id).name}.</strong> {variation.caution}
        </p>
      )}
      <div className="library-entry__actions">
        <button type="button" className="button" onClick={onAdd}>
          <span aria-hidden="true">+</span>
          <span>
            Add <span className="visually-hidden">{exercise.name}</span> to today
          </span>
        </button>
        <p className="library-entry__meta">
          <span className={`library-entry__risk library-entry__risk--${exercise.backRisk}`}>
            Back risk: {exercise.backRisk}
          </span>
          <span aria-hidden="true"> · </span>
          <span>{exercise.areas.map((area) => BODY_AREA_LABELS[area]).join(', ')}</span>
        </p>
        {inPlan > 0 && (
          <span className="library-entry__in-plan">
            <span aria-hidden="true">✓</span> In plan{inPlan > 1 ? ` (${inPlan})` : ''}
          </span>
        )}
      </div>
    </li>
  )
})
