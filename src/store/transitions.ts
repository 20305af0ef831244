import { CONDITION_INFO, type Condition } from '../data/conditions'
import { type ExerciseId, isExerciseId } from '../data/exercise-core'
import type { Units } from '../data/load'
import { localDay } from '../domain/conditions-in-force'
import { clampTo, defaultPrescription, LIMITS } from '../domain/prescription'
import { exerciseView, isKnownExercise } from './exercise-view'
import { own } from './own'
import type {
  AnyExerciseId,
  CustomCue,
  CustomExercise,
  CustomExerciseId,
  Outcome,
  PlanItem,
  Prescription,
  Routine,
  RoutineItem,
  SessionItem,
  SessionRecord,
  SpotterData,
  WorkoutEntry,
  WorkoutProgress,
} from './types'

/**
 * Pure state transitions: data in, data out, one per thing the user does. The store wires each to one
 * action, so one tap is one transition and one write. Times come in as arguments.
 */

/** The most a plan holds: more is never a real session, and would slow every screen. */
export const MAX_PLAN_ITEMS = 40

let counter = 0
/** A short unique key. Not crypto.randomUUID: that is missing on plain-http origins. */
export function newKey(prefix = 'p'): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`
}

const lastsToday = (condition: Condition) => CONDITION_INFO[condition].lasts === 'today'

export function toggleCondition(data: SpotterData, condition: Condition, now: Date): SpotterData {
  const today = localDay(now)
  // Set on an earlier day, it doesn't apply today (it shows unticked): ticking it says it applies again.
  const stale = lastsToday(condition) && data.profile.todaySetOn !== today
  if (stale && data.profile.conditions.includes(condition))
    return { ...data, profile: { ...data.profile, todaySetOn: today } }
  const has = data.profile.conditions.includes(condition)
  const conditions = has
    ? data.profile.conditions.filter((c) => c !== condition)
    : [...data.profile.conditions, condition]
  const todaySetOn = lastsToday(condition) ? today : data.profile.todaySetOn
  return { ...data, profile: { ...data.profile, conditions, todaySetOn } }
}

/** The answer to "How is your back today?" on a later day: still sore keeps today's conditions, fine clears them. */
export function checkInBack(data: SpotterData, answer: 'still-sore' | 'fine', now: Date): SpotterData {
  const conditions =
    answer === 'fine' ? data.profile.conditions.filter((c) => !lastsToday(c)) : data.profile.conditions
  return { ...data, profile: { ...data.profile, conditions, todaySetOn: localDay(now) } }
}

export function changeUnits(data: SpotterData, units: Units): SpotterData {
  return data.profile.units === units ? data : { ...data, profile: { ...data.profile, units } }
}

/** A plan item for an exercise with its usual dose. */
export function newPlanItem(
  exerciseId: AnyExerciseId,
  key = newKey(),
  customExercises: readonly CustomExercise[] = [],
): PlanItem {
  return { key, exerciseId, weight: null, ...defaultPrescription(exerciseView(exerciseId, customExercises)) }
}

export function addExercise(data: SpotterData, exerciseId: AnyExerciseId, key = newKey()): SpotterData {
  if (data.plan.length >= MAX_PLAN_ITEMS || !isKnownExercise(exerciseId, data.customExercises)) return data
  return { ...data, plan: [...data.plan, newPlanItem(exerciseId, key, data.customExercises)] }
}

export function removeItem(data: SpotterData, key: string): SpotterData {
  const index = data.plan.findIndex((item) => item.key === key)
  if (index < 0) return data
  const { [key]: _removed, ...ticks } = data.ticks
  const plan = data.plan.filter((item) => item.key !== key)
  return { ...data, plan, ticks, workout: data.workout && withoutItem(data.workout, key, index, plan.length) }
}

/**
 * Mid-workout removal keeps the user on the exercise they were on. What the removed item already recorded
 * (sets, a pain stop) stays in the workout's entries, so it still reaches History.
 */
function withoutItem(
  workout: WorkoutProgress,
  key: string,
  index: number,
  planLength: number,
): WorkoutProgress {
  const step = workout.step > index + 1 ? workout.step - 1 : workout.step
  // A rest or hold timing the removed exercise stops with it.
  const rest = workout.rest?.key === key ? null : workout.rest
  const hold = workout.hold?.key === key ? null : workout.hold
  return { ...workout, step: Math.min(step, planLength + 1), rest, hold }
}

/** The list with the matching element moved one place up or down; the same list when it can't move. */
function moveOne<T>(list: readonly T[], matches: (element: T) => boolean, by: -1 | 1): readonly T[] {
  const from = list.findIndex(matches)
  const to = from + by
  if (from < 0 || to < 0 || to >= list.length) return list
  const moved = [...list]
  const [element] = moved.splice(from, 1)
  if (element === undefined) return list
  moved.splice(to, 0, element)
  return moved
}

export function moveItem(data: SpotterData, key: string, by: -1 | 1): SpotterData {
  const plan = moveOne(data.plan, (item) => item.key === key, by)
  return plan === data.plan ? data : { ...data, plan: [...plan] }
}

/**
 * Replace the item in place: same key, same position, the new exercise with its own usual dose (a plank
 * is not done for 8 reps at 40 kg). Its ticks no longer apply. Mid-workout, what the old exercise recorded
 * stays with it (a pain stop is never credited to the replacement), and the replacement starts clean.
 */
export function swapItem(data: SpotterData, key: string, to: ExerciseId): SpotterData {
  const index = data.plan.findIndex((item) => item.key === key)
  const current = data.plan[index]
  // The user's own exercises are not rated, so nothing is offered as safer than them.
  if (!current || current.exerciseId === to || !isExerciseId(current.exerciseId)) return data
  const current_ = current.exerciseId
  const replaced: PlanItem = {
    ...newPlanItem(to, key),
    swappedFrom: current.swappedFrom ?? current_,
  }
  if (replaced.swappedFrom === to) delete replaced.swappedFrom
  const plan = data.plan.map((item, i) => (i === index ? replaced : item))
  const { [key]: _cleared, ...ticks } = data.ticks
  const workout = data.workout && closeEntry(data.workout, current)
  return { ...data, plan, ticks, workout }
}

/** The swapped-out exercise's entry ends as it was ('swapped' unless it already ended). */
function closeEntry(workout: WorkoutProgress, item: PlanItem): WorkoutProgress {
  const entry = currentEntry(workout, item)
  const rest = workout.rest?.key === item.key ? null : workout.rest
  const hold = workout.hold?.key === item.key ? null : workout.hold
  if (!entry) return { ...workout, rest, hold }
  const closed: WorkoutEntry = { ...entry, outcome: entry.outcome ?? 'swapped' }
  return { ...workout, rest, hold, entries: workout.entries.map((e) => (e === entry ? closed : e)) }
}

export function changePrescription(
  data: SpotterData,
  key: string,
  patch: Partial<Prescription>,
): SpotterData {
  const item = data.plan.find((p) => p.key === key)
  if (!item) return data
  const next: PlanItem = { ...item }
  if (patch.load !== undefined) {
    next.load = patch.load
    if (patch.load === 'bodyweight') next.weight = null
  }
  if (patch.weight !== undefined)
    next.weight = patch.weight === null ? null : clampTo(LIMITS.weight, patch.weight * 2) / 2
  if (patch.sets !== undefined) {
    // Mid-workout, never fewer sets than are already done: the record would say 2 sets of a 1-set exercise.
    const done = data.workout ? (currentEntry(data.workout, item)?.sets.length ?? 0) : 0
    next.sets = Math.max(clampTo(LIMITS.sets, patch.sets), Math.min(done, LIMITS.sets.max))
  }
  if (patch.reps !== undefined) next.reps = clampTo(LIMITS.reps, patch.reps)
  if (patch.holdSeconds !== undefined && item.holdSeconds !== null && patch.holdSeconds !== null)
    next.holdSeconds = clampTo(LIMITS.holdSeconds, patch.holdSeconds)
  if (patch.restSeconds !== undefined) next.restSeconds = clampTo(LIMITS.restSeconds, patch.restSeconds)
  if (next.weight !== null && next.load === 'bodyweight') next.load = 'light'
  const same = (Object.keys(next) as (keyof PlanItem)[]).every((k) => next[k] === item[k])
  if (same) return data
  return { ...data, plan: data.plan.map((p) => (p.key === key ? next : p)) }
}

export function toggleCheckpoint(data: SpotterData, key: string, checkpointId: string): SpotterData {
  const item = data.plan.find((p) => p.key === key)
  if (!item) return data
  if (!exerciseView(item.exerciseId, data.customExercises).checkpointIds.includes(checkpointId)) return data
  const current = own(data.ticks, key) ?? []
  const next = current.includes(checkpointId)
    ? current.filter((id) => id !== checkpointId)
    : [...current, checkpointId]
  const { [key]: _previous, ...others } = data.ticks
  // An item with nothing ticked has no entry, so saved and reloaded state compare equal.
  return { ...data, ticks: next.length > 0 ? { ...others, [key]: next } : others }
}

// ---- the workout ----

export const lastStep = (data: SpotterData): number => data.plan.length + 1

/** The entry the plan item is recording into now, if it has started. */
export function currentEntry(workout: WorkoutProgress, item: PlanItem): WorkoutEntry | undefined {
  return workout.entries.findLast((e) => e.key === item.key && e.exerciseId === item.exerciseId)
}

/** Change the current entry of an item (opening it if need be) and whatever else the change implies. */
function withEntry(
  data: SpotterData,
  key: string,
  change: (entry: WorkoutEntry, item: PlanItem, workout: WorkoutProgress) => WorkoutProgress | null,
): SpotterData {
  const workout = data.workout
  const item = data.plan.find((p) => p.key === key)
  if (!workout || !item) return data
  const existing = currentEntry(workout, item)
  const entry: WorkoutEntry = existing ?? { key, exerciseId: item.exerciseId, load: item.load, sets: [] }
  const next = change(entry, item, workout)
  return next ? { ...data, workout: next } : data
}

const replaceEntry = (workout: WorkoutProgress, old: WorkoutEntry, next: WorkoutEntry): WorkoutEntry[] =>
  workout.entries.includes(old)
    ? workout.entries.map((e) => (e === old ? next : e))
    : [...workout.entries, next]

export function startWorkout(data: SpotterData, now: Date): SpotterData {
  if (data.workout) return data
  return { ...data, workout: { startedAt: now.toISOString(), step: 0, entries: [], rest: null, hold: null } }
}

const goTo = (data: SpotterData, step: number): SpotterData => {
  if (!data.workout) return data
  const clamped = Math.max(0, Math.min(lastStep(data), step))
  if (clamped === data.workout.step) return data
  return { ...data, workout: { ...data.workout, step: clamped, rest: null, hold: null } }
}

export const advanceStep = (data: SpotterData): SpotterData => goTo(data, (data.workout?.step ?? 0) + 1)
export const goBackStep = (data: SpotterData): SpotterData => goTo(data, (data.workout?.step ?? 0) - 1)

/** The step after a plan item's own: where finishing or skipping it leads. */
const stepAfter = (data: SpotterData, key: string): number => data.plan.findIndex((p) => p.key === key) + 2

/** A set ticked as done, with what the user did. The rest starts, unless that was the workout's last set. */
export function completeSet(
  data: SpotterData,
  key: string,
  done: { reps: number; weight: number | null; holdSeconds: number | null },
  now: Date,
): SpotterData {
  return withEntry(data, key, (entry, item, workout) => {
    // Closed, or every planned set already done (a stale screen or a late double tap): nothing to add.
    if (entry.outcome || entry.sets.length >= item.sets) return null
    const set = {
      reps: clampTo(LIMITS.reps, done.reps),
      weight: done.weight === null ? null : clampTo(LIMITS.weight, done.weight * 2) / 2,
      holdSeconds:
        item.holdSeconds === null || done.holdSeconds === null ? null : Math.max(0, done.holdSeconds),
      at: now.toISOString(),
    }
    const sets = [...entry.sets, set]
    const finished = sets.length >= item.sets
    const next: WorkoutEntry = { ...entry, sets, ...(finished ? { outcome: 'done' as const } : {}) }
    const lastOfWorkout = finished && data.plan.at(-1)?.key === key
    const rest =
      item.restSeconds > 0 && !lastOfWorkout
        ? { key, endsAt: new Date(now.getTime() + item.restSeconds * 1000).toISOString() }
        : null
    return { ...workout, entries: replaceEntry(workout, entry, next), rest, hold: null }
  })
}

/** Take back the last set ticked (a mis-tap). */
export function undoSet(data: SpotterData, key: string): SpotterData {
  return withEntry(data, key, (entry, _item, workout) => {
    if (entry.sets.length === 0 || entry.outcome === 'pain-stop' || entry.outcome === 'swapped') return null
    const { outcome: _o, ...open } = entry
    const next: WorkoutEntry = { ...open, sets: entry.sets.slice(0, -1) }
    return { ...workout, entries: replaceEntry(workout, entry, next), rest: null }
  })
}

export function adjustRest(data: SpotterData, bySeconds: number, now: Date): SpotterData {
  const rest = data.workout?.rest
  if (!data.workout || !rest) return data
  const endsAt = Date.parse(rest.endsAt) + bySeconds * 1000
  const next = endsAt <= now.getTime() ? null : { ...rest, endsAt: new Date(endsAt).toISOString() }
  return { ...data, workout: { ...data.workout, rest: next } }
}

export function skipRest(data: SpotterData): SpotterData {
  return data.workout?.rest ? { ...data, workout: { ...data.workout, rest: null } } : data
}

export function startHold(data: SpotterData, key: string, now: Date): SpotterData {
  if (!data.workout || !data.plan.some((p) => p.key === key)) return data
  return { ...data, workout: { ...data.workout, hold: { key, startedAt: now.toISOString() }, rest: null } }
}

export function stopHold(data: SpotterData): SpotterData {
  return data.workout?.hold ? { ...data, workout: { ...data.workout, hold: null } } : data
}

/** End an exercise as done or skipped and move on to the next step. */
export function endExercise(data: SpotterData, key: string, outcome: 'done' | 'skipped'): SpotterData {
  const ended = withEntry(data, key, (entry, _item, workout) => {
    if (entry.outcome) return workout
    const next: WorkoutEntry = { ...entry, outcome: entry.sets.length > 0 ? 'done' : outcome }
    return { ...workout, entries: replaceEntry(workout, entry, next) }
  })
  return goTo(ended, stepAfter(data, key))
}

/** Sharp pain: the exercise stops here. The user stays on it to choose what next. */
export function stopOnPain(data: SpotterData, key: string, now: Date): SpotterData {
  return withEntry(data, key, (entry, _item, workout) => {
    if (entry.outcome === 'pain-stop') return null
    const next: WorkoutEntry = {
      ...entry,
      outcome: 'pain-stop',
      painStop: { at: now.toISOString(), set: entry.sets.length + 1 },
    }
    return { ...workout, entries: replaceEntry(workout, entry, next), rest: null, hold: null }
  })
}

/** The highest back-pain rating. */
export const MAX_PAIN = 10

/**
 * A back-pain rating (0–10) before or after the workout; the same rating again, or null, clears it.
 * Optional: nothing else depends on it.
 */
export function ratePain(data: SpotterData, when: 'before' | 'after', rating: number | null): SpotterData {
  const workout = data.workout
  if (!workout) return data
  if (rating !== null && !(Number.isInteger(rating) && rating >= 0 && rating <= MAX_PAIN)) return data
  const pain = workout.pain ?? { before: null, after: null }
  const next = rating === pain[when] ? null : rating
  if (next === pain[when]) return data
  return { ...data, workout: { ...workout, pain: { ...pain, [when]: next } } }
}

/** Take back a pain stop tapped by mistake: the exercise is open again. */
export function withdrawPainStop(data: SpotterData, key: string): SpotterData {
  return withEntry(data, key, (entry, _item, workout) => {
    if (entry.outcome !== 'pain-stop') return null
    const { outcome: _o, painStop: _p, ...open } = entry
    return { ...workout, entries: replaceEntry(workout, entry, open) }
  })
}

/**
 * End the workout. 'all': the session goes to History. 'pain-stops': the user discarded it, and only its
 * pain stops are kept, since that is the record that matters most (nothing is saved when there were none).
 */
export function finishWorkout(
  data: SpotterData,
  now: Date,
  keep: 'all' | 'pain-stops' = 'all',
  id?: string,
): SpotterData {
  if (!data.workout) return data
  const fromStart = sessionId(data.workout.startedAt)
  // Taken only by another workout started the same millisecond (a frozen clock): then a fresh id.
  const unique = data.history.some((s) => s.id === fromStart) ? newKey('s') : fromStart
  const record = sessionRecord(data, data.workout, now, keep, id ?? unique)
  const history = record ? [record, ...data.history] : data.history
  return { ...data, workout: null, ticks: {}, history }
}

/**
 * The id of a finished workout's session: from when it started, so two tabs finishing the same workout at
 * once write the same record, not two.
 */
export const sessionId = (startedAt: string) => `s-${startedAt.replace(/[^0-9]/g, '').slice(0, 17)}`

/** The id of a workout's draft record: its pain stops, kept durably until the workout ends. */
export const draftId = (startedAt: string) => `w-${startedAt.replace(/[^0-9]/g, '').slice(0, 17)}`

/**
 * The workout's pain stops so far, as a session record: kept durably while the workout runs, so a pain stop
 * survives a browser killed mid-workout. Null when there are none.
 */
export function painStopDraft(data: SpotterData, now: Date, id: string): SessionRecord | null {
  return data.workout ? sessionRecord(data, data.workout, now, 'pain-stops', id) : null
}

/** Sessions found in durable storage that History lacks (a browser killed before its copy was written). */
export function recoverSessions(data: SpotterData, found: readonly SessionRecord[]): SpotterData {
  const known = new Set(data.history.map((s) => s.id))
  // One workout is one session: a second record of it (two tabs finished it at once, or its pain-stop
  // draft) is not another workout.
  const startedAt = new Set(data.history.map((s) => s.startedAt))
  const missing: SessionRecord[] = []
  // A full record before a draft of the same workout.
  const fullFirst = [...found].sort((a, b) => Number(a.kept !== 'all') - Number(b.kept !== 'all'))
  for (const s of fullFirst) {
    if (known.has(s.id) || startedAt.has(s.startedAt)) continue
    missing.push(s)
    known.add(s.id)
    startedAt.add(s.startedAt)
  }
  if (missing.length === 0) return data
  const history = [...data.history, ...missing].sort((a, b) => b.startedAt.localeCompare(a.startedAt))
  return { ...data, history }
}

function sessionRecord(
  data: SpotterData,
  workout: WorkoutProgress,
  now: Date,
  keep: 'all' | 'pain-stops',
  id: string,
): SessionRecord | null {
  const toItem = (entry: WorkoutEntry, swappedFrom?: string): SessionItem => ({
    exerciseId: entry.exerciseId,
    name: exerciseView(entry.exerciseId, data.customExercises).name,
    outcome: entry.outcome ?? (entry.sets.length > 0 ? 'done' : 'skipped'),
    ...(swappedFrom ? { swappedFrom } : {}),
    load: entry.load,
    sets: entry.sets,
    ...(entry.painStop ? { painStop: entry.painStop } : {}),
  })
  const planKeys = new Set(data.plan.map((p) => p.key))
  const items: SessionItem[] = []
  for (const item of data.plan) {
    const entries = workout.entries.filter((e) => e.key === item.key)
    for (const entry of entries)
      items.push(toItem(entry, entry === entries.at(-1) ? item.swappedFrom : undefined))
    if (!entries.some((e) => e.exerciseId === item.exerciseId))
      items.push({
        exerciseId: item.exerciseId,
        name: exerciseView(item.exerciseId, data.customExercises).name,
        outcome: 'skipped',
        ...(item.swappedFrom ? { swappedFrom: item.swappedFrom } : {}),
        load: item.load,
        sets: [],
      })
  }
  // Items removed from the plan mid-workout: what they recorded still counts.
  for (const entry of workout.entries)
    if (!planKeys.has(entry.key) && (entry.sets.length > 0 || entry.painStop)) items.push(toItem(entry))
  const kept = keep === 'all' ? items : items.filter((i) => i.outcome === 'pain-stop')
  if (kept.length === 0 && keep === 'pain-stops') return null
  return {
    id,
    startedAt: workout.startedAt,
    finishedAt: now.toISOString(),
    conditions: [...data.profile.conditions],
    units: data.profile.units,
    kept: keep,
    ...(workout.pain && (workout.pain.before !== null || workout.pain.after !== null)
      ? { pain: { ...workout.pain } }
      : {}),
    items: kept,
  }
}

/** Counts for a finished session's summary. */
export function sessionCounts(record: SessionRecord): Record<Outcome | 'swappedBefore' | 'sets', number> {
  const count = (outcome: Outcome) => record.items.filter((item) => item.outcome === outcome).length
  return {
    done: count('done'),
    skipped: count('skipped'),
    'pain-stop': count('pain-stop'),
    swapped: count('swapped'),
    swappedBefore: record.items.filter((item) => item.swappedFrom).length,
    sets: record.items.reduce((n, item) => n + item.sets.length, 0),
  }
}

// ---- routines ----

/** The most routines kept, and the longest name: a routine list is for choosing from at a glance. */
export const MAX_ROUTINES = 50
export const MAX_ROUTINE_NAME = 60

const routineItem = ({
  exerciseId,
  load,
  weight,
  sets,
  reps,
  holdSeconds,
  restSeconds,
}: PlanItem): RoutineItem => ({
  exerciseId,
  load,
  weight,
  sets,
  reps,
  holdSeconds,
  restSeconds,
})

const cleanName = (name: string, fallback: string) =>
  name.replace(/\s+/g, ' ').trim().slice(0, MAX_ROUTINE_NAME) || fallback

/** Save today's plan (exercises, order, sets, reps, load, rest) as a named routine. */
export function saveRoutine(data: SpotterData, name: string, id = newKey('r')): SpotterData {
  if (data.plan.length === 0 || data.routines.length >= MAX_ROUTINES) return data
  const routine: Routine = { id, name: cleanName(name, 'My routine'), items: data.plan.map(routineItem) }
  return { ...data, routines: [...data.routines, routine] }
}

/** Add a routine from elsewhere (a shared link, a starter), under a fresh id. */
export function addRoutine(data: SpotterData, routine: Omit<Routine, 'id'>, id = newKey('r')): SpotterData {
  if (routine.items.length === 0 || data.routines.length >= MAX_ROUTINES) return data
  const items = routine.items.slice(0, MAX_PLAN_ITEMS)
  return {
    ...data,
    routines: [...data.routines, { id, name: cleanName(routine.name, 'Shared routine'), items }],
  }
}

/**
 * Start today's plan from a routine: its exercises replace the plan (the store offers undo). Not while a
 * workout is under way: the plan it runs would change under it.
 */
export function planFromRoutine(data: SpotterData, items: readonly RoutineItem[]): SpotterData {
  if (data.workout || items.length === 0) return data
  const plan = items.slice(0, MAX_PLAN_ITEMS).map((item) => ({ ...item, key: newKey() }))
  return { ...data, plan, ticks: {} }
}

export function renameRoutine(data: SpotterData, id: string, name: string): SpotterData {
  const routine = data.routines.find((r) => r.id === id)
  if (!routine) return data
  const next = cleanName(name, routine.name)
  if (next === routine.name) return data
  return { ...data, routines: data.routines.map((r) => (r.id === id ? { ...r, name: next } : r)) }
}

export function moveRoutine(data: SpotterData, id: string, by: -1 | 1): SpotterData {
  const routines = moveOne(data.routines, (routine) => routine.id === id, by)
  return routines === data.routines ? data : { ...data, routines: [...routines] }
}

export function duplicateRoutine(data: SpotterData, id: string, newId = newKey('r')): SpotterData {
  const index = data.routines.findIndex((r) => r.id === id)
  const routine = data.routines[index]
  if (!routine || data.routines.length >= MAX_ROUTINES) return data
  const copy: Routine = { ...routine, id: newId, name: cleanName(`${routine.name} (copy)`, routine.name) }
  const routines = [...data.routines.slice(0, index + 1), copy, ...data.routines.slice(index + 1)]
  return { ...data, routines }
}

export function deleteRoutine(data: SpotterData, id: string): SpotterData {
  return data.routines.some((r) => r.id === id)
    ? { ...data, routines: data.routines.filter((r) => r.id !== id) }
    : data
}

// ---- the user's own exercises ----

/** The most custom exercises kept, the longest name, the most cues and the longest cue. */
export const MAX_CUSTOM_EXERCISES = 100
export const MAX_CUSTOM_NAME = 60
export const MAX_CUES = 10
export const MAX_CUE_TEXT = 160

/** What the form gives: everything but the id; cues as lines of text (their ids are kept where they can be). */
export interface CustomExerciseInput {
  name: string
  pattern: CustomExercise['pattern']
  equipment: CustomExercise['equipment']
  cues: readonly string[]
  holdSeconds: number | null
}

const cleanText = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max)

/**
 * Add or edit one of the user's own exercises. Editing keeps a cue's id while its text stays the same, so
 * its ticks follow it; ticks of removed cues go. Plan items and routine items follow a change between
 * reps and a hold. Not while the workout under way uses it: the exercise would change under it.
 */
export function saveCustomExercise(
  data: SpotterData,
  input: CustomExerciseInput,
  id: CustomExerciseId = newKey('c') as CustomExerciseId,
): SpotterData {
  const name = cleanText(input.name, MAX_CUSTOM_NAME)
  if (!name || input.equipment.length === 0) return data
  const before = data.customExercises.find((c) => c.id === id)
  if (!before && data.customExercises.length >= MAX_CUSTOM_EXERCISES) return data
  if (before && customExerciseUses(data, id).inWorkout) return data
  const used = new Set<string>()
  const cues: CustomCue[] = []
  for (const line of input.cues) {
    const text = cleanText(line, MAX_CUE_TEXT)
    if (!text || cues.length >= MAX_CUES) continue
    const kept = before?.cues.find((cue) => cue.text === text && !used.has(cue.id))
    let cueId = kept?.id ?? `cue-${cues.length + 1}`
    for (let n = cues.length + 1; used.has(cueId) || (!kept && before?.cues.some((c) => c.id === cueId)); n++)
      cueId = `cue-${n}`
    used.add(cueId)
    cues.push({ id: cueId, text })
  }
  const holdSeconds = input.holdSeconds === null ? null : clampTo(LIMITS.holdSeconds, input.holdSeconds)
  const custom: CustomExercise = {
    id,
    name,
    pattern: input.pattern,
    equipment: [...new Set(input.equipment)],
    cues,
    holdSeconds,
  }
  const customExercises = before
    ? data.customExercises.map((c) => (c.id === id ? custom : c))
    : [...data.customExercises, custom]
  if (!before) return { ...data, customExercises }
  const followHold = <T extends { exerciseId: AnyExerciseId; holdSeconds: number | null }>(item: T): T =>
    item.exerciseId !== id || (item.holdSeconds === null) === (holdSeconds === null)
      ? item
      : { ...item, holdSeconds }
  const ticks: Record<string, string[]> = {}
  for (const item of data.plan) {
    const itemTicks = own(data.ticks, item.key)
    if (!itemTicks) continue
    const kept = item.exerciseId === id ? itemTicks.filter((t) => used.has(t)) : itemTicks
    if (kept.length > 0) ticks[item.key] = kept
  }
  return {
    ...data,
    customExercises,
    plan: data.plan.map(followHold),
    ticks,
    routines: data.routines.map((r) => ({ ...r, items: r.items.map(followHold) })),
  }
}

/** Where one of the user's own exercises is used: today's plan, routines, the workout under way. */
export function customExerciseUses(data: SpotterData, id: CustomExerciseId) {
  const routines = data.routines.filter((r) => r.items.some((item) => item.exerciseId === id))
  return {
    inPlan: data.plan.some((item) => item.exerciseId === id),
    inWorkout: data.workout !== null && data.plan.some((item) => item.exerciseId === id),
    routines: routines.map((r) => r.name),
    /** Routines with nothing else in them: deleting the exercise deletes them. */
    emptied: routines.filter((r) => r.items.every((item) => item.exerciseId === id)).map((r) => r.name),
  }
}

/**
 * Delete one of the user's own exercises, and take it out of today's plan and the routines that use it (a
 * routine left empty goes too; the screen says which first). Not while the workout under way uses it.
 * History keeps it: each session stores the names it needs.
 */
export function deleteCustomExercise(data: SpotterData, id: CustomExerciseId): SpotterData {
  if (!data.customExercises.some((c) => c.id === id) || customExerciseUses(data, id).inWorkout) return data
  const plan = data.plan.filter((item) => item.exerciseId !== id)
  const planKeys = new Set(plan.map((item) => item.key))
  const ticks = Object.fromEntries(Object.entries(data.ticks).filter(([key]) => planKeys.has(key)))
  const routines = data.routines
    .map((r) => ({ ...r, items: r.items.filter((item) => item.exerciseId !== id) }))
    .filter((r) => r.items.length > 0)
  return {
    ...data,
    customExercises: data.customExercises.filter((c) => c.id !== id),
    plan,
    ticks,
    routines,
  }
}
