import { useEffect, useState } from 'react'

export interface WakeLockState {
  /** The browser has the Screen Wake Lock API. */
  supported: boolean
  /** The screen is being kept on right now. */
  active: boolean
  /** The last request was refused (battery saver, a hidden page, a policy). */
  failed: boolean
}

const isSupported = () => typeof navigator !== 'undefined' && 'wakeLock' in navigator && !!navigator.wakeLock

/**
 * Keep the screen on while `enabled`. The browser drops the lock whenever the page is hidden
 * (screen locked, app switched), so it is asked for again each time the page becomes visible.
 * Released when disabled or unmounted.
 */
export function useWakeLock(enabled: boolean): WakeLockState {
  const [supported] = useState(isSupported)
  const [active, setActive] = useState(false)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!supported || !enabled) return
    let sentinel: WakeLockSentinel | null = null
    let pending = false
    let disposed = false

    const onRelease = () => {
      sentinel = null
      if (!disposed) setActive(false)
    }

    const acquire = async () => {
      if (disposed || sentinel || pending || document.visibilityState !== 'visible') return
      pending = true
      try {
        const lock = await navigator.wakeLock.request('screen')
        if (disposed) {
          await lock.release()
          return
        }
        sentinel = lock
        lock.addEventListener('release', onRelease)
        setActive(true)
        setFailed(false)
      } catch {
        if (!disposed) setFailed(true)
      } finally {
        pending = false
      }
    }

    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') void acquire()
    }

    void acquire()
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      disposed = true
      document.removeEventListener('visibilitychange', onVisibilityChange)
      const lock = sentinel
      sentinel = null
      if (lock) {
        lock.removeEventListener('release', onRelease)
        void lock.release().catch(() => {})
      }
      setActive(false)
    }
  }, [supported, enabled])

  return { supported, active, failed }
}
