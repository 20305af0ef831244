import { Link } from 'react-router-dom'
import { useDocumentTitle } from '../hooks/use-document-title'
import { paths } from '../utils/paths'

export function NotFound() {
  useDocumentTitle('Page not found')
  return (
    <section className="stack" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is no page at this address. Your plan and history are safe.</p>
      <Link className="button button--primary" to={paths.plan}>
        Back to today’s plan
      </Link>
    </section>
  )
}
