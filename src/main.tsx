import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'
import { ROUTER_BASENAME, routes } from './app/routes'
import { registerServiceWorker } from './app/service-worker'
import { preloadExerciseLibrary } from './features/plan/library-loader'
import { startStorageSync } from './store/spotter-store'
import './styles/tokens.css'
import './styles/global.css'

const router = createBrowserRouter(routes, { basename: ROUTER_BASENAME })
startStorageSync()
registerServiceWorker()

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
// The built index.html holds the prerendered plan screen (vite.config.ts). Not hydrated (saved data may
// differ): rendered afresh, in one step. On the plan, the library first, so the render that replaces the
// markup never shows "Loading exercises…" where the list was. (No top-level await: it would make the
// bundler split the entry chunk, to keep lazy chunks that import from it out of a cycle.)
/** The router has loaded the first screen's code (every screen is lazy), so the first render shows it. */
const routerReady = () =>
  new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve()
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })
const prerenderedPlan =
  container.firstElementChild !== null && router.state.matches.some((match) => match.route.index)
// The prerendered screen stays visible meanwhile, so the render can yield to the browser as it goes.
Promise.all([routerReady(), prerenderedPlan ? preloadExerciseLibrary() : undefined]).then(
  () => startTransition(render),
  () => startTransition(render),
)
