import { screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { registerServiceWorker } from '../../src/app/service-worker'
import { renderApp } from '../render-app'
import { storeState } from '../seed'

/** A browser with a new version of Spotter installed and waiting (the browser's API, faked). */
function browserWithWaitingUpdate() {
  const waiting = { postMessage: vi.fn(), state: 'installed' }
  const registration = { waiting, installing: null, addEventListener: vi.fn() }
  const serviceWorker = {
    controller: {},
    register: vi.fn(async () => registration),
    addEventListener: vi.fn(),
  }
  Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true })
  return { waiting, serviceWorker }
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

test('a waiting new version is offered between sessions, and applied only when the user says so', async () => {
  const { waiting, serviceWorker } = browserWithWaitingUpdate()
  registerServiceWorker({ inDev: true })
  const { user } = await renderApp('/')
  expect(await screen.findByText('A new version of Spotter is ready.')).toBeVisible()
  expect(waiting.postMessage).not.toHaveBeenCalled()

  await user.click(screen.getByRole('button', { name: 'Update now' }))
  expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
  // The page reloads only once the new version has taken over.
  expect(serviceWorker.addEventListener).toHaveBeenCalledWith('controllerchange', expect.any(Function), {
    once: true,
  })
})

test('a new version is never offered mid-workout', async () => {
  browserWithWaitingUpdate()
  const { actions } = storeState()
  actions.exerciseAdded('forearm-plank')
  actions.workoutStarted()
  registerServiceWorker({ inDev: true })
  await renderApp('/workout')
  // Registration has resolved (the offer would show now, outside a workout)…
  await vi.waitFor(() => expect(navigator.serviceWorker.register).toHaveBeenCalled())
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(screen.queryByText('A new version of Spotter is ready.')).not.toBeInTheDocument()
  // …and it appears once the workout is over.
  actions.workoutFinished('pain-stops')
  expect(await screen.findByText('A new version of Spotter is ready.')).toBeVisible()
})
