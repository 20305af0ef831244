import { useState } from 'react'
import { announce } from '../../components/live-region'
import type { Exercise } from '../../data/exercises'
import { verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions, usePlan, useProfile } from '../../store/spotter-store'

const exercisesInPlan = (count: number) =>
  `${count} ${count === 1 ? 'exercise' : 'exercises'} in today’s plan`

export function AddToToday({ exercise }: { exercise: Exercise }) {
  const plan = usePlan()
  const profile = useProfile()
  const { exerciseAdded } = useActions()
  const { guard } = useTapGuard()
  const [added, setAdded] = useState(false)
  const alreadyIn = plan.filter((item) => item.exerciseId === exercise.id).length

  const add = guard(() => {
    exerciseAdded(exercise.id)
    const count = plan.length + 1
    const avoid = verdictFor(exercise, profile, exercise.defaultLoad).level === 'avoid'
    announce(
      `${exercise.name} added. ${exercisesInPlan(count)}.${avoid ? ' Your back profile says avoid it today.' : ''}`,
    )
    setAdded(true)
  })

  return (
    <section className="exercise-add" aria-label="Today’s plan">
      <button className="button button--primary button--block" type="button" onClick={add}>
        Add to today
      </button>
      {added ? (
        <p className="exercise-add__done">
          <span aria-hidden="true">✓ </span>Added. {exercisesInPlan(plan.length)}.
        </p>
      ) : (
        alreadyIn > 0 && (
          <p className="exercise-add__hint muted">
            Already in today’s plan{alreadyIn > 1 ? ` (${alreadyIn} times)` : ''}.
          </p>
        )
      )}
    </section>
  )
}
