import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { expect, test, vi } from 'vitest'
import { routes } from '../../src/app/routes'
import type { ExerciseId } from '../../src/data/exercises'
import { STORAGE_KEY } from '../../src/store/persistence'
import { spotterStore } from '../../src/store/spotter-store'

test('a screen that crashes shows a way back, and deletes nothing', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const { actions } = spotterStore.getState()
  actions.exerciseAdded('squat')
  actions.conditionToggled('sciatica')
  const saved = localStorage.getItem(STORAGE_KEY)
  expect(saved).not.toBeNull()
  // Force a crash the validator would never let through: an id the dataset doesn't have, in memory only.
  spotterStore.setState({ plan: [{ key: 'ghost', exerciseId: 'ghost' as ExerciseId }] }, false)
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
