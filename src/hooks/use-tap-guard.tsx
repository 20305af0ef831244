import { createContext, type ReactNode, useContext, useState } from 'react'

/**
 * How long after a tap that moves the user on (or changes the plan) a second tap is taken as the other
 * half of a double tap and ignored. A person's deliberate next tap comes later; a double tap's second
 * half comes within ~300 ms.
 */
export const TAP_GUARD_MS = 400

/** What the guard needs from an event: a way to cancel its default action when the tap is ignored. */
export interface GuardedEvent {
  preventDefault: () => void
}

export interface TapGuard {
  /**
   * Wrap the handler of a control that moves the user on or changes the plan. A second activation of any
   * guarded control within TAP_GUARD_MS of the last accepted one is ignored, and its default action
   * cancelled (a link does not navigate, a checkbox does not change).
   */
  guard: <E extends GuardedEvent>(handler: (event: E) => void) => (event: E) => void
  /**
   * For controls that do not move on but may land under the finger after one that did (checkpoints):
   * false within TAP_GUARD_MS of the last guarded tap. Does not arm the guard itself.
   */
  accepts: () => boolean
  /** For handlers that can't be wrapped: true (and arms the guard) for a fresh tap, false for a double tap's echo. */
  accept: () => boolean
}

/**
 * Time is performance.now(): monotonic, and the clock tests fake (Vitest's `toFake: ['performance']`,
 * Playwright's page.clock). Not event.timeStamp, which page.clock cannot move.
 */
function createTapGuard(): TapGuard {
  let last = Number.NEGATIVE_INFINITY
  const accepts = () => {
    const since = performance.now() - last
    // A clock that went back (a restored tab, a changed system time) never locks the controls.
    return since < 0 || since >= TAP_GUARD_MS
  }
  const accept = () => {
    if (!accepts()) return false
    last = performance.now()
    return true
  }
  return {
    accepts,
    accept,
    guard: (handler) => (event) => {
      if (!accept()) {
        event.preventDefault()
        return
      }
      handler(event)
    },
  }
}

/** Outside a provider (a component rendered on its own), one guard for the page. */
const TapGuardContext = createContext<TapGuard>(createTapGuard())

/** One guard for everything inside: the app layout provides it, so every screen shares it across steps. */
export function TapGuardProvider({ children }: { children: ReactNode }) {
  const [guard] = useState(createTapGuard)
  return <TapGuardContext value={guard}>{children}</TapGuardContext>
}

/** The shared double-tap guard (see TapGuard). */
export const useTapGuard = (): TapGuard => useContext(TapGuardContext)
