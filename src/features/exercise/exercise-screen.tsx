import { useParams } from 'react-router-dom'
import { getFullExercise } from '../../data/exercise-details'
import { isExerciseId } from '../../data/exercises'
import { ExerciseDetails } from './exercise-details'
import { UnknownExercise } from './unknown-exercise'
import './exercise.css'

/** `/exercises/:id`. The id comes from the address bar, so it is checked before anything uses it. */
export function ExerciseScreen() {
  const { id } = useParams()
  if (!isExerciseId(id)) return <UnknownExercise asked={id ?? ''} />
  // key: a fresh screen (and a fresh "Added" message) for each exercise.
  return <ExerciseDetails key={id} exercise={getFullExercise(id)} />
}
