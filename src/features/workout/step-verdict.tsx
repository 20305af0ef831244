import { NOT_RATED_LINE, NotRatedBadge } from '../../components/not-rated'
import { VerdictBadge } from '../../components/verdict-badge'
import type { Verdict } from '../../domain/safety'

/**
 * Today's verdict on the exercise under way: the badge, with why when it isn't OK, and its advice.
 * Null for the user's own exercise, which Spotter does not rate.
 */
export function StepVerdict({ verdict }: { verdict: Verdict | null }) {
  const lines = !verdict ? [] : verdict.level === 'ok' ? verdict.advice : [verdict.reason, ...verdict.advice]
  return (
    <div className="workout-step__verdict">
      {verdict ? <VerdictBadge verdict={verdict} /> : <NotRatedBadge />}
      {lines.length > 0 && (
        <ul className="workout-step__reason">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {!verdict && <span className="workout-step__reason">{NOT_RATED_LINE}</span>}
    </div>
  )
}
