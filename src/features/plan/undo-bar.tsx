import type { MouseEvent } from 'react'
import { getExercise } from '../../data/exercises'
import type { Undoable } from '../../store/spotter-store'

const undoText = (undo: Undoable): string => {
  const name = (id: Undoable['from']) => (id ? getExercise(id).name : '')
  switch (undo.kind) {
    case 'swap':
      return `Swapped ${name(undo.from)} for ${name(undo.to)}.`
    case 'remove':
      return `Removed ${name(undo.from)}.`
    case 'import':
      return 'Imported your data file.'
    case 'routine-deleted':
      return 'Routine deleted.'
    case 'plan-replaced':
      return 'Today’s plan replaced by the routine.'
  }
}

/** Shown where the change happened, until the plan changes again. The change itself was announced. */
export function UndoBar({ undo, onUndo }: { undo: Undoable; onUndo: (event: MouseEvent) => void }) {
  return (
    <div className="undo-bar">
      <p className="undo-bar__text">{undoText(undo)}</p>
      <button type="button" className="button button--small undo-bar__button" onClick={onUndo}>
        Undo
      </button>
    </div>
  )
}
