import { LIBRARY_TITLE_ID, PLAN_EMPTY_ID } from './plan-ids'

const goToLibrary = () => {
  const title = document.getElementById(LIBRARY_TITLE_ID)
  title?.focus()
  title?.scrollIntoView?.({ block: 'start', behavior: 'smooth' })
}

export function EmptyPlan() {
  return (
    <div id={PLAN_EMPTY_ID} className="plan-empty" tabIndex={-1}>
      <p className="plan-empty__title">Nothing planned yet.</p>
      <p>
        Pick exercises from the library below. Each one shows how safe it is for your back today, and a safer
        swap where there is one.
      </p>
      <button type="button" className="button" onClick={goToLibrary}>
        Browse exercises <span aria-hidden="true">↓</span>
      </button>
    </div>
  )
}
