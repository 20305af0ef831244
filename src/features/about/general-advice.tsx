import { GENERAL_ADVICE } from '../../data/advice'

export function GeneralAdvice() {
  return (
    <section className="about__section" aria-labelledby="about-advice-title">
      <h2 id="about-advice-title">Training with your back in mind</h2>
      <ul className="advice-list">
        {GENERAL_ADVICE.map((advice) => (
          <li key={advice.id} className="card advice">
            <h3>{advice.title}</h3>
            <p>{advice.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
