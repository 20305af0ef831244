import { useState } from 'react'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { useActions, useHistory, usePlan, useWorkout } from '../../store/spotter-store'
import { NoPlan } from './no-plan'
import { SessionSummary } from './session-summary'
import { useWakeLock } from './use-wake-lock'
import { WakeLockToggle } from './wake-lock-toggle'
import { WorkoutInProgress } from './workout-in-progress'
import { WorkoutStart } from './workout-start'
import './workout.css'

/** /workout: start, go through the steps, finish. Where you are lives in the store, so a reload keeps it. */
export function WorkoutScreen() {
  useDocumentTitle('Workout')
  const plan = usePlan()
  const workout = useWorkout()
  const history = useHistory()
  const { workoutStarted } = useActions()
  // "Just finished" is only this screen's memory: the saved session itself is the newest history record.
  const [justFinished, setJustFinished] = useState(false)
  const [keepScreenOn, setKeepScreenOn] = useState(true)
  const latest = history[0]
  const showSummary = justFinished && !workout && latest !== undefined

  const wakeLockState = useWakeLock(keepScreenOn && plan.length > 0 && !showSummary)
  const wakeLock = (
    <WakeLockToggle
      enabled={keepScreenOn}
      onToggle={() => setKeepScreenOn((on) => !on)}
      state={wakeLockState}
    />
  )

  if (showSummary) return <SessionSummary record={latest} />
  if (plan.length === 0) return <NoPlan workoutOpen={workout !== null} />
  if (!workout) {
    return (
      <WorkoutStart
        plan={plan}
        wakeLock={wakeLock}
        onStart={() => {
          setJustFinished(false)
          workoutStarted()
        }}
      />
    )
  }
  return <WorkoutInProgress workout={workout} wakeLock={wakeLock} onFinished={() => setJustFinished(true)} />
}
