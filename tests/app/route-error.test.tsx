import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { expect, test, vi } from 'vitest'
import { routes } from '../../src/app/routes'
import { useSpotter } from '../../src/store/create-store'
import { STORAGE_KEY } from '../fixtures/seed.mjs'
import { storeActions } from '../seed'

test('a screen that crashes shows a way back, and deletes nothing', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const actions = storeActions()
  actions.exerciseAdded('squat')
  actions.conditionToggled('sciatica')
  const saved = localStorage.getItem(STORAGE_KEY)
  expect(saved).not.toBeNull()
  // Force a crash the validator would never let through: a plan item that isn't one, in memory only. (An
  // unknown exercise id no longer crashes: every screen reads exercises through one lookup that copes.)
  useSpotter.setState({ plan: [null as never] }, false)
  localStorage.setItem(STORAGE_KEY, saved ?? '')

  const router = createMemoryRouter(routes, { initialEntries: ['/'] })
  render(<RouterProvider router={router} />)

  expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeVisible()
  expect(screen.getByText(/your plan, ticks and history are still saved/i)).toBeVisible()
  expect(screen.getByRole('link', { name: 'Back to today’s plan' })).toHaveAttribute('href', '/')
  expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible()
  // The layout (and its navigation) survives a crash inside a screen.
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible()
  expect(localStorage.getItem(STORAGE_KEY)).toBe(saved)
})
