import { useSyncExternalStore } from 'react'
import { useWorkout } from '../store/spotter-store'
import { applyUpdate, isUpdateWaiting, subscribeToUpdates } from './service-worker'

/** Offers a new version, but never mid-workout: it waits until the session is finished. */
export function UpdateBanner() {
  const updateWaiting = useSyncExternalStore(subscribeToUpdates, isUpdateWaiting, () => false)
  const workout = useWorkout()
  if (!updateWaiting || workout) return null
  return (
    <div className="callout callout--info row" role="status">
      <span>A new version of Spotter is ready.</span>
      <button className="button button--small" type="button" onClick={applyUpdate}>
        Update now
      </button>
    </div>
  )
}
