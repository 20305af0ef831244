import { Link } from 'react-router-dom'
import { VerdictBadge } from '../../components/verdict-badge'
import { type ExerciseId, getExercise } from '../../data/exercises'
import { type Profile, verdictFor } from '../../domain/safety'
import type { PlanItem, UndoableSwap } from '../../store/spotter-store'
import { itemIds } from './plan-ids'
import { SwapPanel } from './swap-panel'
import { UndoBar } from './undo-bar'

interface PlanItemCardProps {
  item: PlanItem
  index: number
  count: number
  profile: Profile
  swapOpen: boolean
  /** The swap that can still be undone, when it was this item's. */
  undo: UndoableSwap | null
  onMove: (by: -1 | 1) => void
  onRemove: () => void
  onSwapToggled: () => void
  onSwap: (to: ExerciseId) => void
  onUndo: () => void
}

export function PlanItemCard({
  item,
  index,
  count,
  profile,
  swapOpen,
  undo,
  onMove,
  onRemove,
  onSwapToggled,
  onSwap,
  onUndo,
}: PlanItemCardProps) {
  const exercise = getExercise(item.exerciseId)
  const verdict = verdictFor(exercise, profile, exercise.defaultLoad)
  const ids = itemIds(item.key)
  const canSwap = verdict.level !== 'ok' || exercise.alternatives.length > 0
  return (
    <li className={`plan-item plan-item--${verdict.level}`}>
      <div className="plan-item__header">
        <span className="plan-item__number" aria-hidden="true">
          {index + 1}
        </span>
        <h3 className="plan-item__title">
          <Link id={ids.link} to={`/exercises/${exercise.id}`}>
            {exercise.name}
          </Link>
        </h3>
        <VerdictBadge verdict={verdict} />
      </div>
      <p className="plan-item__reason">{verdict.reason}</p>
      {item.swappedFrom && (
        <p className="plan-item__swapped">
          <span aria-hidden="true">⇄</span> Swapped from {getExercise(item.swappedFrom).name}
        </p>
      )}
      <div className="plan-item__actions">
        <div className="plan-item__move">
          <button
            id={ids.up}
            type="button"
            className="button plan-item__icon-button"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
            <span className="visually-hidden">Move {exercise.name} up</span>
          </button>
          <button
            id={ids.down}
            type="button"
            className="button plan-item__icon-button"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
            <span className="visually-hidden">Move {exercise.name} down</span>
          </button>
        </div>
        <div className="plan-item__edit">
          {canSwap && (
            <button
              id={ids.swap}
              type="button"
              className={`button ${verdict.level === 'ok' ? '' : 'button--primary'}`}
              aria-expanded={swapOpen}
              aria-controls={swapOpen ? ids.panel : undefined}
              onClick={onSwapToggled}
            >
              Swap <span className="visually-hidden">{exercise.name}</span>
            </button>
          )}
          <button type="button" className="button plan-item__remove" onClick={onRemove}>
            Remove <span className="visually-hidden">{exercise.name}</span>
          </button>
        </div>
      </div>
      {undo && <UndoBar undo={undo} onUndo={onUndo} />}
      {swapOpen && (
        <SwapPanel
          itemKey={item.key}
          exercise={exercise}
          profile={profile}
          onSwap={onSwap}
          onRemove={onRemove}
          onClose={onSwapToggled}
        />
      )}
    </li>
  )
}
