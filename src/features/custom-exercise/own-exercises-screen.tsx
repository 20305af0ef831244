import { useState } from 'react'
import { Link } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { NotRatedBadge } from '../../components/not-rated'
import { EQUIPMENT_LABELS, PATTERN_LABELS } from '../../data/taxonomy'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useTapGuard } from '../../hooks/use-tap-guard'
import {
  type CustomExercise,
  MAX_CUSTOM_EXERCISES,
  useActions,
  useCustomExercises,
  usePlan,
} from '../../store/spotter-store'
import { plural } from '../../utils/words'
import './custom-exercise.css'
import { paths } from '../../utils/paths'

/** /exercises/mine: the exercises the user added, to add to today, edit or delete; and "Add an exercise". */
export function OwnExercisesScreen() {
  useDocumentTitle('Your own exercises')
  const customExercises = useCustomExercises()
  return (
    <section className="custom-screen stack" aria-labelledby="own-exercises-title">
      <h1 id="own-exercises-title">Your own exercises</h1>
      <p>
        For exercises the library doesn’t have. Spotter doesn’t rate them: you get your own cues, and the
        general advice to stop on sharp pain.
      </p>
      {customExercises.length < MAX_CUSTOM_EXERCISES && (
        <Link to={paths.newExercise} className="button button--primary button--block">
          Add an exercise
        </Link>
      )}
      {customExercises.length === 0 ? (
        <p className="card">None yet.</p>
      ) : (
        <ul className="custom-list">
          {customExercises.map((custom) => (
            <OwnExerciseCard key={custom.id} custom={custom} />
          ))}
        </ul>
      )}
      <p>
        <Link to={paths.plan}>Back to today’s plan</Link>
      </p>
    </section>
  )
}

function OwnExerciseCard({ custom }: { custom: CustomExercise }) {
  const plan = usePlan()
  const { exerciseAdded } = useActions()
  const { guard } = useTapGuard()
  const [added, setAdded] = useState(false)
  const inPlan = plan.filter((item) => item.exerciseId === custom.id).length
  const add = guard(() => {
    exerciseAdded(custom.id)
    setAdded(true)
    announce(`${custom.name} added. ${plural(plan.length + 1, 'exercise', 'exercises')} in today’s plan.`)
  })
  return (
    <li className="card custom-card">
      <div className="custom-card__header">
        <h2 className="custom-card__name">
          <Link to={paths.ownExercise(custom.id)}>{custom.name}</Link>
        </h2>
        <NotRatedBadge />
      </div>
      <p className="muted">
        {PATTERN_LABELS[custom.pattern]} · {custom.equipment.map((e) => EQUIPMENT_LABELS[e]).join(', ')} ·{' '}
        {custom.holdSeconds === null ? 'reps' : `${custom.holdSeconds} s hold`} ·{' '}
        {plural(custom.cues.length, 'cue', 'cues')}
      </p>
      <div className="custom-card__actions">
        <button type="button" className="button button--primary" onClick={add}>
          Add <span className="visually-hidden">{custom.name}</span> to today
        </button>
        <Link to={paths.ownExercise(custom.id)} className="button">
          Edit <span className="visually-hidden">{custom.name}</span>
        </Link>
      </div>
      {added ? (
        <p className="custom-card__done">
          <span aria-hidden="true">✓ </span>Added. {plural(plan.length, 'exercise', 'exercises')} in today’s
          plan.
        </p>
      ) : (
        inPlan > 0 && <p className="muted">Already in today’s plan.</p>
      )}
    </li>
  )
}
