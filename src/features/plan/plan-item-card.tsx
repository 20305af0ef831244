import { memo } from 'react'
import { Link } from 'react-router-dom'
import { NOT_RATED_LINE, NotRatedBadge } from '../../components/not-rated'
import { VerdictBadge } from '../../components/verdict-badge'
import { getExercise } from '../../data/exercises'
import { LOAD_LABELS, type LoadBand } from '../../data/load'
import { hasSaferOptions, verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import {
  type PlanItem,
  useActions,
  useBackToday,
  useExerciseView,
  useProfile,
  verdictContext,
} from '../../store/spotter-store'
import { doseParts, formatDose } from './dose'
import { itemIds } from './plan-ids'
import { PrescriptionEditor } from './prescription-editor'
import { cardLines } from './shared-advice'
import { SwapPanel } from './swap-panel'
import { UndoBar } from './undo-bar'
import { usePlanItemCommands } from './use-plan-item-commands'

interface PlanItemCardProps {
  item: PlanItem
  index: number
  count: number
}

/**
 * One exercise in the plan, compact: its name and verdict, then its dose ("3 × 8 · Heavy · 40 kg", which
 * opens the steppers), Swap and Remove. Why it needs care shows only when it does.
 */
export const PlanItemCard = memo(function PlanItemCard({ item, index, count }: PlanItemCardProps) {
  // What the list decides for this item (open panels, its undo) and does to it; see PlanList.
  const { swapOpen, editOpen, undoable, move, remove, toggleSwap, toggleEdit, swap, undo } =
    usePlanItemCommands()
  const { units } = useProfile()
  const exercise = useExerciseView(item.exerciseId)
  const back = useBackToday()
  // The user's own exercises are never rated: no verdict, and nothing offered as safer than them.
  const rated = exercise.rated ? getExercise(exercise.rated) : null
  const context = verdictContext(back, rated?.id)
  const verdict = rated && verdictFor(rated, back.profile, item.load, context)
  const ids = itemIds(item.key)
  // Why, when it needs care, and the advice for this exercise; the advice shared by all is above the plan.
  const lines = verdict ? cardLines(verdict) : []
  // No Swap button that would open an empty panel: offered when there is a safer option, or a warning to explain.
  const canSwap =
    rated !== null && (verdict?.level !== 'ok' || hasSaferOptions(rated, back.profile, item.load, context))
  const { prescriptionChanged } = useActions()
  // One tap changes the load band the verdict reads; the verdict follows at once.
  const nextLoad =
    exercise.loads[(exercise.loads.indexOf(item.load) + 1) % exercise.loads.length] ?? item.load
  const changeLoad = (load: LoadBand) => prescriptionChanged(item.key, { load })
  // Remove, Undo and a swap change the plan and move what is under the finger: guard them against a double tap.
  const { guard } = useTapGuard()
  return (
    <li className={`plan-item plan-item--${verdict?.level ?? 'unrated'}`}>
      <div className="plan-item__header">
        <span className="plan-item__number" aria-hidden="true">
          {index + 1}
        </span>
        <h3 className="plan-item__title">
          <Link id={ids.link} to={rated ? `/exercises/${exercise.id}` : `/exercises/custom/${exercise.id}`}>
            {exercise.name}
          </Link>
        </h3>
        {verdict ? <VerdictBadge verdict={verdict} /> : <NotRatedBadge />}
      </div>
      {verdict && lines.length > 0 && (
        <ul className="plan-item__reason">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {!verdict && <p className="plan-item__reason">{NOT_RATED_LINE}</p>}
      {item.swappedFrom && (
        <p className="plan-item__swapped">
          <span aria-hidden="true">⇄</span> Swapped from {getExercise(item.swappedFrom).name}
        </p>
      )}
      <div className="plan-item__actions">
        <button
          id={ids.dose}
          type="button"
          className="button plan-item__dose"
          aria-expanded={editOpen}
          aria-controls={editOpen ? ids.editor : undefined}
          aria-label={`Sets, reps and load of ${exercise.name}: ${formatDose(item, units)}`}
          onClick={toggleEdit}
        >
          {doseParts(item, units, exercise.loads.length <= 1).map((part, i) => (
            <span key={part} className="plan-item__dose-part">
              {i > 0 && '· '}
              {part}{' '}
            </span>
          ))}
        </button>
        {exercise.loads.length > 1 && (
          <button
            type="button"
            className="button plan-item__load"
            aria-label={`Load of ${exercise.name}: ${LOAD_LABELS[item.load].toLowerCase()}. Change to ${LOAD_LABELS[nextLoad].toLowerCase()}`}
            onClick={() => changeLoad(nextLoad)}
          >
            {LOAD_LABELS[item.load]}
          </button>
        )}
        {canSwap && (
          <button
            id={ids.swap}
            type="button"
            className={`button plan-item__swap ${verdict?.level === 'ok' ? '' : 'button--primary'}`}
            aria-expanded={swapOpen}
            aria-controls={swapOpen ? ids.panel : undefined}
            onClick={toggleSwap}
          >
            Swap <span className="visually-hidden">{exercise.name}</span>
          </button>
        )}
        <button
          type="button"
          className="button plan-item__icon-button plan-item__remove"
          onClick={guard(remove)}
        >
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">Remove {exercise.name}</span>
        </button>
      </div>
      {editOpen && (
        <PrescriptionEditor
          item={item}
          exercise={exercise}
          index={index}
          count={count}
          units={units}
          onMove={move}
          onClose={toggleEdit}
        />
      )}
      {undoable && <UndoBar undo={undoable} onUndo={guard(undo)} />}
      {swapOpen && rated && (
        <SwapPanel
          itemKey={item.key}
          exercise={rated}
          profile={back.profile}
          load={item.load}
          context={context}
          onSwap={(to, event) => guard(() => swap(to))(event)}
          onLighter={(load, event) =>
            guard(() => {
              changeLoad(load)
              toggleSwap()
            })(event)
          }
          onRemove={guard(remove)}
          onClose={toggleSwap}
        />
      )}
    </li>
  )
})
