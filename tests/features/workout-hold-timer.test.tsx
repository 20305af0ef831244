import { screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { planItem } from '../fixtures/seed.mjs'
import { seedStore } from '../seed'
import { advance, lockFor, realClock, renderAt, setsDone, tapMain, useFakeClock } from './workout-setup'

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

async function openPlank() {
  seedStore({
    plan: [
      planItem('p-a', 'forearm-plank', { sets: 2, reps: 1, holdSeconds: 30 }),
      planItem('p-b', 'glute-bridge'),
    ],
    workout: { startedAt: '2026-11-26T09:50:00.000Z', step: 1, entries: [], rest: null, hold: null },
  })
  return renderAt('/workout')
}

const timer = () => screen.getByRole('timer')
const secondsHeld = () => screen.getByLabelText('Seconds held')

test('a hold counts down 3 s to get ready, then the hold, and a finished hold fills the set', async () => {
  const { user } = await openPlank()
  expect(timer()).toHaveTextContent('0:30')

  await user.click(screen.getByRole('button', { name: 'Start 30 s hold' }))
  expect(timer()).toHaveAccessibleName('Get ready: 3')
  expect(screen.getByRole('button', { name: 'Cancel hold' })).toBeInTheDocument()

  await advance(3000)
  expect(timer()).toHaveTextContent('0:30')
  await advance(10_000)
  expect(timer()).toHaveAccessibleName('Hold: 20 seconds left')

  await advance(20_000)
  expect(timer()).toHaveAccessibleName('Hold finished: 30 seconds')
  expect(screen.getByTestId('live-region')).toHaveTextContent('Hold finished: 30 seconds')
  expect(vibrate).toHaveBeenCalledWith([200, 100, 200])
  expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
  expect(secondsHeld()).toHaveValue('30')

  await tapMain(user, 'Set done')
  expect(setsDone()).toEqual(['Set 1: 1 × 30 s'])
})

test('the time left follows the clock: a locked phone shows the right time on waking, and doesn’t buzz late', async () => {
  const { user } = await openPlank()
  await user.click(screen.getByRole('button', { name: 'Start 30 s hold' }))
  await advance(8000)
  expect(timer()).toHaveTextContent('0:25')

  await lockFor(20_000)
  expect(timer()).toHaveTextContent('0:05')

  await lockFor(60_000)
  expect(timer()).toHaveAccessibleName('Hold finished: 30 seconds')
  expect(vibrate).not.toHaveBeenCalled()
})

test('cancelling stops the hold, and the seconds held so far fill the set', async () => {
  const { user } = await openPlank()
  await user.click(screen.getByRole('button', { name: 'Start 30 s hold' }))
  await advance(15_000)
  await user.click(screen.getByRole('button', { name: 'Cancel hold' }))
  expect(timer()).toHaveTextContent('0:30')
  expect(secondsHeld()).toHaveValue('12')
  await advance(40_000)
  expect(timer()).toHaveTextContent('0:30')
  expect(vibrate).not.toHaveBeenCalled()
})

test('leaving the workout and coming back keeps a running hold’s time', async () => {
  const { user } = await openPlank()
  await user.click(screen.getByRole('button', { name: 'Start 30 s hold' }))
  await advance(8000)

  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))
  await screen.findByRole('heading', { level: 1, name: 'Today’s plan' })
  await advance(10_000)
  await user.click(screen.getByRole('button', { name: 'Continue workout' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Forearm plank' })).toBeInTheDocument()
  expect(timer()).toHaveAccessibleName('Hold: 15 seconds left')
})
