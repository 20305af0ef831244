import type { MouseEvent } from 'react'
import { getExercise } from '../../data/exercises'
import type { UndoableSwap } from '../../store/spotter-store'

/** Shown under the item just swapped, until the plan changes again. The swap itself was announced. */
export function UndoBar({ undo, onUndo }: { undo: UndoableSwap; onUndo: (event: MouseEvent) => void }) {
  return (
    <div className="undo-bar">
      <p className="undo-bar__text">
        Swapped {getExercise(undo.from).name} for {getExercise(undo.to).name}.
      </p>
      <button type="button" className="button button--small undo-bar__button" onClick={onUndo}>
        Undo
      </button>
    </div>
  )
}
