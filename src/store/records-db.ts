import type { SessionRecord } from './types'

/**
 * The records that matter most, finished sessions and pain stops, kept durably in IndexedDB.
 *
 * Why not only localStorage: Chromium commits localStorage to disk lazily, so a browser killed within
 * about a minute of "Workout saved" could lose the session. An IndexedDB transaction with
 * `durability: 'strict'` completes only once the data is on disk, so "Saved" is said only then.
 * localStorage keeps the live state (plan, ticks, workout, and a copy of History) because it reads
 * synchronously, so the first screen renders the user's own plan at once. See docs/DECISIONS.md.
 *
 * A small wrapper of our own (about 80 lines) rather than idb or idb-keyval: one object store, four
 * operations, and we need the durability option, which idb-keyval does not expose.
 */

const DB_NAME = 'spotter-records'
const DB_VERSION = 1
const SESSIONS = 'sessions'

export type RecordsResult<T> = { ok: true; value: T } | { ok: false; reason: 'unavailable' | 'failed' }

let opening: Promise<IDBDatabase> | null = null

function open(): Promise<IDBDatabase> {
  if (opening) return opening
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    const factory = globalThis.indexedDB
    if (!factory) {
      reject(new Error('unavailable'))
      return
    }
    const request = factory.open(DB_NAME, DB_VERSION)
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(SESSIONS))
        request.result.createObjectStore(SESSIONS, { keyPath: 'id' })
    }
    request.onsuccess = () => {
      const db = request.result
      // Another tab (a newer version) wants to upgrade: let it, and open afresh next time.
      db.onversionchange = () => {
        db.close()
        opening = null
      }
      resolve(db)
    }
    request.onerror = () => reject(request.error)
    request.onblocked = () => reject(new Error('blocked'))
  })
  opening.catch(() => {
    opening = null
  })
  return opening
}

/** Run one transaction; resolves only when it has completed (with strict durability: on disk). */
async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<RecordsResult<T | undefined>> {
  let db: IDBDatabase
  try {
    db = await open()
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Error && error.message === 'unavailable' ? 'unavailable' : 'failed',
    }
  }
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(SESSIONS, mode, { durability: 'strict' })
      const request = work(tx.objectStore(SESSIONS))
      tx.oncomplete = () => resolve({ ok: true, value: request?.result })
      tx.onerror = () => resolve({ ok: false, reason: 'failed' })
      tx.onabort = () => resolve({ ok: false, reason: 'failed' })
    } catch {
      resolve({ ok: false, reason: 'failed' })
    }
  })
}

export const putSession = (record: SessionRecord) => run('readwrite', (store) => store.put(record))

/** Several records in one transaction (the start-up copy of a long History). */
export const putSessions = (records: readonly SessionRecord[]) =>
  run('readwrite', (store) => {
    for (const record of records) store.put(record)
    return undefined
  })

export const deleteSession = (id: string) => run('readwrite', (store) => store.delete(id))

/** Every record kept (unvalidated: the caller checks each as it does anything read from storage). */
export const allSessions = () => run<unknown[]>('readonly', (store) => store.getAll())

/** Replace every record (import, undo of an import, delete all). */
export const replaceSessions = (records: readonly SessionRecord[]) =>
  run('readwrite', (store) => {
    store.clear()
    for (const record of records) store.put(record)
    return undefined
  })

/** Ask the browser not to evict Spotter's storage under pressure; once, after the first saved session. */
export async function askToPersist(): Promise<void> {
  try {
    if (navigator.storage?.persisted && !(await navigator.storage.persisted()))
      await navigator.storage.persist?.()
  } catch {
    // Not supported, or refused: the data is still saved, only evictable.
  }
}
