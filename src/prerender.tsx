// Build-time only (vite.config.ts, prerenderPlanScreen): the plan screen as a first-time visitor sees it,
// rendered to HTML for dist/index.html, so the first paint needs no JavaScript. Never shipped to the browser.
import { prerenderToNodeStream } from 'react-dom/static'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom'
import { ROUTER_BASENAME, routes } from './app/routes'
import { readSpotterData } from './store/spotter-store'

/** The plan screen's markup: empty plan, no conditions, the whole library (lazy parts resolved). */
export async function prerenderPlan(): Promise<string> {
  // Empty data, whatever the build machine has: no storage in Node, and nothing saved is read.
  const { plan, profile, history } = readSpotterData()
  if (plan.length > 0 || profile.conditions.length > 0 || history.length > 0)
    throw new Error('prerender: the store is not empty')

  const handler = createStaticHandler(routes, { basename: ROUTER_BASENAME })
  const context = await handler.query(new Request(`http://localhost${ROUTER_BASENAME}`))
  if (context instanceof Response)
    throw new Error(`prerender: "/" answered with a ${context.status} response`)
  if (context.errors) throw new Error(`prerender: route error ${JSON.stringify(context.errors)}`)
  const router = createStaticRouter(handler.dataRoutes, context)

  // prerender waits for every Suspense boundary, so the lazy library is in the HTML, not its fallback.
  // No script in the markup (the CSP allows only index.html's own inline script, by its hash):
  // hydrate={false} leaves out the router's hydration data (the client router loads its lazy routes itself),
  // and an unlimited chunk size keeps React from outlining the big library boundary behind its fallback and a
  // reveal script.
  const { prelude } = await prerenderToNodeStream(
    <StaticRouterProvider router={router} context={context} hydrate={false} />,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}
