import type { ReactNode } from 'react'
import { Stepper } from '../../components/stepper'
import type { Units } from '../../data/load'
import { LIMITS } from '../../domain/prescription'

/** The set about to be done, as the user will tick it. */
export interface SetDraft {
  /** Which set (1-based) these values are for. */
  set: number
  reps: number
  weight: number | null
  holdSeconds: number | null
}

interface Props {
  draft: SetDraft
  of: number
  /** Bodyweight: no weight to set. */
  bodyweight: boolean
  isHold: boolean
  units: Units
  onChange: (patch: Partial<SetDraft>) => void
  /** The hold timer, for a hold. */
  children?: ReactNode
}

/** "Set 2 of 3": its reps (or holds) and load, changed in place with big steppers. */
export function CurrentSet({ draft, of, bodyweight, isHold, units, onChange, children }: Props) {
  return (
    <section className="current-set" aria-labelledby="current-set-title">
      <h2 id="current-set-title" className="current-set__title">
        Set {draft.set} of {of}
      </h2>
      {children}
      <div className="current-set__steppers">
        <Stepper
          label={isHold ? 'Holds' : 'Reps'}
          size="big"
          value={draft.reps}
          step={1}
          min={LIMITS.reps.min}
          max={LIMITS.reps.max}
          onChange={(reps) => onChange({ reps })}
        />
        {isHold && draft.holdSeconds !== null && (
          <Stepper
            label="Seconds held"
            size="big"
            value={draft.holdSeconds}
            step={5}
            min={0}
            max={LIMITS.holdSeconds.max}
            unit="s"
            onChange={(holdSeconds) => onChange({ holdSeconds })}
          />
        )}
        {!bodyweight && (
          <Stepper
            label="Weight"
            size="big"
            decimal
            value={draft.weight ?? 0}
            step={units === 'kg' ? 2.5 : 5}
            min={LIMITS.weight.min}
            max={LIMITS.weight.max}
            unit={units}
            onChange={(weight) => onChange({ weight: weight > 0 ? weight : null })}
          />
        )}
      </div>
    </section>
  )
}
