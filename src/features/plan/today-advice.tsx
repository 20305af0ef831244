import { CONDITION_ADVICE } from '../../data/rules'
import { useBackToday } from '../../store/spotter-store'

/**
 * The advice a declared condition gives for every exercise (sciatica: stop if the leg symptoms spread),
 * said once above the plan rather than on each card.
 */
export function TodayAdvice() {
  const lines = useBackToday().profile.conditions.map((condition) => CONDITION_ADVICE[condition].text)
  if (lines.length === 0) return null
  return (
    <section className="today-advice" aria-labelledby="today-advice-title">
      <h2 id="today-advice-title" className="today-advice__title">
        For every exercise today
      </h2>
      <ul className="today-advice__list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  )
}
