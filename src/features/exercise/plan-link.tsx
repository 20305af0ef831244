import { Link, useLocation } from 'react-router-dom'

/**
 * The library's search and filters when the user came from it (a library row passes them as history
 * state). History state is stored by the browser and outlives this version of the app: checked.
 */
function planSearch(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('planSearch' in state)) return ''
  const search = state.planSearch
  return typeof search === 'string' && search.startsWith('?') && search.length <= 500 ? search : ''
}

/**
 * Back to the plan: a quiet link at the top of a screen, or the main way out of a dead end. From the
 * library, it goes back to the library's search and filters.
 */
export function PlanLink({ primary = false }: { primary?: boolean }) {
  const search = planSearch(useLocation().state)
  return (
    <Link className={primary ? 'button button--primary' : 'exercise__back'} to={{ pathname: '/', search }}>
      {!primary && <span aria-hidden="true">‹ </span>}
      Back to today’s plan
    </Link>
  )
}
