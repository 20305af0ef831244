import { Link } from 'react-router-dom'
import { VerdictBadge } from '../../components/verdict-badge'
import { VerdictIcon } from '../../components/verdict-icon'
import { getExerciseDetails } from '../../data/exercise-details'
import { type Exercise, getExercise } from '../../data/exercises'
import { saferAlternatives } from '../../domain/safety'
import { useBackToday, verdictContext } from '../../store/spotter-store'

const exercisePath = (exercise: Exercise) => `/exercises/${exercise.id}`

/** Safer swaps for the back today at the usual load, best first; or what to do when none is sourced. */
export function SaferAlternatives({ exercise }: { exercise: Exercise }) {
  const back = useBackToday()
  const safer = saferAlternatives(
    exercise,
    back.profile,
    exercise.defaultLoad,
    verdictContext(back, exercise.id),
  )
  return (
    <section className="exercise__section" aria-labelledby="exercise-safer-title">
      <h2 id="exercise-safer-title">Safer alternatives</h2>
      {safer.kind === 'alternatives' ? (
        <ul className="swap-list">
          {safer.options.map((option) => (
            <li key={`${option.kind}-${option.exercise.id}`} className="swap">
              <Link className="swap__link" to={exercisePath(option.exercise)}>
                {option.exercise.name}
              </Link>
              {option.verdict.level !== 'ok' && <VerdictBadge verdict={option.verdict} />}
              <p className="swap__why">{option.why}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{safer.message}</p>
      )}
    </section>
  )
}

/** Harder variations (push-up): more lower-back effort, so never listed as a safer swap. */
export function HarderVariations({ exercise }: { exercise: Exercise }) {
  const variations = (exercise.harderVariations ?? []).map(getExercise)
  if (variations.length === 0) return null
  return (
    <section className="exercise__section" aria-labelledby="exercise-harder-title">
      <h2 id="exercise-harder-title">Harder variations</h2>
      <p className="callout callout--caution">
        <VerdictIcon level="caution" /> These are not safer swaps: they make your lower back work harder.
      </p>
      <ul className="swap-list">
        {variations.map((variation) => (
          <li key={variation.id} className="swap">
            <Link className="swap__link" to={exercisePath(variation)}>
              {variation.name}
            </Link>
            <p className="swap__why">
              {variation.variationOf?.caution ?? getExerciseDetails(variation.id).riskReason}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** On a harder variation: the exercise it varies, and the caution. */
export function VariationOf({ exercise }: { exercise: Exercise }) {
  if (!exercise.variationOf) return null
  const base = getExercise(exercise.variationOf.id)
  return (
    <section className="callout callout--caution exercise-variation" aria-label="Harder variation">
      <p>
        A harder variation of the <Link to={exercisePath(base)}>{base.name.toLowerCase()}</Link>.
      </p>
      <p>{exercise.variationOf.caution}</p>
    </section>
  )
}
