import { useRef, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { announce } from '../../components/live-region'
import { NotRatedBadge } from '../../components/not-rated'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useTapGuard } from '../../hooks/use-tap-guard'
import {
  type CustomExercise,
  type CustomExerciseId,
  isCustomExerciseId,
  useActions,
  useCustomExercise,
  useCustomExerciseUses,
} from '../../store/spotter-store'
import { CustomExerciseForm } from './custom-exercise-form'
import { NotRatedAdvice } from './not-rated-advice'
import './custom-exercise.css'

const MINE = '/exercises/mine'

/** /exercises/new: add an exercise the library lacks. */
export function NewExerciseScreen() {
  useDocumentTitle('Add your own exercise')
  const { customExerciseSaved } = useActions()
  const navigate = useNavigate()
  const [refused, setRefused] = useState(false)
  return (
    <section className="custom-screen stack" aria-labelledby="new-exercise-title">
      <h1 id="new-exercise-title">Add your own exercise</h1>
      <p>
        Spotter won’t rate it: it has no research on an exercise you add. It shows your own cues, and the
        general advice to stop on sharp pain.
      </p>
      <CustomExerciseForm
        onSave={(input) => {
          const id = customExerciseSaved(input)
          if (!id) return setRefused(true)
          announce(`${input.name.trim()} saved`)
          navigate(MINE)
        }}
      />
      {refused && (
        <p className="callout callout--danger" role="alert">
          It couldn’t be saved: you have as many exercises of your own as Spotter keeps.
        </p>
      )}
      <p>
        <Link to={MINE}>Your own exercises</Link>
      </p>
    </section>
  )
}

/** /exercises/custom/:id: one of the user's own exercises: not rated, the general advice, edit, delete. */
export function CustomExerciseScreen() {
  const { id } = useParams()
  const custom = useCustomExercise(id ?? '')
  if (!custom || !isCustomExerciseId(id)) return <MissingExercise />
  return <CustomExerciseDetails key={custom.id} custom={custom} />
}

function MissingExercise() {
  useDocumentTitle('Exercise not found')
  return (
    <section className="custom-screen stack" aria-labelledby="missing-title">
      <h1 id="missing-title">This exercise isn’t here</h1>
      <p>It may have been deleted, or the link is wrong.</p>
      <p>
        <Link to={MINE}>Your own exercises</Link>
      </p>
    </section>
  )
}

function CustomExerciseDetails({ custom }: { custom: CustomExercise }) {
  useDocumentTitle(custom.name)
  const { customExerciseSaved } = useActions()
  const uses = useCustomExerciseUses(custom.id)
  const [saved, setSaved] = useState(false)
  return (
    <section className="custom-screen stack" aria-labelledby="custom-title">
      <h1 id="custom-title">{custom.name}</h1>
      <p>
        <NotRatedBadge />
      </p>
      <NotRatedAdvice />
      <h2>Edit</h2>
      <CustomExerciseForm
        initial={custom}
        blocked={uses.inWorkout ? 'It’s in the workout under way: finish the workout to change it.' : null}
        onSave={(input) => {
          customExerciseSaved(input, custom.id)
          setSaved(true)
          announce('Changes saved')
        }}
      />
      {saved && (
        <p className="custom-screen__done">
          <span aria-hidden="true">✓ </span>Changes saved.
        </p>
      )}
      <DeleteExercise custom={custom} />
      <p>
        <Link to={MINE}>Your own exercises</Link>
      </p>
    </section>
  )
}

const list = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ')

/** Delete, after saying where it is used: today's plan and routines lose it (a routine left empty goes too). */
function DeleteExercise({ custom }: { custom: CustomExercise }) {
  const uses = useCustomExerciseUses(custom.id as CustomExerciseId)
  const { customExerciseDeleted } = useActions()
  const navigate = useNavigate()
  const { guard } = useTapGuard()
  const [asking, setAsking] = useState(false)
  const questionRef = useRef<HTMLHeadingElement>(null)
  const places = [
    uses.inPlan ? 'today’s plan' : null,
    uses.routines.length > 0
      ? `${uses.routines.length === 1 ? 'the routine' : 'the routines'} ${list(uses.routines)}`
      : null,
  ].filter((p): p is string => p !== null)

  const remove = guard(() => {
    customExerciseDeleted(custom.id)
    announce(`${custom.name} deleted${places.length > 0 ? `, and taken out of ${places.join(' and ')}` : ''}`)
    navigate(MINE)
  })

  return (
    <section className="custom-delete" aria-labelledby="custom-delete-title">
      <h2 id="custom-delete-title">Delete</h2>
      {uses.inWorkout ? (
        <p>It’s in the workout under way: finish the workout to delete it.</p>
      ) : !asking ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setAsking(true)
            requestAnimationFrame(() => questionRef.current?.focus())
          }}
        >
          Delete this exercise
        </button>
      ) : (
        <div className="callout callout--caution stack">
          <h3 ref={questionRef} tabIndex={-1}>
            Delete {custom.name}?
          </h3>
          {places.length > 0 ? (
            <p>
              It’s in {places.join(' and ')}. Deleting it takes it out of{' '}
              {places.length === 1 && !uses.inPlan && uses.routines.length === 1 ? 'it' : 'them'}.
            </p>
          ) : (
            <p>It isn’t in today’s plan or any routine.</p>
          )}
          {uses.emptied.length > 0 && (
            <p>
              {uses.emptied.length === 1 ? 'The routine' : 'The routines'} {list(uses.emptied)}{' '}
              {uses.emptied.length === 1 ? 'has' : 'have'} nothing else in{' '}
              {uses.emptied.length === 1 ? 'it' : 'them'}, so{' '}
              {uses.emptied.length === 1 ? 'it goes' : 'they go'} too.
            </p>
          )}
          <p>History keeps the sessions you did with it.</p>
          <div className="custom-card__actions">
            <button type="button" className="button button--danger" onClick={remove}>
              Delete
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
