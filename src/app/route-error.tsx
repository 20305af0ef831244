import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom'
import { paths } from '../utils/paths'

/**
 * Shown when a screen crashes. It deletes nothing: the saved data is untouched.
 * Inside the layout it replaces just the screen; at the root (the layout itself failed) it is the page.
 */
export function RouteError({ root = false }: { root?: boolean }) {
  const error = useRouteError()
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error'
  const content = (
    <section className="stack" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong</h1>
      <p>This screen hit a problem. Your plan, ticks and history are still saved on this phone.</p>
      <p className="muted">Details: {detail}</p>
      <div className="row">
        <Link className="button button--primary" to={paths.plan} reloadDocument>
          Back to today’s plan
        </Link>
        <button className="button" type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </section>
  )
  return root ? (
    <main className="app-main" id="main">
      {content}
    </main>
  ) : (
    content
  )
}
