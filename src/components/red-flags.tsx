import { RED_FLAG_TIERS, RED_FLAGS } from '../data/advice'

/** When to stop and get medical help. Shared by the workout's pain stop and the about screen. */
export function RedFlags({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  return (
    <section className="red-flags callout callout--danger" aria-label="Red flags: when to get medical help">
      <Heading>Stop and get medical help</Heading>
      {RED_FLAG_TIERS.map((tier) => (
        <div key={tier}>
          <Sub>{RED_FLAGS[tier].title}</Sub>
          <ul>
            {RED_FLAGS[tier].flags.map((flag) => (
              <li key={flag.id}>{flag.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
