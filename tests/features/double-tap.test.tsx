import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import type { ExerciseId } from '../../src/data/exercises'
import { TAP_GUARD_MS } from '../../src/hooks/use-tap-guard'
import { planItem } from '../fixtures/seed.mjs'
import { planOnScreen, renderApp } from '../render-app'
import { savedOnPhone, seedStore, storeActions } from '../seed'

/**
 * A double tap: the second tap comes within a tap's time of the first and lands on whatever is now under
 * the finger. (jsdom has no layout, so each test names the control that took the tapped one's place.)
 * The clock is faked and moves only when a test says so. (Not setTimeout: Testing Library drains its
 * microtasks with a real setTimeout after each user-event call, and the guard needs no timer.)
 */
async function renderForDoubleTaps(path: string) {
  const view = await renderApp(path)
  vi.useFakeTimers({ toFake: ['performance', 'Date'] })
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  return { ...view, user }
}
/** The gap between the two halves of a double tap. */
const withinATap = () => act(() => vi.advanceTimersByTime(120))
/** Long enough that the next tap is a deliberate one. */
const aMomentLater = () => act(() => vi.advanceTimersByTime(TAP_GUARD_MS))

function seedPlan(...ids: ExerciseId[]) {
  for (const id of ids) storeActions().exerciseAdded(id)
}

test('a double tap on “Start workout” does not skip the warm-up', async () => {
  seedPlan('forearm-plank', 'glute-bridge')
  const { user } = await renderForDoubleTaps('/workout')
  await user.click(screen.getByRole('button', { name: 'Start workout' }))
  await withinATap()
  await user.click(screen.getByRole('button', { name: 'I’m warmed up' }))
  expect(screen.getByRole('heading', { level: 1, name: 'Warm up first' })).toBeInTheDocument()

  await aMomentLater()
  await user.click(screen.getByRole('button', { name: 'I’m warmed up' }))
  expect(screen.getByRole('heading', { level: 1, name: 'Forearm plank' })).toBeInTheDocument()
})

test('a double tap on “I’m warmed up” does not tick the checkpoint that lands under the finger', async () => {
  seedPlan('forearm-plank')
  storeActions().workoutStarted()
  const { user } = await renderForDoubleTaps('/workout')
  await user.click(screen.getByRole('button', { name: 'I’m warmed up' }))
  await withinATap()
  const first = screen.getByRole('checkbox', { name: 'Forearms under your shoulders' })
  await user.click(first)
  expect(first).not.toBeChecked()

  await aMomentLater()
  await user.click(first)
  expect(first).toBeChecked()
})

test('a double tap on “Next exercise” neither records a set of the next one nor ticks its checkpoint', async () => {
  seedStore({
    plan: [
      planItem('p-a', 'forearm-plank', { sets: 1, reps: 1, holdSeconds: 30 }),
      planItem('p-b', 'glute-bridge'),
    ],
    workout: { startedAt: new Date().toISOString(), step: 1, entries: [], rest: null, hold: null },
  })
  const { user } = await renderForDoubleTaps('/workout')
  await user.click(screen.getByRole('button', { name: 'Set done' }))
  await aMomentLater()
  // The second half of the tap lands on the next exercise's "Set done", in the same place, and on a checkpoint.
  await user.click(screen.getByRole('button', { name: 'Next exercise' }))
  await withinATap()
  await user.click(screen.getByRole('button', { name: 'Set done' }))
  const [first] = within(screen.getByRole('group', { name: 'Check your form' })).getAllByRole('checkbox')
  if (!first) throw new Error('no checkpoint')
  await user.click(first)
  expect(screen.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Set 1 of 3' })).toBeInTheDocument()
  expect(first).not.toBeChecked()
  expect(screen.queryByRole('list', { name: 'Sets done' })).not.toBeInTheDocument()
  // The plank keeps its one set, and nothing else was recorded.
  expect(savedOnPhone()?.workout?.entries.map((entry) => [entry.exerciseId, entry.sets.length])).toEqual([
    ['forearm-plank', 1],
  ])

  // A moment later, a tap is a tap again.
  await aMomentLater()
  await user.click(first)
  expect(first).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Set done' }))
  expect(screen.getByRole('heading', { name: 'Set 2 of 3' })).toBeInTheDocument()
})

test('a double tap on “Previous” goes back one step, not two', async () => {
  seedPlan('forearm-plank', 'glute-bridge')
  const actions = storeActions()
  actions.workoutStarted()
  actions.stepAdvanced()
  actions.stepAdvanced()
  const { user } = await renderForDoubleTaps('/workout')
  expect(screen.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Previous' }))
  await withinATap()
  await user.click(screen.getByRole('button', { name: 'Previous' }))
  expect(screen.getByRole('heading', { level: 1, name: 'Forearm plank' })).toBeInTheDocument()

  await aMomentLater()
  await user.click(screen.getByRole('button', { name: 'Previous' }))
  expect(screen.getByRole('heading', { level: 1, name: 'Warm up first' })).toBeInTheDocument()
})

test('a double tap on a swap does not open the workout', async () => {
  seedPlan('sit-up')
  const { user, router } = await renderForDoubleTaps('/')
  await user.click(screen.getByRole('button', { name: 'Swap Sit-up' }))
  await aMomentLater()
  await user.click(screen.getByRole('button', { name: 'Swap to McGill curl-up' }))
  await withinATap()
  await user.click(screen.getByRole('button', { name: 'Start workout' }))
  expect(router.state.location.pathname).toBe('/')
  expect(planOnScreen()).toEqual(['McGill curl-up'])
  // No workout was started: the plan still offers to start one, not to continue.
  expect(screen.queryByRole('button', { name: 'Continue workout' })).not.toBeInTheDocument()

  await aMomentLater()
  await user.click(screen.getByRole('button', { name: 'Start workout' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Warm up first' })).toBeInTheDocument()
})

test('a double tap on Add in the library adds the exercise once', async () => {
  const { user } = await renderForDoubleTaps('/')
  const add = screen.getByRole('button', { name: 'Add Glute bridge to today' })
  await user.click(add)
  await withinATap()
  await user.click(add)
  expect(planOnScreen()).toEqual(['Glute bridge'])

  await aMomentLater()
  await user.click(add)
  expect(planOnScreen()).toEqual(['Glute bridge', 'Glute bridge'])
})

test('a double tap on “Add to today” on an exercise’s page adds it once', async () => {
  const { user } = await renderForDoubleTaps('/exercises/glute-bridge')
  const add = screen.getByRole('button', { name: 'Add to today' })
  await user.click(add)
  await withinATap()
  await user.click(add)
  expect(screen.getByText(/Added\. 1 exercise in today’s plan\./)).toBeInTheDocument()
  await aMomentLater()
  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))
  await screen.findByRole('heading', { level: 1, name: 'Today’s plan' }, { timeout: 10_000 })
  expect(planOnScreen()).toEqual(['Glute bridge'])
})

test('a double tap on Remove removes one exercise, not the one that moves up under the finger', async () => {
  seedPlan('sit-up', 'glute-bridge', 'bird-dog')
  const { user } = await renderForDoubleTaps('/')
  await user.click(screen.getByRole('button', { name: 'Remove Sit-up' }))
  await withinATap()
  await user.click(screen.getByRole('button', { name: 'Remove Glute bridge' }))
  expect(planOnScreen()).toEqual(['Glute bridge', 'Bird dog'])

  await aMomentLater()
  await user.click(screen.getByRole('button', { name: 'Remove Glute bridge' }))
  expect(planOnScreen()).toEqual(['Bird dog'])
})

test('a double tap on Undo does not remove the exercise it just put back', async () => {
  seedPlan('sit-up', 'glute-bridge')
  const { user } = await renderForDoubleTaps('/')
  await user.click(screen.getByRole('button', { name: 'Swap Sit-up' }))
  await aMomentLater()
  await user.click(screen.getByRole('button', { name: 'Swap to McGill curl-up' }))
  await aMomentLater()
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await withinATap()
  await user.click(screen.getByRole('button', { name: 'Remove Sit-up' }))
  expect(planOnScreen()).toEqual(['Sit-up', 'Glute bridge'])
})

test('a double tap on the swap panel’s Remove removes one exercise', async () => {
  // On a back-pain day a step-up has nothing easier to swap to: its panel offers Remove.
  seedPlan('step-up', 'glute-bridge')
  storeActions().conditionToggled('back-pain-today')
  const { user } = await renderForDoubleTaps('/')
  await user.click(screen.getByRole('button', { name: 'Swap Step-up' }))
  await aMomentLater()
  const panel = screen.getByRole('region', { name: 'Safer swaps for Step-up' })
  await user.click(within(panel).getByRole('button', { name: 'Remove Step-up' }))
  await withinATap()
  await user.click(screen.getByRole('button', { name: 'Remove Glute bridge' }))
  expect(planOnScreen()).toEqual(['Glute bridge'])
})
