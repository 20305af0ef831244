import type { Units } from '../../data/load'
import type { SetDone } from '../../store/spotter-store'

const formatSet = (set: SetDone, units: Units) =>
  [
    set.holdSeconds !== null ? `${set.reps} × ${set.holdSeconds} s` : `${set.reps} reps`,
    set.weight !== null ? `${set.weight} ${units}` : null,
  ]
    .filter(Boolean)
    .join(' · ')

/** The sets ticked so far, and a way to take back the last one (a mis-tap). */
export function SetLog({
  sets,
  units,
  canUndo,
  onUndo,
}: {
  sets: readonly SetDone[]
  units: Units
  canUndo: boolean
  onUndo: () => void
}) {
  return (
    <section className="set-log" aria-labelledby="set-log-title">
      <h2 id="set-log-title" className="visually-hidden">
        Sets done
      </h2>
      <ol className="set-log__list" aria-labelledby="set-log-title">
        {sets.map((set, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sets are positions, only ever added or taken off the end
          <li key={index} className="set-log__set">
            <span aria-hidden="true">✓</span> Set {index + 1}: {formatSet(set, units)}
          </li>
        ))}
      </ol>
      {canUndo && (
        <button type="button" className="button button--small" onClick={onUndo}>
          Undo set {sets.length}
        </button>
      )}
    </section>
  )
}
