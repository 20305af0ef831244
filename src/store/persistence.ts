import { CONDITIONS, type Condition } from '../data/conditions'
import { getExerciseCore as getExercise, isExerciseId } from '../data/exercise-core'
import { LOAD_BANDS, type LoadBand, UNITS, type Units } from '../data/load'
import { starterRoutine } from '../data/routines'
import { EQUIPMENT, type Equipment, type MovementPattern, PATTERNS } from '../data/taxonomy'
import { LIMITS } from '../domain/prescription'
import { exerciseView, isCustomExerciseId, isKnownExercise } from './exercise-view'
import { own } from './own'
import {
  MAX_CUE_TEXT,
  MAX_CUES,
  MAX_CUSTOM_EXERCISES,
  MAX_CUSTOM_NAME,
  MAX_PAIN,
  MAX_PLAN_ITEMS,
  MAX_ROUTINE_NAME,
  MAX_ROUTINES,
} from './transitions'
import {
  type CustomCue,
  type CustomExercise,
  emptyData,
  type Outcome,
  type PainRatings,
  type PlanItem,
  type Routine,
  type RoutineItem,
  type SessionItem,
  type SessionRecord,
  type SetDone,
  type SpotterData,
  starterRoutines,
  type WorkoutEntry,
  type WorkoutProgress,
} from './types'

/**
 * Reading saved data: it is untrusted input (another version, another tab, a hand-edited file), so every
 * field is checked, old shapes are migrated step by step, and whatever is dropped is said. Pure: no storage.
 */

/**
 * The saved shape's version. History:
 * 1. profile, plan, ticks, workout, history.
 * 2. each history session records the back profile it was trained with (`conditions`).
 * 3. plan items carry sets, reps, hold, load band, weight and rest; the workout records each set, rests,
 *    holds and swaps as entries; sessions keep their sets, pain stops and units; the profile has units and
 *    the day that "back pain today" was set; routines (the starter routines to begin with); the workout and
 *    each session keep the back-pain ratings before and after, when given (absent: not rated); the user's own
 *    exercises (`customExercises`), which plan items, routines and the workout may name by their `c-…` id.
 */
export const CURRENT_VERSION = 3

/** The most sessions kept: about 27 years of daily training. More is not a real history. */
export const MAX_HISTORY = 10_000

type Json = unknown
const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: Json): value is string => typeof value === 'string'
/** A timestamp as Spotter writes them (`Date.toISOString()`), in a plausible year. */
export const isIsoDate = (value: Json): value is string => {
  if (!isString(value) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return false
  const time = Date.parse(value)
  return (
    !Number.isNaN(time) && new Date(time).getUTCFullYear() >= 2000 && new Date(time).getUTCFullYear() < 2200
  )
}
const isLocalDay = (value: Json): value is string => isString(value) && /^\d{4}-\d{2}-\d{2}$/.test(value)
/** Keys Spotter makes (`p-…`, `s-…`). Anything else, `__proto__` or `constructor` included, is not ours. */
export const isOwnKey = (value: Json): value is string =>
  isString(value) && /^[a-z]{1,3}-[a-z0-9][a-z0-9-]{0,60}$/.test(value)
const OUTCOMES: readonly Outcome[] = ['done', 'skipped', 'pain-stop', 'swapped']
const isOutcome = (value: Json): value is Outcome => OUTCOMES.includes(value as Outcome)
const isCondition = (value: Json): value is Condition => CONDITIONS.includes(value as Condition)
const isLoad = (value: Json): value is LoadBand => LOAD_BANDS.includes(value as LoadBand)
const isUnits = (value: Json): value is Units => UNITS.includes(value as Units)
const inRange = (value: Json, limit: { min: number; max: number }): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= limit.min && value <= limit.max
const isWeight = (value: Json): value is number | null =>
  value === null ||
  (typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= LIMITS.weight.min &&
    value <= LIMITS.weight.max)

interface Sanitised {
  data: SpotterData
  /** What was malformed and left out, in words a user understands. */
  problems: string[]
  /** Exercise ids that are not (or no longer) in the dataset. */
  unknownIds: string[]
}

const STATE_FIELDS = ['profile', 'plan', 'ticks', 'workout', 'history', 'routines', 'customExercises']

/**
 * Validate a saved state of the current version. Keeps every valid part; says what it left out.
 * Plan items with unknown exercise ids are left out (reported separately); history keeps them, since each
 * session stores the names it needs.
 */
export function sanitise(state: Json): Sanitised {
  const problems: string[] = []
  const unknownIds: string[] = []
  const data = emptyData()
  if (!isRecord(state)) return { data, problems: ['the saved data is not in Spotter’s format'], unknownIds }
  const unknownFields = Object.keys(state).filter((k) => !STATE_FIELDS.includes(k))
  if (unknownFields.length > 0) problems.push(`fields Spotter doesn’t know (${unknownFields.join(', ')})`)

  readProfile(state.profile, data, problems)
  readCustomExercises(state.customExercises, data, problems)
  readPlan(state.plan, data, problems, unknownIds)
  readTicks(state.ticks, data, problems)
  readWorkout(state.workout, data, problems)
  readHistory(state.history, data, problems)
  readRoutines(state.routines, data, problems, unknownIds)
  return { data, problems, unknownIds }
}

function readProfile(raw: Json, data: SpotterData, problems: string[]) {
  if (raw === undefined) return
  if (!isRecord(raw) || !Array.isArray(raw.conditions)) {
    problems.push('your back profile')
    return
  }
  const conditions = raw.conditions.filter(isCondition)
  if (conditions.length !== raw.conditions.length) problems.push('a back condition Spotter doesn’t know')
  data.profile.conditions = [...new Set(conditions)]
  if (isLocalDay(raw.todaySetOn)) data.profile.todaySetOn = raw.todaySetOn
  else if (raw.todaySetOn !== null) problems.push('the day your back profile was set')
  if (isUnits(raw.units)) data.profile.units = raw.units
  else problems.push('your units')
}

const isPattern = (value: Json): value is MovementPattern => PATTERNS.includes(value as MovementPattern)
const isEquipment = (value: Json): value is Equipment => EQUIPMENT.includes(value as Equipment)
const isText = (value: Json, max: number): value is string =>
  isString(value) && value.trim().length > 0 && value.length <= max
const isCueId = (value: Json): value is string => isString(value) && /^cue-[0-9]{1,3}$/.test(value)

/** One of the user's own exercises: every field checked, as any saved data is. */
function readCustomExercise(raw: Json): CustomExercise | null {
  if (!isRecord(raw) || !isCustomExerciseId(raw.id) || !isText(raw.name, MAX_CUSTOM_NAME)) return null
  if (!isPattern(raw.pattern) || !Array.isArray(raw.equipment) || !Array.isArray(raw.cues)) return null
  if (raw.equipment.length === 0 || raw.equipment.length > EQUIPMENT.length) return null
  if (!raw.equipment.every(isEquipment) || raw.cues.length > MAX_CUES) return null
  if (!(raw.holdSeconds === null || inRange(raw.holdSeconds, LIMITS.holdSeconds))) return null
  const cues: CustomCue[] = []
  for (const cue of raw.cues) {
    if (!isRecord(cue) || !isCueId(cue.id) || !isText(cue.text, MAX_CUE_TEXT)) return null
    if (cues.some((c) => c.id === cue.id)) return null
    cues.push({ id: cue.id, text: cue.text })
  }
  return {
    id: raw.id,
    name: raw.name,
    pattern: raw.pattern,
    equipment: [...new Set(raw.equipment)],
    cues,
    holdSeconds: raw.holdSeconds,
  }
}

function readCustomExercises(raw: Json, data: SpotterData, problems: string[]) {
  if (raw === undefined) return
  if (!Array.isArray(raw)) {
    problems.push('your own exercises')
    return
  }
  for (const rawExercise of raw) {
    const custom = readCustomExercise(rawExercise)
    if (!custom || data.customExercises.some((c) => c.id === custom.id)) {
      problems.push('one of your own exercises')
      continue
    }
    if (data.customExercises.length >= MAX_CUSTOM_EXERCISES) {
      problems.push(`your own exercises past the first ${MAX_CUSTOM_EXERCISES}`)
      break
    }
    data.customExercises.push(custom)
  }
}

function readPlanItem(
  raw: Json,
  problems: string[],
  unknownIds: string[],
  customExercises: readonly CustomExercise[],
): PlanItem | null {
  if (!isRecord(raw) || !isOwnKey(raw.key) || !isString(raw.exerciseId)) {
    problems.push('an exercise in the plan')
    return null
  }
  if (!isKnownExercise(raw.exerciseId, customExercises)) {
    unknownIds.push(raw.exerciseId)
    return null
  }
  const exercise = exerciseView(raw.exerciseId, customExercises)
  const hold = exercise.holdSeconds !== undefined
  const valid =
    isLoad(raw.load) &&
    isWeight(raw.weight) &&
    inRange(raw.sets, LIMITS.sets) &&
    inRange(raw.reps, LIMITS.reps) &&
    (hold ? inRange(raw.holdSeconds, LIMITS.holdSeconds) : raw.holdSeconds === null) &&
    inRange(raw.restSeconds, LIMITS.restSeconds)
  if (!valid) {
    problems.push(`the sets or load of ${exercise.name} in the plan`)
    return null
  }
  const item: PlanItem = {
    key: raw.key,
    exerciseId: raw.exerciseId,
    load: raw.load as LoadBand,
    weight: raw.weight as number | null,
    sets: raw.sets as number,
    reps: raw.reps as number,
    holdSeconds: (raw.holdSeconds as number | null) ?? null,
    restSeconds: raw.restSeconds as number,
  }
  if (isExerciseId(raw.swappedFrom)) item.swappedFrom = raw.swappedFrom
  return item
}

function readPlan(raw: Json, data: SpotterData, problems: string[], unknownIds: string[]) {
  if (raw === undefined) return
  if (!Array.isArray(raw)) {
    problems.push('today’s plan')
    return
  }
  const keys = new Set<string>()
  for (const rawItem of raw) {
    const item = readPlanItem(rawItem, problems, unknownIds, data.customExercises)
    if (!item) continue
    if (keys.has(item.key)) {
      problems.push('a repeated exercise in the plan')
      continue
    }
    if (data.plan.length >= MAX_PLAN_ITEMS) {
      problems.push(`exercises past the first ${MAX_PLAN_ITEMS} in the plan`)
      break
    }
    keys.add(item.key)
    data.plan.push(item)
  }
}

/** Ticks: only for items in the plan, only their exercise's checkpoints. */
function readTicks(raw: Json, data: SpotterData, problems: string[]) {
  if (raw === undefined) return
  if (!isRecord(raw)) {
    problems.push('ticked checkpoints')
    return
  }
  const planKeys = new Set(data.plan.map((item) => item.key))
  if (Object.keys(raw).some((key) => !planKeys.has(key))) problems.push('ticks of exercises not in the plan')
  for (const item of data.plan) {
    const ticks = own(raw, item.key)
    if (ticks === undefined) continue
    if (!Array.isArray(ticks)) {
      problems.push('ticked checkpoints')
      continue
    }
    const valid = new Set(exerciseView(item.exerciseId, data.customExercises).checkpointIds)
    const kept = [...new Set(ticks.filter((id): id is string => isString(id) && valid.has(id)))]
    if (kept.length !== ticks.length) problems.push('ticks of checkpoints Spotter doesn’t know')
    if (kept.length > 0) data.ticks[item.key] = kept
  }
}

function readSet(raw: Json): SetDone | null {
  if (!isRecord(raw) || !inRange(raw.reps, LIMITS.reps) || !isWeight(raw.weight) || !isIsoDate(raw.at))
    return null
  const hold = raw.holdSeconds
  if (hold !== null && !(typeof hold === 'number' && Number.isFinite(hold) && hold >= 0 && hold < 3600))
    return null
  return { reps: raw.reps, weight: raw.weight, holdSeconds: hold, at: raw.at }
}

const readSets = (raw: Json): SetDone[] | null => {
  if (!Array.isArray(raw) || raw.length > 100) return null
  const sets = raw.map(readSet)
  return sets.every((s): s is SetDone => s !== null) ? sets : null
}

const readPainStop = (raw: Json): { at: string; set: number } | null | undefined => {
  if (raw === undefined) return undefined
  return isRecord(raw) && isIsoDate(raw.at) && inRange(raw.set, { min: 1, max: 101 })
    ? { at: raw.at, set: raw.set }
    : null
}

const isRating = (value: Json): value is number | null =>
  value === null || inRange(value, { min: 0, max: MAX_PAIN })

/** Pain ratings: absent (undefined) is "not rated"; anything else not two ratings is damage (null). */
function readPain(raw: Json): PainRatings | null | undefined {
  if (raw === undefined) return undefined
  if (!isRecord(raw) || !isRating(raw.before) || !isRating(raw.after)) return null
  return { before: raw.before, after: raw.after }
}

function readEntry(raw: Json, customExercises: readonly CustomExercise[]): WorkoutEntry | null {
  if (!isRecord(raw) || !isOwnKey(raw.key) || !isKnownExercise(raw.exerciseId, customExercises)) return null
  if (!isLoad(raw.load)) return null
  const sets = readSets(raw.sets)
  const painStop = readPainStop(raw.painStop)
  if (!sets || painStop === null) return null
  if (raw.outcome !== undefined && !isOutcome(raw.outcome)) return null
  const entry: WorkoutEntry = { key: raw.key, exerciseId: raw.exerciseId, load: raw.load, sets }
  if (isOutcome(raw.outcome)) entry.outcome = raw.outcome
  if (painStop) entry.painStop = painStop
  return entry
}

function readWorkout(raw: Json, data: SpotterData, problems: string[]) {
  if (raw === undefined || raw === null) return
  if (!isRecord(raw) || !isIsoDate(raw.startedAt) || !inRange(raw.step, { min: 0, max: 10_000 })) {
    problems.push('the workout in progress')
    return
  }
  const entries: WorkoutEntry[] = []
  for (const rawEntry of Array.isArray(raw.entries) ? raw.entries : []) {
    const entry = readEntry(rawEntry, data.customExercises)
    if (entry) entries.push(entry)
    else problems.push('part of the workout in progress')
  }
  if (!Array.isArray(raw.entries)) problems.push('the workout’s sets')
  const planKeys = new Set(data.plan.map((item) => item.key))
  const pain = readPain(raw.pain)
  if (pain === null) problems.push('your back-pain ratings for the workout in progress')
  const timer = (value: Json, at: 'endsAt' | 'startedAt') =>
    isRecord(value) && isString(value.key) && planKeys.has(value.key) && isIsoDate(value[at])
      ? { key: value.key, [at]: value[at] }
      : null
  const workout: WorkoutProgress = {
    startedAt: raw.startedAt,
    step: Math.min(data.plan.length + 1, raw.step),
    entries,
    rest: timer(raw.rest, 'endsAt') as WorkoutProgress['rest'],
    hold: timer(raw.hold, 'startedAt') as WorkoutProgress['hold'],
  }
  if (pain) workout.pain = pain
  data.workout = workout
}

function readSessionItem(raw: Json): SessionItem | null {
  if (!isRecord(raw) || !isString(raw.exerciseId) || !isString(raw.name) || !isOutcome(raw.outcome))
    return null
  const sets = readSets(raw.sets)
  const painStop = readPainStop(raw.painStop)
  if (!sets || painStop === null || !(raw.load === null || isLoad(raw.load))) return null
  const item: SessionItem = {
    exerciseId: raw.exerciseId,
    name: raw.name,
    outcome: raw.outcome,
    load: raw.load,
    sets,
  }
  if (isString(raw.swappedFrom)) item.swappedFrom = raw.swappedFrom
  if (painStop) item.painStop = painStop
  return item
}

export function readSession(raw: Json): SessionRecord | null {
  if (!isRecord(raw) || !isOwnKey(raw.id) || !isIsoDate(raw.startedAt) || !isIsoDate(raw.finishedAt))
    return null
  if (!Array.isArray(raw.items) || raw.items.length > 200 || !isUnits(raw.units)) return null
  if (raw.kept !== 'all' && raw.kept !== 'pain-stops') return null
  const items = raw.items.map(readSessionItem)
  if (!items.every((item): item is SessionItem => item !== null)) return null
  const pain = readPain(raw.pain)
  if (pain === null) return null
  // Null: not recorded (sessions from before version 2), which loses nothing; anything else not a list is damage.
  let conditions: Condition[] | null = null
  if (Array.isArray(raw.conditions)) conditions = [...new Set(raw.conditions.filter(isCondition))]
  else if (raw.conditions !== null) return null
  return {
    id: raw.id,
    startedAt: raw.startedAt,
    finishedAt: raw.finishedAt,
    conditions,
    units: raw.units,
    kept: raw.kept,
    ...(pain ? { pain } : {}),
    items,
  }
}

function readHistory(raw: Json, data: SpotterData, problems: string[]) {
  if (raw === undefined) return
  if (!Array.isArray(raw)) {
    problems.push('your history')
    return
  }
  const ids = new Set<string>()
  for (const rawSession of raw) {
    const record = readSession(rawSession)
    if (!record) {
      problems.push('a session in your history')
      continue
    }
    if (ids.has(record.id)) {
      problems.push('a repeated session in your history')
      continue
    }
    if (data.history.length >= MAX_HISTORY) {
      problems.push(`sessions past the newest ${MAX_HISTORY.toLocaleString('en-GB')}`)
      break
    }
    ids.add(record.id)
    data.history.push(record)
  }
}

/** A routine's item: a plan item without its key. */
function readRoutineItem(
  raw: Json,
  unknownIds: string[],
  customExercises: readonly CustomExercise[],
): RoutineItem | null | 'unknown' {
  if (isRecord(raw) && isString(raw.exerciseId) && !isKnownExercise(raw.exerciseId, customExercises)) {
    unknownIds.push(raw.exerciseId)
    return 'unknown'
  }
  const item = readPlanItem(
    isRecord(raw) ? { ...raw, key: 'p-routine' } : raw,
    [],
    unknownIds,
    customExercises,
  )
  if (!item) return null
  const { key: _key, swappedFrom: _swap, ...rest } = item
  return rest
}

/**
 * A routine, as saved or as it arrives in a shared link (validated exactly alike). A link knows no custom
 * exercises: the opener's own are not the sender's.
 */
export function readRoutine(
  raw: Json,
  unknownIds: string[],
  customExercises: readonly CustomExercise[] = [],
): { routine: Omit<Routine, 'id'>; complete: boolean } | null {
  if (
    !isRecord(raw) ||
    !isString(raw.name) ||
    raw.name.length > MAX_ROUTINE_NAME * 4 ||
    !Array.isArray(raw.items)
  )
    return null
  if (raw.items.length === 0 || raw.items.length > MAX_PLAN_ITEMS) return null
  const items: RoutineItem[] = []
  let complete = true
  for (const rawItem of raw.items) {
    const item = readRoutineItem(rawItem, unknownIds, customExercises)
    if (item === null) return null
    if (item === 'unknown') complete = false
    else items.push(item)
  }
  if (items.length === 0) return null
  return { routine: { name: raw.name.slice(0, MAX_ROUTINE_NAME), items }, complete }
}

function readRoutines(raw: Json, data: SpotterData, problems: string[], unknownIds: string[]) {
  // The saved list is the user's: starter routines they deleted stay deleted.
  data.routines = []
  if (raw === undefined) return
  if (!Array.isArray(raw)) {
    problems.push('your routines')
    return
  }
  const ids = new Set<string>()
  for (const rawRoutine of raw) {
    const read =
      isRecord(rawRoutine) && isOwnKey(rawRoutine.id)
        ? readRoutine(rawRoutine, unknownIds, data.customExercises)
        : null
    const id = isRecord(rawRoutine) ? rawRoutine.id : undefined
    if (!read || !isString(id) || ids.has(id) || data.routines.length >= MAX_ROUTINES) {
      problems.push('a routine')
      continue
    }
    ids.add(id)
    data.routines.push({ id, ...read.routine })
  }
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
  // 2 → 3: plan items gain the exercise's usual dose; the workout's outcomes become entries; sessions gain
  // sets (none recorded), load (unknown), units and `kept`; the profile gains units and the day it was set;
  // routines arrive, starting with the starter routines, and the user's own exercises (none yet). (Pain ratings are optional: absent is not rated.)
  2: (state) => {
    if (!isRecord(state)) return state
    const plan = Array.isArray(state.plan) ? state.plan.map(migratePlanItem) : state.plan
    return {
      ...state,
      routines: starterRoutines(),
      customExercises: [],
      profile: isRecord(state.profile) ? { ...state.profile, todaySetOn: null, units: 'kg' } : state.profile,
      plan,
      workout: migrateWorkout(state.workout, Array.isArray(plan) ? plan : []),
      history: Array.isArray(state.history)
        ? state.history.map((session) =>
            isRecord(session)
              ? {
                  ...session,
                  units: 'kg',
                  kept: 'all',
                  items: Array.isArray(session.items)
                    ? session.items.map((item) => (isRecord(item) ? { ...item, load: null, sets: [] } : item))
                    : session.items,
                }
              : session,
          )
        : state.history,
    }
  },
}

function migratePlanItem(item: Json): Json {
  if (!isRecord(item) || !isExerciseId(item.exerciseId)) return item
  const exercise = getExercise(item.exerciseId)
  const hold = exercise.holdSeconds ?? null
  const loaded = exercise.defaultLoad !== 'bodyweight'
  return {
    ...item,
    load: exercise.defaultLoad,
    weight: null,
    sets: 3,
    reps: hold === null ? (loaded ? 8 : 10) : hold >= 20 ? 1 : 5,
    holdSeconds: hold,
    restSeconds: hold === null && loaded ? 120 : 60,
  }
}

/** Version 2 kept one outcome per plan item; version 3 an entry per exercise, with its sets (none then). */
function migrateWorkout(workout: Json, plan: Json[]): Json {
  if (!isRecord(workout)) return workout
  const { outcomes, ...rest } = workout
  const entries: Json[] = []
  if (isRecord(outcomes)) {
    for (const item of plan) {
      if (!isRecord(item) || !isString(item.key)) continue
      const outcome = own(outcomes, item.key)
      if (outcome === undefined) continue
      entries.push({
        key: item.key,
        exerciseId: item.exerciseId,
        load: item.load,
        sets: [],
        outcome,
      })
    }
  }
  return { ...rest, entries, rest: null, hold: null }
}

export function migrate(state: Json, fromVersion: number): Json {
  let current = state
  for (let v = fromVersion; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) throw new Error(`it comes from an unknown version of Spotter (${fromVersion})`)
    current = step(current)
  }
  return current
}

export interface ReadResult extends Sanitised {
  /** Nothing at all could be kept. */
  unreadable: boolean
  /** Saved by a newer version of Spotter: this version must not write over it. */
  newerVersion: number | null
  /** The save's revision: each write adds one, so a tab can tell that another tab wrote since it read. */
  revision: number
}

/** Read the raw saved text of an envelope `{ version, revision, state }`. */
export function readSaved(raw: string | null): ReadResult {
  const none = { data: emptyData(), unknownIds: [], newerVersion: null, revision: 0 }
  if (raw === null) return { ...none, problems: [], unreadable: false }
  let envelope: Json
  try {
    envelope = JSON.parse(raw)
  } catch {
    return { ...none, problems: ['it isn’t in a format Spotter can read'], unreadable: true }
  }
  if (!isRecord(envelope) || typeof envelope.version !== 'number' || !('state' in envelope)) {
    return { ...none, problems: ['it isn’t in Spotter’s format'], unreadable: true }
  }
  const revision =
    typeof envelope.revision === 'number' && Number.isSafeInteger(envelope.revision) ? envelope.revision : 0
  if (envelope.version > CURRENT_VERSION) {
    return {
      ...none,
      revision,
      newerVersion: envelope.version,
      problems: ['it was saved by a newer version of Spotter'],
      unreadable: true,
    }
  }
  let state: Json
  try {
    state = migrate(envelope.state, envelope.version)
  } catch (error) {
    return { ...none, problems: [error instanceof Error ? error.message : String(error)], unreadable: true }
  }
  const result = sanitise(state)
  const unreadable = result.problems.length > 0 && isEmpty(result.data)
  return { ...result, unreadable, newerVersion: null, revision }
}

/** The text Spotter saves. */
export const envelope = (data: SpotterData, revision: number): string =>
  JSON.stringify({ version: CURRENT_VERSION, revision, state: data })

/** Nothing of the user's own: the starter routines alone don't count. */
export const isEmpty = (data: SpotterData): boolean =>
  data.plan.length === 0 &&
  data.history.length === 0 &&
  data.routines.every((routine) => starterRoutine(routine.id) !== undefined) &&
  data.customExercises.length === 0 &&
  data.profile.conditions.length === 0 &&
  !data.workout

/** A summary of things left out, for a notice: each kind once. */
export const describeProblems = (problems: readonly string[]): string => [...new Set(problems)].join('; ')
