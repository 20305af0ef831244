import { useEffect, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { VerdictBadge } from '../../components/verdict-badge'
import { getExercise } from '../../data/exercises'
import { verdictFor } from '../../domain/safety'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useTapGuard } from '../../hooks/use-tap-guard'
import {
  type DecodedLink,
  decodeRoutine,
  MAX_ROUTINES,
  ratedItems,
  useActions,
  useBackToday,
  useProfile,
  useRoutines,
  useWorkout,
  verdictContext,
} from '../../store/spotter-store'
import { plural } from '../../utils/words'
import { routineDose } from './dose'
import './routines.css'
import { paths } from '../../utils/paths'

/** The link code in a location's fragment (`#r=…`), or '' when there is none. */
const codeIn = (hash: string): string => new URLSearchParams(hash.replace(/^#/, '')).get('r') ?? ''

/**
 * /shared#r=…: a routine someone sent by link, read only, with today's verdicts for this user's own back.
 * Nothing is saved until they choose "Save as routine" or "Use for today". A bad link says so and changes
 * nothing.
 */
export function SharedScreen() {
  useDocumentTitle('Shared routine')
  const { hash } = useLocation()
  const [link, setLink] = useState<{ code: string; result: DecodedLink } | null>(null)
  const code = codeIn(hash)
  const { units } = useProfile()

  useEffect(() => {
    let live = true
    void decodeRoutine(code, units).then((result) => {
      if (live) setLink({ code, result })
    })
    return () => {
      live = false
    }
  }, [code, units])

  const result = link?.code === code ? link.result : null
  return (
    <section className="shared-screen stack" aria-labelledby="shared-title" aria-busy={result === null}>
      <h1 id="shared-title">Shared routine</h1>
      {result === null ? (
        <p className="muted">Opening the link…</p>
      ) : result.ok ? (
        <SharedPreview routine={result.routine} leftOut={result.leftOut} />
      ) : (
        <div className="stack">
          <p className="callout callout--caution" role="alert">
            {result.error}
          </p>
          <Link className="button" to={paths.plan}>
            Today’s plan
          </Link>
        </div>
      )}
    </section>
  )
}

function SharedPreview({
  routine,
  leftOut,
}: {
  routine: Extract<DecodedLink, { ok: true }>['routine']
  leftOut: readonly string[]
}) {
  const back = useBackToday()
  const units = useProfile().units
  const routines = useRoutines()
  const underWay = useWorkout() !== null
  const { routineAdded, routineUsed } = useActions()
  const navigate = useNavigate()
  const { guard } = useTapGuard()
  const [saved, setSaved] = useState(false)
  const full = routines.length >= MAX_ROUTINES

  const save = () => {
    routineAdded(routine)
    setSaved(true)
    announce(`Saved ${routine.name} to your routines`)
  }
  const use = () => {
    routineUsed(routine.items)
    announce(`Today’s plan is now ${routine.name}`)
    navigate(paths.plan)
  }

  return (
    <>
      <div className="card">
        <h2 className="shared-screen__name">{routine.name}</h2>
        <p className="muted">
          {plural(routine.items.length, 'exercise', 'exercises')}, sent to you as a link. Only the routine
          travels. Nothing is saved until you choose.
        </p>
        {leftOut.length > 0 && (
          <p className="callout callout--info">
            Left out, not in this version of Spotter: {leftOut.join(', ')}.
          </p>
        )}
        <h3>For your back today</h3>
        <ol className="shared-items">
          {/* A link never carries the user's own exercises (they arrive as names, left out). */}
          {ratedItems(routine.items).map((item, index) => {
            const exercise = getExercise(item.exerciseId)
            const verdict = verdictFor(
              exercise,
              back.profile,
              item.load,
              verdictContext(back, item.exerciseId),
            )
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a routine may hold the same exercise twice
              <li key={index} className={`shared-item shared-item--${verdict.level}`}>
                <div className="shared-item__header">
                  <div>
                    <Link to={paths.exercise(exercise.id)} className="shared-item__name">
                      {exercise.name}
                    </Link>
                    <p className="muted shared-item__dose">{routineDose(item, units)}</p>
                  </div>
                  <VerdictBadge verdict={verdict} />
                </div>
                {verdict.level !== 'ok' && <p className="shared-item__reason">{verdict.reason}</p>}
              </li>
            )
          })}
        </ol>
      </div>
      {saved ? (
        <p className="routine-save__done">
          Saved to your routines. <Link to={paths.routines}>See your routines</Link>
        </p>
      ) : full ? (
        <p>You have {MAX_ROUTINES} routines, the most Spotter keeps. Delete one to save this one.</p>
      ) : null}
      <div className="row">
        {!saved && !full && (
          <button type="button" className="button" onClick={guard(save)}>
            Save as routine
          </button>
        )}
        <button type="button" className="button button--primary" disabled={underWay} onClick={guard(use)}>
          Use for today
        </button>
      </div>
      {underWay && <p className="muted">Finish today’s workout before using another routine for today.</p>}
    </>
  )
}
