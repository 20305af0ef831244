import type { FullExercise } from '../../data/exercise-details'

/** What to check when a set pinches: the exercise's common faults, mid-workout. */
export function FaultList({ faults }: { faults: FullExercise['faults'] }) {
  return (
    <section className="faults" aria-labelledby="faults-title">
      <h2 id="faults-title">If you feel a pinch, check…</h2>
      <ul>
        {faults.map((fault) => (
          <li key={fault.id}>{fault.text}</li>
        ))}
      </ul>
    </section>
  )
}
