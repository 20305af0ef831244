import { announce } from '../../components/live-region'
import { type ExerciseId, getExercise } from '../../data/exercises'
import { useTapGuard } from '../../hooks/use-tap-guard'
import { type PlanItem, useActions } from '../../store/spotter-store'
import { primeBeeper } from './beep'
import type { SetDraft } from './current-set'

/**
 * What the buttons of one exercise step do, behind the shared double-tap guard where a tap moves the user
 * on (Set done, Next, Skip, Previous), with what each announces.
 */
export function useStepActions(item: PlanItem, name: string, draft: SetDraft) {
  const { setCompleted, setUndone, exerciseFinished, exerciseSkipped, exerciseSwapped, stepWentBack } =
    useActions()
  const guard = useTapGuard()
  const setNumber = draft.set
  return {
    setDone: () => {
      if (!guard.accept()) return
      // Made in the tap, so the rest's end can beep on iOS.
      primeBeeper()
      setCompleted(item.key, { reps: draft.reps, weight: draft.weight, holdSeconds: draft.holdSeconds })
      announce(
        setNumber >= item.sets
          ? `Set ${setNumber} done. All ${item.sets} sets done.`
          : `Set ${setNumber} done`,
      )
    },
    next: () => {
      if (guard.accept()) exerciseFinished(item.key)
    },
    skip: () => {
      if (guard.accept()) exerciseSkipped(item.key)
    },
    back: guard.guard(stepWentBack),
    swap: (to: ExerciseId) => {
      exerciseSwapped(item.key, to)
      announce(`Swapped ${name} for ${getExercise(to).name}`)
    },
    /** Takes back the last set done (a mis-tap). */
    undoSet: () => {
      setUndone(item.key)
      announce(`Set ${setNumber - 1} taken back`)
    },
  }
}
