import { type FormEvent, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { ShareRoutine } from '../../components/share-routine'
import { SourceCitation } from '../../components/source-citation'
import { starterRoutine } from '../../data/routines'
import { useTapGuard } from '../../hooks/use-tap-guard'
import {
  MAX_ROUTINE_NAME,
  type Routine,
  useActions,
  useBackToday,
  useExerciseViews,
  useProfile,
  useWorkout,
} from '../../store/spotter-store'
import { paths } from '../../utils/paths'
import { plural } from '../../utils/words'
import { routineDose } from './dose'
import { verdictSummary } from './verdict-summary'

export const routineTitleId = (id: string) => `routine-${id}`

interface Props {
  routine: Routine
  index: number
  count: number
  onMove: (by: -1 | 1) => void
  onDuplicate: () => void
  onDelete: (event: { preventDefault: () => void }) => void
}

/** One routine: its exercises and today's verdicts in a line, Start, Share, and the less used tools below. */
export function RoutineCard({ routine, index, count, onMove, onDuplicate, onDelete }: Props) {
  const { routineUsed, routineRenamed } = useActions()
  const units = useProfile().units
  const back = useBackToday()
  const view = useExerciseViews()
  const underWay = useWorkout() !== null
  const navigate = useNavigate()
  const { guard } = useTapGuard()
  const [renaming, setRenaming] = useState(false)
  const starter = starterRoutine(routine.id)
  const titleId = routineTitleId(routine.id)

  const start = () => {
    routineUsed(routine.items)
    announce(`Today’s plan is now ${routine.name}`)
    navigate(paths.plan)
  }
  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const name = new FormData(event.currentTarget).get('name')
    if (typeof name === 'string') routineRenamed(routine.id, name)
    setRenaming(false)
    requestAnimationFrame(() => document.getElementById(titleId)?.focus())
  }

  return (
    <li className="card routine-card">
      <h3 id={titleId} className="routine-card__name" tabIndex={-1}>
        {routine.name}
      </h3>
      <p className="routine-card__summary">
        {plural(routine.items.length, 'exercise', 'exercises')} · {verdictSummary(routine.items, back)}
      </p>
      <ul className="routine-card__items">
        {routine.items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a routine may hold the same exercise twice; order is its identity
          <li key={i}>
            <span className="routine-card__exercise">{view(item.exerciseId).name}</span>{' '}
            <span className="muted">{routineDose(item, units)}</span>
          </li>
        ))}
      </ul>
      {starter && (
        <div className="routine-card__source">
          <p>{starter.about}</p>
          {starter.sources.length === 1 ? (
            <p className="muted">
              A starter routine from Spotter. Source:{' '}
              {starter.sources.map((id) => (
                <SourceCitation key={id} id={id} />
              ))}
            </p>
          ) : (
            <details className="routine-card__sources muted">
              <summary>
                A starter routine from Spotter. Sources: each exercise’s own ({starter.sources.length})
              </summary>
              <ul>
                {starter.sources.map((id) => (
                  <li key={id}>
                    <SourceCitation id={id} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {renaming ? (
        <form className="routine-card__rename" onSubmit={rename}>
          <label htmlFor={`${titleId}-name`}>New name</label>
          <input
            id={`${titleId}-name`}
            name="name"
            defaultValue={routine.name}
            maxLength={MAX_ROUTINE_NAME}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this routine
            autoFocus
          />
          <div className="row">
            <button type="submit" className="button button--small button--primary">
              Save name
            </button>
            <button type="button" className="button button--small" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <div className="routine-card__actions row">
        <button
          type="button"
          className="button button--primary"
          aria-label={`Start ${routine.name}`}
          disabled={underWay}
          onClick={guard(start)}
        >
          Start
        </button>
        <ShareRoutine name={routine.name} items={routine.items} accessibleName={`Share ${routine.name}`} />
      </div>
      {underWay && <p className="muted">Finish today’s workout before starting another routine.</p>}
      <div className="routine-card__tools row">
        <button
          type="button"
          className="button button--small"
          aria-label={`Rename ${routine.name}`}
          onClick={() => setRenaming(true)}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`Duplicate ${routine.name}`}
          onClick={onDuplicate}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`Move ${routine.name} up`}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`Move ${routine.name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={`Delete ${routine.name}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  )
}
