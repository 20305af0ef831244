import type { FullExercise } from '../../data/exercise-details'

/** Why it can hurt, the form checkpoints, the hold, and what to check when it pinches. */
export function ExerciseForm({ exercise }: { exercise: FullExercise }) {
  return (
    <>
      <section className="exercise__section" aria-labelledby="exercise-why-title">
        <h2 id="exercise-why-title">Why it can hurt your lower back</h2>
        <p>{exercise.whyItHurts}</p>
      </section>
      <section className="exercise__section" aria-labelledby="exercise-form-title">
        <h2 id="exercise-form-title">Form checkpoints</h2>
        <ol className="checkpoint-list">
          {exercise.checkpoints.map((checkpoint) => (
            <li key={checkpoint.id}>{checkpoint.text}</li>
          ))}
        </ol>
        {exercise.holdSeconds !== undefined && (
          <p className="exercise__hold">Hold about {exercise.holdSeconds} seconds</p>
        )}
      </section>
      {exercise.faults.length > 0 && (
        <section className="exercise__section" aria-labelledby="exercise-faults-title">
          <h2 id="exercise-faults-title">If you feel a pinch, check…</h2>
          <ul className="fault-list">
            {exercise.faults.map((fault) => (
              <li key={fault.id}>{fault.text}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
