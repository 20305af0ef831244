import { type FormEvent, useId, useRef, useState } from 'react'
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  type Equipment,
  type MovementPattern,
  PATTERN_LABELS,
  PATTERNS,
} from '../../data/taxonomy'
import { LIMITS } from '../../domain/prescription'
import {
  type CustomExercise,
  type CustomExerciseInput,
  MAX_CUE_TEXT,
  MAX_CUES,
  MAX_CUSTOM_NAME,
} from '../../store/spotter-store'

interface Props {
  /** The exercise being edited; none for a new one. */
  initial?: CustomExercise
  /** Why saving is not possible now (the workout under way uses it), or null. */
  blocked?: string | null
  onSave: (input: CustomExerciseInput) => void
}

type Field = 'name' | 'equipment' | 'hold'

const HOLD_DEFAULT = 20

/**
 * Name, movement, equipment, reps or a hold, and the user's own cues (one a line; each is ticked before
 * the first set, like a built-in checkpoint). Errors are said plainly next to the field, and focus moves
 * to the first.
 */
export function CustomExerciseForm({ initial, blocked = null, onSave }: Props) {
  const id = useId()
  const [name, setName] = useState(initial?.name ?? '')
  const [pattern, setPattern] = useState<MovementPattern>(initial?.pattern ?? 'squat')
  const [equipment, setEquipment] = useState<Equipment[]>(initial?.equipment ?? ['bodyweight'])
  const [isHold, setIsHold] = useState(initial ? initial.holdSeconds !== null : false)
  const [hold, setHold] = useState(String(initial?.holdSeconds ?? HOLD_DEFAULT))
  const [cues, setCues] = useState<string[]>(initial ? initial.cues.map((c) => c.text) : [''])
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const focusCue = useRef<number | null>(null)

  const holdNumber = Number(hold)
  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {}
    if (!name.trim()) found.name = 'Give it a name.'
    if (equipment.length === 0) found.equipment = 'Choose at least one. “No equipment” counts.'
    const { min, max } = LIMITS.holdSeconds
    if (isHold && !(Number.isInteger(holdNumber) && holdNumber >= min && holdNumber <= max))
      found.hold = `A hold is ${min} to ${max} seconds.`
    return found
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = validate()
    setErrors(found)
    const first = (['name', 'equipment', 'hold'] as const).find((field) => found[field])
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    onSave({ name, pattern, equipment, cues, holdSeconds: isHold ? holdNumber : null })
  }

  const toggleEquipment = (item: Equipment) =>
    setEquipment((list) => (list.includes(item) ? list.filter((e) => e !== item) : [...list, item]))

  const addCue = () => {
    focusCue.current = cues.length
    setCues([...cues, ''])
  }
  const removeCue = (index: number) => {
    focusCue.current = null
    setCues(cues.filter((_, i) => i !== index))
    document.getElementById(`${id}-add-cue`)?.focus()
  }
  const errorProps = (field: Field) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {}
  const errorText = (field: Field) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="custom-form__error">
        {errors[field]}
      </p>
    ) : null

  return (
    <form className="custom-form stack" noValidate onSubmit={submit}>
      <div className="custom-form__field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={MAX_CUSTOM_NAME}
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...errorProps('name')}
        />
        {errorText('name')}
      </div>

      <div className="custom-form__field">
        <label htmlFor={`${id}-pattern`}>Movement</label>
        <select
          id={`${id}-pattern`}
          value={pattern}
          onChange={(e) => setPattern(e.target.value as MovementPattern)}
        >
          {PATTERNS.map((p) => (
            <option key={p} value={p}>
              {PATTERN_LABELS[p]}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="custom-form__choices" {...errorProps('equipment')}>
        <legend>Equipment</legend>
        {errorText('equipment')}
        {EQUIPMENT.map((item, index) => (
          <label key={item} className="custom-form__choice">
            <input
              id={index === 0 ? `${id}-equipment` : undefined}
              type="checkbox"
              checked={equipment.includes(item)}
              onChange={() => toggleEquipment(item)}
            />
            {EQUIPMENT_LABELS[item]}
          </label>
        ))}
      </fieldset>

      <fieldset className="custom-form__choices">
        <legend>Done as</legend>
        <label className="custom-form__choice">
          <input type="radio" name={`${id}-kind`} checked={!isHold} onChange={() => setIsHold(false)} />
          Reps
        </label>
        <label className="custom-form__choice">
          <input type="radio" name={`${id}-kind`} checked={isHold} onChange={() => setIsHold(true)} />A hold
        </label>
        {isHold && (
          <div className="custom-form__field">
            <label htmlFor={`${id}-hold`}>Seconds each hold</label>
            <input
              id={`${id}-hold`}
              type="number"
              inputMode="numeric"
              min={LIMITS.holdSeconds.min}
              max={LIMITS.holdSeconds.max}
              value={hold}
              onChange={(e) => setHold(e.target.value)}
              {...errorProps('hold')}
            />
            {errorText('hold')}
          </div>
        )}
      </fieldset>

      <fieldset className="custom-form__cues">
        <legend>Your cues</legend>
        <p className="muted">
          Short lines to tick before the first set, like “Brace before each rep”. They are your own coaching
          cues.
        </p>
        <ol>
          {cues.map((cue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: cue lines are positions; a line's text is being typed
            <li key={index} className="custom-form__cue">
              <label htmlFor={`${id}-cue-${index}`} className="visually-hidden">
                Cue {index + 1}
              </label>
              <input
                id={`${id}-cue-${index}`}
                ref={(element) => {
                  if (element && focusCue.current === index) {
                    focusCue.current = null
                    element.focus()
                  }
                }}
                type="text"
                autoComplete="off"
                maxLength={MAX_CUE_TEXT}
                value={cue}
                onChange={(e) => setCues(cues.map((c, i) => (i === index ? e.target.value : c)))}
              />
              <button type="button" className="button" onClick={() => removeCue(index)}>
                Remove <span className="visually-hidden">cue {index + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        {cues.length < MAX_CUES && (
          <button id={`${id}-add-cue`} type="button" className="button" onClick={addCue}>
            Add a cue
          </button>
        )}
      </fieldset>

      {blocked && <p className="callout callout--info">{blocked}</p>}
      <button type="submit" className="button button--primary button--block" disabled={blocked !== null}>
        {initial ? 'Save changes' : 'Save exercise'}
      </button>
    </form>
  )
}
