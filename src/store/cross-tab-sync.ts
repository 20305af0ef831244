import { STORAGE_KEY } from './persistence'
import { rehydrateFromStorage } from './spotter-store'

/** Another tab saved: read its state, so a tick there shows here and neither tab overwrites the other. */
export function startCrossTabSync(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY && event.newValue !== null) void rehydrateFromStorage()
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}
