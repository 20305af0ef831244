import { FILE_KIND } from './data-file'
import { CURRENT_VERSION, describeProblems, envelope, readSaved } from './persistence'
import type { SpotterData } from './types'

/** Where the live state is kept on the device (localStorage), with its backups and revision. */

export const STORAGE_KEY = 'spotter'
/** The revision alone, so a tab can check cheaply whether another tab wrote since it read. */
export const REVISION_KEY = 'spotter-revision'
export const BACKUP_PREFIX = 'spotter-backup-'

/**
 * Whether this tab may write.
 * - ok: yes.
 * - unavailable: the browser blocks storage; Spotter works in memory and says so from the start.
 * - newer: a newer version of Spotter saved the data; this (older) tab must not write over it.
 * - held: what is saved couldn't be read, or couldn't be backed up before repair; nothing is written until
 *   the user chooses (try again, download it, or start afresh), so the first tap can't overwrite it.
 */
export type StorageMode =
  | { kind: 'ok' }
  | { kind: 'unavailable' }
  | { kind: 'newer'; version: number }
  | { kind: 'held'; reason: 'read-failed' | 'no-room-for-backup'; raw: string | null }

/** What loading saved data had to tell the user. Never saved. */
export type LoadNotice =
  | { kind: 'unreadable'; backupKey: string | null; detail: string }
  | { kind: 'repaired'; backupKey: string | null; detail: string }
  | { kind: 'unknown-exercises'; ids: string[] }
  | { kind: 'recovered'; count: number }

export interface Loaded {
  data: SpotterData
  notices: LoadNotice[]
  revision: number
  mode: StorageMode
}

/** localStorage, or null where the browser blocks it. */
export function safeLocalStorage(): Storage | null {
  try {
    // Where site data is blocked, merely reading the property throws (SecurityError).
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/**
 * Load from storage: validate, migrate, and keep a backup of anything that could not be kept as it was.
 * The backup is never overwritten: each gets its own timestamped key.
 */
export function loadFromStorage(storage: Storage | null, now = new Date()): Loaded {
  const empty = readSaved(null).data
  if (!storage) return { data: empty, notices: [], revision: 0, mode: { kind: 'unavailable' } }
  let raw: string | null
  try {
    raw = storage.getItem(STORAGE_KEY)
  } catch {
    return { data: empty, notices: [], revision: 0, mode: { kind: 'held', reason: 'read-failed', raw: null } }
  }
  const result = readSaved(raw)
  if (result.newerVersion !== null)
    return {
      data: empty,
      notices: [],
      revision: result.revision,
      mode: { kind: 'newer', version: result.newerVersion },
    }

  const notices: LoadNotice[] = []
  let mode: StorageMode = { kind: 'ok' }
  if ((result.problems.length > 0 || result.unknownIds.length > 0) && raw !== null) {
    const backupKey = keepBackup(storage, raw, now)
    // Repairing means the next save writes over the damaged text: only once a copy of it is safe.
    if (backupKey === null) mode = { kind: 'held', reason: 'no-room-for-backup', raw }
    if (result.problems.length > 0 || backupKey === null) {
      notices.push({
        kind: result.unreadable ? 'unreadable' : 'repaired',
        backupKey,
        detail: describeProblems(result.problems) || 'some saved exercises are no longer in Spotter',
      })
    }
  }
  if (result.unknownIds.length > 0)
    notices.push({ kind: 'unknown-exercises', ids: [...new Set(result.unknownIds)] })
  return { data: result.data, notices, revision: result.revision, mode }
}

/** Keep a copy of `raw` (once: until the next save every load sees the same text). Null if it can't. */
export function keepBackup(storage: Storage | null, raw: string, now: Date): string | null {
  const existing = listBackups(storage).find((backup) => backup.raw === raw)
  if (existing) return existing.key
  const key = `${BACKUP_PREFIX}${now.toISOString()}`
  try {
    storage?.setItem(key, raw)
    return storage ? key : null
  } catch {
    return null
  }
}

/** The revision saved now (another tab may have written since this tab read); 0 when none. */
export function readRevision(storage: Storage | null): number {
  try {
    const value = Number(storage?.getItem(REVISION_KEY) ?? 0)
    return Number.isSafeInteger(value) ? value : 0
  } catch {
    return 0
  }
}

export type WriteResult = 'saved' | 'full'

/** Save the live state with its revision. A full or failing storage is reported, never thrown. */
export function writeToStorage(storage: Storage | null, data: SpotterData, revision: number): WriteResult {
  try {
    if (!storage) return 'full'
    storage.setItem(STORAGE_KEY, envelope(data, revision))
    storage.setItem(REVISION_KEY, String(revision))
    return 'saved'
  } catch {
    return 'full'
  }
}

/** Remove everything Spotter saved. True only if it is really gone. */
export function removeEverything(storage: Storage | null): boolean {
  if (!storage) return true
  try {
    for (const { key } of listBackups(storage)) storage.removeItem(key)
    storage.removeItem(STORAGE_KEY)
    storage.removeItem(REVISION_KEY)
    return storage.getItem(STORAGE_KEY) === null && listBackups(storage).length === 0
  } catch {
    return false
  }
}

export interface Backup {
  key: string
  raw: string
  /** When it was kept, from its key. */
  keptAt: string
}

/** All backups kept on this device, newest first. */
export function listBackups(storage: Storage | null): Backup[] {
  if (!storage) return []
  const backups: Backup[] = []
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key?.startsWith(BACKUP_PREFIX))
        backups.push({ key, raw: storage.getItem(key) ?? '', keptAt: key.slice(BACKUP_PREFIX.length) })
    }
  } catch {
    return backups
  }
  return backups.sort((a, b) => b.key.localeCompare(a.key))
}

export function deleteBackup(storage: Storage | null, key: string): boolean {
  if (!key.startsWith(BACKUP_PREFIX)) return false
  try {
    storage?.removeItem(key)
    return storage?.getItem(key) === null
  } catch {
    return false
  }
}

/**
 * A backup as a file Import accepts: the saved envelope in the export file's wrapper. Text that isn't even
 * JSON can't be restored, so it downloads as it is, for a person to look at.
 */
export function backupAsFile(raw: string): string {
  try {
    const saved = JSON.parse(raw) as { version?: unknown; state?: unknown }
    if (typeof saved !== 'object' || saved === null) return raw
    return JSON.stringify(
      { kind: FILE_KIND, version: saved.version ?? CURRENT_VERSION, exportedAt: null, state: saved.state },
      null,
      2,
    )
  } catch {
    return raw
  }
}
