import { useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { useActions, useRoutines, useUndo } from '../../store/spotter-store'
import { plural } from '../../utils/words'
import { RoutineCard, routineTitleId } from './routine-card'
import { TodaysPlan } from './todays-plan'
import './routines.css'

/**
 * /routines: saved plans to start a day from. Save today's plan as one, start today's plan from one in a
 * tap, rename, reorder, duplicate, share and delete them (delete can be undone).
 */
export function RoutinesScreen() {
  useDocumentTitle('Routines')
  const routines = useRoutines()
  const undo = useUndo()
  const { routineMoved, routineDeleted, routineDuplicated, undoTaken } = useActions()
  const { guard } = useTapGuard()
  const focusNext = useRef<string | null>(null)
  const [, rerender] = useState(0)
  const { hash } = useLocation()

  useEffect(() => {
    if (!focusNext.current) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = null
  })
  useEffect(() => {
    if (hash === '#save') document.getElementById('routine-name')?.focus()
  }, [hash])

  const focusAfter = (id: string) => {
    focusNext.current = id
    rerender((n) => n + 1)
  }

  const deleted = undo?.kind === 'routine-deleted' ? undo : null
  const remove = (id: string, name: string) => {
    routineDeleted(id)
    announce(`Deleted ${name}`)
    focusAfter('routine-undo')
  }
  const takeBack = () => {
    if (!deleted) return
    undoTaken()
    announce('Routine put back')
    focusAfter(routineTitleId(deleted.key))
  }

  return (
    <section className="routines-screen stack" aria-labelledby="routines-title">
      <h1 id="routines-title">Routines</h1>
      <TodaysPlan />
      <section aria-labelledby="routine-list-title" className="stack">
        <h2 id="routine-list-title">Your routines</h2>
        {routines.length === 0 ? (
          <p className="card">No routines yet. Save today’s plan as one to start a day from it in one tap.</p>
        ) : (
          <>
            <p className="muted">
              {plural(routines.length, 'routine', 'routines')}. Start one to make it today’s plan.
            </p>
            <ol className="routine-list">
              {routines.map((routine, index) => (
                <RoutineCard
                  key={routine.id}
                  routine={routine}
                  index={index}
                  count={routines.length}
                  onMove={(by) => {
                    routineMoved(routine.id, by)
                    announce(`Moved ${routine.name} to position ${index + by + 1} of ${routines.length}`)
                  }}
                  onDuplicate={() => {
                    routineDuplicated(routine.id)
                    announce(`Duplicated ${routine.name}`)
                  }}
                  onDelete={guard(() => remove(routine.id, routine.name))}
                />
              ))}
            </ol>
          </>
        )}
        {deleted && (
          <div className="routine-undo">
            <p className="routine-undo__text">Routine deleted.</p>
            <button
              id="routine-undo"
              type="button"
              className="button button--small"
              onClick={guard(takeBack)}
            >
              Undo
            </button>
          </div>
        )}
      </section>
    </section>
  )
}
