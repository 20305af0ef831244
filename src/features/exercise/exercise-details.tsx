import type { FullExercise } from '../../data/exercise-details'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { AddToToday } from './add-to-today'
import { ConditionRules } from './condition-rules'
import { ExerciseFigures } from './exercise-figures'
import { ExerciseForm } from './exercise-form'
import { ExerciseSafety } from './exercise-safety'
import { ExerciseSources } from './exercise-sources'
import { HarderVariations, SaferAlternatives, VariationOf } from './exercise-swaps'
import { PlanLink } from './plan-link'
import { ProgressChart } from './progress-chart'

export function ExerciseDetails({ exercise }: { exercise: FullExercise }) {
  useDocumentTitle(exercise.name)
  return (
    <article className="exercise" aria-labelledby="exercise-title">
      <PlanLink />
      <header className="exercise__header">
        <h1 id="exercise-title">{exercise.name}</h1>
        <p className="exercise__works">
          <span className="muted">Works:</span> {exercise.works}
        </p>
      </header>
      <VariationOf exercise={exercise} />
      <ExerciseSafety exercise={exercise} />
      <AddToToday exercise={exercise} />
      <ExerciseFigures exercise={exercise} />
      <ExerciseForm exercise={exercise} />
      <ProgressChart exercise={exercise} />
      <ConditionRules exercise={exercise} />
      <SaferAlternatives exercise={exercise} />
      <HarderVariations exercise={exercise} />
      <ExerciseSources exercise={exercise} />
    </article>
  )
}
