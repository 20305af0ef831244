import { useId, useState } from 'react'
import './stepper.css'

interface StepperProps {
  /** What is counted: "Sets", "Reps", "Weight". The −/+ buttons are named after it. */
  label: string
  value: number
  step: number
  min: number
  max: number
  /** Shown after the number: "kg", "s". */
  unit?: string
  /** Decimals allowed (a weight of 42.5 kg). */
  decimal?: boolean
  size?: 'normal' | 'big'
  onChange: (value: number) => void
}

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1))

/**
 * A number with big − and + buttons for a sweaty thumb, and the number itself typed where it is long
 * (a weight of 102.5). While typing, what is typed stays as typed; each valid number is passed on at once.
 */
export function Stepper({
  label,
  value,
  step,
  min,
  max,
  unit,
  decimal = false,
  size = 'normal',
  onChange,
}: StepperProps) {
  const id = useId()
  const [typed, setTyped] = useState<string | null>(null)
  const clamp = (n: number) => Math.max(min, Math.min(max, n))
  const by = (delta: number) => {
    setTyped(null)
    // Steps land on the step's grid (42.5 + 2.5, not 42.7 + 2.5).
    const next = clamp(Math.round((value + delta) / step) * step)
    if (next !== value) onChange(next)
  }
  const lower = label.toLowerCase()
  return (
    <div className={`stepper stepper--${size}`}>
      <label htmlFor={`${id}-input`} className="stepper__label">
        {label}
      </label>
      <div className="stepper__row">
        <button
          type="button"
          className="button stepper__button"
          disabled={value <= min}
          onClick={() => by(-step)}
        >
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">Less {lower}</span>
        </button>
        <span className="stepper__value">
          <input
            id={`${id}-input`}
            className="stepper__input"
            type="text"
            inputMode={decimal ? 'decimal' : 'numeric'}
            autoComplete="off"
            enterKeyHint="done"
            value={typed ?? format(value)}
            style={{ width: `${Math.max(2, (typed ?? format(value)).length) + 0.5}ch` }}
            onFocus={(event) => event.target.select()}
            onChange={(event) => {
              const text = event.target.value
              setTyped(text)
              const n = Number(text.replace(',', '.'))
              if (text.trim() !== '' && Number.isFinite(n)) onChange(clamp(decimal ? n : Math.round(n)))
            }}
            onBlur={() => setTyped(null)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur()
            }}
          />
          {unit && <span className="stepper__unit">{unit}</span>}
        </span>
        <button
          type="button"
          className="button stepper__button"
          disabled={value >= max}
          onClick={() => by(step)}
        >
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">More {lower}</span>
        </button>
      </div>
    </div>
  )
}
