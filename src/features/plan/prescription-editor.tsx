import { useId } from 'react'
import { announce } from '../../components/live-region'
import { Stepper } from '../../components/stepper'
import { LOAD_BANDS, LOAD_LABELS, type Units } from '../../data/load'
import { LIMITS } from '../../domain/prescription'
import {
  type ExerciseView,
  type PlanItem,
  useActions,
  useCurrentEntry,
  useLastTime,
} from '../../store/spotter-store'
import { formatSetsReps, formatWeight } from './dose'
import { itemIds } from './plan-ids'

interface Props {
  item: PlanItem
  exercise: ExerciseView
  index: number
  count: number
  units: Units
  onMove: (by: -1 | 1) => void
  onClose: () => void
}

/** Sets, reps (or holds), load and rest of one plan item, with big steppers; and the last values used. */
export function PrescriptionEditor({ item, exercise, index, count, units, onMove, onClose }: Props) {
  const { prescriptionChanged } = useActions()
  const ids = itemIds(item.key)
  const loadId = useId()
  const last = useLastTime(item.exerciseId)
  const change = (patch: Parameters<typeof prescriptionChanged>[1]) => prescriptionChanged(item.key, patch)
  const isHold = item.holdSeconds !== null
  // Mid-workout, the sets already done are the least the plan can hold.
  const setsDone = useCurrentEntry(item)?.sets.length ?? 0

  const lastText =
    last &&
    `${formatSetsReps({ sets: last.sets, reps: last.reps, holdSeconds: isHold ? last.holdSeconds : null })}${
      last.weight !== null ? ` at ${formatWeight(last.weight, units)}` : ''
    }`
  const takeLast = () => {
    if (!last) return
    change({
      sets: last.sets,
      reps: last.reps,
      ...(isHold && last.holdSeconds !== null ? { holdSeconds: last.holdSeconds } : {}),
      ...(last.load ? { load: last.load } : {}),
      weight: last.weight,
    })
    announce(`${exercise.name}: ${lastText}, as last time`)
  }

  return (
    <section id={ids.editor} className="dose-editor" aria-labelledby={ids.editorTitle}>
      <h4 id={ids.editorTitle} className="visually-hidden">
        Sets, reps and load of {exercise.name}
      </h4>
      {last && lastText && (
        <div className="dose-editor__last">
          <p>
            Last time: <strong>{lastText}</strong>
          </p>
          <button type="button" className="button button--small" onClick={takeLast}>
            Use <span className="visually-hidden">last time’s values</span>
          </button>
        </div>
      )}
      <div className="dose-editor__steppers">
        <Stepper
          label="Sets"
          value={item.sets}
          step={1}
          min={Math.max(LIMITS.sets.min, setsDone)}
          max={LIMITS.sets.max}
          onChange={(sets) => change({ sets })}
        />
        <Stepper
          label={isHold ? 'Holds' : 'Reps'}
          value={item.reps}
          step={1}
          min={LIMITS.reps.min}
          max={LIMITS.reps.max}
          onChange={(reps) => change({ reps })}
        />
        {item.holdSeconds !== null && (
          <Stepper
            label="Hold"
            unit="s"
            value={item.holdSeconds}
            step={5}
            min={LIMITS.holdSeconds.min}
            max={LIMITS.holdSeconds.max}
            onChange={(holdSeconds) => change({ holdSeconds })}
          />
        )}
        <Stepper
          label="Rest"
          unit="s"
          value={item.restSeconds}
          step={15}
          min={LIMITS.restSeconds.min}
          max={LIMITS.restSeconds.max}
          onChange={(restSeconds) => change({ restSeconds })}
        />
      </div>

      <fieldset className="segmented" aria-describedby={`${loadId}-why`}>
        <legend className="segmented__legend">Load</legend>
        <div className="segmented__options">
          {LOAD_BANDS.map((band) => (
            <label key={band} className="segmented__option">
              <input
                type="radio"
                name={`${loadId}-load`}
                value={band}
                checked={item.load === band}
                onChange={() => change({ load: band })}
              />
              <span>{LOAD_LABELS[band]}</span>
            </label>
          ))}
        </div>
        <p id={`${loadId}-why`} className="segmented__hint muted">
          The back-safety advice reads this.
        </p>
      </fieldset>
      {item.load !== 'bodyweight' && (
        <Stepper
          label="Weight"
          unit={units}
          decimal
          value={item.weight ?? 0}
          step={units === 'kg' ? 2.5 : 5}
          min={LIMITS.weight.min}
          max={LIMITS.weight.max}
          onChange={(weight) => change({ weight: weight > 0 ? weight : null })}
        />
      )}

      <div className="dose-editor__footer">
        <div className="plan-item__move">
          <button
            id={ids.up}
            type="button"
            className="button plan-item__icon-button"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
            <span className="visually-hidden">Move {exercise.name} up</span>
          </button>
          <button
            id={ids.down}
            type="button"
            className="button plan-item__icon-button"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
            <span className="visually-hidden">Move {exercise.name} down</span>
          </button>
        </div>
        <button type="button" className="button" onClick={onClose}>
          Done <span className="visually-hidden">editing {exercise.name}</span>
        </button>
      </div>
    </section>
  )
}
