import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { TAP_GUARD_MS } from '../../src/hooks/use-tap-guard'
import { renderApp } from '../render-app'
import { storeActions } from '../seed'

const vibrate = vi.fn(() => true)

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true, writable: true })
  vibrate.mockClear()
})

afterEach(() => {
  vi.useRealTimers()
  Reflect.deleteProperty(navigator, 'vibrate')
})

async function openPlank() {
  storeActions().exerciseAdded('forearm-plank')
  const view = await renderApp('/workout')
  await view.user.click(screen.getByRole('button', { name: 'Start workout' }))
  await advance(TAP_GUARD_MS) // a person's next tap, not the second half of a double tap
  await view.user.click(await screen.findByRole('button', { name: 'I’m warmed up' }))
  return view
}

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))

test('a hold counts down 3 s to get ready, then the hold, then says it is finished', async () => {
  const { user } = await openPlank()
  const timer = screen.getByRole('timer')
  expect(timer).toHaveTextContent('0:30')

  await user.click(screen.getByRole('button', { name: 'Start 30 s hold' }))
  expect(timer).toHaveAccessibleName('Get ready: 3')
  expect(screen.getByRole('button', { name: 'Cancel hold' })).toBeInTheDocument()

  await advance(3000)
  expect(timer).toHaveTextContent('0:30')
  await advance(10_000)
  expect(timer).toHaveTextContent('0:20')
  expect(timer).toHaveAccessibleName('Hold: 20 seconds left')

  await advance(20_000)
  expect(timer).toHaveTextContent('0:00')
  expect(timer).toHaveAccessibleName('Hold finished: 30 seconds')
  expect(screen.getByTestId('live-region')).toHaveTextContent('Hold finished: 30 seconds')
  expect(vibrate).toHaveBeenCalledWith([200, 100, 200])
  expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
})

test('the time left follows the clock, not the redraws: a locked phone shows the right time on waking', async () => {
  const { user } = await openPlank()
  await user.click(screen.getByRole('button', { name: 'Start 30 s hold' }))
  await advance(8000)
  expect(screen.getByRole('timer')).toHaveTextContent('0:25')

  // Locked for 20 s: the clock moves on, but no timer fires at all.
  vi.setSystemTime(Date.now() + 20_000)
  await advance(200)
  expect(screen.getByRole('timer')).toHaveTextContent('0:05')

  // Locked through the end: it shows done, but doesn't buzz late.
  vi.setSystemTime(Date.now() + 60_000)
  await advance(200)
  expect(screen.getByRole('timer')).toHaveAccessibleName('Hold finished: 30 seconds')
  expect(vibrate).not.toHaveBeenCalled()
})

test('Cancel stops the hold and resets it', async () => {
  const { user } = await openPlank()
  await user.click(screen.getByRole('button', { name: 'Start 30 s hold' }))
  await advance(6000)
  await user.click(screen.getByRole('button', { name: 'Cancel hold' }))
  expect(screen.getByRole('timer')).toHaveTextContent('0:30')
  await advance(40_000)
  expect(screen.getByRole('timer')).toHaveTextContent('0:30')
  expect(vibrate).not.toHaveBeenCalled()
})
