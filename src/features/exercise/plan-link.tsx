import { Link } from 'react-router-dom'

/** Back to the plan: a quiet link at the top of a screen, or the main way out of a dead end. */
export function PlanLink({ primary = false }: { primary?: boolean }) {
  return (
    <Link className={primary ? 'button button--primary' : 'exercise__back'} to="/">
      {!primary && <span aria-hidden="true">‹ </span>}
      Back to today’s plan
    </Link>
  )
}
