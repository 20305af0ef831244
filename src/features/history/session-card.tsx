import { CONDITION_INFO } from '../../data/conditions'
import { type SessionRecord, sessionCounts } from '../../store/spotter-store'
import { exerciseName, formatDuration, formatSets, formatWhen, OUTCOME_LABEL } from './format'

/** The id of a session's heading (focusable, so "Show more" can move focus to the first new one). */
export const sessionTitleId = (id: string) => `session-${id}`

/**
 * One finished workout: when, the back profile it was trained with, how it went in numbers, and each
 * exercise's sets, outcome, pain stop and swap.
 */
export function SessionCard({ session }: { session: SessionRecord }) {
  const counts = sessionCounts(session)
  const duration = formatDuration(session.startedAt, session.finishedAt)
  const titleId = sessionTitleId(session.id)
  const painStops = counts['pain-stop']
  return (
    <article className="card session-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="session-card__when" tabIndex={-1}>
        <time dateTime={session.startedAt}>{formatWhen(session.startedAt)}</time>
      </h2>
      {duration && <p className="muted session-card__duration">{duration}</p>}
      {session.kept === 'pain-stops' && (
        <p className="session-card__kept">Discarded: only its pain stops were kept.</p>
      )}
      {session.conditions && (
        <p className="session-card__profile">
          Back profile:{' '}
          {session.conditions.length === 0
            ? 'nothing declared'
            : session.conditions.map((c) => CONDITION_INFO[c].label).join(', ')}
        </p>
      )}
      <ul className="session-counts" aria-label="Counts">
        <li>{counts.done} done</li>
        <li>{counts.skipped} skipped</li>
        <li>{counts.swapped} swapped</li>
        <li className={painStops > 0 ? 'session-counts__pain' : undefined}>
          {painStops} {painStops === 1 ? 'pain stop' : 'pain stops'}
        </li>
      </ul>
      <ul className="session-items" aria-label="Exercises">
        {session.items.map((item, index) => {
          const outcome = OUTCOME_LABEL[item.outcome]
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a session is fixed once saved; the same exercise can appear twice
            <li key={index} className={`session-item session-item--${item.outcome}`}>
              <span className="session-item__name">
                {item.name}
                {item.swappedFrom && (
                  <span className="session-item__swap muted">
                    {' '}
                    swapped from {exerciseName(item.swappedFrom)}
                  </span>
                )}
              </span>
              <span className="session-item__outcome">
                <span aria-hidden="true">{outcome.icon}</span> {outcome.text}
                {item.painStop && ` in set ${item.painStop.set}`}
              </span>
              {item.sets.length > 0 && (
                <span className="session-item__sets">{formatSets(item.sets, session.units)}</span>
              )}
            </li>
          )
        })}
      </ul>
    </article>
  )
}
