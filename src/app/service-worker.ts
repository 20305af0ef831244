import { page } from './page-reload'

/**
 * Registers the precaching service worker (built by vite-plugin-pwa) and tracks updates, for every open tab:
 * - `waiting`: a new version is installed and waits for the user's "Update now";
 * - `active`: a new version has taken control of this tab (this tab's or another tab's "Update now"): the
 *   code running here is the old one, and its lazily loaded screens may be gone, so a reload is offered.
 * An update never activates or reloads by itself mid-workout: the user applies it, between sessions.
 */
export type UpdateState = 'none' | 'waiting' | 'active'

let waiting: ServiceWorker | null = null
let state: UpdateState = 'none'
/** This tab asked for the update, so it reloads as soon as the new version takes over. */
let reloadWhenActive = false
const listeners = new Set<() => void>()
const setState = (next: UpdateState, worker: ServiceWorker | null = null) => {
  waiting = worker
  state = next
  for (const listener of listeners) listener()
}

function watchWaiting(worker: ServiceWorker) {
  if (state === 'active') return
  setState('waiting', worker)
  worker.addEventListener('statechange', () => {
    // Replaced by a newer one, or failed to activate: that update is gone, and so is its offer.
    if (worker.state === 'redundant' && waiting === worker) setState('none')
  })
}

export function registerServiceWorker({ inDev = false } = {}): void {
  if ((import.meta.env.DEV && !inDev) || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
    return
  const container = navigator.serviceWorker
  // The first install takes control of a page that had none (clientsClaim): that is not an update.
  let controlled = container.controller !== null
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true
      return
    }
    if (reloadWhenActive) page.reload()
    else setState('active')
  })
  const register = async () => {
    try {
      const base = import.meta.env.BASE_URL
      const registration = await container.register(`${base}sw.js`, { scope: base })
      if (registration.waiting && container.controller) watchWaiting(registration.waiting)
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && container.controller) watchWaiting(installing)
        })
      })
    } catch {
      // No offline support this time (private mode, blocked storage); the app still works online.
    }
  }
  if (document.readyState === 'complete') void register()
  else window.addEventListener('load', () => void register(), { once: true })
}

/** Activate the waiting version and reload into it; if it is already active (another tab), just reload. */
export function applyUpdate(): void {
  if (state === 'active' || !waiting || waiting.state === 'activated' || waiting.state === 'activating') {
    page.reload()
    return
  }
  reloadWhenActive = true
  waiting.postMessage({ type: 'SKIP_WAITING' })
}

/** For useSyncExternalStore: whether a new version waits, or already runs in another tab. */
export const subscribeToUpdates = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export const getUpdateState = (): UpdateState => state

/** For tests: forget what an earlier test's fake browser reported (module state outlives a test). */
export function resetUpdateState(): void {
  reloadWhenActive = false
  setState('none')
}
