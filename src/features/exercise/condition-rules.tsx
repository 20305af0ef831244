import { CONDITION_INFO } from '../../data/conditions'
import type { Exercise } from '../../data/exercises'
import { conditionNotes } from '../../domain/safety'
import { useProfile } from '../../store/spotter-store'

const LEVEL_LABELS = { avoid: 'Avoid', caution: 'Take care' } as const

/** Who should avoid it or take care: the dataset's condition rules. The profile's own conditions are marked. */
export function ConditionRules({ exercise }: { exercise: Exercise }) {
  const { conditions } = useProfile()
  const notes = conditionNotes(exercise, exercise.defaultLoad)
  if (notes.length === 0) return null
  return (
    <section className="exercise__section" aria-labelledby="exercise-conditions-title">
      <h2 id="exercise-conditions-title">Avoid or take care if…</h2>
      <ul className="condition-rules">
        {notes.map((rule) => {
          const yours = conditions.includes(rule.condition)
          return (
            <li
              key={rule.condition}
              className={`condition-rule condition-rule--${rule.level}${yours ? ' condition-rule--yours' : ''}`}
            >
              <strong>{CONDITION_INFO[rule.condition].label}</strong>
              <span className="condition-rule__level">
                {LEVEL_LABELS[rule.level]}
                {yours ? ' (in your back profile)' : ''}
              </span>
              <span>{rule.reason}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
