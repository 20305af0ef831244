import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { planItem } from '../fixtures/seed.mjs'
import { renderApp, reopenApp } from '../render-app'
import { savedOnPhone, seedStore } from '../seed'

test('rating back pain at the warm-up is one optional tap, and a second tap on it clears it', async () => {
  seedStore({
    plan: [planItem('p-1', 'glute-bridge')],
    workout: { startedAt: '2026-11-26T10:00:00.000Z', step: 0, entries: [], rest: null, hold: null },
  })
  const { user } = await renderApp('/workout')
  const group = screen.getByRole('group', { name: 'Back pain right now? (optional)' })
  expect(group).toHaveAccessibleDescription(
    '0 is none, 10 the worst. For your record; it changes nothing else.',
  )
  await user.click(screen.getByRole('button', { name: '4 out of 10' }))
  expect(screen.getByRole('button', { name: '4 out of 10' })).toHaveAttribute('aria-pressed', 'true')
  expect(savedOnPhone()?.workout?.pain).toEqual({ before: 4, after: null })
  await user.click(screen.getByRole('button', { name: '4 out of 10' }))
  expect(screen.getByRole('button', { name: '4 out of 10' })).toHaveAttribute('aria-pressed', 'false')
  expect(savedOnPhone()?.workout?.pain).toEqual({ before: null, after: null })
  // Skipping it is fine: the workout goes on.
  await user.click(screen.getByRole('button', { name: 'I’m warmed up' }))
  expect(screen.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeInTheDocument()
})

test('the rating at the cool-down is kept with the saved session', async () => {
  seedStore({
    plan: [planItem('p-1', 'glute-bridge')],
    workout: { startedAt: '2026-11-26T10:00:00.000Z', step: 2, entries: [], rest: null, hold: null },
  })
  const { user } = await renderApp('/workout')
  await user.click(screen.getByRole('button', { name: '2 out of 10' }))
  await user.click(screen.getByRole('button', { name: 'Finish and save' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Workout saved' })).toBeInTheDocument()
  // The record for a physio shows it, after Spotter is opened again.
  await reopenApp('/record')
  expect(screen.getByText('not rated before, 2 after (out of 10)')).toBeInTheDocument()
})
