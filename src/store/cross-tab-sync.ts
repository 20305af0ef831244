import { useSpotter } from './create-store'
import { STORAGE_KEY } from './device-storage'

/**
 * Another tab saved: read its state, so a tick there shows here and neither tab overwrites the other. Data
 * from a newer version of Spotter puts this tab in read-only mode (the load says so), never overwritten.
 */
export function startCrossTabSync(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) useSpotter.getState().actions.storageReloaded()
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}
