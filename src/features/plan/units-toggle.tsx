import { UNITS } from '../../data/load'
import { useActions, useProfile } from '../../store/spotter-store'

/** Weights in kg or lb: one setting for the whole app. */
export function UnitsToggle() {
  const { units } = useProfile()
  const { unitsChanged } = useActions()
  return (
    <fieldset className="segmented segmented--small units-toggle">
      <legend className="visually-hidden">Weights in</legend>
      <div className="segmented__options">
        {UNITS.map((unit) => (
          <label key={unit} className="segmented__option">
            <input
              type="radio"
              name="units"
              value={unit}
              checked={units === unit}
              onChange={() => unitsChanged(unit)}
            />
            <span>{unit}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
