import fc from 'fast-check'
import { expect, test } from 'vitest'
import { CONDITIONS } from '../../src/data/conditions'
import { EXERCISE_IDS, getExercise, isExerciseId } from '../../src/data/exercises'
import { BACKUP_PREFIX, listBackups, loadFromStorage, STORAGE_KEY } from '../../src/store/persistence'
import { spotterStore } from '../../src/store/spotter-store'
import type { SpotterData } from '../../src/store/types'

/** The invariants every state must keep, whatever the user does or the storage holds. */
function checkInvariants(data: SpotterData) {
  const keys = data.plan.map((item) => item.key)
  expect(new Set(keys).size).toBe(keys.length)
  for (const item of data.plan) {
    expect(isExerciseId(item.exerciseId)).toBe(true)
    if (item.swappedFrom !== undefined) expect(isExerciseId(item.swappedFrom)).toBe(true)
  }
  for (const [key, ticks] of Object.entries(data.ticks)) {
    const item = data.plan.find((p) => p.key === key)
    expect(item, `ticks for ${key}, which is not in the plan`).toBeDefined()
    if (!item) continue
    const valid = getExercise(item.exerciseId).checkpointIds
    for (const tick of ticks) expect(valid).toContain(tick)
    expect(new Set(ticks).size).toBe(ticks.length)
  }
  expect(new Set(data.profile.conditions).size).toBe(data.profile.conditions.length)
  for (const condition of data.profile.conditions) expect(CONDITIONS).toContain(condition)
  if (data.workout) {
    expect(data.workout.step).toBeGreaterThanOrEqual(0)
    expect(data.workout.step).toBeLessThanOrEqual(data.plan.length + 1)
    for (const key of Object.keys(data.workout.outcomes)) expect(keys).toContain(key)
  }
}

const snapshot = (): SpotterData => {
  const { profile, plan, ticks, workout, history } = spotterStore.getState()
  return structuredClone({ profile, plan, ticks, workout, history })
}

// ---------- garbage in storage ----------

const savedShapes = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue().map((state) => JSON.stringify({ state, version: 1 })),
  fc
    .record({
      profile: fc.anything(),
      plan: fc.array(
        fc.record({
          key: fc.oneof(fc.string(), fc.integer()),
          exerciseId: fc.constantFrom(...EXERCISE_IDS, 'gone', 7),
        }),
      ),
      ticks: fc.dictionary(
        fc.string(),
        fc.array(fc.oneof(fc.string(), fc.constantFrom('slow', 'hips', 'brace'))),
      ),
      workout: fc.anything(),
      history: fc.anything(),
    })
    .map((state) => JSON.stringify({ state, version: fc.sample(fc.integer({ min: -1, max: 3 }), 1)[0] })),
)

let payloads = 0

test('garbage in storage never crashes loading, and the raw text is kept whenever anything is dropped', () => {
  fc.assert(
    fc.property(savedShapes, (raw) => {
      payloads += 1
      localStorage.clear()
      localStorage.setItem(STORAGE_KEY, raw)
      const { data, notices } = loadFromStorage(localStorage, new Date('2026-11-26T10:00:00Z'))
      checkInvariants(data)
      const backups = listBackups(localStorage)
      if (notices.length > 0) {
        expect(backups).toHaveLength(1)
        expect(backups[0]?.raw).toBe(raw)
        expect(backups[0]?.key.startsWith(BACKUP_PREFIX)).toBe(true)
      }
      // The original is never overwritten by loading.
      expect(localStorage.getItem(STORAGE_KEY)).toBe(raw)
    }),
    { numRuns: 1000 },
  )
  expect(payloads).toBeGreaterThanOrEqual(1000)
}, 60_000)

test('rehydrating the store from garbage keeps the store usable and the invariants true', () => {
  fc.assert(
    fc.property(savedShapes, (raw) => {
      localStorage.clear()
      localStorage.setItem(STORAGE_KEY, raw)
      spotterStore.persist.rehydrate()
      checkInvariants(snapshot())
      spotterStore.getState().actions.exerciseAdded('side-plank')
      checkInvariants(snapshot())
    }),
    { numRuns: 300 },
  )
}, 60_000)

// ---------- random user actions ----------

type Step =
  | { kind: 'add'; id: (typeof EXERCISE_IDS)[number] }
  | { kind: 'remove' | 'up' | 'down' | 'tick' | 'swap' | 'end' | 'withdraw'; pick: number; pick2: number }
  | { kind: 'undo' | 'start' | 'finish' | 'abandon' | 'next' | 'prev' }
  | { kind: 'toggle'; condition: (typeof CONDITIONS)[number] }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom(...EXERCISE_IDS) }),
  fc.record({
    kind: fc.constantFrom(
      'remove' as const,
      'up' as const,
      'down' as const,
      'tick' as const,
      'swap' as const,
      'end' as const,
      'withdraw' as const,
    ),
    pick: fc.nat(20),
    pick2: fc.nat(20),
  }),
  fc.record({
    kind: fc.constantFrom(
      'undo' as const,
      'start' as const,
      'finish' as const,
      'abandon' as const,
      'next' as const,
      'prev' as const,
    ),
  }),
  fc.record({ kind: fc.constant('toggle' as const), condition: fc.constantFrom(...CONDITIONS) }),
)

let sequences = 0

function perform(s: Step) {
  const state = spotterStore.getState()
  const { actions } = state
  const pickItem = (n: number) => state.plan[n % Math.max(1, state.plan.length)]
  switch (s.kind) {
    case 'add':
      return actions.exerciseAdded(s.id)
    case 'toggle':
      return actions.conditionToggled(s.condition)
    case 'undo': {
      const undo = state.undo
      actions.swapUndone()
      if (undo) {
        const after = spotterStore.getState()
        expect(after.plan).toEqual(undo.before.plan)
        expect(after.ticks).toEqual(undo.before.ticks)
      }
      return
    }
    case 'start':
      return actions.workoutStarted()
    case 'finish':
      return actions.workoutFinished()
    case 'abandon':
      return actions.workoutAbandoned()
    case 'next':
      return actions.workoutStepChanged((state.workout?.step ?? 0) + 1)
    case 'prev':
      return actions.workoutStepChanged((state.workout?.step ?? 0) - 1)
    default: {
      const item = pickItem(s.pick)
      if (!item) return
      if (s.kind === 'remove') return actions.planItemRemoved(item.key)
      if (s.kind === 'withdraw') return actions.exerciseEndingWithdrawn(item.key)
      if (s.kind === 'up') return actions.planItemMoved(item.key, -1)
      if (s.kind === 'down') return actions.planItemMoved(item.key, 1)
      if (s.kind === 'end')
        return actions.exerciseEnded(
          item.key,
          (['done', 'skipped', 'pain-stop'] as const)[s.pick2 % 3] ?? 'done',
        )
      if (s.kind === 'tick') {
        const checkpointIds = getExercise(item.exerciseId).checkpointIds
        const checkpointId = checkpointIds[s.pick2 % checkpointIds.length]
        return checkpointId && actions.checkpointToggled(item.key, checkpointId)
      }
      // swap: to one of its alternatives, or any exercise (the store must stay valid either way)
      const alternatives = getExercise(item.exerciseId).alternatives
      const to =
        alternatives[s.pick2 % Math.max(1, alternatives.length)]?.id ??
        EXERCISE_IDS[s.pick2 % EXERCISE_IDS.length]
      if (!to) return
      const before = { plan: state.plan, ticks: state.ticks }
      actions.exerciseSwapped(item.key, to)
      const after = spotterStore.getState()
      if (after.plan !== before.plan) {
        const index = before.plan.findIndex((p) => p.key === item.key)
        expect(after.plan[index]?.exerciseId).toBe(to)
        expect(after.plan[index]?.key).toBe(item.key)
        expect(after.plan.length).toBe(before.plan.length)
        expect(after.undo?.before).toEqual(before)
      }
      return
    }
  }
}

test('random sequences of user actions keep the store’s invariants, and undo restores exactly', () => {
  fc.assert(
    fc.property(fc.array(step, { minLength: 5, maxLength: 80, size: 'max' }), (steps) => {
      sequences += 1
      spotterStore.getState().actions.allDataDeleted()
      for (const s of steps) {
        perform(s)
        checkInvariants(snapshot())
      }
      // What is saved reads back as the same state.
      const saved = localStorage.getItem(STORAGE_KEY)
      if (saved) {
        const { data, notices } = loadFromStorage(localStorage)
        expect(notices).toEqual([])
        expect(data).toEqual(snapshot())
      }
    }),
    { numRuns: 500 },
  )
  expect(sequences).toBeGreaterThanOrEqual(500)
}, 120_000)
