import { useSyncExternalStore } from 'react'

/**
 * One polite live region for the whole app. `announce()` from anywhere (a finished hold, a swap);
 * screen readers read it without moving focus.
 */
let message = ''
let version = 0
const listeners = new Set<() => void>()

export function announce(text: string) {
  // Bump a counter so the same text twice is still announced.
  version += 1
  message = `${text}${version % 2 === 0 ? '\u00a0' : ''}`
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function LiveRegion() {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => '',
  )
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {text}
    </div>
  )
}
