import { useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { RedFlags } from '../../components/red-flags'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { type SessionRecord, useHistory } from '../../store/spotter-store'
import { shareOrCopy } from '../../utils/share'
import {
  formatDay,
  formatDayTime,
  OUTCOME_TEXT,
  PERIODS,
  type Period,
  painText,
  profileText,
  sessionsIn,
  setsText,
  stopsAndSwaps,
} from './record-data'
import { recordText } from './record-text'
import './record.css'
import { paths } from '../../utils/paths'

/**
 * /record: a summary of training for a chosen period to show a physio: sessions, back-pain ratings, each
 * exercise's sets, pain stops, swaps and the back profile of each day, ending with the red flags. Prints
 * cleanly (record.css) and shares as plain text.
 */
export function RecordScreen() {
  useDocumentTitle('Record for your physio')
  const history = useHistory()
  const [period, setPeriod] = useState<Period>('four-weeks')
  const [shared, setShared] = useState<'copied' | 'failed' | null>(null)
  // The day the record is made: fixed while the screen is open, so the period doesn't shift under the reader.
  const [now] = useState(() => new Date())
  const sessions = useMemo(() => sessionsIn(history, period, now), [history, period, now])
  const { stops, swaps } = useMemo(() => stopsAndSwaps(sessions), [sessions])

  const share = async () => {
    setShared(null)
    const result = await shareOrCopy({ title: 'My training record', text: recordText(sessions, period, now) })
    if (result === 'copied') announce('Record copied')
    if (result === 'copied' || result === 'failed') setShared(result)
  }

  return (
    <article className="record stack" aria-labelledby="record-title">
      <header>
        <h1 id="record-title">Record for your physio</h1>
        <p className="record__period">
          {PERIODS[period].label}, to {formatDay(now.toISOString())}: {sessions.length}{' '}
          {sessions.length === 1 ? 'session' : 'sessions'}, {stops.length}{' '}
          {stops.length === 1 ? 'pain stop' : 'pain stops'}.
        </p>
        <p className="muted record__note">
          From Spotter, a training log kept on the phone. General information, not a diagnosis.
        </p>
      </header>

      <div className="record__controls no-print">
        <fieldset className="record__periods">
          <legend>Period</legend>
          {(Object.keys(PERIODS) as Period[]).map((key) => (
            <label key={key} className="record__period-choice">
              <input
                type="radio"
                name="period"
                value={key}
                checked={period === key}
                onChange={() => setPeriod(key)}
              />
              {PERIODS[key].label}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" className="button" onClick={share}>
            Share as text
          </button>
          <Link className="button" to={paths.history}>
            Back to History
          </Link>
        </div>
        {shared === 'copied' && <p className="record__status">Record copied: paste it in a message.</p>}
        {shared === 'failed' && (
          <p className="record__status">Couldn’t share or copy here. Print it instead.</p>
        )}
      </div>

      {sessions.length === 0 ? (
        <p className="card">No workouts saved in this period.</p>
      ) : (
        <>
          <section aria-labelledby="record-sessions-title">
            <h2 id="record-sessions-title">Sessions</h2>
            <ol className="record__sessions">
              {sessions.map((session) => (
                <SessionEntry key={session.id} session={session} />
              ))}
            </ol>
          </section>
          <section aria-labelledby="record-stops-title">
            <h2 id="record-stops-title">Pain stops</h2>
            {stops.length === 0 ? (
              <p>None in this period.</p>
            ) : (
              <ul className="record__list">
                {stops.map((stop, index) => (
                  // Two sessions can hold the same stop (a copy kept twice): the list is fixed for the period shown.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={index}>
                    <strong>{stop.exercise}</strong>, <time dateTime={stop.at}>{formatDayTime(stop.at)}</time>
                    , set {stop.set}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="record-swaps-title">
            <h2 id="record-swaps-title">Swaps</h2>
            {swaps.length === 0 ? (
              <p>None in this period.</p>
            ) : (
              <ul className="record__list">
                {swaps.map((swap, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the period shown
                  <li key={index}>
                    {swap.from} → {swap.to}, {formatDay(swap.at)} ({swap.when} the workout)
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <RedFlags />
    </article>
  )
}

function SessionEntry({ session }: { session: SessionRecord }) {
  return (
    <li className="record-session">
      <h3>
        <time dateTime={session.startedAt}>{formatDayTime(session.startedAt)}</time>
      </h3>
      {session.kept === 'pain-stops' && <p>Discarded: only its pain stops were kept.</p>}
      <dl className="record-session__facts">
        <dt>Back profile</dt>
        <dd>{profileText(session.conditions)}</dd>
        <dt>Back pain</dt>
        <dd>{painText(session.pain)}</dd>
      </dl>
      <table className="record-session__items">
        <caption className="visually-hidden">Exercises on {formatDay(session.startedAt)}</caption>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Sets × reps × load</th>
            <th scope="col">How it went</th>
          </tr>
        </thead>
        <tbody>
          {session.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a session is fixed once saved; the same exercise can appear twice
            <tr key={index} className={item.outcome === 'pain-stop' ? 'record-session__pain' : undefined}>
              <th scope="row">{item.name}</th>
              <td>{setsText(item, session.units)}</td>
              <td>
                {OUTCOME_TEXT[item.outcome]}
                {item.painStop && ` in set ${item.painStop.set}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  )
}
