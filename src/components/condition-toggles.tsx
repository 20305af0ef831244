import { CONDITION_INFO, CONDITIONS } from '../data/conditions'
import { useActions, useBackToday } from '../store/spotter-store'
import './condition-toggles.css'

/** The back profile: one big checkbox per condition. Shared by the plan and about screens. */
export function ConditionToggles({ legend = 'My back today' }: { legend?: string }) {
  // Ticked: what applies today. A "back pain today" from an earlier day shows unticked until answered.
  const { conditions } = useBackToday().profile
  const { conditionToggled } = useActions()
  return (
    <fieldset className="condition-toggles">
      <legend>{legend}</legend>
      {CONDITIONS.map((condition) => (
        <label key={condition} className="condition-toggles__option">
          <input
            type="checkbox"
            checked={conditions.includes(condition)}
            onChange={() => conditionToggled(condition)}
          />
          <span>{CONDITION_INFO[condition].label}</span>
        </label>
      ))}
    </fieldset>
  )
}
