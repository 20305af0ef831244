import type { Checkpoint } from '../../data/exercise-details'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions, useItemTicks } from '../../store/spotter-store'

interface Props {
  itemKey: string
  /** The exercise's checkpoints, or the user's own cues for an exercise they added. */
  checkpoints: readonly Pick<Checkpoint, 'id' | 'text'>[]
}

/**
 * The form checkpoints as real checkboxes, one big tap row each, ticked before the first set. Ticks live in
 * the store. A tap just after moving on ticks nothing (the second half of a double tap).
 */
export function CheckpointList({ itemKey, checkpoints }: Props) {
  const ticks = useItemTicks(itemKey)
  const { checkpointToggled } = useActions()
  const guard = useTapGuard()
  const checked = checkpoints.filter((c) => ticks.includes(c.id)).length
  const all = checkpoints.length > 0 && checked === checkpoints.length

  return (
    <section className="checkpoints" aria-labelledby="checkpoints-title">
      <div className="checkpoints__header">
        <h2 id="checkpoints-title">Check your form</h2>
        <p className={`checkpoints__count${all ? ' checkpoints__count--all' : ''}`}>
          {checked} of {checkpoints.length} checked
        </p>
      </div>
      <fieldset className="checkpoints__list" aria-labelledby="checkpoints-title">
        {checkpoints.map((checkpoint) => (
          <label key={checkpoint.id} className="checkpoint">
            <input
              type="checkbox"
              className="checkpoint__box"
              checked={ticks.includes(checkpoint.id)}
              onChange={() => guard.accepts() && checkpointToggled(itemKey, checkpoint.id)}
            />
            <span className="checkpoint__text">{checkpoint.text}</span>
          </label>
        ))}
      </fieldset>
    </section>
  )
}
