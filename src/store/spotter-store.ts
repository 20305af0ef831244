import { create } from 'zustand'
import { type PersistStorage, persist } from 'zustand/middleware'
import type { Condition } from '../data/conditions'
import type { ExerciseId } from '../data/exercises'
import {
  CURRENT_VERSION,
  deleteBackups,
  type LoadNotice,
  loadFromStorage,
  STORAGE_KEY,
  safeLocalStorage,
} from './persistence'
import * as t from './transitions'
import { emptyData, type Outcome, type PlanItem, type SpotterData } from './types'

/** A swap the user can take back: the plan and ticks exactly as they were before it. */
export interface UndoableSwap {
  key: string
  from: ExerciseId
  to: ExerciseId
  before: Pick<SpotterData, 'plan' | 'ticks'>
}

export type SaveStatus = 'saving' | 'not-saving'

interface Actions {
  conditionToggled: (condition: Condition) => void
  exerciseAdded: (exerciseId: ExerciseId) => void
  planItemRemoved: (key: string) => void
  planItemMoved: (key: string, by: -1 | 1) => void
  exerciseSwapped: (key: string, to: ExerciseId) => void
  swapUndone: () => void
  checkpointToggled: (key: string, checkpointId: string) => void
  workoutStarted: () => void
  workoutStepChanged: (step: number) => void
  /** The user finished, skipped or stopped (sharp pain) the exercise; does not move on by itself. */
  exerciseEnded: (key: string, outcome: Outcome) => void
  /** The user takes back how the exercise ended, e.g. a pain stop tapped by mistake. */
  exerciseEndingWithdrawn: (key: string) => void
  workoutFinished: () => void
  workoutAbandoned: () => void
  allDataDeleted: () => void
  dataImported: (data: SpotterData) => void
  noticeDismissed: (kind: LoadNotice['kind']) => void
}

interface State extends SpotterData {
  undo: UndoableSwap | null
  notices: LoadNotice[]
  saveStatus: SaveStatus
  actions: Actions
}

const persistedData = (state: SpotterData): SpotterData => ({
  profile: state.profile,
  plan: state.plan,
  ticks: state.ticks,
  workout: state.workout,
  history: state.history,
})

type PersistedEnvelope = { state: SpotterData & { notices?: LoadNotice[] }; version: number }

/** localStorage through the validator; write failures (quota, blocked storage) are reported, not thrown. */
function createSafeStorage(onSaveStatus: (status: SaveStatus) => void): PersistStorage<SpotterData> {
  return {
    getItem: () => {
      const { data, notices } = loadFromStorage(safeLocalStorage())
      const envelope: PersistedEnvelope = { state: { ...data, notices }, version: CURRENT_VERSION }
      return envelope
    },
    setItem: (_name, value) => {
      const storage = safeLocalStorage()
      try {
        if (!storage) throw new Error('storage unavailable')
        storage.setItem(
          STORAGE_KEY,
          JSON.stringify({ state: persistedData(value.state), version: value.version }),
        )
        onSaveStatus('saving')
      } catch {
        onSaveStatus('not-saving')
      }
    },
    removeItem: () => {
      try {
        safeLocalStorage()?.removeItem(STORAGE_KEY)
      } catch {
        // nothing saved to remove
      }
    },
  }
}

const useSpotter = create<State>()(
  persist(
    (set) => {
      /** Apply a pure transition; any change to the plan or ticks ends the chance to undo a swap. */
      const apply = (transition: (data: SpotterData) => SpotterData) =>
        set((state) => {
          const next = transition(state)
          if (next === state) return state
          const undo = next.plan === state.plan && next.ticks === state.ticks ? state.undo : null
          return { ...persistedData(next), undo }
        })

      return {
        ...emptyData(),
        undo: null,
        notices: [],
        saveStatus: 'saving',
        actions: {
          conditionToggled: (condition) => apply((d) => t.toggleCondition(d, condition)),
          exerciseAdded: (exerciseId) => apply((d) => t.addExercise(d, exerciseId)),
          planItemRemoved: (key) => apply((d) => t.removeItem(d, key)),
          planItemMoved: (key, by) => apply((d) => t.moveItem(d, key, by)),
          exerciseSwapped: (key, to) =>
            set((state) => {
              const item = state.plan.find((p) => p.key === key)
              const next = t.swapItem(state, key, to)
              if (!item || next === state) return state
              return {
                ...persistedData(next),
                undo: { key, from: item.exerciseId, to, before: { plan: state.plan, ticks: state.ticks } },
              }
            }),
          swapUndone: () => set((state) => (state.undo ? { ...state.undo.before, undo: null } : state)),
          checkpointToggled: (key, checkpointId) => apply((d) => t.toggleCheckpoint(d, key, checkpointId)),
          workoutStarted: () => apply((d) => t.startWorkout(d, new Date())),
          workoutStepChanged: (step) => apply((d) => t.goToStep(d, step)),
          exerciseEnded: (key, outcome) => apply((d) => t.recordOutcome(d, key, outcome)),
          exerciseEndingWithdrawn: (key) => apply((d) => t.withdrawOutcome(d, key)),
          workoutFinished: () => apply((d) => t.finishWorkout(d, new Date())),
          workoutAbandoned: () => apply(t.abandonWorkout),
          allDataDeleted: () => {
            deleteBackups(safeLocalStorage())
            set({ ...emptyData(), undo: null, notices: [] })
          },
          dataImported: (data) => set({ ...persistedData(data), undo: null }),
          noticeDismissed: (kind) =>
            set((state) => ({ notices: state.notices.filter((n) => n.kind !== kind) })),
        },
      }
    },
    {
      name: STORAGE_KEY,
      version: CURRENT_VERSION,
      storage: createSafeStorage((saveStatus) => {
        if (useSpotter.getState().saveStatus !== saveStatus) useSpotter.setState({ saveStatus })
      }),
      partialize: (state) => persistedData(state),
      merge: (persisted, current) => {
        const loaded = persisted as SpotterData & { notices?: LoadNotice[] }
        const incoming = loaded.notices ?? []
        const kept = current.notices.filter((notice) => !incoming.some((n) => n.kind === notice.kind))
        // Another tab's save replaces this tab's plan, so an undo offered here no longer applies.
        return { ...current, ...persistedData(loaded), undo: null, notices: [...kept, ...incoming] }
      },
    },
  ),
)

/** Read the latest saved state again (another tab wrote it). */
export const rehydrateFromStorage = () => useSpotter.persist.rehydrate()

/** Everything saved, as it is now: for export, read at the moment of the click rather than subscribed to. */
export const readSpotterData = (): SpotterData => persistedData(useSpotter.getState())

/** For tests and the store's own wiring: the raw store. Components use the hooks below. */
export const spotterStore = useSpotter

export const useProfile = () => useSpotter((s) => s.profile)
export const usePlan = () => useSpotter((s) => s.plan)
export const useTicks = () => useSpotter((s) => s.ticks)
export const useItemTicks = (key: string): readonly string[] => useSpotter((s) => s.ticks[key] ?? NO_TICKS)
export const useWorkout = () => useSpotter((s) => s.workout)
export const useHistory = () => useSpotter((s) => s.history)
export const useUndo = () => useSpotter((s) => s.undo)
export const useNotices = () => useSpotter((s) => s.notices)
export const useSaveStatus = () => useSpotter((s) => s.saveStatus)
export const useActions = () => useSpotter((s) => s.actions)

const NO_TICKS: readonly string[] = []

export type { PlanItem }
