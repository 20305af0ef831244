import { useState } from 'react'
import { announce } from '../../components/live-region'
import type { Exercise } from '../../data/exercises'
import { verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions, useBackToday, usePlan, verdictContext } from '../../store/spotter-store'

const exercisesInPlan = (count: number) =>
  `${count} ${count === 1 ? 'exercise' : 'exercises'} in today’s plan`

/** Add to today's plan; on an exercise already planned, the button says it adds it again. */
export function AddToToday({ exercise }: { exercise: Exercise }) {
  const plan = usePlan()
  const back = useBackToday()
  const { exerciseAdded } = useActions()
  const { guard } = useTapGuard()
  const [added, setAdded] = useState(false)
  const alreadyIn = plan.filter((item) => item.exerciseId === exercise.id).length

  const add = guard(() => {
    exerciseAdded(exercise.id)
    const count = plan.length + 1
    const verdict = verdictFor(
      exercise,
      back.profile,
      exercise.defaultLoad,
      verdictContext(back, exercise.id),
    )
    announce(
      `${exercise.name} added. ${exercisesInPlan(count)}.${verdict.level === 'avoid' ? ' Today’s advice is to avoid it.' : ''}`,
    )
    setAdded(true)
  })

  return (
    <section className="exercise-add" aria-label="Today’s plan">
      <button className="button button--primary button--block" type="button" onClick={add}>
        {alreadyIn > 0 && !added ? 'Add to today again' : 'Add to today'}
      </button>
      {added ? (
        <p className="exercise-add__done">
          <span aria-hidden="true">✓ </span>Added. {exercisesInPlan(plan.length)}.
        </p>
      ) : (
        alreadyIn > 0 && (
          <p className="exercise-add__hint">
            Already in today’s plan{alreadyIn > 1 ? ` (${alreadyIn} times)` : ''}.
          </p>
        )
      )}
    </section>
  )
}
