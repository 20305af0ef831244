import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { vi } from 'vitest'
import { routes } from '../src/app/routes'
import { TAP_GUARD_MS } from '../src/hooks/use-tap-guard'
import { onBaselineClock } from './clock'
import { storeActions } from './seed'

/**
 * Every module the app loads lazily, imported up front. With the clocks faked, Testing Library's waits move
 * fake time on, so ten "seconds" of waiting pass in a few real milliseconds: a first import that takes real
 * time (compiled on the spot, slow on a busy machine) would outlast them, and the test would fail now and then.
 */
export const allLazyModulesLoaded = () =>
  Promise.all([
    import('../src/app/app-layout'),
    import('../src/app/update-banner'),
    import('../src/app/storage-notices'),
    import('../src/store/spotter-store'),
    import('../src/store/share-link'),
    import('../src/features/plan/plan-screen'),
    import('../src/features/plan/exercise-library'),
    import('../src/components/exercise-figure'),
    import('../src/features/custom-exercise/own-exercises-screen'),
    import('../src/features/custom-exercise/custom-exercise-screen'),
    import('../src/features/exercise/exercise-screen'),
    import('../src/features/workout/workout-screen'),
    import('../src/features/history/history-screen'),
    import('../src/features/routines/routines-screen'),
    import('../src/features/routines/shared-screen'),
    import('../src/features/record/record-screen'),
    import('../src/features/about/about-screen'),
  ])

/**
 * Wait until lazily loaded screens and sections have arrived (they show a [data-loading] fallback meanwhile).
 * A screen's first import is compiled on the spot, which takes seconds on a busy machine: waited for, not timed.
 */
export async function lazyPartsLoaded() {
  const loading = { timeout: 10_000 }
  await screen.findByRole('heading', { level: 1 }, loading)
  await waitFor(() => {
    // A lazy part's fallback, or a screen still busy (a shared link being opened).
    if (document.querySelector('[data-loading], [aria-busy="true"]')) throw new Error('still loading')
  }, loading)
}

/**
 * A person at a person's pace: the clock is faked (unless the test already fakes time), and each step of
 * theirs moves it on past the double-tap guard, so two taps in a row are two deliberate taps. A test of a
 * double tap sets up its own clock and user (see tests/features/double-tap.test.tsx).
 */
function userAtHumanPace() {
  if (!onBaselineClock()) return userEvent.setup()
  vi.useFakeTimers({ toFake: ['performance', 'Date'], now: Date.now() })
  return userEvent.setup({ advanceTimers: () => vi.advanceTimersByTime(TAP_GUARD_MS) })
}

/** Render the whole app through the real route objects, at `path`, once its screen has loaded. */
export async function renderApp(path = '/') {
  // Every lazy module in memory first: a lazy part that resolves after act() has returned would update the
  // screen outside it (React says so on the console, which fails the test).
  await allLazyModulesLoaded()
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const user = userAtHumanPace()
  const view = await act(async () => render(<RouterProvider router={router} />))
  await lazyPartsLoaded()
  return { user, router, ...view }
}

/** Spotter closed and opened again at `path`: the screen shows only what was saved on the phone. */
export async function reopenApp(path = '/') {
  cleanup()
  act(() => storeActions().storageReloaded())
  return renderApp(path)
}

/** The exercises today's plan shows, in order, by name; none when the plan screen says nothing is planned. */
export function planOnScreen() {
  const list = screen.queryByRole('list', { name: 'Exercises in today’s plan' })
  if (list)
    return within(list)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent)
  screen.getByText('Nothing planned yet.') // throws unless this is the plan screen, empty
  return []
}
