import type { KeyboardEvent, MouseEvent } from 'react'
import { LazyFigureThumbnail } from '../../components/figure-thumbnail'
import { VerdictBadge } from '../../components/verdict-badge'
import type { Exercise, ExerciseId } from '../../data/exercises'
import { LOAD_LABELS, type LoadBand } from '../../data/load'
import { type Profile, saferAlternatives, type VerdictContext } from '../../domain/safety'
import { itemIds } from './plan-ids'

interface SwapPanelProps {
  itemKey: string
  exercise: Exercise
  profile: Profile
  load: LoadBand
  context: VerdictContext
  onSwap: (to: ExerciseId, event: MouseEvent) => void
  /** "Go light": the same exercise at a lighter load. */
  onLighter: (load: LoadBand, event: MouseEvent) => void
  onRemove: (event: MouseEvent) => void
  onClose: () => void
}

/** Safer swaps for one plan item, best first; or, when none is sourced, what to do instead. */
export function SwapPanel({
  itemKey,
  exercise,
  profile,
  load,
  context,
  onSwap,
  onLighter,
  onRemove,
  onClose,
}: SwapPanelProps) {
  const ids = itemIds(itemKey)
  const safer = saferAlternatives(exercise, profile, load, context)
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
    }
  }
  return (
    <section id={ids.panel} className="swap-panel" aria-labelledby={ids.panelTitle} onKeyDown={closeOnEscape}>
      <div className="swap-panel__header">
        <h4 id={ids.panelTitle} className="swap-panel__title" tabIndex={-1}>
          Safer swaps for <span className="swap-panel__name">{exercise.name}</span>
        </h4>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      {safer.kind === 'alternatives' ? (
        <ol className="swap-panel__options">
          {safer.options.map((option) => (
            <li key={`${option.kind}-${option.exercise.id}`} className="swap-option">
              <div className="swap-option__header">
                <LazyFigureThumbnail exerciseId={option.exercise.id} />
                <span className="swap-option__name">{option.exercise.name}</span>
                <VerdictBadge verdict={option.verdict} />
              </div>
              <p className="swap-option__why">{option.why}</p>
              {option.kind === 'exercise' ? (
                <button
                  type="button"
                  className="button button--primary button--block"
                  onClick={(event) => onSwap(option.exercise.id, event)}
                >
                  Swap to {option.exercise.name}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--primary button--block"
                  onClick={(event) => onLighter(option.load, event)}
                >
                  Go {LOAD_LABELS[option.load].toLowerCase()} instead
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <div className="swap-panel__none">
          <p>{safer.message}</p>
          <button type="button" className="button button--danger button--block" onClick={onRemove}>
            Remove {exercise.name}
          </button>
        </div>
      )}
    </section>
  )
}
