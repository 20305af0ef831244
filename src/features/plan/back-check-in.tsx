import { CONDITION_INFO } from '../../data/conditions'
import { useActions, useBackToday, useProfile } from '../../store/spotter-store'
import { lazyDateFormat } from '../../utils/lazy-format'

const DAY = lazyDateFormat('en-GB', { weekday: 'long' })

/**
 * On a later day, "back pain today" from an earlier day is not reused silently: the plan asks once, at the
 * top, with one tap for each answer. Until then the verdicts leave it out.
 */
export function BackCheckIn() {
  const back = useBackToday()
  const { todaySetOn } = useProfile()
  const { backCheckedIn } = useActions()
  if (!back.askAboutToday) return null
  const said = back.stale.map((c) => CONDITION_INFO[c].label.toLowerCase()).join(' and ')
  const when = todaySetOn ? ` on ${DAY(new Date(`${todaySetOn}T12:00:00`))}` : ''
  return (
    <section className="callout callout--info back-check-in" aria-labelledby="back-check-in-title">
      <h2 id="back-check-in-title" className="back-check-in__title">
        How’s your back today?
      </h2>
      <p className="back-check-in__said">
        You said {said}
        {when}. Until you answer, today’s verdicts leave it out.
      </p>
      <div className="back-check-in__answers">
        <button type="button" className="button" onClick={() => backCheckedIn('still-sore')}>
          Still sore
        </button>
        <button type="button" className="button" onClick={() => backCheckedIn('fine')}>
          Fine today
        </button>
      </div>
    </section>
  )
}
