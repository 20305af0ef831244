import { SourceCitation } from '../../components/source-citation'
import type { FullExercise } from '../../data/exercise-details'
import { SOURCES, type Source } from '../../data/sources'

/** How much weight a source carries, in words a user can weigh it by. */
const GRADE_NOTE = {
  A: null,
  B: null,
  C: 'used for form cues only',
} as const satisfies Record<Source['grade'], string | null>

/** Each source named for what it is ("A peer-reviewed study", "An NHS health information page"). */
export function ExerciseSources({ exercise }: { exercise: FullExercise }) {
  return (
    <section className="exercise__section exercise-sources" aria-labelledby="exercise-sources-title">
      <h2 id="exercise-sources-title">Sources</h2>
      <ul>
        {exercise.sources.map((ref) => {
          const source: Source = SOURCES[ref.source]
          const note = GRADE_NOTE[source.grade]
          return (
            <li key={`${ref.source}:${ref.section ?? ''}`}>
              <SourceCitation id={ref.source} />
              <span className="exercise-sources__kind">
                {source.kind}
                {note ? `, ${note}` : ''} · {source.publisher}
              </span>
              {ref.section && <span className="exercise-sources__section">Section: {ref.section}</span>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
