import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { vi } from 'vitest'
import { routes } from '../../src/app/routes'
import { TAP_GUARD_MS } from '../../src/hooks/use-tap-guard'
import { allLazyModulesLoaded, lazyPartsLoaded } from '../render-app'

// With the clocks faked, every lazily loaded module is loaded up front (see allLazyModulesLoaded).
await allLazyModulesLoaded()

/** Fake every clock the workout reads (timers, Date, performance, frames); a test moves time on itself. */
export function useFakeClock(now = new Date('2026-11-26T10:00:00.000Z')) {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'Date',
      'performance',
      'requestAnimationFrame',
      'cancelAnimationFrame',
    ],
  })
  vi.setSystemTime(now)
  // Testing Library's waitFor/find* move faked timers on through the `jest` global.
  Object.assign(globalThis, { jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) } })
}

export function realClock() {
  vi.useRealTimers()
  Reflect.deleteProperty(globalThis, 'jest')
}

/** Time passes with the screen on: timers fire as they would. */
export const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))

/**
 * The phone was locked for `ms`: the clock moved on, but no timer ran meanwhile. On waking, the page
 * becomes visible again.
 */
export const lockFor = (ms: number) =>
  act(() => {
    vi.setSystemTime(Date.now() + ms)
    document.dispatchEvent(new Event('visibilitychange'))
  })

/** Long enough that the next tap is a deliberate one, not the second half of a double tap. */
export const pause = () => advance(TAP_GUARD_MS)

/** The whole app at `path`, through the real routes, with a user whose pauses move the fake clock. */
export async function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  const view = await act(async () => render(<RouterProvider router={router} />))
  await lazyPartsLoaded()
  return { user, router, ...view }
}

export type User = Awaited<ReturnType<typeof renderAt>>['user']

/** The main action in the bar at the bottom. */
export const mainAction = (name: string | RegExp) => screen.getByRole('button', { name })

/** Tap the main action, then wait as a person would before the next tap. */
export async function tapMain(user: User, name: string | RegExp) {
  await user.click(await screen.findByRole('button', { name }))
  await pause()
}

/** The sets ticked for the exercise on screen, as its "Sets done" list reads them ("Set 1: 10 reps"). */
export function setsDone() {
  const list = screen.queryByRole('list', { name: 'Sets done' })
  if (!list) return []
  return within(list)
    .getAllByRole('listitem')
    .map((set) => set.textContent?.replace('✓', '').trim())
}
