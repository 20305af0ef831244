import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { page } from '../../src/app/page-reload'
import { registerServiceWorker, resetUpdateState } from '../../src/app/service-worker'
import { renderApp } from '../render-app'
import { storeActions } from '../seed'

/** A service worker as the browser shows it to a page: its state, and its statechange events. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installed'
  postMessage = vi.fn()
  becomes(state: ServiceWorkerState) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

/** A tab, controlled by the current version, with a new version installed and waiting (the browser's API, faked). */
function tabWithWaitingUpdate() {
  const waiting = new FakeWorker()
  const registration = Object.assign(new EventTarget(), { waiting, installing: null })
  const serviceWorker = Object.assign(new EventTarget(), {
    controller: new FakeWorker(),
    register: vi.fn(async () => registration),
  })
  Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true })
  /** The new version takes control of this tab (this tab's "Update now", or another tab's). */
  const newVersionTakesControl = () =>
    act(() => {
      waiting.becomes('activated')
      serviceWorker.controller = waiting
      serviceWorker.dispatchEvent(new Event('controllerchange'))
    })
  return { waiting, serviceWorker, newVersionTakesControl }
}

const reload = () => vi.spyOn(page, 'reload').mockImplementation(() => {})
const offer = () => screen.queryByText('A new version of Spotter is ready.')
const updatedElsewhere = () =>
  screen.queryByText('Spotter was updated in another tab. Reload to use the new version.')

afterEach(() => {
  cleanup() // before the update state is reset, which a mounted banner would hear
  Reflect.deleteProperty(navigator, 'serviceWorker')
  resetUpdateState()
})

test('a waiting new version is offered between sessions, and applied only when the user says so', async () => {
  const reloaded = reload()
  const { waiting, newVersionTakesControl } = tabWithWaitingUpdate()
  registerServiceWorker({ inDev: true })
  const { user } = await renderApp('/')
  expect(await screen.findByText('A new version of Spotter is ready.')).toBeVisible()
  expect(waiting.postMessage).not.toHaveBeenCalled()

  await user.click(screen.getByRole('button', { name: 'Update now' }))
  expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
  // The page reloads only once the new version has taken over.
  expect(reloaded).not.toHaveBeenCalled()
  await newVersionTakesControl()
  expect(reloaded).toHaveBeenCalledTimes(1)
})

test('a new version is never offered mid-workout', async () => {
  tabWithWaitingUpdate()
  const actions = storeActions()
  actions.exerciseAdded('forearm-plank')
  actions.workoutStarted()
  registerServiceWorker({ inDev: true })
  await renderApp('/workout')
  // Registration has resolved (the offer would show now, outside a workout)…
  await vi.waitFor(() => expect(navigator.serviceWorker.register).toHaveBeenCalled())
  await act(async () => {})
  expect(offer()).not.toBeInTheDocument()
  // …and it appears once the workout is over.
  act(() => actions.workoutFinished('pain-stops'))
  expect(await screen.findByText('A new version of Spotter is ready.')).toBeVisible()
})

test('after another tab updates, this tab offers a reload instead of an update that does nothing', async () => {
  const reloaded = reload()
  const { waiting, newVersionTakesControl } = tabWithWaitingUpdate()
  registerServiceWorker({ inDev: true })
  const { user } = await renderApp('/')
  expect(await screen.findByText('A new version of Spotter is ready.')).toBeVisible()

  // The other tab tapped "Update now": the new version now controls this tab too, and nothing reloads by itself.
  await newVersionTakesControl()
  expect(offer()).not.toBeInTheDocument()
  expect(updatedElsewhere()).toBeVisible()
  expect(reloaded).not.toHaveBeenCalled()

  await user.click(screen.getByRole('button', { name: 'Reload' }))
  expect(reloaded).toHaveBeenCalledTimes(1)
  expect(waiting.postMessage).not.toHaveBeenCalled()
})

test('mid-workout, another tab’s update waits: no reload, no offer, until the workout is over', async () => {
  const reloaded = reload()
  const { newVersionTakesControl } = tabWithWaitingUpdate()
  const actions = storeActions()
  actions.exerciseAdded('forearm-plank')
  actions.workoutStarted()
  registerServiceWorker({ inDev: true })
  await renderApp('/workout')
  await vi.waitFor(() => expect(navigator.serviceWorker.register).toHaveBeenCalled())
  await newVersionTakesControl()
  expect(updatedElsewhere()).not.toBeInTheDocument()
  expect(reloaded).not.toHaveBeenCalled()

  act(() => actions.workoutFinished('pain-stops'))
  expect(updatedElsewhere()).toBeVisible()
})

test('an update that goes away takes its offer with it', async () => {
  const { waiting } = tabWithWaitingUpdate()
  registerServiceWorker({ inDev: true })
  await renderApp('/')
  expect(await screen.findByText('A new version of Spotter is ready.')).toBeVisible()
  // Replaced by a newer version, or it failed to activate.
  act(() => waiting.becomes('redundant'))
  expect(offer()).not.toBeInTheDocument()
})

test('the first install taking control of the page is not an update', async () => {
  const reloaded = reload()
  const { serviceWorker } = tabWithWaitingUpdate()
  serviceWorker.controller = null as unknown as FakeWorker
  registerServiceWorker({ inDev: true })
  await renderApp('/')
  act(() => {
    serviceWorker.dispatchEvent(new Event('controllerchange'))
  })
  expect(updatedElsewhere()).not.toBeInTheDocument()
  expect(reloaded).not.toHaveBeenCalled()
})
