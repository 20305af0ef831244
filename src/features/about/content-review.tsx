import { CONTENT_REVIEW } from '../../data/advice'

/** How the content was checked, in plain words. */
export function ContentReview() {
  return (
    <section className="about__section" aria-labelledby="about-review-title">
      <h2 id="about-review-title">{CONTENT_REVIEW.title}</h2>
      {CONTENT_REVIEW.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  )
}
