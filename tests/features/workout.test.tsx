import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { ExerciseId } from '../../src/data/exercises'
import { DOUBLE_TAP_GUARD_MS } from '../../src/features/workout/exercise-step'
import { rehydrateFromStorage, spotterStore } from '../../src/store/spotter-store'
import { emptyData } from '../../src/store/types'
import { renderApp } from '../render-app'

/** "Done" and "Skip" ignore taps for a moment after moving on (double-tap guard); a person's next tap is later. */
const doubleTapGuardPassed = () => new Promise((resolve) => setTimeout(resolve, DOUBLE_TAP_GUARD_MS))

function seedPlan(...ids: ExerciseId[]) {
  for (const id of ids) spotterStore.getState().actions.exerciseAdded(id)
}

/**
 * A reload: forget everything in memory, then load only what was saved on the device.
 * (Wiping memory is itself saved, so the saved text is put back before loading it.)
 */
async function reload() {
  const saved = localStorage.getItem('spotter')
  expect(saved).not.toBeNull()
  spotterStore.setState({ ...emptyData() })
  localStorage.setItem('spotter', saved ?? '')
  await rehydrateFromStorage()
}

/** Start the workout and get past the warm-up. */
async function startAndWarmUp(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Start workout' }))
  await user.click(await screen.findByRole('button', { name: 'I’m warmed up' }))
}

test('with an empty plan, the workout screen says so and links back to the plan', async () => {
  await renderApp('/workout')
  expect(screen.getByRole('heading', { level: 1, name: 'Workout' })).toBeInTheDocument()
  expect(screen.getByText(/your plan for today is empty/i)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Go to today’s plan' })).toHaveAttribute('href', '/')
  expect(screen.queryByRole('button', { name: 'Start workout' })).not.toBeInTheDocument()
})

test('before starting, the screen lists today’s exercises with a Start button', async () => {
  seedPlan('forearm-plank', 'sit-up')
  await renderApp('/workout')
  expect(screen.getByRole('heading', { level: 1, name: 'Workout' })).toBeInTheDocument()
  const list = screen.getByRole('list', { name: 'Today’s exercises' })
  const items = within(list).getAllByRole('listitem')
  expect(items.map((li) => li.textContent)).toEqual([
    expect.stringContaining('Forearm plank'),
    expect.stringContaining('Sit-up'),
  ])
  expect(screen.getByRole('button', { name: 'Start workout' })).toBeInTheDocument()
})

test('starting shows the warm-up first, then the first exercise', async () => {
  seedPlan('forearm-plank', 'sit-up')
  const { user } = await renderApp('/workout')
  await user.click(screen.getByRole('button', { name: 'Start workout' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Warm up first' })).toBeInTheDocument()
  expect(screen.getByText(/5–10 minutes on brisk walking/)).toBeInTheDocument()
  expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'I’m warmed up' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Forearm plank' })).toBeInTheDocument()
  expect(screen.getByText('Exercise 1 of 2')).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 1, name: 'Forearm plank' })).toHaveFocus()
})

test('an exercise shows its checkpoints as checkboxes, its faults and a hold timer', async () => {
  seedPlan('forearm-plank', 'sit-up')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)

  const form = screen.getByRole('group', { name: 'Check your form' })
  expect(within(form).getAllByRole('checkbox')).toHaveLength(6)
  expect(screen.getByText('0 of 6 checked')).toBeInTheDocument()
  const faults = screen.getByRole('region', { name: 'If you feel a pinch, check…' })
  expect(
    within(faults).getByText('Hips sagging toward the floor: it arches your lower back'),
  ).toBeInTheDocument()
  expect(screen.getByRole('timer')).toHaveTextContent('0:30')
  expect(screen.getByRole('button', { name: 'Start 30 s hold' })).toBeInTheDocument()
})

test('ticking checkpoints counts them, and a reload keeps the ticks and the step', async () => {
  seedPlan('forearm-plank', 'sit-up')
  const first = await renderApp('/workout')
  await startAndWarmUp(first.user)

  await first.user.click(screen.getByRole('checkbox', { name: 'Forearms under your shoulders' }))
  await first.user.click(screen.getByRole('checkbox', { name: 'Eyes on the floor' }))
  expect(screen.getByText('2 of 6 checked')).toBeInTheDocument()
  // Tapping a ticked row again unticks it.
  await first.user.click(screen.getByText('Breathe evenly'))
  await first.user.click(screen.getByText('Breathe evenly'))
  expect(screen.getByText('2 of 6 checked')).toBeInTheDocument()
  first.unmount()

  await reload()
  await renderApp('/workout')

  expect(await screen.findByRole('heading', { level: 1, name: 'Forearm plank' })).toBeInTheDocument()
  expect(screen.getByText('Exercise 1 of 2')).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Forearms under your shoulders' })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: 'Eyes on the floor' })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: 'Breathe evenly' })).not.toBeChecked()
  expect(screen.getByText('2 of 6 checked')).toBeInTheDocument()
})

test('Previous goes back a step, to the warm-up from the first exercise', async () => {
  seedPlan('forearm-plank', 'sit-up')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)
  await user.click(screen.getByRole('button', { name: 'Skip' }))
  await doubleTapGuardPassed()
  expect(await screen.findByRole('heading', { level: 1, name: 'Sit-up' })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Previous' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Forearm plank' })).toBeInTheDocument()
  expect(screen.getByText('You skipped this.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Previous' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Warm up first' })).toBeInTheDocument()
})

test('an exercise to take care with shows its verdict and why', async () => {
  seedPlan('sit-up')
  spotterStore.getState().actions.conditionToggled('back-pain-today')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)
  expect(await screen.findByRole('heading', { level: 1, name: 'Sit-up' })).toBeInTheDocument()
  expect(screen.getByText('Take care')).toBeInTheDocument()
  expect(
    screen.getByText('Back pain today: take care, go slowly, or save it for a good day.'),
  ).toBeInTheDocument()
})

test('“Sharp pain: stop” stops the exercise, offers safer alternatives and the red flags, and is kept', async () => {
  seedPlan('forearm-plank', 'sit-up')
  const { user, unmount } = await renderApp('/workout')
  await startAndWarmUp(user)
  await user.click(screen.getByRole('button', { name: 'Done, next exercise' }))
  await doubleTapGuardPassed()
  expect(await screen.findByRole('heading', { level: 1, name: 'Sit-up' })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))

  const stop = await screen.findByRole('heading', { name: 'Stop this exercise.' })
  expect(stop).toHaveFocus()
  const panel = screen.getByRole('region', { name: 'Stop this exercise.' })
  expect(within(panel).getByText('McGill curl-up')).toBeInTheDocument()
  expect(within(panel).getByText(/hands keep the lower back’s curve/i)).toBeInTheDocument()
  expect(within(panel).getByText('Side plank')).toBeInTheDocument()
  const redFlags = within(panel).getByRole('region', { name: 'Red flags: when to get medical help' })
  expect(within(redFlags).getByText(/losing control of your bladder or bowels/i)).toBeInTheDocument()
  // The exercise itself is gone: no more ticking through pain.
  expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Done, next exercise' })).not.toBeInTheDocument()

  // Recorded: a reload still shows the pain stop.
  unmount()
  await reload()
  const again = await renderApp('/workout')
  expect(await screen.findByRole('heading', { name: 'Stop this exercise.' })).toBeInTheDocument()

  await again.user.click(screen.getByRole('button', { name: 'Continue to next exercise' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Cool down gently' })).toBeInTheDocument()
})

test('a pain stop with no sourced swap says what to do instead', async () => {
  seedPlan('forearm-plank')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)
  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))
  const panel = await screen.findByRole('region', { name: 'Stop this exercise.' })
  expect(within(panel).getByText(/no safer swap is sourced for forearm plank/i)).toBeInTheDocument()
})

test('a whole workout: done, pain stop, skip, cool-down, then the saved summary and History', async () => {
  seedPlan('forearm-plank', 'sit-up', 'bird-dog')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)

  expect(await screen.findByText('Exercise 1 of 3')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Done, next exercise' }))
  await doubleTapGuardPassed()
  expect(await screen.findByText('Exercise 2 of 3')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))
  await user.click(await screen.findByRole('button', { name: 'Continue to next exercise' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Bird dog' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Skip' }))
  await doubleTapGuardPassed()

  expect(await screen.findByRole('heading', { level: 1, name: 'Cool down gently' })).toBeInTheDocument()
  expect(screen.getByText(/finish with easy movement and gentle stretches/i)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Finish and save' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Workout saved' })).toHaveFocus()
  const counts = screen.getByRole('list', { name: 'This workout' })
  expect(counts).toHaveTextContent('1 done')
  expect(counts).toHaveTextContent('1 skipped')
  expect(counts).toHaveTextContent('0 swapped')
  expect(counts).toHaveTextContent('1 pain stop')

  await user.click(screen.getByRole('link', { name: 'See History' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument()
  const session = screen.getByRole('article')
  expect(within(session).getByRole('list', { name: 'Counts' })).toHaveTextContent(
    '1 done1 skipped0 swapped1 pain stop',
  )
  const items = within(within(session).getByRole('list', { name: 'Exercises' })).getAllByRole('listitem')
  expect(items.map((li) => li.textContent)).toEqual([
    'Forearm plank✓ Done',
    'Sit-up✕ Stopped: sharp pain',
    'Bird dog↷ Skipped',
  ])
})

test('after finishing, the workout screen is ready for the next one', async () => {
  seedPlan('bird-dog')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)
  await user.click(screen.getByRole('button', { name: 'Done, next exercise' }))
  await doubleTapGuardPassed()
  await user.click(await screen.findByRole('button', { name: 'Finish and save' }))
  await user.click(await screen.findByRole('link', { name: 'Back to today’s plan' }))
  await user.click(screen.getByRole('link', { name: 'Workout' }))
  expect(await screen.findByRole('button', { name: 'Start workout' })).toBeInTheDocument()
  // The ticks went with the finished workout.
  await startAndWarmUp(user)
  expect(await screen.findByText('0 of 5 checked')).toBeInTheDocument()
})

test('End workout asks first, and ending saves nothing to History', async () => {
  seedPlan('forearm-plank', 'sit-up')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)

  await user.click(screen.getByRole('button', { name: 'End workout' }))
  expect(screen.getByRole('button', { name: 'Keep going' })).toHaveFocus()
  await user.click(screen.getByRole('button', { name: 'Keep going' }))
  expect(screen.getByRole('heading', { level: 1, name: 'Forearm plank' })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'End workout' }))
  await user.click(screen.getByRole('button', { name: 'End without saving' }))
  expect(await screen.findByRole('button', { name: 'Start workout' })).toBeInTheDocument()

  await user.click(screen.getByRole('link', { name: 'History' }))
  expect(await screen.findByText(/no workouts saved yet/i)).toBeInTheDocument()
})

test('where the browser can’t keep the screen on, the workout says so', async () => {
  seedPlan('forearm-plank')
  const { user } = await renderApp('/workout')
  expect(screen.getByText('Screen lock control not supported on this device')).toBeInTheDocument()
  await startAndWarmUp(user)
  expect(screen.getByText('Screen lock control not supported on this device')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Keep screen on' })).not.toBeInTheDocument()
})

test('the second half of a double tap on “Done” does not tick the next exercise’s checkpoint', async () => {
  const { actions } = spotterStore.getState()
  actions.exerciseAdded('forearm-plank')
  actions.exerciseAdded('glute-bridge')
  actions.workoutStarted()
  actions.workoutStepChanged(1)
  const { user } = await renderApp('/workout')
  await user.click(await screen.findByRole('button', { name: 'Done, next exercise' }))
  const feet = await screen.findByRole('checkbox', { name: 'Feet hip-width apart' })
  await user.click(feet)
  expect(feet).not.toBeChecked()
  await doubleTapGuardPassed()
  await user.click(feet)
  expect(feet).toBeChecked()
})

test('a pain stop tapped by mistake can be taken back, and the exercise is open again', async () => {
  seedPlan('forearm-plank')
  const { user } = await renderApp('/workout')
  await startAndWarmUp(user)
  await user.click(await screen.findByRole('button', { name: 'Sharp pain: stop' }))
  await user.click(await screen.findByRole('button', { name: 'I tapped stop by mistake' }))

  expect(screen.queryByRole('heading', { name: 'Stop this exercise.' })).not.toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Forearms under your shoulders' })).toBeInTheDocument()
  expect(screen.getByTestId('live-region')).toHaveTextContent('Forearm plank: pain stop taken back')
  expect(spotterStore.getState().workout?.outcomes).toEqual({})
})
