/**
 * The store's one front door: screens import hooks, actions and types from here, never the store's
 * transitions, persistence or storage modules.
 */
import { useMemo } from 'react'
import type { Condition } from '../data/conditions'
import { type ExerciseId, isExerciseId } from '../data/exercise-core'
import type { Units } from '../data/load'
import { conditionsInForce, localDay } from '../domain/conditions-in-force'
import { exportFile, exportFileName } from './data-file'
import { deleteBackup, listBackups, safeLocalStorage } from './device-storage'

export {
  describeReplacement,
  exportFile,
  exportFileName,
  type ImportPreview,
  MAX_IMPORT_FILE_BYTES,
  parseImportFile,
} from './data-file'
export { backupAsFile } from './device-storage'
export type { DecodedLink } from './share-link'

/** The link codec loads when a link is made or opened, not at startup. */
export const decodeRoutine = async (...args: Parameters<typeof import('./share-link').decodeRoutine>) =>
  (await import('./share-link')).decodeRoutine(...args)

/**
 * A routine as a link code. The user's own exercises are not the opener's: each travels as its name only,
 * so the preview names it as left out.
 */
export const encodeRoutine = async (routine: Omit<Routine, 'id'>, units: Units) => {
  const { customExercises } = useSpotter.getState()
  const items = routine.items.map((item) =>
    isCustomExerciseId(item.exerciseId)
      ? { ...item, exerciseId: exerciseView(item.exerciseId, customExercises).name as AnyExerciseId }
      : item,
  )
  return (await import('./share-link')).encodeRoutine({ ...routine, items }, units)
}
export { type ExerciseView, isCustomExerciseId } from './exercise-view'
export {
  type CustomExerciseInput,
  MAX_CUE_TEXT,
  MAX_CUES,
  MAX_CUSTOM_EXERCISES,
  MAX_CUSTOM_NAME,
  MAX_PAIN,
  MAX_ROUTINE_NAME,
  MAX_ROUTINES,
} from './transitions'

import { savedData, useSpotter } from './create-store'
import { startCrossTabSync } from './cross-tab-sync'
import { type ExerciseView, exerciseView, isCustomExerciseId } from './exercise-view'
import { type LastTime, lastTimeFor } from './last-time'
import { lastPainStops } from './pain-stops'
import { customExerciseUses, currentEntry as entryOf } from './transitions'
import {
  type AnyExerciseId,
  type CustomExerciseId,
  emptyData,
  type PlanItem,
  type Routine,
  type SpotterData,
  type WorkoutEntry,
} from './types'

export const useProfile = () => useSpotter((s) => s.profile)
export const usePlan = () => useSpotter((s) => s.plan)
export const useItemTicks = (key: string): readonly string[] =>
  useSpotter((s) => (Object.hasOwn(s.ticks, key) ? (s.ticks[key] ?? NO_TICKS) : NO_TICKS))
export const useWorkout = () => useSpotter((s) => s.workout)
export const useHistory = () => useSpotter((s) => s.history)
export const useRoutines = () => useSpotter((s) => s.routines)
export const useCustomExercises = () => useSpotter((s) => s.customExercises)
export const useCustomExercise = (id: string) => useSpotter((s) => s.customExercises.find((c) => c.id === id))

/** What a screen shows of any exercise a plan item, routine item or workout entry names. */
export const useExerciseView = (id: AnyExerciseId): ExerciseView => {
  const customExercises = useCustomExercises()
  return useMemo(() => exerciseView(id, customExercises), [id, customExercises])
}

/** The same lookup, for a list: call the returned function with each id. */
export const useExerciseViews = (): ((id: AnyExerciseId) => ExerciseView) => {
  const customExercises = useCustomExercises()
  return useMemo(() => (id: AnyExerciseId) => exerciseView(id, customExercises), [customExercises])
}

/** Where one of the user's own exercises is used, for the question before deleting it. */
export const useCustomExerciseUses = (id: CustomExerciseId) => {
  const routines = useRoutines()
  const plan = usePlan()
  const workout = useWorkout()
  return useMemo(
    () => customExerciseUses({ ...emptyData(), plan, routines, workout }, id),
    [plan, routines, workout, id],
  )
}
export const useUndo = () => useSpotter((s) => s.undo)
export const useNotices = () => useSpotter((s) => s.notices)
export const useSaveStatus = () => useSpotter((s) => s.saveStatus)
/** Whether the session just finished reached durable storage. */
export const useSessionSave = () => useSpotter((s) => s.sessionSave)
export const useStorageMode = () => useSpotter((s) => s.mode)
export const useActions = () => useSpotter((s) => s.actions)

/**
 * The back as it is today, for every verdict: the conditions in force (a "back pain today" from an earlier
 * day doesn't count until the user answers), whether to ask, and the user's recent pain stops.
 */
export function useBackToday(): BackToday {
  const profile = useProfile()
  const history = useHistory()
  const today = localDay(new Date())
  const { inForce, stale, askAboutToday } = useMemo(() => conditionsInForce(profile, today), [profile, today])
  const painStops = useMemo(() => lastPainStops(history), [history])
  return useMemo(
    () => ({ profile: { conditions: inForce }, stale, askAboutToday, painStops }),
    [inForce, stale, askAboutToday, painStops],
  )
}

export interface BackToday {
  /** What the safety rules read: the conditions in force today. */
  profile: { conditions: readonly Condition[] }
  /** Conditions set on an earlier day that last only a day: not applied until the user answers. */
  stale: readonly Condition[]
  askAboutToday: boolean
  /** The latest pain stop of each exercise (ISO time). */
  painStops: Partial<Record<ExerciseId, string>>
}

/** The verdict context of one exercise today: its latest pain stop, if any. */
export const verdictContext = (back: BackToday, exerciseId: AnyExerciseId | undefined) => {
  const at = isExerciseId(exerciseId) ? back.painStops[exerciseId] : undefined
  return at ? { recentPainStop: { at } } : {}
}

/** The items the safety rules can rate: those of built-in exercises (the user's own are never rated). */
export const ratedItems = <T extends { exerciseId: AnyExerciseId }>(
  items: readonly T[],
): (T & { exerciseId: ExerciseId })[] =>
  items.filter((item): item is T & { exerciseId: ExerciseId } => isExerciseId(item.exerciseId))

/** Every entry of the workout under way (none when there is no workout). */
export const useCurrentEntries = (): readonly WorkoutEntry[] =>
  useSpotter((s) => s.workout?.entries ?? NO_ENTRIES)

/** The workout entry a plan item is recording into now. */
export const useCurrentEntry = (item: PlanItem | undefined): WorkoutEntry | undefined =>
  useSpotter((s) => (s.workout && item ? entryOf(s.workout, item) : undefined))

/**
 * At start: follow other tabs' saves, and bring in what durable storage kept that History lacks (a browser
 * killed right after a workout). Returns a function that stops following.
 */
export function startStorageSync(): () => void {
  void useSpotter.getState().actions.recordsSynced()
  return startCrossTabSync()
}

/** The last time the user did an exercise ("3 × 8 at 40 kg"), in today's units; null if never. */
export const useLastTime = (exerciseId: AnyExerciseId): LastTime | null => {
  const history = useHistory()
  const units = useSpotter((s) => s.profile.units)
  return useMemo(() => lastTimeFor(history, exerciseId, units), [history, exerciseId, units])
}

/**
 * Everything in memory as an importable data file, for when it could not be saved on the phone (storage
 * full): the user keeps it by downloading it.
 */
export const currentDataFile = (now = new Date()) => ({
  name: exportFileName(now),
  text: exportFile(savedData(useSpotter.getState()), now),
})

/**
 * Follow whether a workout is under way, from outside the screens (the startup code's "couldn't load" screen,
 * which can't use the hooks: the store's code isn't part of the startup code). Returns a function that stops.
 */
export const watchWorkoutUnderWay = (listener: (underWay: boolean) => void) =>
  useSpotter.subscribe((state, before) => {
    if ((state.workout === null) !== (before.workout === null)) listener(state.workout !== null)
  })

/** Everything saved, as it is now: for export, read at the moment of the click rather than subscribed to. */
export const readSpotterData = (): SpotterData => savedData(useSpotter.getState())

/** Backups of damaged or replaced data kept on this phone, newest first. */
export const readBackups = () => listBackups(safeLocalStorage())

/** Delete one backup; true only if it is gone. */
export const removeBackup = (key: string) => deleteBackup(safeLocalStorage(), key)

const NO_TICKS: readonly string[] = []
const NO_ENTRIES: readonly WorkoutEntry[] = []

export type { Undoable } from './create-store'
export type { Backup, LoadNotice, StorageMode } from './device-storage'
export type { LastTime } from './last-time'
export { sessionCounts } from './transitions'
export type {
  AnyExerciseId,
  CustomExercise,
  CustomExerciseId,
  Outcome,
  PainRatings,
  PlanItem,
  Profile,
  Routine,
  RoutineItem,
  SessionItem,
  SessionRecord,
  SetDone,
  SpotterData,
  WorkoutEntry,
  WorkoutProgress,
} from './types'
