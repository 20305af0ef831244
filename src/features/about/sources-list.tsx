import { SourceCitation } from '../../components/source-citation'
import { SOURCES, type Source, type SourceId } from '../../data/sources'

const ALL_SOURCES = Object.entries(SOURCES) as [SourceId, Source][]

/** Every source the dataset draws on, each named for what it is. */
export function SourcesList() {
  return (
    <section className="about__section" aria-labelledby="about-sources-title">
      <h2 id="about-sources-title">Sources</h2>
      <ul className="source-list">
        {ALL_SOURCES.map(([id, source]) => (
          <li key={id}>
            <SourceCitation id={id} />
            <span className="source-list__publisher">
              {source.kind} · {source.publisher}
            </span>
            {source.note && <span className="source-list__note muted">{source.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
