import { ConditionToggles } from '../../components/condition-toggles'
import { Disclaimer } from '../../components/disclaimer'
import { RedFlags } from '../../components/red-flags'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { ContentReview } from './content-review'
import { GeneralAdvice } from './general-advice'
import { SourcesList } from './sources-list'
import { YourData } from './your-data'
import './about.css'

export function AboutScreen() {
  useDocumentTitle('About and profile')
  return (
    <div className="about">
      <h1>About and profile</h1>
      <section className="callout callout--info about-disclaimer" aria-label="Not medical advice">
        <Disclaimer />
      </section>

      <section className="about__section" aria-labelledby="about-profile-title">
        <h2 id="about-profile-title">Your back</h2>
        <p className="muted">
          Spotter uses this to flag exercises to avoid or take care with, and to suggest safer swaps.
        </p>
        <ConditionToggles legend="My back profile" />
      </section>

      <GeneralAdvice />
      <RedFlags />
      <ContentReview />
      <SourcesList />

      <section className="about__section" aria-labelledby="about-privacy-title">
        <h2 id="about-privacy-title">Privacy</h2>
        <p>No account, no server, no tracking: your data never leaves this phone.</p>
      </section>

      <YourData />
    </div>
  )
}
