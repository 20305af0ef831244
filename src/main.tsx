import { type ReactNode, StrictMode, startTransition, useLayoutEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, type DataRouter, RouterProvider } from 'react-router-dom'
import { screensStarted, someScreenFailedToLoad } from './app/lazy-screen'
import { ROUTER_BASENAME, routes } from './app/routes'
import { registerServiceWorker } from './app/service-worker'
import { preloadExerciseLibrary } from './features/plan/library-loader'
import { useOnClient } from './hooks/use-on-client'
import './styles/tokens.css'
import './styles/global.css'

registerServiceWorker()

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')

/**
 * Lifts the prerendered markup's `inert` once React has taken it over and rendered what this phone has saved
 * (hydrating, that is the render right after the hydration: `useOnClient` turns true in it). A wrapper with
 * one child, so the ids React makes (`useId`) are the same as in the prerender.
 */
function TakenOver({ children }: { children: ReactNode }) {
  const onClient = useOnClient()
  useLayoutEffect(() => {
    if (onClient) container?.querySelector(':scope > [inert]')?.removeAttribute('inert')
  }, [onClient])
  return children
}

/** The router has loaded the first screen's code (every screen is lazy), so the first render shows it. */
const routerReady = (router: DataRouter) =>
  new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve()
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })

// The store's code came with the layout (it is not startup code): once it is in, follow other tabs' saves and
// bring in what durable storage kept. If it couldn't load, the screen that needs it says so.
const startStorageSync = async () => {
  try {
    const store = await import('./store/spotter-store')
    store.startStorageSync()
  } catch {
    // Nothing to follow in this tab: no screen can run without the store's code.
  }
}

/** A new task: the browser may paint or handle a tap before the next step of starting up. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function start(root: HTMLElement) {
  // Evaluating React's and the router's code was one task; making the router, which starts loading the first
  // screen's code, is the next, so neither is long enough to hold up a tap (Lighthouse's Total Blocking Time).
  await nextTask()
  const router = createBrowserRouter(routes, { basename: ROUTER_BASENAME })

  /**
   * The built index.html holds the plan screen prerendered as a first visit sees it (vite.config.ts), `inert`
   * until the app can answer a tap. On "/" with no filters in the address, the app hydrates that markup: it
   * keeps the page's elements and attaches to them, rather than build the whole screen again. The store's
   * hooks read the prerendered state while hydrating (src/store/create-store.ts), then React renders what
   * this phone has saved. Anywhere else (another screen, whose shell.html is empty, or a filtered library) the
   * app renders afresh.
   */
  const prerenderedPlan =
    root.firstElementChild !== null && router.state.matches.some((match) => match.route.index)
  const hydrating = prerenderedPlan && window.location.search === ''

  // On the plan, the library's code first. Hydrating, its Suspense boundary then hydrates right after the
  // rest of the page, in steps (a boundary still waiting for its code when the plan re-renders would be thrown
  // away and built again, showing "Loading exercises…"; a tap on a row before it is hydrated makes React
  // hydrate it at once, then handle the tap). Rendering afresh, the fallback is never shown where the list
  // was. It hydrates only what it can match: not when some code failed to load (the page then shows the
  // "couldn't load" screen).
  const library = prerenderedPlan
    ? preloadExerciseLibrary().then(
        () => true,
        () => false,
      )
    : Promise.resolve(false)
  const [, libraryLoaded] = await Promise.all([routerReady(router), library])
  screensStarted()
  await startStorageSync()

  const app = (
    <StrictMode>
      <TakenOver>
        <RouterProvider router={router} />
      </TakenOver>
    </StrictMode>
  )
  // In a transition, so React can yield to the browser as it goes; the prerendered screen stays visible
  // meanwhile.
  const hydrate = hydrating && libraryLoaded && !someScreenFailedToLoad()
  startTransition(() => {
    if (hydrate) hydrateRoot(root, app)
    else createRoot(root).render(app)
  })
}

// (Not a top-level await: it would make the bundler split the entry chunk, to keep lazy chunks that import
// from it out of a cycle.)
void start(container)
