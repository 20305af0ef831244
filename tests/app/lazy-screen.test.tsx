import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router-dom'
import { beforeEach, expect, test, vi } from 'vitest'
import { CHUNK_RELOAD_KEY, lazyScreen } from '../../src/app/lazy-screen'
import { page } from '../../src/app/page-reload'
import { savedOnPhone, storeActions } from '../seed'

const History = () => <h1>History</h1>
const Layout = () => (
  <main>
    <Outlet />
  </main>
)

/** A screen's code that can't be fetched `failures` times (evicted from the cache, or gone after an update), then can. */
function screenCode(failures: number) {
  let left = failures
  return vi.fn(async () => {
    if (left > 0) {
      left -= 1
      throw new TypeError('Failed to fetch dynamically imported module: /assets/history-screen-abc123.js')
    }
    return History
  })
}

function renderAt(path: string, load: () => Promise<typeof History>) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Outlet />,
        children: [
          { index: true, element: <h1>Today’s plan</h1> },
          { path: 'history', lazy: lazyScreen(load) },
        ],
      },
    ],
    { initialEntries: [path] },
  )
  render(<RouterProvider router={router} />)
  return { router, user: userEvent.setup() }
}

const online = (on: boolean) => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(on)
const reload = () => vi.spyOn(page, 'reload').mockImplementation(() => {})

beforeEach(() => {
  sessionStorage.clear()
})

test('offline, a screen whose code was evicted says so plainly, and Retry opens it once back online', async () => {
  const reloaded = reload()
  const isOnline = online(false)
  const load = screenCode(2)
  const { user, router } = renderAt('/history', load)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This screen isn’t available offline yet' }),
  ).toBeVisible()
  expect(screen.getByText(/connect to the internet, then tap retry/i)).toBeVisible()

  // Still offline: Retry says so.
  await user.click(screen.getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Still offline')

  isOnline.mockReturnValue(true)
  await user.click(screen.getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  expect(reloaded).not.toHaveBeenCalled()

  // Loaded for good: leaving and coming back shows the screen, without fetching it again.
  await act(() => router.navigate('/'))
  await act(() => router.navigate('/history'))
  expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  expect(load).toHaveBeenCalledTimes(3)
})

test('online, a screen whose code is gone after an update reloads the page once, and only once', async () => {
  const reloaded = reload()
  online(true)
  renderAt('/history', screenCode(1))
  await vi.waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1))
  expect(sessionStorage.getItem(CHUNK_RELOAD_KEY)).not.toBeNull()
  // No error screen flashes while the page reloads.
  expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
})

test('after that one reload, a screen that still can’t load says so instead of reloading again', async () => {
  const reloaded = reload()
  online(true)
  sessionStorage.setItem(CHUNK_RELOAD_KEY, '1')
  const { user } = renderAt('/history', screenCode(1))
  expect(await screen.findByRole('heading', { level: 1, name: 'This screen couldn’t load' })).toBeVisible()
  expect(reloaded).not.toHaveBeenCalled()

  await user.click(screen.getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  // It loaded: a later update may reload once again.
  expect(sessionStorage.getItem(CHUNK_RELOAD_KEY)).toBeNull()
})

test('mid-workout, a screen that can’t load never reloads the page', async () => {
  const reloaded = reload()
  online(true)
  const actions = storeActions()
  actions.exerciseAdded('forearm-plank')
  actions.workoutStarted()
  renderAt('/history', screenCode(1))
  expect(await screen.findByRole('heading', { level: 1, name: 'This screen couldn’t load' })).toBeVisible()
  expect(screen.getByText(/finish your workout, then reload/i)).toBeVisible()
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument()
  expect(reloaded).not.toHaveBeenCalled()
  // The workout under way is still kept on the phone.
  expect(savedOnPhone()?.workout).not.toBeNull()

  // Once the workout is over, reloading is offered again.
  act(() => actions.workoutFinished('all'))
  expect(await screen.findByRole('button', { name: 'Reload' })).toBeVisible()
  expect(screen.queryByText(/finish your workout/i)).not.toBeInTheDocument()
})

test('offline, when the layout’s own code can’t load, the page still says so in its main landmark, and Retry brings it', async () => {
  online(false)
  let left = 1
  const loadLayout = vi.fn(async () => {
    if (left-- > 0)
      throw new TypeError('Failed to fetch dynamically imported module: /assets/app-layout-abc.js')
    return Layout
  })
  const router = createMemoryRouter(
    [
      {
        path: '/',
        lazy: lazyScreen(loadLayout, { root: true }),
        children: [{ index: true, element: <h1>Today’s plan</h1> }],
      },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'This screen isn’t available offline yet',
  })
  expect(screen.getByRole('main')).toContainElement(heading)

  await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
  expect(screen.getAllByRole('main')).toHaveLength(1)
})

test('after that one reload, the layout’s code loading does not clear the way to another: the page never reloads in a loop', async () => {
  const reloaded = reload()
  online(true)
  sessionStorage.setItem(CHUNK_RELOAD_KEY, '1')
  const router = createMemoryRouter(
    [
      {
        path: '/',
        lazy: lazyScreen(async () => Layout, { root: true }),
        children: [{ index: true, lazy: lazyScreen(screenCode(1)) }],
      },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  expect(await screen.findByRole('heading', { level: 1, name: 'This screen couldn’t load' })).toBeVisible()
  expect(reloaded).not.toHaveBeenCalled()
  expect(sessionStorage.getItem(CHUNK_RELOAD_KEY)).toBe('1')
})
