import { useSyncExternalStore } from 'react'
import { useWorkout } from '../store/spotter-store'
import { page } from './page-reload'
import { applyUpdate, getUpdateState, subscribeToUpdates } from './service-worker'

/**
 * Offers a new version, but never mid-workout: it waits until the session is finished. When another tab
 * already updated, this tab runs the old code: it offers a reload, which keeps everything saved.
 */
export function UpdateBanner() {
  const update = useSyncExternalStore(subscribeToUpdates, getUpdateState, () => 'none' as const)
  const workout = useWorkout()
  if (update === 'none' || workout) return null
  if (update === 'active') {
    return (
      <div className="callout callout--info row" role="status">
        <span>Spotter was updated in another tab. Reload to use the new version.</span>
        <button className="button button--small" type="button" onClick={() => page.reload()}>
          Reload
        </button>
      </div>
    )
  }
  return (
    <div className="callout callout--info row" role="status">
      <span>A new version of Spotter is ready.</span>
      <button className="button button--small" type="button" onClick={applyUpdate}>
        Update now
      </button>
    </div>
  )
}
