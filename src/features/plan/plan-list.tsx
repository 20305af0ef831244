import { useState } from 'react'
import { announce } from '../../components/live-region'
import { type AnyExerciseId, useActions, useExerciseViews, usePlan, useUndo } from '../../store/spotter-store'
import { EmptyPlan } from './empty-plan'
import { itemIds, PLAN_EMPTY_ID } from './plan-ids'
import { PlanItemCard } from './plan-item-card'
import { UndoBar } from './undo-bar'
import { useFocusAfterRender } from './use-focus-after-render'
import { PlanItemCommandsProvider, useStablePlanCommands } from './use-plan-item-commands'

/** Today's plan in order, with move, remove and swap; at most one swap panel open at a time. */
export function PlanList() {
  const plan = usePlan()
  const undo = useUndo()
  const { planItemRemoved, planItemMoved, exerciseSwapped, undoTaken } = useActions()
  const [openKey, setOpenKey] = useState<string | null>(null)
  const [editKey, setEditKey] = useState<string | null>(null)
  const focusAfterRender = useFocusAfterRender()
  const view = useExerciseViews()
  const nameOf = (id: AnyExerciseId) => view(id).name

  const commands = useStablePlanCommands({
    remove: (key) => {
      const index = plan.findIndex((item) => item.key === key)
      const item = plan[index]
      if (!item) return
      const neighbour = plan[index + 1] ?? plan[index - 1]
      planItemRemoved(key)
      if (openKey === key) setOpenKey(null)
      announce(`Removed ${nameOf(item.exerciseId)} from today’s plan`)
      focusAfterRender(neighbour ? itemIds(neighbour.key).link : PLAN_EMPTY_ID)
    },

    move: (key, by) => {
      const index = plan.findIndex((item) => item.key === key)
      const item = plan[index]
      if (!item) return
      const to = index + by
      planItemMoved(key, by)
      announce(`Moved ${nameOf(item.exerciseId)} to position ${to + 1} of ${plan.length}`)
      // Keep focus on the button pressed, unless the move just disabled it.
      const ids = itemIds(key)
      const atTop = to === 0
      const atBottom = to === plan.length - 1
      focusAfterRender(by < 0 ? (atTop ? ids.down : ids.up) : atBottom ? ids.up : ids.down)
    },

    toggleSwap: (key) => {
      const opening = openKey !== key
      setOpenKey(opening ? key : null)
      if (opening) focusAfterRender(itemIds(key).panelTitle, itemIds(key).panel)
      else focusAfterRender(itemIds(key).swap)
    },

    toggleEdit: (key) => {
      const opening = editKey !== key
      setEditKey(opening ? key : null)
      if (!opening) focusAfterRender(itemIds(key).dose)
    },

    swap: (key, to) => {
      const item = plan.find((p) => p.key === key)
      if (!item) return
      exerciseSwapped(key, to)
      setOpenKey(null)
      announce(`Swapped ${nameOf(item.exerciseId)} for ${nameOf(to)}`)
      focusAfterRender(itemIds(key).link)
    },

    undo: () => {
      if (!undo) return
      undoTaken()
      announce(undo.kind === 'remove' ? 'Exercise put back' : undo.kind === 'swap' ? 'Swap undone' : 'Undone')
      if (undo.kind === 'remove' || undo.kind === 'swap') focusAfterRender(itemIds(undo.key).link)
    },
  })

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
              <PlanItemCommandsProvider
                key={item.key}
                itemKey={item.key}
                commands={commands}
                swapOpen={openKey === item.key}
                editOpen={editKey === item.key}
                undoable={undo?.kind === 'swap' && undo.key === item.key ? undo : null}
              >
                <PlanItemCard item={item} index={index} count={plan.length} />
              </PlanItemCommandsProvider>
            ))}
          </ol>
          {(undo?.kind === 'remove' || undo?.kind === 'plan-replaced') && (
            <UndoBar undo={undo} onUndo={commands.undo} />
          )}
        </>
      )}
    </section>
  )
}
