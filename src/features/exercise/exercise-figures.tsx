import { ExerciseFigure, FaultFigure, RightFigure, sentence } from '../../components/exercise-figure'
import type { FullExercise } from '../../data/exercise-details'
import { getExercisePoses } from '../../data/poses/poses'
import type { FigureFault } from '../../data/poses/types'
import { CueLabel } from './cue-label'

/**
 * How the exercise looks: the figure moving, then the right position beside each fault drawn, with the
 * fault's check from the exercise's data (or, where the data has none, what the drawing shows).
 */
export function ExerciseFigures({ exercise }: { exercise: FullExercise }) {
  const poses = getExercisePoses(exercise.id)
  const m = poses.movement
  const rightFor = (fault: FigureFault) =>
    'hold' in m ? m.hold.alt : fault.of === 'end' ? m.end.alt : m.start.alt
  const known = (fault: FigureFault) => exercise.faults.find((entry) => entry.id === fault.id)
  const first = poses.faults[0]
  return (
    <section className="exercise__section exercise-figures" aria-labelledby="exercise-figures-title">
      <h2 id="exercise-figures-title">How it looks</h2>
      <ExerciseFigure exerciseId={exercise.id} size="large" />
      {first && (
        <div className="exercise-figures__compare">
          <div>
            <h3>Right</h3>
            <RightFigure exerciseId={exercise.id} of={first.of} />
            <p>{sentence(rightFor(first))}</p>
          </div>
          <div>
            <h3>Watch for</h3>
            {poses.faults.map((fault) => {
              const check = known(fault)
              return (
                <div key={fault.id} className="exercise-figures__fault">
                  <FaultFigure exerciseId={exercise.id} faultId={fault.id} />
                  <p>
                    {check ? check.text : sentence(fault.alt)}
                    {check && <CueLabel source={check.source} />}
                  </p>
                </div>
              )
            })}
          </div>
        </div>
      )}
    </section>
  )
}
