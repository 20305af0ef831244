import { createContext, type ReactNode, useContext, useRef } from 'react'

/**
 * The workout's main action sits in the same place on every step, so the second half of a double tap on
 * "I’m warmed up" would land on "Set done", and one on "Set done" would tick two sets. After a moving-on
 * tap, such taps are ignored this long; a person's next deliberate tap comes later.
 */
export const DOUBLE_TAP_GUARD_MS = 400

export interface TapGuard {
  /** True, and starts the guard, for a fresh moving-on tap; false for the echo of the last one. */
  accept: () => boolean
  /** True when no moving-on tap happened just now (for ticks on a screen that just appeared). */
  settled: () => boolean
}

const TapGuardContext = createContext<TapGuard>({ accept: () => true, settled: () => true })

/** One guard for the whole workout, so it holds across steps (the echo lands on the next step). */
export function TapGuardProvider({ children }: { children: ReactNode }) {
  const lastAt = useRef(Number.NEGATIVE_INFINITY)
  const guard = useRef<TapGuard>({
    settled: () => performance.now() - lastAt.current >= DOUBLE_TAP_GUARD_MS,
    accept: () => {
      if (!guard.current.settled()) return false
      lastAt.current = performance.now()
      return true
    },
  })
  return <TapGuardContext.Provider value={guard.current}>{children}</TapGuardContext.Provider>
}

export const useTapGuard = () => useContext(TapGuardContext)
