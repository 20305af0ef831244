import { type FormEvent, useState } from 'react'
import { Link } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { ShareRoutine } from '../../components/share-routine'
import { useTapGuard } from '../../hooks/use-tap-guard'
import {
  MAX_ROUTINE_NAME,
  MAX_ROUTINES,
  type RoutineItem,
  useActions,
  usePlan,
  useRoutines,
} from '../../store/spotter-store'
import { paths } from '../../utils/paths'
import { plural } from '../../utils/words'

/** Today's plan: save it as a named routine, or share it by link. */
export function TodaysPlan() {
  const plan = usePlan()
  const routines = useRoutines()
  const { routineSaved } = useActions()
  const { guard } = useTapGuard()
  const [saved, setSaved] = useState<string | null>(null)
  const full = routines.length >= MAX_ROUTINES
  const items: RoutineItem[] = plan.map(({ key: _key, swappedFrom: _from, ...item }) => item)

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const raw = new FormData(form).get('name')
    const name = typeof raw === 'string' && raw.trim() ? raw.trim() : 'My routine'
    routineSaved(name)
    setSaved(name)
    announce(`Saved today’s plan as ${name}`)
    form.reset()
  }

  if (plan.length === 0)
    return (
      <section className="card stack" aria-labelledby="todays-plan-title">
        <h2 id="todays-plan-title">Today’s plan</h2>
        <p>Nothing planned yet. Start from a routine below, or pick exercises on the plan.</p>
      </section>
    )

  return (
    <section className="card stack" aria-labelledby="todays-plan-title">
      <h2 id="todays-plan-title">Today’s plan</h2>
      <p>
        {plural(plan.length, 'exercise', 'exercises')}. Save it to start another day from it, or share it.
      </p>
      {full ? (
        <p>You have {MAX_ROUTINES} routines, the most Spotter keeps. Delete one to save another.</p>
      ) : (
        <form className="routine-save" onSubmit={guard(save)}>
          <label htmlFor="routine-name">Routine name</label>
          <div className="routine-save__row">
            <input
              id="routine-name"
              name="name"
              maxLength={MAX_ROUTINE_NAME}
              placeholder="My routine"
              autoComplete="off"
            />
            <button type="submit" className="button button--primary">
              Save as routine
            </button>
          </div>
        </form>
      )}
      {saved && <p className="routine-save__done">Saved as “{saved}”.</p>}
      <div className="row">
        <ShareRoutine name="Today’s plan" items={items} label="Share today’s plan" />
        <Link className="button button--small" to={paths.plan}>
          Back to the plan
        </Link>
      </div>
    </section>
  )
}
