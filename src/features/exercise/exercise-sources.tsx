import { SourceCitation } from '../../components/source-citation'
import type { FullExercise } from '../../data/exercise-details'
import { SOURCES, type Source } from '../../data/sources'

export function ExerciseSources({ exercise }: { exercise: FullExercise }) {
  return (
    <section className="exercise__section exercise-sources" aria-labelledby="exercise-sources-title">
      <h2 id="exercise-sources-title">Sources</h2>
      <ul>
        {exercise.sources.map((ref) => {
          const source: Source = SOURCES[ref.source]
          return (
            <li key={`${ref.source}:${ref.section ?? ''}`}>
              <SourceCitation id={ref.source} />
              <span className="exercise-sources__publisher">{source.publisher}</span>
              {ref.section && <span className="exercise-sources__section">Section: {ref.section}</span>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
