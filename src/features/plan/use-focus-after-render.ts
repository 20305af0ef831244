import { useCallback, useEffect, useRef } from 'react'

interface FocusRequest {
  id: string
  /** Scroll this element into view instead, e.g. a whole panel rather than its heading. */
  revealId: string | undefined
}

/**
 * Ask for an element to be focused once the next render has committed: after a swap, a move or a
 * removal, the element that had focus may be gone or disabled, so focus goes somewhere sensible.
 * The caller must also cause a render (every plan action does). Scrolling honours the CSS
 * scroll-margin in plan.css, which keeps targets clear of the fixed bottom navigation.
 */
export function useFocusAfterRender(): (id: string, revealId?: string) => void {
  const pending = useRef<FocusRequest | null>(null)
  useEffect(() => {
    const request = pending.current
    if (!request) return
    pending.current = null
    const element = document.getElementById(request.id)
    element?.focus({ preventScroll: true })
    const reveal = (request.revealId && document.getElementById(request.revealId)) || element
    reveal?.scrollIntoView?.({ block: 'nearest' })
  })
  return useCallback((id: string, revealId?: string) => {
    pending.current = { id, revealId }
  }, [])
}
