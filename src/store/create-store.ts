import { create } from 'zustand'
import type { Condition } from '../data/conditions'
import type { ExerciseId } from '../data/exercise-core'
import type { Units } from '../data/load'
import {
  keepBackup,
  type LoadNotice,
  loadFromStorage,
  readRevision,
  removeEverything,
  type StorageMode,
  safeLocalStorage,
  writeToStorage,
} from './device-storage'
import { envelope, readSession } from './persistence'
import * as t from './transitions'

import {
  type AnyExerciseId,
  type CustomExerciseId,
  emptyData,
  type Prescription,
  type Routine,
  type RoutineItem,
  type SessionRecord,
  type SpotterData,
} from './types'

/** Something the user can take back: the plan, ticks and workout exactly as they were before it. */
export interface Undoable {
  kind: 'swap' | 'remove' | 'import' | 'routine-deleted' | 'plan-replaced'
  /** What was changed, for the undo bar ("Sit-up swapped for McGill curl-up"). */
  key: string
  from: AnyExerciseId | null
  to: AnyExerciseId | null
  before: Partial<SpotterData>
}

export type SaveStatus = 'saved' | 'not-saved'

/** The session just finished: saving (to durable storage), saved, or not saved (storage full). */
export interface SessionSave {
  id: string
  status: 'saving' | 'saved' | 'not-saved'
}

export interface Actions {
  conditionToggled: (condition: Condition) => void
  backCheckedIn: (answer: 'still-sore' | 'fine') => void
  unitsChanged: (units: Units) => void
  exerciseAdded: (exerciseId: AnyExerciseId) => void
  planItemRemoved: (key: string) => void
  planItemMoved: (key: string, by: -1 | 1) => void
  exerciseSwapped: (key: string, to: ExerciseId) => void
  undoTaken: () => void
  prescriptionChanged: (key: string, patch: Partial<Prescription>) => void
  checkpointToggled: (key: string, checkpointId: string) => void
  workoutStarted: () => void
  stepAdvanced: () => void
  stepWentBack: () => void
  setCompleted: (
    key: string,
    done: { reps: number; weight: number | null; holdSeconds: number | null },
  ) => void
  setUndone: (key: string) => void
  restAdjusted: (bySeconds: number) => void
  restSkipped: () => void
  holdStarted: (key: string) => void
  holdStopped: () => void
  /** "Next exercise": the exercise ends (done, or skipped if no set was done) and the next step opens. */
  exerciseFinished: (key: string) => void
  exerciseSkipped: (key: string) => void
  /** Sharp pain: the exercise stops; the user stays on it to choose what next. */
  painStopped: (key: string) => void
  /** A back-pain rating (0–10) at the warm-up or the cool-down; the same rating again clears it. */
  painRated: (when: 'before' | 'after', rating: number | null) => void
  /** A pain stop tapped by mistake is taken back. */
  painStopWithdrawn: (key: string) => void
  /** "Save and end" keeps the session; "Discard" keeps only its pain stops. */
  workoutFinished: (keep: 'all' | 'pain-stops') => void
  /** True only once everything really is removed from the device. */
  allDataDeleted: () => Promise<boolean>
  dataImported: (data: SpotterData) => void
  noticeDismissed: (kind: LoadNotice['kind']) => void
  /** Today's plan saved as a named routine. */
  routineSaved: (name: string) => void
  /** A routine from elsewhere (a shared link) saved to the user's routines. */
  routineAdded: (routine: Omit<Routine, 'id'>) => void
  /** Today's plan replaced by a routine's exercises (undoable). */
  routineUsed: (items: readonly RoutineItem[]) => void
  routineRenamed: (id: string, name: string) => void
  routineMoved: (id: string, by: -1 | 1) => void
  routineDuplicated: (id: string) => void
  /** Undoable. */
  routineDeleted: (id: string) => void
  /** One of the user's own exercises added (no id) or edited; returns its id, or null if it was refused. */
  customExerciseSaved: (input: t.CustomExerciseInput, id?: CustomExerciseId) => CustomExerciseId | null
  /** One of the user's own exercises deleted, and taken out of today's plan and the routines that use it. */
  customExerciseDeleted: (id: CustomExerciseId) => void
  /** Read storage again (after "couldn't read", or another tab saved). */
  storageReloaded: () => void
  /** The user chose to start afresh over data that couldn't be read or backed up. */
  storageReleased: () => void
  /** At start: bring in sessions and pain stops kept durably that History lacks, and back up the rest. */
  recordsSynced: () => Promise<void>
}

export interface State extends SpotterData {
  undo: Undoable | null
  notices: LoadNotice[]
  saveStatus: SaveStatus
  mode: StorageMode
  sessionSave: SessionSave | null
  /** The revision this tab last read or wrote. */
  revision: number
  actions: Actions
}

/**
 * The durable records (IndexedDB) load on first use: nothing on the first screen waits for them, and the
 * startup JavaScript stays small.
 */
const records = () => import('./records-db')

/**
 * Every durable write runs after the one before it has completed, in the order the actions asked for them:
 * a copy started earlier can't land after "Delete all my data" or an import has replaced everything.
 */
let queue: Promise<unknown> = Promise.resolve()
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}
/** Bumped when every record is replaced (delete all, import, undo of an import): older copies then stop. */
let generation = 0
const skipped = { ok: true, value: undefined } as const

const db = {
  put: (record: SessionRecord) => serial(async () => (await records()).putSession(record)),
  /** The start-up copy: written only if nothing has replaced the records since it began. */
  copy: (all: readonly SessionRecord[], since: number) =>
    serial(async () => (since === generation ? (await records()).putSessions(all) : skipped)),
  remove: (id: string) => serial(async () => (await records()).deleteSession(id)),
  replace: (all: readonly SessionRecord[]) => {
    generation++
    return serial(async () => (await records()).replaceSessions(all))
  },
  all: () => serial(async () => (await records()).allSessions()),
  persist: async () => (await records()).askToPersist(),
}

export const savedData = (state: SpotterData): SpotterData => ({
  profile: state.profile,
  plan: state.plan,
  ticks: state.ticks,
  workout: state.workout,
  history: state.history,
  routines: state.routines,
  customExercises: state.customExercises,
})

/**
 * The store's initial state: nothing saved, and storage fine, as the plan screen is prerendered at build time.
 * It is what zustand's hooks read while React hydrates that markup (their server snapshot, from
 * `getInitialState`), so the hydration matches it; what this phone has saved is loaded right after the store
 * is made (`initialLoad`), and the screens render it as soon as hydration is done.
 */
const AS_PRERENDERED = {
  ...emptyData(),
  notices: [] as LoadNotice[],
  revision: 0,
  mode: { kind: 'ok' } as StorageMode,
}

const initialLoad = () => {
  const loaded = loadFromStorage(safeLocalStorage())
  return {
    ...loaded.data,
    notices: loaded.notices,
    revision: loaded.revision,
    mode: loaded.mode,
  }
}

export const useSpotter = create<State>()((set, get) => {
  /** Save, unless this tab must not write (see StorageMode). */
  const save = (data: SpotterData, revision: number): Partial<State> => {
    const { mode } = get()
    if (mode.kind !== 'ok') return { revision }
    const result = writeToStorage(safeLocalStorage(), data, revision)
    return { revision, saveStatus: result === 'saved' ? 'saved' : 'not-saved' }
  }

  /**
   * One user action: its pure transition applied to the latest saved state and written once. If another
   * tab wrote since this one read, its state is read first, so neither tab's tap is lost.
   */
  const apply = (
    transition: (data: SpotterData) => SpotterData,
    undo?: (before: State) => Undoable | null,
  ) => {
    let state = get()
    if (state.mode.kind === 'ok' && readRevision(safeLocalStorage()) > state.revision) {
      reload()
      state = get()
    }
    const next = transition(state)
    if (next === state || sameData(next, state)) return
    const nextUndo = undo
      ? undo(state)
      : next.plan === state.plan && next.ticks === state.ticks
        ? state.undo
        : null
    set({ ...savedData(next), undo: nextUndo, ...save(savedData(next), state.revision + 1) })
  }

  const reload = () => {
    const loaded = loadFromStorage(safeLocalStorage())
    const { notices } = get()
    const kept = notices.filter((notice) => !loaded.notices.some((n) => n.kind === notice.kind))
    // Another tab's save replaces this tab's plan, so an undo offered here no longer applies.
    set({
      ...loaded.data,
      notices: [...kept, ...loaded.notices],
      revision: loaded.revision,
      mode: loaded.mode,
      undo: null,
    })
  }

  const now = () => new Date()

  /** Keep the records that matter durably; the summary says "Saved" only once this completes. */
  const keepSession = async (record: SessionRecord, workoutStartedAt: string) => {
    set({ sessionSave: { id: record.id, status: 'saving' } })
    const result = await db.put(record)
    await db.remove(t.draftId(workoutStartedAt))
    // No IndexedDB here (an old or locked-down browser): localStorage's copy is all there is.
    const saved = result.ok || (result.reason === 'unavailable' && get().saveStatus === 'saved')
    if (get().sessionSave?.id === record.id)
      set({ sessionSave: { id: record.id, status: saved ? 'saved' : 'not-saved' } })
    if (result.ok) void db.persist()
  }

  /** A pain stop mid-workout is kept durably at once, as a draft of the session. */
  const keepPainStops = (data: SpotterData) => {
    if (!data.workout) return
    const id = t.draftId(data.workout.startedAt)
    const draft = t.painStopDraft(data, now(), id)
    void (draft ? db.put(draft) : db.remove(id))
  }
  const snapshot = (s: State): Undoable['before'] => ({ plan: s.plan, ticks: s.ticks, workout: s.workout })

  return {
    ...AS_PRERENDERED,
    undo: null,
    saveStatus: 'saved',
    sessionSave: null,
    actions: {
      conditionToggled: (condition) => apply((d) => t.toggleCondition(d, condition, now())),
      backCheckedIn: (answer) => apply((d) => t.checkInBack(d, answer, now())),
      unitsChanged: (units) => apply((d) => t.changeUnits(d, units)),
      exerciseAdded: (exerciseId) => apply((d) => t.addExercise(d, exerciseId)),
      planItemRemoved: (key) =>
        apply(
          (d) => t.removeItem(d, key),
          (s) => {
            const item = s.plan.find((p) => p.key === key)
            return item ? { kind: 'remove', key, from: item.exerciseId, to: null, before: snapshot(s) } : null
          },
        ),
      planItemMoved: (key, by) => apply((d) => t.moveItem(d, key, by)),
      exerciseSwapped: (key, to) =>
        apply(
          (d) => t.swapItem(d, key, to),
          (s) => {
            const item = s.plan.find((p) => p.key === key)
            return item ? { kind: 'swap', key, from: item.exerciseId, to, before: snapshot(s) } : null
          },
        ),
      undoTaken: () => {
        const { undo } = get()
        if (!undo) return
        apply(
          (d) => ({ ...d, ...undo.before }),
          () => null,
        )
        if (undo.before.history) void db.replace(undo.before.history)
      },
      prescriptionChanged: (key, patch) => apply((d) => t.changePrescription(d, key, patch)),
      checkpointToggled: (key, checkpointId) => apply((d) => t.toggleCheckpoint(d, key, checkpointId)),
      workoutStarted: () => apply((d) => t.startWorkout(d, now())),
      stepAdvanced: () => apply(t.advanceStep),
      stepWentBack: () => apply(t.goBackStep),
      setCompleted: (key, done) => apply((d) => t.completeSet(d, key, done, now())),
      setUndone: (key) => apply((d) => t.undoSet(d, key)),
      restAdjusted: (bySeconds) => apply((d) => t.adjustRest(d, bySeconds, now())),
      restSkipped: () => apply(t.skipRest),
      holdStarted: (key) => apply((d) => t.startHold(d, key, now())),
      holdStopped: () => apply(t.stopHold),
      exerciseFinished: (key) => apply((d) => t.endExercise(d, key, 'done')),
      exerciseSkipped: (key) => apply((d) => t.endExercise(d, key, 'skipped')),
      painStopped: (key) => {
        apply((d) => t.stopOnPain(d, key, now()))
        keepPainStops(get())
      },
      painRated: (when, rating) => apply((d) => t.ratePain(d, when, rating)),
      painStopWithdrawn: (key) => {
        apply((d) => t.withdrawPainStop(d, key))
        keepPainStops(get())
      },
      workoutFinished: (keep) => {
        const before = get()
        if (!before.workout) return
        apply(
          (d) => t.finishWorkout(d, now(), keep),
          () => null,
        )
        const record = get().history[0]
        if (record && get().history !== before.history) void keepSession(record, before.workout.startedAt)
        else void db.remove(t.draftId(before.workout.startedAt))
      },
      allDataDeleted: async () => {
        if (get().mode.kind === 'newer') return false
        const removed = await db.replace([])
        if (!removed.ok && removed.reason === 'failed') return false
        const storage = safeLocalStorage()
        if (!removeEverything(storage)) return false
        set({
          ...emptyData(),
          undo: null,
          notices: [],
          revision: 0,
          saveStatus: 'saved',
          sessionSave: null,
          mode: storage ? { kind: 'ok' } : { kind: 'unavailable' },
        })
        return true
      },
      dataImported: (data) => {
        // What the import replaces is kept as a backup first, and can be taken back.
        const before = get()
        const storage = safeLocalStorage()
        if (before.mode.kind === 'ok')
          keepBackup(storage, envelope(savedData(before), before.revision), now())
        apply(
          () => savedData(data),
          (s) => ({
            kind: 'import',
            key: '',
            from: null,
            to: null,
            before: { ...snapshot(s), history: s.history },
          }),
        )
        void db.replace(get().history)
      },
      noticeDismissed: (kind) => set((state) => ({ notices: state.notices.filter((n) => n.kind !== kind) })),
      routineSaved: (name) => apply((d) => t.saveRoutine(d, name)),
      routineAdded: (routine) => apply((d) => t.addRoutine(d, routine)),
      routineUsed: (items) =>
        apply(
          (d) => t.planFromRoutine(d, items),
          (s) => ({
            kind: 'plan-replaced',
            key: '',
            from: null,
            to: null,
            before: { plan: s.plan, ticks: s.ticks },
          }),
        ),
      routineRenamed: (id, name) => apply((d) => t.renameRoutine(d, id, name)),
      routineMoved: (id, by) => apply((d) => t.moveRoutine(d, id, by)),
      routineDuplicated: (id) => apply((d) => t.duplicateRoutine(d, id)),
      routineDeleted: (id) =>
        apply(
          (d) => t.deleteRoutine(d, id),
          (s) => ({
            kind: 'routine-deleted',
            key: id,
            from: null,
            to: null,
            before: { routines: s.routines },
          }),
        ),
      customExerciseSaved: (input, id) => {
        const savedId = id ?? (t.newKey('c') as CustomExerciseId)
        apply((d) => t.saveCustomExercise(d, input, savedId))
        return get().customExercises.some((c) => c.id === savedId) ? savedId : null
      },
      customExerciseDeleted: (id) => apply((d) => t.deleteCustomExercise(d, id)),
      storageReloaded: reload,
      recordsSynced: async () => {
        const since = generation
        const found = await db.all()
        // Everything was replaced meanwhile (delete all, an import): what was read is no longer wanted.
        if (!found.ok || since !== generation) return
        const records = (found.value ?? []).map(readSession).filter((r): r is SessionRecord => r !== null)
        const live = get().workout
        // A draft of the workout still under way stays a draft.
        const usable = records.filter((r) => !(live && r.id === t.draftId(live.startedAt)))
        const before = get().history.length
        apply((d) => t.recoverSessions(d, usable))
        const recovered = get().history.length - before
        if (recovered > 0)
          set((s) => ({
            notices: [
              ...s.notices.filter((n) => n.kind !== 'recovered'),
              { kind: 'recovered', count: recovered },
            ],
          }))
        // Sessions saved before IndexedDB kept them (older versions) are copied there now, in one go.
        const kept = new Set(records.map((r) => r.id))
        const missing = get().history.filter((session) => !kept.has(session.id))
        if (missing.length > 0) await db.copy(missing, since)
      },
      storageReleased: () => {
        const { mode } = get()
        if (mode.kind !== 'held') return
        set({ mode: { kind: 'ok' } })
        const state = get()
        set(save(savedData(state), state.revision + 1))
      },
    },
  }
})

/**
 * What was loaded, keeping the prerendered state's own objects wherever the loaded ones hold the same (on a
 * first visit, all of them): the screens then re-render after hydrating only for what differs. Cheap: the
 * prerendered values are small, and an array of another length (a long history) is not compared.
 */
function keepPrerenderedWhereSame(loaded: ReturnType<typeof initialLoad>): Partial<State> {
  const kept: Record<string, unknown> = { ...loaded }
  const prerendered: Record<string, unknown> = AS_PRERENDERED
  for (const [key, after] of Object.entries(loaded)) {
    const before = prerendered[key]
    const comparable =
      typeof before === 'object' &&
      typeof after === 'object' &&
      (!Array.isArray(before) || (Array.isArray(after) && before.length === after.length))
    if (comparable && JSON.stringify(before) === JSON.stringify(after)) kept[key] = before
  }
  return kept as Partial<State>
}

useSpotter.setState(keepPrerenderedWhereSame(initialLoad()))

/** Same saved content (a transition that rebuilt objects but changed nothing). Cheap: references first. */
function sameData(a: SpotterData, b: SpotterData): boolean {
  return (
    a.profile === b.profile &&
    a.plan === b.plan &&
    a.ticks === b.ticks &&
    a.workout === b.workout &&
    a.history === b.history &&
    a.routines === b.routines &&
    a.customExercises === b.customExercises
  )
}
