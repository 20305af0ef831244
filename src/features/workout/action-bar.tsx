import type { ReactNode } from 'react'

/**
 * The bar at the bottom of every workout step, always on screen, with the step's main action where the
 * thumb rests. The step's content is padded by its height (workout.css), so it never covers anything.
 */
export function ActionBar({ children }: { children: ReactNode }) {
  return (
    <div className="action-bar" data-action-bar="">
      <div className="action-bar__inner">{children}</div>
    </div>
  )
}
