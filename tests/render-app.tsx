import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { routes } from '../src/app/routes'

/** Wait until lazily loaded screens and sections have arrived (they show a [data-loading] fallback meanwhile). */
export async function lazyPartsLoaded() {
  await screen.findByRole('heading', { level: 1 })
  await waitFor(() => {
    if (document.querySelector('[data-loading]')) throw new Error('still loading')
  })
}

/** Render the whole app through the real route objects, at `path`, once its screen has loaded. */
export async function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const user = userEvent.setup()
  const view = await act(async () => render(<RouterProvider router={router} />))
  await lazyPartsLoaded()
  return { user, router, ...view }
}
