import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderApp } from '../render-app'
import { storeActions, storeState } from '../seed'

/** Some browsers throw on any touch of localStorage (private modes, blocked site data). */
const blockStorage = () =>
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })

test('with storage blocked, the app says so from the start, works in memory and keeps what the user adds', async () => {
  const blocked = blockStorage()
  storeActions().storageReloaded()
  expect(storeState().plan).toEqual([])
  expect(storeState().mode).toEqual({ kind: 'unavailable' })

  const { user } = await renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Add Squat to today' }))
  expect(storeState().plan.map((p) => p.exerciseId)).toEqual(['squat'])
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'This browser blocks storage for Spotter, so nothing is saved.',
  )
  const plan = screen.getByRole('list', { name: 'Exercises in today’s plan' })
  expect(within(plan).getByRole('link', { name: 'Squat' })).toBeVisible()
  blocked.mockRestore()
})
