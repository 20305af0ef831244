import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { NotRatedBadge } from '../../components/not-rated'
import { VerdictBadge } from '../../components/verdict-badge'
import { getExercise } from '../../data/exercises'
import { summarisePlan, verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import type { PlanItem } from '../../store/spotter-store'
import { ratedItems, useBackToday, useExerciseViews, verdictContext } from '../../store/spotter-store'
import { paths } from '../../utils/paths'
import { agree, plural } from '../../utils/words'

interface Props {
  plan: readonly PlanItem[]
  wakeLock: ReactNode
  onStart: () => void
}

/** Before the workout: today's exercises, a word about any to avoid, and Start. */
export function WorkoutStart({ plan, wakeLock, onStart }: Props) {
  const back = useBackToday()
  const { guard } = useTapGuard()
  const view = useExerciseViews()
  const summary = summarisePlan(ratedItems(plan), back.profile, { painStops: back.painStops })
  return (
    <section className="workout-start" aria-labelledby="workout-title">
      <h1 id="workout-title">Workout</h1>
      <p className="muted">
        Today: {plan.length} {plan.length === 1 ? 'exercise' : 'exercises'}, with a warm-up first and a
        cool-down at the end.
      </p>
      {summary.avoidCount > 0 && (
        <p className="callout callout--danger">
          {plural(summary.avoidCount, 'exercise is', 'exercises are')} marked “Avoid today”.{' '}
          <Link to={paths.plan}>Swap {agree(summary.avoidCount, 'it', 'them')} on the plan</Link>, or skip{' '}
          {agree(summary.avoidCount, 'it', 'them')} when you get there.
        </p>
      )}
      <ol className="workout-start__list" aria-label="Today’s exercises">
        {plan.map((item) => {
          const exercise = view(item.exerciseId)
          const verdict =
            exercise.rated &&
            verdictFor(
              getExercise(exercise.rated),
              back.profile,
              item.load,
              verdictContext(back, item.exerciseId),
            )
          return (
            <li key={item.key} className="workout-start__item">
              <span className="workout-start__name">{exercise.name}</span>
              {exercise.holdSeconds !== undefined && (
                <span className="muted workout-start__hold">{exercise.holdSeconds} s hold</span>
              )}
              {verdict ? <VerdictBadge verdict={verdict} /> : <NotRatedBadge />}
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button button--primary button--block workout-big"
        onClick={guard(onStart)}
      >
        Start workout
      </button>
      <div className="workout-start__wake">{wakeLock}</div>
    </section>
  )
}
