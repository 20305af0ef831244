import { VerdictIcon } from '../../components/verdict-icon'
import { type ExerciseId, getExercise } from '../../data/exercises'
import { summarisePlan } from '../../domain/safety'
import { ratedItems, useBackToday, usePlan } from '../../store/spotter-store'
import { agree } from '../../utils/words'

const names = (items: readonly { exerciseId: ExerciseId }[]) =>
  items.map((item) => getExercise(item.exerciseId).name).join(', ')

/**
 * The plan's headline warning, e.g. "2 exercises need attention". The status region is always in the
 * page, so screen readers hear it change when a condition is toggled.
 */
export function PlanAttention() {
  const plan = usePlan()
  const back = useBackToday()
  const summary = summarisePlan(ratedItems(plan), back.profile, { painStops: back.painStops })
  const avoid = summary.attention.filter((item) => item.verdict.level === 'avoid')
  const caution = summary.attention.filter((item) => item.verdict.level === 'caution')
  return (
    <div role="status" className="plan-attention">
      {summary.headline && (
        <div className={`callout ${avoid.length > 0 ? 'callout--danger' : 'callout--caution'}`}>
          <p className="plan-attention__headline">
            <VerdictIcon level={avoid.length > 0 ? 'avoid' : 'caution'} /> {summary.headline}
          </p>
          {avoid.length > 0 && <p className="plan-attention__line">Avoid today: {names(avoid)}.</p>}
          {caution.length > 0 && <p className="plan-attention__line">Take care: {names(caution)}.</p>}
          <p className="plan-attention__line">
            Swap or remove {agree(summary.attention.length, 'it', 'them')} below, or go lighter.
          </p>
        </div>
      )}
    </div>
  )
}
