import { Link } from 'react-router-dom'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useHistory } from '../../store/spotter-store'
import { newestFirst } from './format'
import { SessionCard } from './session-card'
import './history.css'

/** /history: finished workouts, newest first. Abandoned ones were never saved. */
export function HistoryScreen() {
  useDocumentTitle('History')
  const history = useHistory()
  const sessions = newestFirst(history)
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      {sessions.length === 0 ? (
        <div className="card">
          <p>No workouts saved yet. When you finish one, it shows up here with how each exercise went.</p>
          <Link className="button button--primary button--block" to="/workout">
            Go to the workout
          </Link>
        </div>
      ) : (
        <>
          <p className="muted">
            {sessions.length} {sessions.length === 1 ? 'workout' : 'workouts'}, newest first. Saved on this
            phone only.
          </p>
          <ol className="history-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <SessionCard session={session} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
