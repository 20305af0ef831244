import type { MouseEvent } from 'react'
import { type ExerciseView, type Undoable, useExerciseViews } from '../../store/spotter-store'

const undoText = (undo: Undoable, view: (id: NonNullable<Undoable['from']>) => ExerciseView): string => {
  const name = (id: Undoable['from']) => (id ? view(id).name : '')
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
  const view = useExerciseViews()
  return (
    <div className="undo-bar">
      <p className="undo-bar__text">{undoText(undo, view)}</p>
      <button type="button" className="button button--small undo-bar__button" onClick={onUndo}>
        Undo
      </button>
    </div>
  )
}
