import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { planItem } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { seedStore } from '../seed'

/** A stand-in for the browser's Screen Wake Lock: it records requests and can drop the lock like a browser. */
class FakeSentinel extends EventTarget {
  released = false
  readonly type = 'screen'
  release = vi.fn(async () => {
    if (this.released) return
    this.released = true
    this.dispatchEvent(new Event('release'))
  })
}

let sentinels: FakeSentinel[] = []
const request = vi.fn(async () => {
  const sentinel = new FakeSentinel()
  sentinels.push(sentinel)
  return sentinel
})
let visibility: DocumentVisibilityState = 'visible'

beforeEach(() => {
  sentinels = []
  request.mockClear()
  visibility = 'visible'
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
  Object.defineProperty(document, 'visibilityState', { get: () => visibility, configurable: true })
})

afterEach(() => {
  Reflect.deleteProperty(navigator, 'wakeLock')
  Reflect.deleteProperty(document, 'visibilityState')
})

const seedPlank = () => seedStore({ plan: [planItem('p-a', 'forearm-plank', { reps: 1, holdSeconds: 30 })] })

const held = () => sentinels.filter((s) => !s.released)

async function setVisibility(state: DocumentVisibilityState) {
  visibility = state
  await act(async () => {
    // The browser drops the lock itself when the page is hidden.
    if (state === 'hidden') for (const s of held()) await s.release()
    document.dispatchEvent(new Event('visibilitychange'))
  })
}

test('the workout keeps the screen on, and “Keep screen on” turns it off and on again', async () => {
  seedPlank()
  const { user } = await renderApp('/workout')

  const toggle = await screen.findByRole('button', { name: 'Keep screen on' })
  expect(toggle).toHaveAttribute('aria-pressed', 'true')
  expect(toggle).toHaveTextContent('Keep screen on: on')
  await vi.waitFor(() => expect(held()).toHaveLength(1))
  expect(request).toHaveBeenCalledWith('screen')

  await user.click(toggle)
  expect(toggle).toHaveAttribute('aria-pressed', 'false')
  expect(toggle).toHaveTextContent('Keep screen on: off')
  expect(held()).toHaveLength(0)

  await user.click(toggle)
  await vi.waitFor(() => expect(held()).toHaveLength(1))
})

test('coming back to the page asks for the screen lock again', async () => {
  seedPlank()
  await renderApp('/workout')
  await vi.waitFor(() => expect(held()).toHaveLength(1))

  await setVisibility('hidden')
  expect(held()).toHaveLength(0)
  await setVisibility('visible')
  await vi.waitFor(() => expect(held()).toHaveLength(1))
  expect(request).toHaveBeenCalledTimes(2)
})

test('leaving the workout screen lets the screen lock again', async () => {
  seedPlank()
  const { user } = await renderApp('/workout')
  await vi.waitFor(() => expect(held()).toHaveLength(1))
  await user.click(screen.getByRole('link', { name: 'History' }))
  await screen.findByRole('heading', { level: 1, name: 'History' })
  // React runs an unmounted screen's effect clean-ups just after it paints the next screen.
  await vi.waitFor(() => expect(held()).toHaveLength(0))
})

test('a refused request says so instead of pretending', async () => {
  request.mockRejectedValueOnce(new DOMException('Battery saver', 'NotAllowedError'))
  seedPlank()
  await renderApp('/workout')
  expect(await screen.findByText(/the phone didn’t allow it/i)).toBeInTheDocument()
})
