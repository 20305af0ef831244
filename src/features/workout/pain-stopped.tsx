import { useEffect, useRef } from 'react'
import { announce } from '../../components/live-region'
import type { FullExercise } from '../../data/exercise-details'
import type { ExerciseId } from '../../data/exercises'
import type { Profile } from '../../domain/safety'
import { type PlanItem, useActions } from '../../store/spotter-store'
import { ActionBar } from './action-bar'
import { PainPanel } from './pain-panel'
import { SaferSwaps } from './safer-swaps'

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
export function PainStopped({
  item,
  name,
  exercise,
  profile,
  onSwap,
  onSkip,
  onSaveAndEnd,
}: PainStoppedProps) {
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
