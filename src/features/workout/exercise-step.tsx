import { type RefObject, useEffect, useRef, useState } from 'react'
import { ExerciseFigure } from '../../components/exercise-figure'
import { announce } from '../../components/live-region'
import { NOT_RATED_LINE, NotRatedBadge } from '../../components/not-rated'
import { VerdictBadge } from '../../components/verdict-badge'
import { type FullExercise, getFullExercise } from '../../data/exercise-details'
import { type ExerciseId, getExercise } from '../../data/exercises'
import type { Units } from '../../data/load'
import { type Profile, type Verdict, type VerdictContext, verdictFor } from '../../domain/safety'
import { useTapGuard } from '../../hooks/use-tap-guard'
import type { PlanItem, SetDone, WorkoutEntry, WorkoutProgress } from '../../store/spotter-store'
import { useActions, useExerciseView } from '../../store/spotter-store'
import { ActionBar } from './action-bar'
import { primeBeeper } from './beep'
import { CheckpointList } from './checkpoint-list'
import { cueForSet } from './cues'
import { CurrentSet, type SetDraft } from './current-set'
import { HoldTimerPanel } from './hold-timer-panel'
import { PainPanel } from './pain-panel'
import { RestPanel, restMsLeft, useRestEndSignal } from './rest-panel'
import { SaferSwaps } from './safer-swaps'
import { useHoldTimer } from './use-hold-timer'
import { useNow } from './use-now'

interface Props {
  item: PlanItem
  /** 1-based position in the plan, which is also the workout step. */
  position: number
  total: number
  entry: WorkoutEntry | undefined
  rest: WorkoutProgress['rest']
  profile: Profile
  /** Today's verdict context: the user's latest pain stop on this exercise. */
  context: VerdictContext
  units: Units
  headingRef: RefObject<HTMLHeadingElement | null>
  /** "Save and end" after a pain stop. */
  onSaveAndEnd: () => void
}

const OUTCOME_NOTE = {
  skipped: 'You skipped this.',
  swapped: 'You swapped this for a safer one.',
} as const

/**
 * One exercise mid-workout: the form checkpoints before the first set, then set after set with a rest and
 * one cue between them, a hold timer where it's a hold, and a way out on pain. The main action ("Set done",
 * then "Next exercise") sits in the bar at the bottom; "Sharp pain" is in the bar at the top.
 */
export function ExerciseStep({
  item,
  position,
  total,
  entry,
  rest,
  profile,
  context,
  units,
  headingRef,
  onSaveAndEnd,
}: Props) {
  const { setCompleted, setUndone, exerciseFinished, exerciseSkipped, exerciseSwapped, stepWentBack } =
    useActions()
  const guard = useTapGuard()
  const view = useExerciseView(item.exerciseId)
  // The user's own exercise: its own cues, no verdict, no figure, no faults, nothing offered as safer.
  const exercise = view.rated ? getFullExercise(view.rated) : null
  const verdict = exercise && verdictFor(exercise, profile, item.load, context)
  const checkpoints = exercise ? exercise.checkpoints : view.cues
  const sets = entry?.sets ?? []
  const setNumber = sets.length + 1
  const outcome = entry?.outcome
  const allSetsDone = sets.length >= item.sets || outcome === 'done'
  const closed = allSetsDone || outcome !== undefined
  const isHold = item.holdSeconds !== null
  const isLast = position === total

  const lastSet = sets.at(-1)
  const defaults: SetDraft = {
    set: setNumber,
    reps: lastSet?.reps ?? item.reps,
    weight: item.load === 'bodyweight' ? null : (lastSet?.weight ?? item.weight),
    holdSeconds: item.holdSeconds,
  }
  const [edited, setEdited] = useState<SetDraft | null>(null)
  const draft = edited && edited.set === setNumber ? edited : defaults
  const change = (patch: Partial<SetDraft>) => setEdited({ ...draft, ...patch })

  const hold = useHoldTimer(
    item.key,
    item.holdSeconds ?? 0,
    (held) => change({ holdSeconds: held }),
    (held) => held > 0 && change({ holdSeconds: held }),
  )

  const restEndsAt = rest?.key === item.key ? rest.endsAt : null
  const restRunningNow = restEndsAt !== null && restMsLeft(restEndsAt, Date.now()) > 0
  const now = useNow(restRunningNow)
  useRestEndSignal(restEndsAt, now)
  const resting = restEndsAt !== null && restMsLeft(restEndsAt, now) > 0

  const setDone = () => {
    if (!guard.accept()) return
    // Made in the tap, so the rest's end can beep on iOS.
    primeBeeper()
    setCompleted(item.key, { reps: draft.reps, weight: draft.weight, holdSeconds: draft.holdSeconds })
    announce(
      setNumber >= item.sets ? `Set ${setNumber} done. All ${item.sets} sets done.` : `Set ${setNumber} done`,
    )
  }
  const next = () => {
    if (guard.accept()) exerciseFinished(item.key)
  }
  const skip = () => {
    if (guard.accept()) exerciseSkipped(item.key)
  }
  const swap = (to: ExerciseId) => {
    exerciseSwapped(item.key, to)
    announce(`Swapped ${view.name} for ${getExercise(to).name}`)
  }

  if (outcome === 'pain-stop') {
    return (
      <article className="workout-step" aria-labelledby="workout-step-title">
        <StepHeader
          name={view.name}
          verdict={verdict}
          position={position}
          total={total}
          headingRef={headingRef}
        />
        <PainStopped
          item={item}
          name={view.name}
          exercise={exercise}
          profile={profile}
          onSwap={swap}
          onSkip={skip}
          onSaveAndEnd={onSaveAndEnd}
        />
      </article>
    )
  }

  const cue = cueForSet(checkpoints, setNumber)
  const mainLabel = allSetsDone || closed ? (isLast ? 'Next: cool-down' : 'Next exercise') : 'Set done'

  return (
    <article className="workout-step" aria-labelledby="workout-step-title">
      <StepHeader
        name={view.name}
        verdict={verdict}
        position={position}
        total={total}
        headingRef={headingRef}
      />
      {item.swappedFrom && (
        <p className="muted workout-step__swapped">
          Swapped in for {getExercise(item.swappedFrom).name.toLowerCase()}.
        </p>
      )}
      {exercise && <ExerciseFigure exerciseId={exercise.id} size="compact" />}

      {outcome && outcome !== 'done' && <p className="callout callout--info">{OUTCOME_NOTE[outcome]}</p>}

      {resting && restEndsAt && (
        <RestPanel
          endsAt={restEndsAt}
          now={now}
          next={allSetsDone ? (isLast ? 'the cool-down' : 'the next exercise') : `set ${setNumber}`}
        />
      )}

      {sets.length === 0 && !closed && checkpoints.length > 0 && (
        <CheckpointList itemKey={item.key} checkpoints={checkpoints} />
      )}
      {cue && !closed && (
        <section className="set-cue" aria-labelledby="set-cue-title">
          <h2 id="set-cue-title" className="set-cue__title">
            The cue for this set
          </h2>
          <p className="set-cue__text">{cue.text}</p>
        </section>
      )}

      {!closed && (
        <CurrentSet
          draft={draft}
          of={item.sets}
          bodyweight={item.load === 'bodyweight'}
          isHold={isHold}
          units={units}
          onChange={change}
        >
          {isHold && item.holdSeconds !== null && <HoldTimerPanel seconds={item.holdSeconds} timer={hold} />}
        </CurrentSet>
      )}
      {allSetsDone && outcome !== 'skipped' && (
        <p className="callout callout--ok workout-step__all-done">
          All {sets.length} {sets.length === 1 ? 'set' : 'sets'} done.
        </p>
      )}

      {sets.length > 0 && (
        <SetLog
          sets={sets}
          units={units}
          canUndo={outcome === undefined || outcome === 'done'}
          onUndo={() => {
            setUndone(item.key)
            announce(`Set ${sets.length} taken back`)
          }}
        />
      )}

      {exercise && exercise.faults.length > 0 && (
        <section className="faults" aria-labelledby="faults-title">
          <h2 id="faults-title">If you feel a pinch, check…</h2>
          <ul>
            {exercise.faults.map((fault) => (
              <li key={fault.id}>{fault.text}</li>
            ))}
          </ul>
        </section>
      )}

      {exercise && (
        <details className="workout-swap">
          <summary className="button button--block">Swap for a safer one</summary>
          <SaferSwaps exercise={exercise} profile={profile} load={item.load} onSwap={swap} />
        </details>
      )}
      <div className="workout-actions__pair">
        <button type="button" className="button" onClick={guard.guard(stepWentBack)}>
          Previous
        </button>
        {!closed && (
          <button type="button" className="button" onClick={skip}>
            {sets.length > 0 ? 'Skip the rest' : 'Skip exercise'}
          </button>
        )}
      </div>

      <ActionBar>
        <button
          type="button"
          className="button button--primary button--block workout-big"
          onClick={closed ? next : setDone}
        >
          {mainLabel}
        </button>
      </ActionBar>
    </article>
  )
}

interface HeaderProps {
  name: string
  /** Null for the user's own exercise, which Spotter does not rate. */
  verdict: Verdict | null
  position: number
  total: number
  headingRef: RefObject<HTMLHeadingElement | null>
}

/** Where you are, the exercise, and today's verdict (with why, when it isn't OK, and its advice). */
function StepHeader({ name, verdict, position, total, headingRef }: HeaderProps) {
  const lines = !verdict ? [] : verdict.level === 'ok' ? verdict.advice : [verdict.reason, ...verdict.advice]
  return (
    <header className="workout-step__header">
      <p className="workout-step__eyebrow">
        Exercise {position} of {total}
      </p>
      <h1 id="workout-step-title" ref={headingRef} tabIndex={-1}>
        {name}
      </h1>
      <div className="workout-step__verdict">
        {verdict ? <VerdictBadge verdict={verdict} /> : <NotRatedBadge />}
        {lines.length > 0 && (
          <ul className="workout-step__reason">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {!verdict && <span className="workout-step__reason">{NOT_RATED_LINE}</span>}
      </div>
    </header>
  )
}

const formatSet = (set: SetDone, units: Units) =>
  [
    set.holdSeconds !== null ? `${set.reps} × ${set.holdSeconds} s` : `${set.reps} reps`,
    set.weight !== null ? `${set.weight} ${units}` : null,
  ]
    .filter(Boolean)
    .join(' · ')

/** The sets ticked so far, and a way to take back the last one (a mis-tap). */
function SetLog({
  sets,
  units,
  canUndo,
  onUndo,
}: {
  sets: readonly SetDone[]
  units: Units
  canUndo: boolean
  onUndo: () => void
}) {
  return (
    <section className="set-log" aria-labelledby="set-log-title">
      <h2 id="set-log-title" className="visually-hidden">
        Sets done
      </h2>
      <ol className="set-log__list" aria-labelledby="set-log-title">
        {sets.map((set, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sets are positions, only ever added or taken off the end
          <li key={index} className="set-log__set">
            <span aria-hidden="true">✓</span> Set {index + 1}: {formatSet(set, units)}
          </li>
        ))}
      </ol>
      {canUndo && (
        <button type="button" className="button button--small" onClick={onUndo}>
          Undo set {sets.length}
        </button>
      )}
    </section>
  )
}

interface PainStoppedProps {
  item: PlanItem
  name: string
  /** Null for the user's own exercise: nothing is offered as safer than it. */
  exercise: FullExercise | null
  profile: Profile
  onSwap: (to: ExerciseId) => void
  onSkip: () => void
  onSaveAndEnd: () => void
}

/** After "Sharp pain": no "Continue". A safer exercise instead, skipping this one, or ending and saving. */
function PainStopped({ item, name, exercise, profile, onSwap, onSkip, onSaveAndEnd }: PainStoppedProps) {
  const { painStopWithdrawn } = useActions()
  const painRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => painRef.current?.focus(), [])
  return (
    <>
      <PainPanel
        exerciseName={name}
        headingRef={painRef}
        onWithdraw={() => {
          painStopWithdrawn(item.key)
          announce(`${name}: pain stop taken back`)
        }}
      >
        {exercise ? (
          <SaferSwaps exercise={exercise} profile={profile} load={item.load} onSwap={onSwap} />
        ) : (
          <p>Spotter doesn’t know your own exercises, so it can’t suggest a safer one. Skip it today.</p>
        )}
      </PainPanel>
      <ActionBar>
        <div className="action-bar__pair">
          <button type="button" className="button workout-big" onClick={onSkip}>
            Skip exercise
          </button>
          <button type="button" className="button button--primary workout-big" onClick={onSaveAndEnd}>
            Save and end
          </button>
        </div>
      </ActionBar>
    </>
  )
}
