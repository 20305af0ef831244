import './verdict-badge.css'

export const NOT_RATED = 'Not rated by Spotter'

/** Where a verdict would show, for one of the user's own exercises: a neutral chip, never a verdict. */
export function NotRatedBadge() {
  return <span className="verdict-badge verdict-badge--unrated">{NOT_RATED}</span>
}

/** The one line the plan and the workout show under the chip. */
export const NOT_RATED_LINE =
  'Your own exercise: Spotter doesn’t know it, so it can’t say how it suits your back. Stop if you feel sharp pain.'
