import type { Condition } from '../data/conditions'
import { type ExerciseId, getExercise } from '../data/exercises'
import type { Outcome, PlanItem, SessionRecord, SpotterData, WorkoutProgress } from './types'

/** Pure state transitions: data in, data out. The store wires them to actions. */

let counter = 0
/** A short unique key. Not crypto.randomUUID: that is missing on plain-http origins. */
export function newKey(prefix = 'p'): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`
}

export function toggleCondition(data: SpotterData, condition: Condition): SpotterData {
  const has = data.profile.conditions.includes(condition)
  const conditions = has
    ? data.profile.conditions.filter((c) => c !== condition)
    : [...data.profile.conditions, condition]
  return { ...data, profile: { ...data.profile, conditions } }
}

export function addExercise(data: SpotterData, exerciseId: ExerciseId, key = newKey()): SpotterData {
  return { ...data, plan: [...data.plan, { key, exerciseId }] }
}

export function removeItem(data: SpotterData, key: string): SpotterData {
  const index = data.plan.findIndex((item) => item.key === key)
  if (index < 0) return data
  const { [key]: _removed, ...ticks } = data.ticks
  const plan = data.plan.filter((item) => item.key !== key)
  return { ...data, plan, ticks, workout: data.workout && withoutItem(data.workout, key, index, plan.length) }
}

/** Mid-workout removal: drop the item's outcome and keep the user on the exercise they were on. */
function withoutItem(
  workout: WorkoutProgress,
  key: string,
  index: number,
  planLength: number,
): WorkoutProgress {
  const { [key]: _outcome, ...outcomes } = workout.outcomes
  const step = workout.step > index + 1 ? workout.step - 1 : workout.step
  return { ...workout, outcomes, step: Math.min(step, planLength + 1) }
}

export function moveItem(data: SpotterData, key: string, by: -1 | 1): SpotterData {
  const from = data.plan.findIndex((item) => item.key === key)
  const to = from + by
  if (from < 0 || to < 0 || to >= data.plan.length) return data
  const plan = [...data.plan]
  const [item] = plan.splice(from, 1)
  if (!item) return data
  plan.splice(to, 0, item)
  return { ...data, plan }
}

/** Replace the item in place: same key, same position, new exercise; its ticks no longer apply. */
export function swapItem(data: SpotterData, key: string, to: ExerciseId): SpotterData {
  const index = data.plan.findIndex((item) => item.key === key)
  const current = data.plan[index]
  if (!current || current.exerciseId === to) return data
  const replaced: PlanItem = { key, exerciseId: to, swappedFrom: current.swappedFrom ?? current.exerciseId }
  if (replaced.swappedFrom === to) delete replaced.swappedFrom
  const plan = data.plan.map((item, i) => (i === index ? replaced : item))
  const { [key]: _cleared, ...ticks } = data.ticks
  return { ...data, plan, ticks }
}

export function toggleCheckpoint(data: SpotterData, key: string, checkpointId: string): SpotterData {
  const item = data.plan.find((p) => p.key === key)
  if (!item) return data
  if (!getExercise(item.exerciseId).checkpointIds.includes(checkpointId)) return data
  const current = data.ticks[key] ?? []
  const next = current.includes(checkpointId)
    ? current.filter((id) => id !== checkpointId)
    : [...current, checkpointId]
  const { [key]: _previous, ...others } = data.ticks
  // An item with nothing ticked has no entry, so saved and reloaded state compare equal.
  return { ...data, ticks: next.length > 0 ? { ...others, [key]: next } : others }
}

export const lastStep = (data: SpotterData): number => data.plan.length + 1

export function startWorkout(data: SpotterData, now: Date): SpotterData {
  if (data.workout) return data
  return { ...data, workout: { startedAt: now.toISOString(), step: 0, outcomes: {} } }
}

export function goToStep(data: SpotterData, step: number): SpotterData {
  if (!data.workout) return data
  const clamped = Math.max(0, Math.min(lastStep(data), Math.trunc(step)))
  return { ...data, workout: { ...data.workout, step: clamped } }
}

/** Record how an exercise ended (done, skipped or stopped on pain). */
export function recordOutcome(data: SpotterData, key: string, outcome: Outcome): SpotterData {
  if (!data.workout || !data.plan.some((item) => item.key === key)) return data
  return { ...data, workout: { ...data.workout, outcomes: { ...data.workout.outcomes, [key]: outcome } } }
}

/** Take back how an exercise ended (a pain stop tapped by mistake): it is open again. */
export function withdrawOutcome(data: SpotterData, key: string): SpotterData {
  if (!data.workout || !(key in data.workout.outcomes)) return data
  const { [key]: _withdrawn, ...outcomes } = data.workout.outcomes
  return { ...data, workout: { ...data.workout, outcomes } }
}

/** Save the session to history (newest first) and clear the workout and its ticks. */
export function finishWorkout(data: SpotterData, now: Date, id = newKey('s')): SpotterData {
  if (!data.workout) return data
  const outcomes = data.workout.outcomes
  const record: SessionRecord = {
    id,
    startedAt: data.workout.startedAt,
    finishedAt: now.toISOString(),
    conditions: [...data.profile.conditions],
    items: data.plan.map((item) => ({
      exerciseId: item.exerciseId,
      name: getExercise(item.exerciseId).name,
      outcome: outcomes[item.key] ?? 'skipped',
      ...(item.swappedFrom ? { swappedFrom: item.swappedFrom } : {}),
    })),
  }
  return { ...data, workout: null, ticks: {}, history: [record, ...data.history] }
}

export function abandonWorkout(data: SpotterData): SpotterData {
  return data.workout ? { ...data, workout: null } : data
}

/** Counts for a finished session's summary. */
export function sessionCounts(record: SessionRecord): Record<Outcome | 'swapped', number> {
  const count = (outcome: Outcome) => record.items.filter((item) => item.outcome === outcome).length
  return {
    done: count('done'),
    skipped: count('skipped'),
    'pain-stop': count('pain-stop'),
    swapped: record.items.filter((item) => item.swappedFrom).length,
  }
}
