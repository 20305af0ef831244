import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { expect, test, vi } from 'vitest'
import { routes } from '../../src/app/routes'
import type { ExerciseId } from '../../src/data/exercises'
import { useSpotter } from '../../src/store/create-store'
import { STORAGE_KEY } from '../fixtures/seed.mjs'
import { storeState } from '../seed'

test('a screen that crashes shows a way back, and deletes nothing', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const { actions } = storeState()
  actions.exerciseAdded('squat')
  actions.conditionToggled('sciatica')
  const saved = localStorage.getItem(STORAGE_KEY)
  expect(saved).not.toBeNull()
  // Force a crash the validator would never let through: an id the dataset doesn't have, in memory only.
  useSpotter.setState(
    { plan: [{ ...storeState().plan[0], key: 'ghost', exerciseId: 'ghost' as ExerciseId } as never] },
    false,
  )
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
