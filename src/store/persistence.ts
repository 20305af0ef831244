import { CONDITIONS, type Condition } from '../data/conditions'
import { getExercise, isExerciseId } from '../data/exercises'
import {
  emptyData,
  type Outcome,
  type PlanItem,
  type SessionItem,
  type SessionRecord,
  type SpotterData,
  type WorkoutProgress,
} from './types'

export const STORAGE_KEY = 'spotter'
export const BACKUP_PREFIX = 'spotter-backup-'
/**
 * The saved shape's version. History:
 * 1. profile, plan, ticks, workout, history.
 * 2. each history session records the back profile it was trained with (`conditions`).
 */
export const CURRENT_VERSION = 2

/** What loading saved data had to tell the user. Never persisted. */
export type LoadNotice =
  | { kind: 'unreadable'; backupKey: string | null; detail: string }
  | { kind: 'repaired'; backupKey: string | null; detail: string }
  | { kind: 'unknown-exercises'; ids: string[] }

export interface LoadResult {
  data: SpotterData
  notices: LoadNotice[]
}

type Json = unknown
const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: Json): value is string => typeof value === 'string'
const isIsoDate = (value: Json): value is string => isString(value) && !Number.isNaN(Date.parse(value))
const OUTCOMES: readonly Outcome[] = ['done', 'skipped', 'pain-stop']
const isOutcome = (value: Json): value is Outcome => OUTCOMES.includes(value as Outcome)
const isCondition = (value: Json): value is Condition => CONDITIONS.includes(value as Condition)

interface Sanitised {
  data: SpotterData
  /** Things that were malformed and had to be dropped. */
  problems: string[]
  /** Exercise ids that are not (or no longer) in the dataset. */
  unknownIds: string[]
}

/**
 * Validate a saved state of the current version. Keeps every valid part; says what it dropped.
 * Plan items with unknown exercise ids are dropped (reported separately); history keeps them,
 * since each session stores the names it needs.
 */
export function sanitise(state: Json): Sanitised {
  const problems: string[] = []
  const unknownIds: string[] = []
  const data = emptyData()
  if (!isRecord(state)) return { data, problems: ['saved state is not an object'], unknownIds }

  // profile
  if (isRecord(state.profile) && Array.isArray(state.profile.conditions)) {
    const conditions = state.profile.conditions.filter(isCondition)
    if (conditions.length !== state.profile.conditions.length) problems.push('unknown conditions dropped')
    data.profile.conditions = [...new Set(conditions)]
  } else if (state.profile !== undefined) problems.push('profile unreadable')

  // plan
  const keys = new Set<string>()
  if (Array.isArray(state.plan)) {
    for (const raw of state.plan) {
      if (!isRecord(raw) || !isString(raw.key) || keys.has(raw.key) || !isString(raw.exerciseId)) {
        problems.push('a plan item was unreadable')
        continue
      }
      if (!isExerciseId(raw.exerciseId)) {
        unknownIds.push(raw.exerciseId)
        continue
      }
      const item: PlanItem = { key: raw.key, exerciseId: raw.exerciseId }
      if (isExerciseId(raw.swappedFrom)) item.swappedFrom = raw.swappedFrom
      keys.add(item.key)
      data.plan.push(item)
    }
  } else if (state.plan !== undefined) problems.push('plan unreadable')

  // ticks: only for items in the plan, only their exercise's checkpoints
  if (isRecord(state.ticks)) {
    for (const item of data.plan) {
      const raw = state.ticks[item.key]
      if (raw === undefined) continue
      if (!Array.isArray(raw)) {
        problems.push('ticks unreadable')
        continue
      }
      const valid = new Set(getExercise(item.exerciseId).checkpointIds)
      const ticks = [...new Set(raw.filter((id): id is string => isString(id) && valid.has(id)))]
      if (ticks.length > 0) data.ticks[item.key] = ticks
    }
  } else if (state.ticks !== undefined) problems.push('ticks unreadable')

  // workout
  if (isRecord(state.workout)) {
    const w = state.workout
    if (
      isIsoDate(w.startedAt) &&
      typeof w.step === 'number' &&
      Number.isFinite(w.step) &&
      isRecord(w.outcomes)
    ) {
      const outcomes: WorkoutProgress['outcomes'] = {}
      for (const [key, outcome] of Object.entries(w.outcomes)) {
        if (keys.has(key) && isOutcome(outcome)) outcomes[key] = outcome
      }
      const step = Math.max(0, Math.min(data.plan.length + 1, Math.trunc(w.step)))
      data.workout = { startedAt: w.startedAt, step, outcomes }
    } else problems.push('workout in progress unreadable')
  } else if (state.workout !== null && state.workout !== undefined)
    problems.push('workout in progress unreadable')

  // history
  if (Array.isArray(state.history)) {
    for (const raw of state.history) {
      const record = readSession(raw)
      if (record) data.history.push(record)
      else problems.push('a history entry was unreadable')
    }
  } else if (state.history !== undefined) problems.push('history unreadable')

  return { data, problems, unknownIds }
}

function readSession(raw: Json): SessionRecord | null {
  if (!isRecord(raw) || !isString(raw.id) || !isIsoDate(raw.startedAt) || !isIsoDate(raw.finishedAt))
    return null
  if (!Array.isArray(raw.items)) return null
  const items: SessionItem[] = []
  for (const item of raw.items) {
    if (!isRecord(item) || !isString(item.exerciseId) || !isString(item.name) || !isOutcome(item.outcome))
      return null
    const entry: SessionItem = { exerciseId: item.exerciseId, name: item.name, outcome: item.outcome }
    if (isString(item.swappedFrom)) entry.swappedFrom = item.swappedFrom
    items.push(entry)
  }
  // Missing or null: not recorded (unknown), which loses nothing; anything else that isn't a list is damage.
  let conditions: Condition[] | null = null
  if (Array.isArray(raw.conditions)) conditions = [...new Set(raw.conditions.filter(isCondition))]
  else if (raw.conditions !== null && raw.conditions !== undefined) return null
  return { id: raw.id, startedAt: raw.startedAt, finishedAt: raw.finishedAt, conditions, items }
}

/**
 * Old shapes, one step at a time: MIGRATIONS[v] turns a version-v state into version v + 1.
 * A step changes only what its version changed; validation afterwards deals with anything malformed.
 */
export const MIGRATIONS: Record<number, (state: Json) => Json> = {
  // 1 → 2: sessions gain `conditions`. Version 1 never recorded them, so they are unknown (null), not none.
  1: (state) => {
    if (!isRecord(state) || !Array.isArray(state.history)) return state
    return {
      ...state,
      history: state.history.map((session) =>
        isRecord(session) ? { ...session, conditions: null } : session,
      ),
    }
  },
}

export function migrate(state: Json, fromVersion: number): Json {
  let current = state
  for (let v = fromVersion; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) throw new Error(`no migration from version ${v}`)
    current = step(current)
  }
  return current
}

/**
 * Read the raw saved text. Pure: the caller decides where the backup goes.
 * `unreadable` means nothing at all could be kept.
 */
export function readSaved(raw: string | null): {
  data: SpotterData
  problems: string[]
  unknownIds: string[]
  unreadable: boolean
} {
  if (raw === null) return { data: emptyData(), problems: [], unknownIds: [], unreadable: false }
  let envelope: Json
  try {
    envelope = JSON.parse(raw)
  } catch {
    return { data: emptyData(), problems: ['saved data is not valid JSON'], unknownIds: [], unreadable: true }
  }
  if (!isRecord(envelope) || typeof envelope.version !== 'number' || !('state' in envelope)) {
    return { data: emptyData(), problems: ['saved data has no version'], unknownIds: [], unreadable: true }
  }
  if (envelope.version > CURRENT_VERSION) {
    return {
      data: emptyData(),
      problems: [`saved by a newer version of Spotter (${envelope.version})`],
      unknownIds: [],
      unreadable: true,
    }
  }
  let state: Json
  try {
    state = migrate(envelope.state, envelope.version)
  } catch (error) {
    return { data: emptyData(), problems: [String(error)], unknownIds: [], unreadable: true }
  }
  const result = sanitise(state)
  const unreadable = result.problems.length > 0 && isEmpty(result.data)
  return { ...result, unreadable }
}

const isEmpty = (data: SpotterData) =>
  data.plan.length === 0 && data.history.length === 0 && data.profile.conditions.length === 0 && !data.workout

/** localStorage, or null where the browser blocks it. */
export function safeLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage
    return storage ?? null
  } catch {
    return null
  }
}

/**
 * Load from storage: validate, migrate, and keep a backup of anything that could not be kept as it was.
 * The backup is never overwritten: each gets its own timestamped key.
 */
export function loadFromStorage(storage: Storage | null, now = new Date()): LoadResult {
  let raw: string | null = null
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    raw = null
  }
  const result = readSaved(raw)
  const notices: LoadNotice[] = []
  if ((result.problems.length > 0 || result.unknownIds.length > 0) && raw !== null) {
    const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`
    // Until the next save, every load sees the same damaged text: keep one backup of it, not one per load.
    let saved: string | null = listBackups(storage).find((backup) => backup.raw === raw)?.key ?? null
    try {
      if (saved === null) {
        storage?.setItem(backupKey, raw)
        saved = backupKey
      }
    } catch {
      saved = null
    }
    if (result.problems.length > 0 || saved === null) {
      notices.push({
        kind: result.unreadable ? 'unreadable' : 'repaired',
        backupKey: saved,
        detail: [...new Set(result.problems)].join('; ') || 'some saved exercises are no longer in Spotter',
      })
    }
  }
  if (result.unknownIds.length > 0)
    notices.push({ kind: 'unknown-exercises', ids: [...new Set(result.unknownIds)] })
  return { data: result.data, notices }
}

/** All backups kept on this device, newest first. */
export function listBackups(storage: Storage | null): { key: string; raw: string }[] {
  if (!storage) return []
  const backups: { key: string; raw: string }[] = []
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key?.startsWith(BACKUP_PREFIX)) backups.push({ key, raw: storage.getItem(key) ?? '' })
    }
  } catch {
    return backups
  }
  return backups.sort((a, b) => b.key.localeCompare(a.key))
}

/** Remove every backup from this device (the user asked to delete all their data). */
export function deleteBackups(storage: Storage | null): void {
  for (const { key } of listBackups(storage)) {
    try {
      storage?.removeItem(key)
    } catch {
      // blocked storage: nothing we can remove
    }
  }
}
