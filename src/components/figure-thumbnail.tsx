import { lazy, Suspense, useEffect, useState } from 'react'
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
  useEffect(() => setMounted(true), [])
  return (
    <span className="figure-thumb" aria-hidden="true">
      {mounted && (
        <Suspense fallback={null}>
          <Thumbnail exerciseId={exerciseId} />
        </Suspense>
      )}
    </span>
  )
}
