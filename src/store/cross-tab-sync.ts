import { useSpotter } from './create-store'
import { readRevision, STORAGE_KEY, safeLocalStorage } from './device-storage'

/**
 * Another tab saved: read its state, so a tick there shows here and neither tab overwrites the other. Data
 * from a newer version of Spotter puts this tab in read-only mode (the load says so), never overwritten.
 * A save made between this tab's load and the start of listening is read at once.
 */
export function startCrossTabSync(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) useSpotter.getState().actions.storageReloaded()
  }
  target.addEventListener('storage', onStorage)
  const { mode, revision, actions } = useSpotter.getState()
  if (mode.kind === 'ok' && readRevision(safeLocalStorage()) > revision) actions.storageReloaded()
  return () => target.removeEventListener('storage', onStorage)
}
