import { CONDITION_INFO } from '../../data/conditions'
import type { Exercise } from '../../data/exercises'
import { conditionNotes } from '../../domain/safety'
import { useBackToday } from '../../store/spotter-store'

const LEVEL_LABELS = { avoid: 'Avoid', caution: 'Take care' } as const

/**
 * Who should avoid it or take care, at its usual load: the rule table's columns for the conditions not in
 * force today (today's verdicts above already say what the others mean).
 */
export function ConditionRules({ exercise }: { exercise: Exercise }) {
  const { conditions } = useBackToday().profile
  const notes = conditionNotes(exercise, exercise.defaultLoad).filter(
    (note) => !conditions.includes(note.condition),
  )
  if (notes.length === 0) return null
  return (
    <section className="exercise__section" aria-labelledby="exercise-conditions-title">
      <h2 id="exercise-conditions-title">Avoid or take care if…</h2>
      <ul className="condition-rules">
        {notes.map((rule) => (
          <li key={rule.condition} className={`condition-rule condition-rule--${rule.level}`}>
            <strong>{CONDITION_INFO[rule.condition].label}</strong>
            <span className="condition-rule__level">{LEVEL_LABELS[rule.level]}</span>
            <span>{rule.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
