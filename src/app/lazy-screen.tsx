import { type ComponentType, type ReactElement, useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import { useDocumentTitle } from '../hooks/use-document-title'
import { paths } from '../utils/paths'
import { page } from './page-reload'

/** Set while a reload to fetch a screen's code again is under way: one try per tab, so it never loops. */
export const CHUNK_RELOAD_KEY = 'spotter:chunk-reload'

function sessionFlag(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

/**
 * Whether a workout is under way in this tab. The store's code loads with the screens (this module is part
 * of the startup code, which stays the shell): if it couldn't load either, no screen of this tab has run,
 * so no workout is under way here.
 */
async function workoutUnderWay(): Promise<boolean> {
  try {
    return (await import('../store/spotter-store')).readSpotterData().workout !== null
  } catch {
    return false
  }
}

let failedToLoad = false
let startupSettled = false

function clearReloadFlag() {
  try {
    sessionFlag()?.removeItem(CHUNK_RELOAD_KEY)
  } catch {
    // Nothing to clear where session storage is blocked.
  }
}

/**
 * The first screen's code has loaded, or failed to (main.tsx calls this once the router is ready). If it all
 * loaded, the one-reload flag is cleared, and from now on every screen that loads clears it: a later update
 * may reload once again. Not before: at startup the layout's code can load just as the screen's fails, and
 * clearing the flag then would reload the page for ever.
 */
export function screensStarted() {
  startupSettled = true
  if (!failedToLoad) clearReloadFlag()
}

/**
 * Whether any screen's code (or the layout's) has failed to load in this tab: then the page shows the
 * "couldn't load" screen, not what index.html prerendered, so main.tsx renders it afresh rather than hydrate.
 */
export const someScreenFailedToLoad = () => failedToLoad

/**
 * A screen's code failed to load while online: most likely Spotter was updated (in another tab) and this
 * tab's old code asks for files the new version no longer has. Reload into the new version, once per tab,
 * and never mid-workout. Returns whether it is reloading.
 */
function reloadOnce(midWorkout: boolean): boolean {
  const flags = sessionFlag()
  if (!flags || !navigator.onLine || midWorkout) return false
  try {
    if (flags.getItem(CHUNK_RELOAD_KEY) !== null) return false
    flags.setItem(CHUNK_RELOAD_KEY, String(Date.now()))
  } catch {
    return false
  }
  page.reload()
  return true
}

/** A screen's code: what has loaded so far, and a way to load it (again). */
interface ScreenLoader {
  loaded: ComponentType | undefined
  load: () => Promise<ComponentType>
}

/**
 * A route's `lazy` that never rejects. React Router keeps a route's first lazy() result, so a rejected
 * import would crash that screen until a full reload (even once back online). Instead a failed load shows
 * ScreenUnavailable, whose Retry runs the import again; once it succeeds, the screen stays loaded.
 */
export function lazyScreen(
  load: () => Promise<ComponentType>,
  { root = false } = {},
): () => Promise<{ Component: ComponentType } | { element: ReactElement }> {
  const loader: ScreenLoader = {
    loaded: undefined,
    load: async () => {
      const Screen = await load()
      loader.loaded = Screen
      if (startupSettled) clearReloadFlag()
      return Screen
    },
  }
  return async () => {
    try {
      return { Component: await loader.load() }
    } catch {
      failedToLoad = true
      const midWorkout = await workoutUnderWay()
      // Reloading: keep the current screen until the page goes.
      if (reloadOnce(midWorkout)) return new Promise<never>(() => {})
      return { element: <RetryableScreen loader={loader} midWorkout={midWorkout} root={root} /> }
    }
  }
}

function RetryableScreen({
  loader,
  midWorkout,
  root,
}: {
  loader: ScreenLoader
  midWorkout: boolean
  /** This is the layout, which gives every screen its main landmark: until it loads, this has to. */
  root: boolean
}) {
  const [Screen, setScreen] = useState<ComponentType | undefined>(() => loader.loaded)
  if (Screen) return <Screen />
  const unavailable = (
    <ScreenUnavailable
      midWorkout={midWorkout}
      onRetry={async () => {
        const next = await loader.load()
        // It loaded: a later update may reload once again.
        clearReloadFlag()
        setScreen(() => next)
      }}
    />
  )
  return root ? (
    <main className="app-main" id="main">
      {unavailable}
    </main>
  ) : (
    unavailable
  )
}

/**
 * Whether a workout is under way, kept up to date while the screen shows: it may start or end elsewhere in
 * the app (React Router keeps this screen for the route until the page reloads). `atFailure` until the
 * store's code, imported rather than part of the startup code, answers.
 */
function useMidWorkout(atFailure: boolean): boolean {
  const [midWorkout, setMidWorkout] = useState(atFailure)
  useEffect(() => {
    let mounted = true
    let stop = () => {}
    import('../store/spotter-store').then(
      (store) => {
        if (!mounted) return
        setMidWorkout(store.readSpotterData().workout !== null)
        stop = store.watchWorkoutUnderWay(setMidWorkout)
      },
      () => {
        // The store's code couldn't load either: no screen of this tab has run, so no workout is under way here.
      },
    )
    return () => {
      mounted = false
      stop()
    }
  }, [])
  return midWorkout
}

/** Shown instead of a screen whose code could not be fetched. Nothing saved is touched. */
function ScreenUnavailable({
  onRetry,
  midWorkout: atFailure,
}: {
  onRetry: () => Promise<void>
  midWorkout: boolean
}) {
  const offline = !navigator.onLine
  const midWorkout = useMidWorkout(atFailure)
  const [failedAgain, setFailedAgain] = useState(false)
  const [trying, setTrying] = useState(false)
  const title = offline ? 'This screen isn’t available offline yet' : 'This screen couldn’t load'
  useDocumentTitle(title)
  const retry = async () => {
    setTrying(true)
    try {
      await onRetry()
    } catch {
      setFailedAgain(true)
      setTrying(false)
    }
  }
  return (
    <section className="stack" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title">{title}</h1>
      <p>
        {offline
          ? 'Connect to the internet, then tap Retry.'
          : midWorkout
            ? 'Spotter may have been updated in another tab. Finish your workout, then reload.'
            : 'Spotter may have been updated in another tab. Tap Retry, or reload to get the new version.'}{' '}
        Your plan, ticks and history are still saved on this phone.
      </p>
      {failedAgain && (
        <p role="alert">
          {navigator.onLine ? 'Still couldn’t load it.' : 'Still offline: connect, then tap Retry.'}
        </p>
      )}
      <div className="row">
        <button className="button button--primary" type="button" onClick={retry} disabled={trying}>
          Retry
        </button>
        {!midWorkout && (
          <button className="button" type="button" onClick={() => page.reload()}>
            Reload
          </button>
        )}
        <Link className="button" to={paths.plan}>
          Today’s plan
        </Link>
      </div>
    </section>
  )
}
