import { useEffect, useRef } from 'react'
import { Link } from 'react-router-dom'
import { type SessionRecord, sessionCounts } from '../../store/spotter-store'

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' })

/** Right after "Finish and save": what was saved. */
export function SessionSummary({ record }: { record: SessionRecord }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const counts = sessionCounts(record)
  const tiles = [
    { key: 'done', n: counts.done, label: 'done' },
    { key: 'skipped', n: counts.skipped, label: 'skipped' },
    { key: 'swapped', n: counts.swapped, label: 'swapped' },
    { key: 'pain', n: counts['pain-stop'], label: counts['pain-stop'] === 1 ? 'pain stop' : 'pain stops' },
  ]
  return (
    <section className="session-summary" aria-labelledby="summary-title">
      <h1 id="summary-title" ref={heading} tabIndex={-1}>
        Workout saved
      </h1>
      <p className="muted">
        <time dateTime={record.finishedAt}>{DATE.format(new Date(record.finishedAt))}</time>
      </p>
      <ul className="summary-tiles" aria-label="This workout">
        {tiles.map((tile) => (
          <li
            key={tile.key}
            className={`summary-tiles__tile${tile.key === 'pain' && tile.n > 0 ? ' summary-tiles__tile--pain' : ''}`}
          >
            <span className="summary-tiles__n">{tile.n}</span> <span>{tile.label}</span>
          </li>
        ))}
      </ul>
      {counts['pain-stop'] > 0 && (
        <p className="callout callout--caution">
          You stopped for pain. If it hasn’t eased by tomorrow, or you notice any red-flag signs, get it
          checked.
        </p>
      )}
      <div className="stack">
        <Link className="button button--primary button--block" to="/history">
          See History
        </Link>
        <Link className="button button--block" to="/">
          Back to today’s plan
        </Link>
      </div>
    </section>
  )
}
