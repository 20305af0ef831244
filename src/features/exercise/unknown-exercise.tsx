import { Link } from 'react-router-dom'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { paths } from '../../utils/paths'
import { closeMatches } from './close-matches'
import { PlanLink } from './plan-link'

/** Long enough to recognise, short enough not to flood a phone screen. */
const MAX_SHOWN = 60

function shorten(text: string): string {
  const chars = [...text]
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : text
}

/** An exercise id that isn't in the dataset. `asked` is untrusted: it is only ever rendered as text. */
export function UnknownExercise({ asked }: { asked: string }) {
  useDocumentTitle('Exercise not found')
  const suggestions = closeMatches(asked)
  const shown = shorten(asked.trim())
  return (
    <section className="exercise stack" aria-labelledby="exercise-not-found-title">
      <h1 id="exercise-not-found-title">Exercise not found</h1>
      <p>
        {shown ? (
          <>We don’t have an exercise called “{shown}”.</>
        ) : (
          <>No exercise was named in the address.</>
        )}{' '}
        Your plan is safe.
      </p>
      {suggestions.length > 0 && (
        <section aria-labelledby="exercise-suggestions-title">
          <h2 id="exercise-suggestions-title">Did you mean…</h2>
          <ul className="exercise-links">
            {suggestions.map((exercise) => (
              <li key={exercise.id}>
                <Link to={paths.exercise(exercise.id)}>{exercise.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PlanLink primary />
    </section>
  )
}
