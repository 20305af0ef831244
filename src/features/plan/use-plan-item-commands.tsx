import { createContext, type ReactNode, useContext, useLayoutEffect, useMemo, useRef } from 'react'
import type { ExerciseId } from '../../data/exercises'
import type { Undoable } from '../../store/spotter-store'

/** What the plan list does for any of its items, by the item's key. */
export interface PlanCommands {
  move: (key: string, by: -1 | 1) => void
  remove: (key: string) => void
  toggleSwap: (key: string) => void
  toggleEdit: (key: string) => void
  swap: (key: string, to: ExerciseId) => void
  undo: () => void
}

/** What one card can do to its own item, and what the list decides about it. */
export interface PlanItemCommands {
  swapOpen: boolean
  editOpen: boolean
  /** The swap that can still be undone, when it was this item's. */
  undoable: Undoable | null
  move: (by: -1 | 1) => void
  remove: () => void
  toggleSwap: () => void
  toggleEdit: () => void
  swap: (to: ExerciseId) => void
  undo: () => void
}

const PlanItemContext = createContext<PlanItemCommands | null>(null)

/**
 * The list's commands as one object that never changes, calling the handlers of the latest render: cards
 * can hold on to it without re-rendering when the plan changes elsewhere.
 */
export function useStablePlanCommands(handlers: PlanCommands): PlanCommands {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  return useMemo(
    () => ({
      move: (key, by) => latest.current.move(key, by),
      remove: (key) => latest.current.remove(key),
      toggleSwap: (key) => latest.current.toggleSwap(key),
      toggleEdit: (key) => latest.current.toggleEdit(key),
      swap: (key, to) => latest.current.swap(key, to),
      undo: () => latest.current.undo(),
    }),
    [],
  )
}

interface ProviderProps {
  itemKey: string
  commands: PlanCommands
  swapOpen: boolean
  editOpen: boolean
  undoable: Undoable | null
  children: ReactNode
}

/**
 * Gives one card its commands. The value stays the same object until this item's open panels or undo
 * change, so a change to another item doesn't re-render this card.
 */
export function PlanItemCommandsProvider({
  itemKey,
  commands,
  swapOpen,
  editOpen,
  undoable,
  children,
}: ProviderProps) {
  const value = useMemo<PlanItemCommands>(
    () => ({
      swapOpen,
      editOpen,
      undoable,
      move: (by) => commands.move(itemKey, by),
      remove: () => commands.remove(itemKey),
      toggleSwap: () => commands.toggleSwap(itemKey),
      toggleEdit: () => commands.toggleEdit(itemKey),
      swap: (to) => commands.swap(itemKey, to),
      undo: commands.undo,
    }),
    [itemKey, commands, swapOpen, editOpen, undoable],
  )
  return <PlanItemContext value={value}>{children}</PlanItemContext>
}

/** The commands and state of the plan item this card shows (inside PlanList). */
export function usePlanItemCommands(): PlanItemCommands {
  const value = useContext(PlanItemContext)
  if (!value) throw new Error('usePlanItemCommands is for a card inside PlanList')
  return value
}
