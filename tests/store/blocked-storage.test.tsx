import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { spotterStore } from '../../src/store/spotter-store'
import { renderApp } from '../render-app'

/** Some browsers throw on any touch of localStorage (private modes, blocked site data). */
const blockStorage = () =>
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })

test('with storage blocked, the app starts empty, keeps working in memory and says nothing is saved', async () => {
  const blocked = blockStorage()
  await spotterStore.persist.rehydrate()
  expect(spotterStore.getState().plan).toEqual([])

  const { user } = await renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Add Squat to today' }))
  expect(spotterStore.getState().plan.map((p) => p.exerciseId)).toEqual(['squat'])
  expect(await screen.findByRole('alert')).toHaveTextContent('Changes aren’t being saved.')
  const plan = screen.getByRole('list', { name: 'Exercises in today’s plan' })
  expect(within(plan).getByRole('link', { name: 'Squat' })).toBeVisible()
  blocked.mockRestore()
})
