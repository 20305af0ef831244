import { Link } from 'react-router-dom'
import { VerdictBadge } from '../../components/verdict-badge'
import { CONDITION_INFO } from '../../data/conditions'
import type { FullExercise } from '../../data/exercise-details'
import type { BackRisk } from '../../data/exercises'
import { LOAD_HINTS, LOAD_LABELS, type LoadBand } from '../../data/load'
import { type Verdict, verdictFor } from '../../domain/safety'
import { useBackToday, verdictContext } from '../../store/spotter-store'
import { paths } from '../../utils/paths'

const RISK_LABELS = {
  low: 'low',
  moderate: 'moderate',
  high: 'high',
  unrated: 'not rated by a source',
} as const satisfies Record<BackRisk, string>

/** A verdict's reason, unless it only repeats the variation's caution, which the page already shows above. */
function reasonText(exercise: FullExercise, verdict: Verdict): string {
  if (exercise.variationOf && verdict.reason === exercise.variationOf.caution) {
    return 'A harder variation: take care (see above).'
  }
  return verdict.reason
}

interface Row {
  bands: LoadBand[]
  verdict: Verdict
  reason: string
}

/** One row per load band; bands in a row with the same verdict and reason share it (said once). */
function rowsFor(exercise: FullExercise, verdicts: readonly Verdict[]): Row[] {
  const rows: Row[] = []
  for (const verdict of verdicts) {
    const reason = reasonText(exercise, verdict)
    const last = rows.at(-1)
    if (last && last.verdict.level === verdict.level && last.reason === reason) last.bands.push(verdict.load)
    else rows.push({ bands: [verdict.load], verdict, reason })
  }
  return rows
}

/**
 * Today's verdict at each load the exercise is done at, with the advice that goes with it; then the
 * exercise's general back risk and why (a fact about the exercise, whoever does it).
 */
export function ExerciseSafety({ exercise }: { exercise: FullExercise }) {
  const back = useBackToday()
  const context = verdictContext(back, exercise.id)
  const verdicts = exercise.loads.map((load) => verdictFor(exercise, back.profile, load, context))
  const rows = rowsFor(exercise, verdicts)
  // The same advice at every load is said once.
  const advice = [...new Set(verdicts.flatMap((verdict) => verdict.advice))]
  const { conditions } = back.profile
  const profileText =
    conditions.length === 0
      ? 'Nothing set for your back today.'
      : `With ${conditions.map((condition) => CONDITION_INFO[condition].label.toLowerCase()).join(' and ')}.`
  return (
    <section className="card exercise-safety" aria-labelledby="exercise-today-title">
      <div className="exercise-safety__item">
        <h2 id="exercise-today-title" className="exercise-safety__label">
          For your back today
        </h2>
        <p className="exercise-safety__profile">
          {profileText}{' '}
          <Link to={paths.about}>{conditions.length === 0 ? 'Set up' : 'Change'} my back profile</Link>
        </p>
        <table className="load-verdicts">
          <caption className="visually-hidden">Today’s verdict at each load</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Load</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row) =>
              row.bands.map((band, index) => (
                <tr key={band}>
                  <th scope="row" className="load-verdicts__load">
                    {LOAD_LABELS[band]}
                    <span className="load-verdicts__hint">{LOAD_HINTS[band]}</span>
                  </th>
                  {index === 0 && (
                    <td rowSpan={row.bands.length} className="load-verdicts__verdict">
                      <VerdictBadge verdict={row.verdict} />{' '}
                      <span className="load-verdicts__reason">{row.reason}</span>
                    </td>
                  )}
                </tr>
              )),
            )}
          </tbody>
        </table>
        {advice.length > 0 && (
          <ul className="exercise-safety__advice">
            {advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="exercise-safety__item">
        <h2 className="exercise-safety__label">General back risk: {RISK_LABELS[exercise.backRisk]}</h2>
        <p>{exercise.riskReason}</p>
      </div>
    </section>
  )
}
