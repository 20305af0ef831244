import { SOURCES, type SourceId } from '../data/sources'

/** A source's title (linked where it has a public address), cited. Shared by the exercise and about screens. */
export function SourceCitation({ id }: { id: SourceId }) {
  const source = SOURCES[id]
  return (
    <cite>
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
