import { EMERGENCY_NUMBERS, RED_FLAG_TIERS, RED_FLAGS } from '../data/advice'
import './red-flags.css'

/** "Call your emergency number: 999 (UK), 112 (…), 911 (…)", each number a link that calls it. */
function EmergencyNumbers() {
  return (
    <p className="red-flags__call">
      Call your emergency number:{' '}
      {EMERGENCY_NUMBERS.map((entry, index) => (
        <span key={entry.number}>
          {index > 0 && ', '}
          <a className="red-flags__number" href={`tel:${entry.number}`}>
            {entry.number}
          </a>{' '}
          ({entry.where})
        </span>
      ))}
    </p>
  )
}

/**
 * When to stop and get medical help, most urgent first: what to look out for in each tier, then what to do.
 * Shared by the workout's pain stop and the about screen.
 */
export function RedFlags({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  return (
    <section className="red-flags callout callout--danger" aria-label="Red flags: when to get medical help">
      <Heading>Stop and get medical help</Heading>
      {RED_FLAG_TIERS.map((tier) => (
        <div key={tier} className="red-flags__tier">
          <Sub>{RED_FLAGS[tier].title}</Sub>
          <ul>
            {RED_FLAGS[tier].flags.map((flag) => (
              <li key={flag.id}>{flag.text}</li>
            ))}
          </ul>
          {tier === 'urgent' ? (
            <EmergencyNumbers />
          ) : (
            <p className="red-flags__action">{RED_FLAGS[tier].action}</p>
          )}
        </div>
      ))}
    </section>
  )
}
