import { Link } from 'react-router-dom'
import { VerdictBadge } from '../../components/verdict-badge'
import type { FullExercise } from '../../data/exercise-details'
import type { BackRisk } from '../../data/exercises'
import { type Verdict, verdictFor } from '../../domain/safety'
import { useProfile } from '../../store/spotter-store'

const RISK_LABELS = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  unrated: 'Not rated by a source',
} as const satisfies Record<BackRisk, string>

/**
 * The verdict's reason, unless it only repeats text already on screen (the risk reason, or a
 * variation's caution): then say what the verdict rests on instead.
 */
function verdictText(exercise: FullExercise, verdict: Verdict): string {
  if (exercise.variationOf && verdict.reason === exercise.variationOf.caution)
    return 'Because it is a harder variation: see above.'
  if (verdict.reason !== exercise.riskReason) return verdict.reason
  if (verdict.level === 'ok')
    return 'Nothing in your back profile rules it out. Keep to the form checkpoints.'
  const swap = exercise.alternatives.length > 0 ? ', or pick a safer alternative below' : ''
  return `Its back risk is ${exercise.backRisk}: only with good form${swap}.`
}

/** Back risk (a fact about the exercise) and the verdict (what it means for this profile today). */
export function ExerciseSafety({ exercise }: { exercise: FullExercise }) {
  const profile = useProfile()
  const verdict = verdictFor(exercise, profile, exercise.defaultLoad)
  return (
    <section className="card exercise-safety" aria-label="Back safety">
      <div className="exercise-safety__item">
        <h2 className="exercise-safety__label">
          Back risk:{' '}
          <span className={`risk-level risk-level--${exercise.backRisk}`}>
            {RISK_LABELS[exercise.backRisk]}
          </span>
        </h2>
        <p>{exercise.riskReason}</p>
      </div>
      <div className="exercise-safety__item">
        <h2 className="exercise-safety__label">
          For your back today: <VerdictBadge verdict={verdict} />
        </h2>
        <p>{verdictText(exercise, verdict)}</p>
        <p className="exercise-safety__profile">
          {profile.conditions.length === 0 ? 'No back conditions set. ' : null}
          <Link to="/about">{profile.conditions.length === 0 ? 'Set up' : 'Change'} my back profile</Link>
        </p>
      </div>
    </section>
  )
}
