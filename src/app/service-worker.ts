/**
 * Registers the precaching service worker (built by vite-plugin-pwa) and tracks a waiting update.
 * An update never activates by itself: the user applies it, and only between sessions.
 */
let waiting: ServiceWorker | null = null
const listeners = new Set<() => void>()
const setWaiting = (worker: ServiceWorker | null) => {
  waiting = worker
  for (const listener of listeners) listener()
}

export function registerServiceWorker({ inDev = false } = {}): void {
  if ((import.meta.env.DEV && !inDev) || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
    return
  const register = async () => {
    try {
      const base = import.meta.env.BASE_URL
      const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base })
      if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting)
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing)
        })
      })
    } catch {
      // No offline support this time (private mode, blocked storage); the app still works online.
    }
  }
  if (document.readyState === 'complete') void register()
  else window.addEventListener('load', () => void register(), { once: true })
}

/** Activate the waiting version and reload into it. */
export function applyUpdate(): void {
  if (!waiting) return
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
  waiting.postMessage({ type: 'SKIP_WAITING' })
}

/** For useSyncExternalStore: whether a new version is installed and waiting. */
export const subscribeToUpdates = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export const isUpdateWaiting = (): boolean => waiting !== null
