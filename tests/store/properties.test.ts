import fc from 'fast-check'
import { expect, test } from 'vitest'
import { CONDITIONS } from '../../src/data/conditions'
import { EXERCISE_IDS, getExercise, isExerciseId } from '../../src/data/exercises'
import { LOAD_BANDS } from '../../src/data/load'
import { savedData } from '../../src/store/create-store'
import { BACKUP_PREFIX, listBackups, loadFromStorage, STORAGE_KEY } from '../../src/store/device-storage'
import { exerciseView, isKnownExercise } from '../../src/store/exercise-view'
import { readSaved } from '../../src/store/persistence'
import type { SpotterData } from '../../src/store/types'
import { FIXTURE, planItem, savedText } from '../fixtures/seed.mjs'
import { resetStore, seedStore, storeActions, storeState } from '../seed'

/**
 * Property tests. Each run's seed is printed by fast-check on failure; set FC_SEED to replay one
 * (`FC_SEED=123 npx vitest run tests/store/properties.test.ts`). Arbitraries draw all their randomness
 * from fast-check, so a seed replays the run exactly.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined
const runs = (numRuns: number) => (seed === undefined ? { numRuns } : { numRuns, seed })

/** The invariants every state must keep, whatever the user does or the storage holds. */
function checkInvariants(data: SpotterData) {
  const keys = data.plan.map((item) => item.key)
  expect(new Set(keys).size).toBe(keys.length)
  expect(data.plan.length).toBeLessThanOrEqual(40)
  for (const item of data.plan) {
    expect(isKnownExercise(item.exerciseId, data.customExercises)).toBe(true)
    expect(item.sets).toBeGreaterThanOrEqual(1)
    expect(item.holdSeconds === null).toBe(
      exerciseView(item.exerciseId, data.customExercises).holdSeconds === undefined,
    )
    if (item.swappedFrom !== undefined) expect(isExerciseId(item.swappedFrom)).toBe(true)
  }
  for (const [key, ticks] of Object.entries(data.ticks)) {
    const item = data.plan.find((p) => p.key === key)
    expect(item, `ticks for ${key}, which is not in the plan`).toBeDefined()
    if (!item) continue
    for (const tick of ticks)
      expect(exerciseView(item.exerciseId, data.customExercises).checkpointIds).toContain(tick)
    expect(new Set(ticks).size).toBe(ticks.length)
  }
  for (const condition of data.profile.conditions) expect(CONDITIONS).toContain(condition)
  if (data.workout) {
    expect(data.workout.step).toBeGreaterThanOrEqual(0)
    expect(data.workout.step).toBeLessThanOrEqual(data.plan.length + 1)
    for (const entry of data.workout.entries) {
      const item = data.plan.find((p) => p.key === entry.key)
      if (item && entry.exerciseId === item.exerciseId)
        expect(entry.sets.length).toBeLessThanOrEqual(item.sets)
    }
  }
  expect(new Set(data.history.map((s) => s.id)).size).toBe(data.history.length)
}

const snapshot = (): SpotterData => structuredClone(savedData(storeState()))

// ---------- garbage in storage ----------

const PROTO_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']
const key = fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS, 'p-1', 'p-2'), fc.integer())

const savedShapes = fc.oneof(
  fc.string(),
  fc.json(),
  fc
    .tuple(fc.jsonValue(), fc.integer({ min: -1, max: 4 }))
    .map(([state, version]) => JSON.stringify({ state, version })),
  fc
    .record({
      profile: fc.oneof(fc.anything(), fc.constant(FIXTURE.state.profile)),
      plan: fc.array(
        fc.record({
          key,
          exerciseId: fc.constantFrom(...EXERCISE_IDS, 'gone', 7),
          load: fc.constantFrom(...LOAD_BANDS, 'huge'),
          weight: fc.oneof(fc.constant(null), fc.double()),
          sets: fc.integer({ min: -2, max: 12 }),
          reps: fc.integer({ min: -2, max: 60 }),
          holdSeconds: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 400 })),
          restSeconds: fc.integer({ min: -5, max: 700 }),
        }),
        { maxLength: 60 },
      ),
      ticks: fc.dictionary(
        key.map(String),
        fc.array(fc.oneof(fc.string(), fc.constantFrom('slow', 'hips-line', 'spine'))),
      ),
      workout: fc.oneof(fc.anything(), fc.constant(null)),
      history: fc.oneof(fc.anything(), fc.array(fc.constantFrom(...FIXTURE.state.history), { maxLength: 5 })),
    })
    .chain((state) =>
      fc.integer({ min: -1, max: 4 }).map((version) => JSON.stringify({ state, version, revision: 1 })),
    ),
)

test('garbage in storage never crashes loading, and the raw text is kept whenever anything is dropped', () => {
  fc.assert(
    fc.property(savedShapes, (raw) => {
      localStorage.clear()
      localStorage.setItem(STORAGE_KEY, raw)
      const { data, notices } = loadFromStorage(localStorage, new Date('2026-11-26T10:00:00Z'))
      checkInvariants(data)
      if (notices.length > 0) {
        const backups = listBackups(localStorage)
        expect(backups).toHaveLength(1)
        expect(backups[0]?.raw).toBe(raw)
        expect(backups[0]?.key.startsWith(BACKUP_PREFIX)).toBe(true)
      }
      // Loading never overwrites the original, and nothing touched Object.prototype.
      expect(localStorage.getItem(STORAGE_KEY)).toBe(raw)
      expect(({} as Record<string, unknown>).sets).toBeUndefined()
    }),
    runs(1000),
  )
}, 60_000)

test('reloading the store from garbage keeps it usable and the invariants true', () => {
  fc.assert(
    fc.property(savedShapes, (raw) => {
      resetStore()
      seedStore(raw)
      checkInvariants(snapshot())
      storeActions().exerciseAdded('side-plank')
      storeActions().workoutStarted()
      storeActions().stepAdvanced()
      checkInvariants(snapshot())
    }),
    runs(300),
  )
}, 60_000)

test('oversize plans and histories are cut to their limits on load, never stored whole', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 41, max: 400 }),
      fc.integer({ min: 0, max: 50 }),
      (planSize, historySize) => {
        const plan = Array.from({ length: planSize }, (_, i) => planItem(`p-${i}`, 'push-up'))
        const history = Array.from({ length: historySize }, (_, i) => ({
          ...FIXTURE.state.history[0],
          id: `s-${i}`,
        }))
        const { data, problems } = readSaved(savedText({ plan, history } as never))
        expect(data.plan).toHaveLength(40)
        expect(data.history).toHaveLength(historySize)
        expect(problems).toEqual(['exercises past the first 40 in the plan'])
      },
    ),
    runs(50),
  )
})

// ---------- random user actions ----------

type Step =
  | { kind: 'add'; id: (typeof EXERCISE_IDS)[number] }
  | {
      kind:
        | 'remove'
        | 'up'
        | 'down'
        | 'tick'
        | 'swap'
        | 'set'
        | 'undo-set'
        | 'pain'
        | 'withdraw'
        | 'finish-ex'
        | 'skip'
        | 'sets'
        | 'load'
        | 'hold'
      pick: number
      pick2: number
    }
  | { kind: 'undo' | 'start' | 'save' | 'discard' | 'next' | 'prev' | 'rest+' | 'rest-' | 'rest-skip' }
  | { kind: 'toggle'; condition: (typeof CONDITIONS)[number] }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom(...EXERCISE_IDS) }),
  fc.record({
    kind: fc.constantFrom(
      ...([
        'remove',
        'up',
        'down',
        'tick',
        'swap',
        'set',
        'undo-set',
        'pain',
        'withdraw',
        'finish-ex',
        'skip',
        'sets',
        'load',
        'hold',
      ] as const),
    ),
    pick: fc.nat(20),
    pick2: fc.nat(20),
  }),
  fc.record({
    kind: fc.constantFrom(
      ...(['undo', 'start', 'save', 'discard', 'next', 'prev', 'rest+', 'rest-', 'rest-skip'] as const),
    ),
  }),
  fc.record({ kind: fc.constant('toggle' as const), condition: fc.constantFrom(...CONDITIONS) }),
)

function perform(s: Step) {
  const state = storeState()
  const { actions } = state
  switch (s.kind) {
    case 'add':
      return actions.exerciseAdded(s.id)
    case 'toggle':
      return actions.conditionToggled(s.condition)
    case 'undo': {
      const undo = state.undo
      actions.undoTaken()
      if (undo) {
        expect(storeState().plan).toEqual(undo.before.plan)
        expect(storeState().ticks).toEqual(undo.before.ticks)
      }
      return
    }
    case 'start':
      return actions.workoutStarted()
    case 'save':
    case 'discard': {
      const painStops = state.workout?.entries.filter((e) => e.outcome === 'pain-stop').length ?? 0
      const before = state.history.length
      actions.workoutFinished(s.kind === 'save' ? 'all' : 'pain-stops')
      // A pain stop always reaches History, saved or discarded.
      if (state.workout && (s.kind === 'save' || painStops > 0))
        expect(storeState().history.length).toBe(before + 1)
      if (painStops > 0)
        expect(
          storeState().history[0]?.items.filter((i) => i.outcome === 'pain-stop').length,
        ).toBeGreaterThanOrEqual(painStops)
      return
    }
    case 'next':
      return actions.stepAdvanced()
    case 'prev':
      return actions.stepWentBack()
    case 'rest+':
      return actions.restAdjusted(15)
    case 'rest-':
      return actions.restAdjusted(-15)
    case 'rest-skip':
      return actions.restSkipped()
    default: {
      const item = state.plan[s.pick % Math.max(1, state.plan.length)]
      if (!item) return
      switch (s.kind) {
        case 'remove':
          return actions.planItemRemoved(item.key)
        case 'up':
          return actions.planItemMoved(item.key, -1)
        case 'down':
          return actions.planItemMoved(item.key, 1)
        case 'set':
          return actions.setCompleted(item.key, {
            reps: s.pick2,
            weight: s.pick2 * 2.5,
            holdSeconds: item.holdSeconds,
          })
        case 'undo-set':
          return actions.setUndone(item.key)
        case 'pain':
          return actions.painStopped(item.key)
        case 'withdraw':
          return actions.painStopWithdrawn(item.key)
        case 'finish-ex':
          return actions.exerciseFinished(item.key)
        case 'skip':
          return actions.exerciseSkipped(item.key)
        case 'sets':
          return actions.prescriptionChanged(item.key, {
            sets: s.pick2 - 5,
            reps: s.pick2 * 3,
            restSeconds: s.pick2 * 40,
          })
        case 'load':
          return actions.prescriptionChanged(item.key, {
            load: LOAD_BANDS[s.pick2 % 3],
            weight: s.pick2 % 2 ? null : s.pick2,
          })
        case 'hold':
          return s.pick2 % 2 ? actions.holdStarted(item.key) : actions.holdStopped()
        case 'tick': {
          const ids = exerciseView(item.exerciseId, storeState().customExercises).checkpointIds
          const id = ids[s.pick2 % ids.length]
          return id && actions.checkpointToggled(item.key, id)
        }
        case 'swap': {
          if (!isExerciseId(item.exerciseId)) return
          const alternatives = getExercise(item.exerciseId).alternatives
          const to =
            alternatives[s.pick2 % Math.max(1, alternatives.length)]?.id ??
            EXERCISE_IDS[s.pick2 % EXERCISE_IDS.length]
          if (!to) return
          const index = state.plan.indexOf(item)
          actions.exerciseSwapped(item.key, to)
          const after = storeState()
          if (after.plan !== state.plan) {
            expect(after.plan[index]).toMatchObject({ key: item.key, exerciseId: to })
            expect(after.plan.length).toBe(state.plan.length)
          }
          return
        }
      }
    }
  }
}

test('random sequences of user actions keep the invariants; what is saved reads back the same', () => {
  fc.assert(
    fc.property(fc.array(step, { minLength: 5, maxLength: 80, size: 'max' }), (steps) => {
      resetStore()
      for (const s of steps) {
        perform(s)
        checkInvariants(snapshot())
      }
      if (localStorage.getItem(STORAGE_KEY)) {
        const { data, notices } = loadFromStorage(localStorage)
        expect(notices).toEqual([])
        expect(data).toEqual(snapshot())
      }
    }),
    runs(500),
  )
}, 120_000)
