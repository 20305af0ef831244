import { useId } from 'react'
import { RedFlags } from '../../components/red-flags'

/** The general advice in full, for one of the user's own exercises: stop on sharp pain; the red flags. */
export function NotRatedAdvice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const headingId = useId()
  // The page's badge already says "Not rated by Spotter"; this says why, and what to do instead.
  return (
    <section className="not-rated" aria-labelledby={headingId}>
      <div className="callout callout--info">
        <Heading id={headingId}>Why there’s no verdict</Heading>
        <p>
          You added this exercise, so Spotter has no research on it and gives it no verdict for your back. Go
          gently the first time, keep to your own cues, and stop if you feel sharp pain.
        </p>
      </div>
      <details className="not-rated__flags">
        <summary className="disclosure">When to stop and get medical help</summary>
        <RedFlags headingLevel={3} />
      </details>
    </section>
  )
}
