import { SOURCES, type SourceId } from '../data/sources'
import './source-citation.css'

/** A source's title (linked where it has a public address), cited. Shared by the exercise and about screens. */
export function SourceCitation({ id }: { id: SourceId }) {
  const source = SOURCES[id]
  return (
    <cite className="source-citation">
      {'url' in source ? (
        <a href={source.url} rel="noreferrer" target="_blank">
          {source.title}
        </a>
      ) : (
        source.title
      )}
    </cite>
  )
}
