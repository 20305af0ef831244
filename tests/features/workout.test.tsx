import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { planItem } from '../fixtures/seed.mjs'
import { savedOnPhone, seedStore } from '../seed'
import {
  advance,
  lockFor,
  mainAction,
  pause,
  realClock,
  renderAt,
  setsDone,
  tapMain,
  type User,
  useFakeClock,
} from './workout-setup'

const vibrate = vi.fn(() => true)

beforeEach(() => {
  useFakeClock()
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true, writable: true })
  vibrate.mockClear()
})

afterEach(() => {
  realClock()
  Reflect.deleteProperty(navigator, 'vibrate')
})

const bridge = planItem('p-a', 'glute-bridge', { sets: 3, reps: 10, restSeconds: 60 })
const squat = planItem('p-b', 'squat', { load: 'light', weight: 40, sets: 3, reps: 8, restSeconds: 120 })
const sitUp = planItem('p-c', 'sit-up', { sets: 3, reps: 10, restSeconds: 60 })

/** A workout under way at `step` (0 is the warm-up). */
const underWay = (step: number) => ({
  startedAt: '2026-11-26T09:50:00.000Z',
  step,
  entries: [],
  rest: null,
  hold: null,
})

/** The line History shows for the exercise `name` in the one saved session. */
async function historyLine(name: string) {
  const exercises = await screen.findByRole('list', { name: 'Exercises' })
  const line = within(exercises).getByText(name).closest('li')
  if (!line) throw new Error(`no History line for ${name}`)
  return within(line)
}

const restTimer = () => screen.getByRole('timer', { name: /^Rest/ })
const live = () => screen.getByTestId('live-region')

async function startFromPlan(user: User) {
  await tapMain(user, 'Start workout')
  await tapMain(user, 'I’m warmed up')
}

test('one tap on Start in the plan opens the warm-up, and the navigation steps aside', async () => {
  seedStore({ plan: [bridge, squat] })
  const { user } = await renderAt('/')
  expect(screen.getByText('2 exercises · ~20 min')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Start workout' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Warm up first' })).toBeInTheDocument()
  expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'End workout' })).toBeInTheDocument()

  // A way out remains, and the plan then says the workout is under way.
  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))
  expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument()
  await pause()
  await user.click(screen.getByRole('button', { name: 'Continue workout' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Warm up first' })).toBeInTheDocument()
})

test('a set at a time: the form checkpoints first, then a rest and one cue between sets', async () => {
  seedStore({ plan: [bridge, squat] })
  const { user } = await renderAt('/')
  await startFromPlan(user)

  expect(screen.getByRole('heading', { level: 1, name: 'Glute bridge' })).toHaveFocus()
  expect(screen.getByRole('heading', { name: 'Set 1 of 3' })).toBeInTheDocument()
  expect(screen.getByRole('group', { name: 'Check your form' })).toBeInTheDocument()
  expect(screen.getByLabelText('Reps')).toHaveValue('10')
  // Bodyweight: no weight to set.
  expect(screen.queryByLabelText('Weight')).not.toBeInTheDocument()

  await tapMain(user, 'Set done')

  expect(restTimer()).toHaveTextContent('1:00')
  expect(screen.getByRole('heading', { name: 'Rest, then set 2' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Set 2 of 3' })).toBeInTheDocument()
  expect(screen.queryByRole('group', { name: 'Check your form' })).not.toBeInTheDocument()
  const cue = screen.getByRole('region', { name: 'The cue for this set' })
  expect(cue).toHaveTextContent('Feet hip-width apart')
  expect(screen.getByRole('list', { name: 'Sets done' })).toHaveTextContent('Set 1: 10 reps')

  await advance(20_000)
  expect(restTimer()).toHaveTextContent('0:40')
  await user.click(screen.getByRole('button', { name: '+15 s rest' }))
  expect(restTimer()).toHaveTextContent('0:55')
  await user.click(screen.getByRole('button', { name: '−15 s rest' }))
  await user.click(screen.getByRole('button', { name: '−15 s rest' }))
  expect(restTimer()).toHaveTextContent('0:25')

  await user.click(screen.getByRole('button', { name: 'Skip rest' }))
  expect(screen.queryByRole('timer', { name: /^Rest/ })).not.toBeInTheDocument()

  await tapMain(user, 'Set done')
  // The cue goes round the list, one checkpoint a set.
  expect(screen.getByRole('region', { name: 'The cue for this set' })).toHaveTextContent(
    'Heels close, so knees end above heels',
  )
  await tapMain(user, 'Set done')
  expect(screen.getByText('All 3 sets done.')).toBeInTheDocument()
  expect(live()).toHaveTextContent('Set 3 done. All 3 sets done.')
  expect(screen.queryByRole('button', { name: 'Set done' })).not.toBeInTheDocument()
  expect(setsDone()).toEqual(['Set 1: 10 reps', 'Set 2: 10 reps', 'Set 3: 10 reps'])

  await tapMain(user, 'Next exercise')
  expect(screen.getByRole('heading', { level: 1, name: 'Squat' })).toBeInTheDocument()
  expect(setsDone()).toEqual([])
})

test('a rest ends on time even when the phone was locked for two minutes, without a late buzz', async () => {
  seedStore({ plan: [squat, bridge], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await tapMain(user, 'Set done')
  expect(restTimer()).toHaveTextContent('2:00')

  await lockFor(60_000)
  expect(restTimer()).toHaveTextContent('1:00')
  await lockFor(120_000)

  expect(screen.queryByRole('timer', { name: /^Rest/ })).not.toBeInTheDocument()
  expect(live()).toHaveTextContent('Rest over')
  expect(vibrate).not.toHaveBeenCalled()
  expect(screen.getByRole('heading', { name: 'Set 2 of 3' })).toBeInTheDocument()
})

test('a rest watched to its end buzzes and says so', async () => {
  seedStore({ plan: [bridge, squat], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await tapMain(user, 'Set done')
  await advance(59_000)
  expect(restTimer()).toHaveTextContent('0:01')
  expect(vibrate).not.toHaveBeenCalled()
  await advance(1_200)
  expect(screen.queryByRole('timer', { name: /^Rest/ })).not.toBeInTheDocument()
  expect(vibrate).toHaveBeenCalledWith([200, 100, 200])
  expect(live()).toHaveTextContent('Rest over')
})

test('reps and weight are changed in place, and the set keeps what was done', async () => {
  seedStore({ plan: [squat, bridge], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  expect(screen.getByLabelText('Weight')).toHaveValue('40')

  await user.click(screen.getByRole('button', { name: 'Less reps' }))
  await user.click(screen.getByRole('button', { name: 'More weight' }))
  expect(screen.getByLabelText('Reps')).toHaveValue('7')
  expect(screen.getByLabelText('Weight')).toHaveValue('42.5')
  await tapMain(user, 'Set done')
  expect(screen.getByText('Set 1: 7 reps · 42.5 kg')).toBeInTheDocument()

  // The next set starts from what was just done; a long number is typed.
  expect(screen.getByLabelText('Reps')).toHaveValue('7')
  await user.clear(screen.getByLabelText('Weight'))
  await user.type(screen.getByLabelText('Weight'), '102.5')
  await tapMain(user, 'Set done')

  expect(setsDone()).toEqual(['Set 1: 7 reps · 42.5 kg', 'Set 2: 7 reps · 102.5 kg'])
  // A set ticked by mistake is taken back.
  await user.click(screen.getByRole('button', { name: 'Undo set 2' }))
  expect(screen.getByRole('heading', { name: 'Set 2 of 3' })).toBeInTheDocument()
  expect(setsDone()).toEqual(['Set 1: 7 reps · 42.5 kg'])
})

test('weights show in the units chosen', async () => {
  seedStore({
    profile: { conditions: [], todaySetOn: null, units: 'lb' },
    plan: [{ ...squat, weight: 90 }],
    workout: underWay(1),
  })
  const { user } = await renderAt('/workout')
  expect(screen.getByText('lb')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'More weight' }))
  expect(screen.getByLabelText('Weight')).toHaveValue('95')
})

test('the second half of a double tap on “I’m warmed up” does not tick a set', async () => {
  seedStore({ plan: [bridge], workout: underWay(0) })
  const { user } = await renderAt('/workout')
  await user.dblClick(mainAction('I’m warmed up'))
  expect(screen.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Set 1 of 3' })).toBeInTheDocument()
  expect(setsDone()).toEqual([])
  // Nor does one on a checkpoint just after arriving.
  await user.click(screen.getByRole('checkbox', { name: 'Drive up with glutes and core' }))
  expect(screen.getByRole('checkbox', { name: 'Drive up with glutes and core' })).not.toBeChecked()
  await pause()
  await user.click(screen.getByRole('checkbox', { name: 'Drive up with glutes and core' }))
  expect(screen.getByRole('checkbox', { name: 'Drive up with glutes and core' })).toBeChecked()
})

test('“Sharp pain” sits at the top, away from the main action, and stops the exercise', async () => {
  seedStore({ plan: [sitUp, bridge], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await tapMain(user, 'Set done')
  expect(screen.getByText('OK')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))

  expect(screen.getByRole('heading', { name: 'Stop this exercise.' })).toHaveFocus()
  // Today's "OK" for the exercise is gone: it would contradict the stop.
  expect(screen.queryByText('OK')).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Sharp pain: stop' })).not.toBeInTheDocument()
  // No "Continue": a safer exercise, skip it, or end and save.
  expect(screen.queryByRole('button', { name: /continue/i })).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Set done' })).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Swap to McGill curl-up' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Skip exercise' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Save and end' })).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Red flags: when to get medical help' })).toBeInTheDocument()
  // Kept on the phone at once, with the set it happened in (History shows it; see the next test).
  expect(savedOnPhone()?.workout?.entries[0]?.painStop).toEqual({ at: expect.any(String), set: 2 })

  // A mis-tap is taken back, and the exercise is open again where it was.
  await user.click(screen.getByRole('button', { name: 'I tapped stop by mistake' }))
  expect(screen.getByRole('heading', { name: 'Set 2 of 3' })).toBeInTheDocument()
  expect(live()).toHaveTextContent('Sit-up: pain stop taken back')
  expect(screen.getByRole('button', { name: 'Sharp pain: stop' })).toBeInTheDocument()
  expect(savedOnPhone()?.workout?.entries[0]?.painStop).toBeUndefined()
})

test('after a pain stop, “Save and end” keeps it in History with the set it happened in', async () => {
  seedStore({ plan: [sitUp, bridge], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await tapMain(user, 'Set done')
  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))
  await tapMain(user, 'Save and end')

  const saved = await screen.findByRole('heading', { level: 1, name: 'Workout saved' })
  await vi.waitFor(() => expect(saved).toHaveFocus())
  expect(screen.getByRole('list', { name: 'This workout' })).toHaveTextContent('1 pain stop')
  await user.click(screen.getByRole('link', { name: 'See History' }))
  const sitUpLine = await historyLine('Sit-up')
  expect(sitUpLine.getByText('Stopped: sharp pain in set 2')).toBeInTheDocument()
  expect(sitUpLine.getByText('1 × 10')).toBeInTheDocument()
  expect((await historyLine('Glute bridge')).getByText('Skipped')).toBeInTheDocument()
  expect(within(screen.getByRole('list', { name: 'Exercises' })).getAllByRole('listitem')).toHaveLength(2)
})

test('after a pain stop, “Discard” drops the sets but keeps the pain stop in History', async () => {
  seedStore({ plan: [bridge, sitUp], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await tapMain(user, 'Set done')
  await user.click(screen.getByRole('button', { name: 'Skip the rest' }))
  await pause()
  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))

  await user.click(screen.getByRole('button', { name: 'End workout' }))
  const ending = screen.getByRole('region', { name: 'End this workout?' })
  expect(within(ending).getByRole('button', { name: 'Save and end' })).toHaveFocus()
  await user.click(within(ending).getByRole('button', { name: 'Discard…' }))
  expect(ending).toHaveTextContent(/your pain stop is kept in history/i)
  await user.click(within(ending).getByRole('button', { name: 'Discard' }))

  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
  expect(savedOnPhone()?.workout).toBeNull()
  await user.click(screen.getByRole('link', { name: 'History' }))
  const session = await screen.findByRole('article')
  expect(session).toHaveTextContent('Discarded: only its pain stops were kept.')
  const exercises = within(within(session).getByRole('list', { name: 'Exercises' }))
  expect(exercises.getAllByRole('listitem')).toHaveLength(1)
  expect((await historyLine('Sit-up')).getByText('Stopped: sharp pain in set 1')).toBeInTheDocument()
  // Its sets were dropped: the line shows none.
  expect(exercises.getByRole('listitem')).not.toHaveTextContent('×')
})

test('ending without a pain stop: “Save and end” is the default, and “Discard” asks first', async () => {
  seedStore({ plan: [bridge], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await tapMain(user, 'Set done')
  await user.click(screen.getByRole('button', { name: 'End workout' }))
  await user.click(screen.getByRole('button', { name: 'Keep going' }))
  expect(screen.getByRole('heading', { name: 'Set 2 of 3' })).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'End workout' }))
  await user.click(screen.getByRole('button', { name: 'Discard…' }))
  await user.click(screen.getByRole('button', { name: 'Don’t discard' }))
  await user.click(screen.getByRole('button', { name: 'Save and end' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Workout saved' })).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'See History' }))
  const bridgeLine = await historyLine('Glute bridge')
  expect(bridgeLine.getByText('Done')).toBeInTheDocument()
  expect(bridgeLine.getByText('1 × 10')).toBeInTheDocument()
})

test('a swap mid-workout replaces the exercise from the current set on, and History has both', async () => {
  seedStore({ plan: [sitUp], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await tapMain(user, 'Set done')

  await user.click(screen.getByText('Swap for a safer one'))
  await user.click(screen.getByRole('button', { name: 'Swap to McGill curl-up' }))

  expect(screen.getByRole('heading', { level: 1, name: 'McGill curl-up' })).toBeInTheDocument()
  expect(screen.getByText('Swapped in for sit-up.')).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Set 1 of 3' })).toBeInTheDocument()
  await tapMain(user, 'Set done')
  await tapMain(user, 'Set done')
  await tapMain(user, 'Set done')
  await tapMain(user, 'Next: cool-down')
  await tapMain(user, 'Finish and save')

  await user.click(await screen.findByRole('link', { name: 'See History' }))
  const sitUpLine = await historyLine('Sit-up')
  expect(sitUpLine.getByText('Swapped for a safer one')).toBeInTheDocument()
  expect(sitUpLine.getByText('1 × 10')).toBeInTheDocument()
  const curlUpLine = await historyLine('McGill curl-up')
  expect(curlUpLine.getByText('swapped from Sit-up')).toBeInTheDocument()
  expect(curlUpLine.getByText('Done')).toBeInTheDocument()
  expect(curlUpLine.getByText(/^3 × /)).toBeInTheDocument()
})

test('a swap after a pain stop leaves the pain stop with the exercise that hurt', async () => {
  seedStore({ plan: [sitUp], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))
  await user.click(screen.getByRole('button', { name: 'Swap to McGill curl-up' }))

  expect(screen.getByRole('heading', { level: 1, name: 'McGill curl-up' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Set done' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'End workout' }))
  await user.click(screen.getByRole('button', { name: 'Save and end' }))

  await user.click(await screen.findByRole('link', { name: 'See History' }))
  expect((await historyLine('Sit-up')).getByText('Stopped: sharp pain in set 1')).toBeInTheDocument()
  expect((await historyLine('McGill curl-up')).getByText('Skipped')).toBeInTheDocument()
  expect(within(screen.getByRole('list', { name: 'Exercises' })).getAllByRole('listitem')).toHaveLength(2)
})

test('with storage full, the summary says it was not saved and offers the workout as a file', async () => {
  seedStore({ plan: [bridge], workout: underWay(1) })
  const { user } = await renderAt('/workout')
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  const clicked: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download)
  })
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() })

  await tapMain(user, 'Set done')
  await user.click(screen.getByRole('button', { name: 'End workout' }))
  await user.click(screen.getByRole('button', { name: 'Save and end' }))

  expect(screen.getByRole('heading', { level: 1, name: 'Not saved: storage is full' })).toBeInTheDocument()
  expect(screen.queryByText('Workout saved')).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Download this workout' }))
  expect(clicked).toEqual([expect.stringMatching(/^spotter-data-.*\.json$/)])
})

test('with sciatica, each exercise mid-workout says when to stop, under its verdict', async () => {
  seedStore({
    profile: { conditions: ['sciatica'], todaySetOn: null, units: 'kg' },
    plan: [bridge, squat],
    workout: underWay(1),
  })
  await renderAt('/workout')
  expect(screen.getByText(/^Stop if pain, tingling or numbness spreads further down your leg/)).toBeVisible()
})
