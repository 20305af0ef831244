import { DeleteAllData } from './delete-all-data'

/**
 * Everything about the data saved on this phone.
 * Export and import will be added to this section later, above the delete control.
 */
export function YourData() {
  return (
    <section className="about__section your-data" aria-labelledby="about-data-title">
      <h2 id="about-data-title">Your data</h2>
      <p>Your plan, ticks, back profile and history are saved on this phone only.</p>
      {/* Export / import: add here. */}
      <DeleteAllData />
    </section>
  )
}
