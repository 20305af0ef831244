import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import type { ExerciseId } from '../data/exercises'
import './figure-thumbnail.css'

const Thumbnail = lazy(async () => ({ default: (await import('./exercise-figure')).FigureThumbnail }))

/**
 * A small still figure for a list row (the library, the swap panel). The drawing and the pose data load
 * lazily, after the first render, so they are never in the first screen's JavaScript or its prerendered
 * HTML; the box keeps its size meanwhile, so nothing moves when it arrives. Hidden from screen readers:
 * the exercise's name is read beside it.
 */
export function LazyFigureThumbnail({ exerciseId }: { exerciseId: ExerciseId }) {
  const [mounted, setMounted] = useState(false)
  const box = useRef<HTMLSpanElement>(null)
  // Drawn when it comes near the screen: a 48-row library doesn't draw 48 figures before it can answer a tap.
  useEffect(() => {
    const element = box.current
    if (!element || typeof IntersectionObserver === 'undefined') {
      setMounted(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        setMounted(true)
        observer.disconnect()
      },
      { rootMargin: '200px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <span className="figure-thumb" aria-hidden="true" ref={box}>
      {mounted && (
        <Suspense fallback={null}>
          <Thumbnail exerciseId={exerciseId} />
        </Suspense>
      )}
    </span>
  )
}
