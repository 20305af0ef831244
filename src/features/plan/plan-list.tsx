import { useState } from 'react'
import { announce } from '../../components/live-region'
import type { ExerciseId } from '../../data/exercises'
import {
  type AnyExerciseId,
  useActions,
  useExerciseViews,
  usePlan,
  useProfile,
  useUndo,
} from '../../store/spotter-store'
import { EmptyPlan } from './empty-plan'
import { itemIds, PLAN_EMPTY_ID } from './plan-ids'
import { PlanItemCard } from './plan-item-card'
import { UndoBar } from './undo-bar'
import { useFocusAfterRender } from './use-focus-after-render'

/** Today's plan in order, with move, remove and swap; at most one swap panel open at a time. */
export function PlanList() {
  const plan = usePlan()
  const profile = useProfile()
  const undo = useUndo()
  const { planItemRemoved, planItemMoved, exerciseSwapped, undoTaken } = useActions()
  const [openKey, setOpenKey] = useState<string | null>(null)
  const [editKey, setEditKey] = useState<string | null>(null)
  const focusAfterRender = useFocusAfterRender()
  const view = useExerciseViews()
  const nameOf = (id: AnyExerciseId) => view(id).name

  const remove = (index: number) => {
    const item = plan[index]
    if (!item) return
    const neighbour = plan[index + 1] ?? plan[index - 1]
    planItemRemoved(item.key)
    if (openKey === item.key) setOpenKey(null)
    announce(`Removed ${nameOf(item.exerciseId)} from today’s plan`)
    focusAfterRender(neighbour ? itemIds(neighbour.key).link : PLAN_EMPTY_ID)
  }

  const move = (index: number, by: -1 | 1) => {
    const item = plan[index]
    if (!item) return
    const to = index + by
    planItemMoved(item.key, by)
    announce(`Moved ${nameOf(item.exerciseId)} to position ${to + 1} of ${plan.length}`)
    // Keep focus on the button pressed, unless the move just disabled it.
    const ids = itemIds(item.key)
    const atTop = to === 0
    const atBottom = to === plan.length - 1
    focusAfterRender(by < 0 ? (atTop ? ids.down : ids.up) : atBottom ? ids.up : ids.down)
  }

  const toggleSwap = (key: string) => {
    const opening = openKey !== key
    setOpenKey(opening ? key : null)
    if (opening) focusAfterRender(itemIds(key).panelTitle, itemIds(key).panel)
    else focusAfterRender(itemIds(key).swap)
  }

  const toggleEdit = (key: string) => {
    const opening = editKey !== key
    setEditKey(opening ? key : null)
    if (!opening) focusAfterRender(itemIds(key).dose)
  }

  const swap = (key: string, from: AnyExerciseId, to: ExerciseId) => {
    exerciseSwapped(key, to)
    setOpenKey(null)
    announce(`Swapped ${nameOf(from)} for ${nameOf(to)}`)
    focusAfterRender(itemIds(key).link)
  }

  const takeBack = () => {
    if (!undo) return
    undoTaken()
    announce(undo.kind === 'remove' ? 'Exercise put back' : undo.kind === 'swap' ? 'Swap undone' : 'Undone')
    if (undo.kind === 'remove' || undo.kind === 'swap') focusAfterRender(itemIds(undo.key).link)
  }

  return (
    <section className="plan-list" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title" className="visually-hidden">
        Exercises in today’s plan
      </h2>
      {plan.length === 0 ? (
        <EmptyPlan />
      ) : (
        <>
          <ol className="plan-list__items" aria-labelledby="plan-list-title">
            {plan.map((item, index) => (
              <PlanItemCard
                key={item.key}
                item={item}
                index={index}
                count={plan.length}
                units={profile.units}
                swapOpen={openKey === item.key}
                editOpen={editKey === item.key}
                undo={undo?.kind === 'swap' && undo.key === item.key ? undo : null}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
                onSwapToggled={() => toggleSwap(item.key)}
                onEditToggled={() => toggleEdit(item.key)}
                onSwap={(to) => swap(item.key, item.exerciseId, to)}
                onUndo={takeBack}
              />
            ))}
          </ol>
          {(undo?.kind === 'remove' || undo?.kind === 'plan-replaced') && (
            <UndoBar undo={undo} onUndo={takeBack} />
          )}
        </>
      )}
    </section>
  )
}
