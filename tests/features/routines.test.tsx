import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { FIXTURE, planItem } from '../fixtures/seed.mjs'
import { planOnScreen, renderApp, reopenApp } from '../render-app'
import { seedStore } from '../seed'

const routineNames = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
const routineCard = (name: string) => {
  const card = screen.getByRole('heading', { level: 3, name }).closest('li')
  if (!card) throw new Error(`no routine card for ${name}`)
  return card
}

test('a new user finds two starter routines, each naming its sources', async () => {
  const { user } = await renderApp('/routines')
  // The title is set in an effect, which React may run just after the screen paints.
  await waitFor(() => expect(document.title).toBe('Routines · Spotter'))
  expect(routineNames()).toEqual(['Sore-back day: McGill’s big three', 'Full body, back-friendly'])

  const bigThree = within(routineCard('Sore-back day: McGill’s big three'))
  expect(bigThree.getByText('McGill curl-up')).toBeInTheDocument()
  expect(bigThree.getByText('Side plank')).toBeInTheDocument()
  expect(bigThree.getByText('Bird dog')).toBeInTheDocument()
  expect(bigThree.getByRole('link', { name: /Exercises for spine stabilization/ })).toHaveAttribute(
    'href',
    'https://doi.org/10.1016/j.apmr.2008.06.026',
  )
  expect(bigThree.getByText(/A starter routine from Spotter\. Source:/)).toBeInTheDocument()

  const fullBody = within(routineCard('Full body, back-friendly'))
  expect(fullBody.getByText('Goblet squat')).toBeInTheDocument()
  expect(fullBody.getByText(/Sources: each exercise’s own \(9\)/)).toBeInTheDocument()
  await user.click(fullBody.getByText(/Sources: each exercise’s own/))
  expect(fullBody.getByRole('link', { name: /Swinton|hexagonal barbell/i })).toBeInTheDocument()
  expect(fullBody.getByText(/Today: all OK for your back/)).toBeInTheDocument()
})

test('starting a routine makes it today’s plan, with its verdicts, and the replaced plan can be undone', async () => {
  seedStore({
    profile: { conditions: ['back-pain-today'], todaySetOn: null, units: 'kg' },
    plan: [planItem('p-1', 'sit-up')],
  })
  const { user } = await renderApp('/routines')
  await user.click(screen.getByRole('button', { name: 'Start Sore-back day: McGill’s big three' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Today’s plan' })).toBeInTheDocument()
  expect(planOnScreen()).toEqual(['McGill curl-up', 'Side plank', 'Bird dog'])
  expect(screen.getByText('Today’s plan replaced by the routine.')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(planOnScreen()).toEqual(['Sit-up'])
})

test('saving today’s plan as a routine from the plan, then renaming, duplicating and reordering it', async () => {
  seedStore({ plan: [planItem('p-1', 'squat', { load: 'light', weight: 40, reps: 8 })], routines: [] })
  const { user } = await renderApp('/')
  await user.click(screen.getByRole('link', { name: 'Save as routine' }))
  await screen.findByRole('heading', { level: 1, name: 'Routines' })

  await user.type(screen.getByLabelText('Routine name'), 'Legs')
  await user.click(screen.getByRole('button', { name: 'Save as routine' }))
  expect(screen.getByText('Saved as “Legs”.')).toBeInTheDocument()
  expect(within(routineCard('Legs')).getByText('3 × 8 · Light · 40 kg')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Rename Legs' }))
  const field = screen.getByLabelText('New name')
  await user.clear(field)
  await user.type(field, 'Leg day{Enter}')
  await user.click(screen.getByRole('button', { name: 'Duplicate Leg day' }))
  expect(routineNames()).toEqual(['Leg day', 'Leg day (copy)'])
  await user.click(screen.getByRole('button', { name: 'Move Leg day (copy) up' }))
  expect(routineNames()).toEqual(['Leg day (copy)', 'Leg day'])
  expect(screen.getByRole('button', { name: 'Move Leg day (copy) up' })).toBeDisabled()
  // Opened again, the routines are as left.
  await reopenApp('/routines')
  expect(routineNames()).toEqual(['Leg day (copy)', 'Leg day'])
})

test('deleting a routine can be undone', async () => {
  seedStore(FIXTURE.state)
  const { user } = await renderApp('/routines')
  await user.click(screen.getByRole('button', { name: 'Delete Legs, light' }))
  expect(routineNames()).toEqual(['Sore-back day'])
  expect(screen.getByText('Routine deleted.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(routineNames()).toEqual(['Sore-back day', 'Legs, light'])
})

test('a routine can’t be started over a workout under way', async () => {
  seedStore({
    ...FIXTURE.state,
    workout: { startedAt: '2026-11-20T18:00:00.000Z', step: 0, entries: [], rest: null, hold: null },
  })
  await renderApp('/routines')
  expect(screen.getByRole('button', { name: 'Start Sore-back day' })).toBeDisabled()
  expect(screen.getAllByText('Finish today’s workout before starting another routine.')).not.toHaveLength(0)
})
