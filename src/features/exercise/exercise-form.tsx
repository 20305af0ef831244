import type { FullExercise } from '../../data/exercise-details'
import { getExercisePoses } from '../../data/poses/poses'
import { CueLabel } from './cue-label'

/**
 * How it loads the lower back, the form checkpoints, the hold, and what to check when it pinches: the faults
 * the figures above don't already show with their check.
 */
export function ExerciseForm({ exercise }: { exercise: FullExercise }) {
  const drawn = new Set(getExercisePoses(exercise.id).faults.map((fault) => fault.id))
  const faults = exercise.faults.filter((fault) => !drawn.has(fault.id))
  return (
    <>
      <section className="exercise__section" aria-labelledby="exercise-why-title">
        <h2 id="exercise-why-title">How it loads your lower back</h2>
        <p>{exercise.whyItHurts}</p>
      </section>
      <section className="exercise__section" aria-labelledby="exercise-form-title">
        <h2 id="exercise-form-title">Form checkpoints</h2>
        <ol className="checkpoint-list">
          {exercise.checkpoints.map((checkpoint) => (
            <li key={checkpoint.id}>
              {checkpoint.text}
              <CueLabel source={checkpoint.source} />
            </li>
          ))}
        </ol>
        {exercise.holdSeconds !== undefined && (
          <p className="exercise__hold">Hold about {exercise.holdSeconds} seconds</p>
        )}
      </section>
      {faults.length > 0 && (
        <section className="exercise__section" aria-labelledby="exercise-faults-title">
          <h2 id="exercise-faults-title">{drawn.size > 0 ? 'Also check' : 'If you feel a pinch, check…'}</h2>
          <ul className="fault-list">
            {faults.map((fault) => (
              <li key={fault.id}>
                {fault.text}
                <CueLabel source={fault.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
