import { type RefObject, useState } from 'react'
import { ExerciseFigure } from '../../components/exercise-figure'
import { getFullExercise } from '../../data/exercise-details'
import { getExercise } from '../../data/exercises'
import type { Units } from '../../data/load'
import { type Profile, type Verdict, type VerdictContext, verdictFor } from '../../domain/safety'
import type { PlanItem, WorkoutEntry, WorkoutProgress } from '../../store/spotter-store'
import { useExerciseView } from '../../store/spotter-store'
import { ActionBar } from './action-bar'
import { CheckpointList } from './checkpoint-list'
import { cueForSet } from './cues'
import { CurrentSet, type SetDraft } from './current-set'
import { FaultList } from './fault-list'
import { HoldTimerPanel } from './hold-timer-panel'
import { PainStopped } from './pain-stopped'
import { RestPanel, restMsLeft, useRestEndSignal } from './rest-panel'
import { SaferSwaps } from './safer-swaps'
import { SetLog } from './set-log'
import { StepVerdict } from './step-verdict'
import { useHoldTimer } from './use-hold-timer'
import { useNow } from './use-now'
import { useStepActions } from './use-step-actions'

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

  const { setDone, next, skip, back, swap, undoSet } = useStepActions(item, view.name, draft)

  if (outcome === 'pain-stop') {
    return (
      <article className="workout-step" aria-labelledby="workout-step-title">
        {/* No verdict badge here: beside "Stop this exercise" an "OK" would contradict it. */}
        <StepHeader
          name={view.name}
          verdict="stopped"
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
          onUndo={undoSet}
        />
      )}

      {exercise && exercise.faults.length > 0 && <FaultList faults={exercise.faults} />}

      {exercise && (
        <details className="workout-swap">
          <summary className="button button--block">Swap for a safer one</summary>
          <SaferSwaps exercise={exercise} profile={profile} load={item.load} onSwap={swap} />
        </details>
      )}
      <div className="workout-actions__pair">
        <button type="button" className="button" onClick={back}>
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
  /** Null for the user's own exercise, which Spotter does not rate; "stopped" after a pain stop. */
  verdict: Verdict | null | 'stopped'
  position: number
  total: number
  headingRef: RefObject<HTMLHeadingElement | null>
}

/** Where you are, the exercise, and today's verdict (with why, when it isn't OK, and its advice). */
function StepHeader({ name, verdict, position, total, headingRef }: HeaderProps) {
  return (
    <header className="workout-step__header">
      <p className="workout-step__eyebrow">
        Exercise {position} of {total}
      </p>
      <h1 id="workout-step-title" ref={headingRef} tabIndex={-1}>
        {name}
      </h1>
      {verdict !== 'stopped' && <StepVerdict verdict={verdict} />}
    </header>
  )
}
