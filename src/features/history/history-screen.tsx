import { useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router-dom'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useHistory } from '../../store/spotter-store'
import { newestFirst } from './format'
import { SessionCard, sessionTitleId } from './session-card'
import './history.css'
import { paths } from '../../utils/paths'

/** Sessions shown at first and added by each "Show more": opening years of history costs what one page does. */
export const HISTORY_PAGE_SIZE = 20

/** /history: finished workouts, newest first, a page at a time. Abandoned ones were never saved. */
export function HistoryScreen() {
  useDocumentTitle('History')
  const history = useHistory()
  const sessions = useMemo(() => newestFirst(history), [history])
  const [shown, setShown] = useState(HISTORY_PAGE_SIZE)
  const firstNew = useRef<string | null>(null)
  const page = sessions.slice(0, shown)
  const more = Math.min(HISTORY_PAGE_SIZE, sessions.length - page.length)

  // After "Show more", focus goes to the first session added, so reading carries on where the list grew.
  useEffect(() => {
    if (!firstNew.current) return
    document.getElementById(sessionTitleId(firstNew.current))?.focus()
    firstNew.current = null
  })
  const showMore = () => {
    firstNew.current = sessions[page.length]?.id ?? null
    setShown(page.length + HISTORY_PAGE_SIZE)
  }

  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      {sessions.length === 0 ? (
        <div className="card">
          <p>No workouts saved yet. When you finish one, it shows up here with how each exercise went.</p>
          <Link className="button button--primary button--block" to={paths.workout}>
            Go to the workout
          </Link>
        </div>
      ) : (
        <>
          <p className="muted">
            {sessions.length} {sessions.length === 1 ? 'workout' : 'workouts'}, newest first. Saved on this
            phone only.
          </p>
          <Link className="button button--block" to={paths.record}>
            Record for your physio
          </Link>
          <ol className="history-list">
            {page.map((session) => (
              <li key={session.id}>
                <SessionCard session={session} />
              </li>
            ))}
          </ol>
          {more > 0 && (
            <div className="history-more">
              <p className="muted">
                Showing {page.length} of {sessions.length}.
              </p>
              <button className="button button--block" type="button" onClick={showMore}>
                Show {more} more
              </button>
            </div>
          )}
        </>
      )}
    </section>
  )
}
