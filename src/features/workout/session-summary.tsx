import { useEffect, useRef } from 'react'
import { Link } from 'react-router-dom'
import { announce } from '../../components/live-region'
import {
  currentDataFile,
  type SessionRecord,
  sessionCounts,
  useSaveStatus,
  useSessionSave,
} from '../../store/spotter-store'
import { downloadText } from '../../utils/download'
import { lazyDateFormat } from '../../utils/lazy-format'
import { paths } from '../../utils/paths'

const DATE = lazyDateFormat(undefined, { dateStyle: 'full', timeStyle: 'short' })

/**
 * Right after ending a workout: what was kept. It says "saved" only when it was: with storage full, it says
 * so and offers the session (with everything else) as a file Spotter can import.
 */
export function SessionSummary({ record }: { record: SessionRecord }) {
  const heading = useRef<HTMLHeadingElement>(null)
  // "Saved" only once the durable write has completed; "Saving…" until then (it takes a moment at most).
  const durable = useSessionSave()
  const thisSession = durable?.id === record.id ? durable.status : null
  const failed = useSaveStatus() === 'not-saved' || thisSession === 'not-saved'
  const saving = !failed && thisSession === 'saving'
  const saved = !failed
  useEffect(() => heading.current?.focus(), [])
  const counts = sessionCounts(record)
  const tiles = [
    { key: 'sets', n: counts.sets, label: counts.sets === 1 ? 'set' : 'sets' },
    { key: 'done', n: counts.done, label: 'done' },
    { key: 'skipped', n: counts.skipped, label: 'skipped' },
    { key: 'swapped', n: counts.swapped, label: 'swapped' },
    { key: 'pain', n: counts['pain-stop'], label: counts['pain-stop'] === 1 ? 'pain stop' : 'pain stops' },
  ]
  const download = () => {
    const file = currentDataFile()
    downloadText(file.name, file.text)
    announce('Your workout was downloaded as a Spotter data file.')
  }
  return (
    <section className="session-summary" aria-labelledby="summary-title">
      <h1 id="summary-title" ref={heading} tabIndex={-1}>
        {failed ? 'Not saved: storage is full' : saving ? 'Saving your workout…' : 'Workout saved'}
      </h1>
      <p className="muted">
        <time dateTime={record.finishedAt}>{DATE(new Date(record.finishedAt))}</time>
      </p>
      {!saved && (
        <div className="callout callout--danger">
          <p>
            This phone’s storage for Spotter is full, so this workout will be gone when Spotter closes.
            Download it to keep it: the file can be imported again from About.
          </p>
          <button type="button" className="button button--primary button--block" onClick={download}>
            Download this workout
          </button>
        </div>
      )}
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
        <Link className={`button button--block${saved ? ' button--primary' : ''}`} to={paths.history}>
          See History
        </Link>
        <Link className="button button--block" to={paths.plan}>
          Back to today’s plan
        </Link>
      </div>
    </section>
  )
}
