import { MAX_PAIN, useActions, useWorkout } from '../../store/spotter-store'

const RATINGS = Array.from({ length: MAX_PAIN + 1 }, (_, i) => i)

/**
 * One optional tap: how much the back hurts now, 0 (none) to 10 (the worst). Kept with the session for the
 * record a physio reads. Tapping the same number again clears it.
 */
export function PainRating({ when }: { when: 'before' | 'after' }) {
  const rating = useWorkout()?.pain?.[when] ?? null
  const { painRated } = useActions()
  const id = `pain-rating-${when}`
  return (
    <fieldset className="pain-rating" aria-describedby={`${id}-hint`}>
      <legend className="pain-rating__legend">Back pain right now? (optional)</legend>
      <p id={`${id}-hint`} className="muted pain-rating__hint">
        0 is none, 10 the worst. For your record; it changes nothing else.
      </p>
      <div className="pain-rating__scale">
        {RATINGS.map((n) => (
          <button
            key={n}
            type="button"
            className="button pain-rating__button"
            aria-pressed={rating === n}
            aria-label={`${n} out of 10`}
            onClick={() => painRated(when, n)}
          >
            {n}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
