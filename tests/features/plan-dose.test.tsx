import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { SessionRecord } from '../../src/store/spotter-store'
import { planItem } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { seedStore } from '../seed'

const squat = planItem('p-a', 'squat', { load: 'light', weight: 40, sets: 3, reps: 8, restSeconds: 120 })
const dose = (name: string) =>
  screen.getByRole('button', { name: new RegExp(`^Sets, reps and load of ${name}`) })
const loadButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^Load of ${name}:`) })

const lastWeek: SessionRecord = {
  id: 's-last',
  startedAt: '2026-11-19T18:00:00.000Z',
  finishedAt: '2026-11-19T18:40:00.000Z',
  conditions: [],
  units: 'kg',
  kept: 'all',
  items: [
    {
      exerciseId: 'squat',
      name: 'Squat',
      outcome: 'done',
      load: 'heavy',
      sets: [1, 2, 3].map(() => ({ reps: 6, weight: 60, holdSeconds: null, at: '2026-11-19T18:10:00.000Z' })),
    },
  ],
}

test('each plan item shows its sets, reps and load, and the steppers change them', {
  timeout: 20_000,
}, async () => {
  seedStore({ plan: [squat] })
  const { user } = await renderApp('/')
  expect(dose('Squat')).toHaveTextContent('3 × 8 · 40 kg')
  // The load band has its own button beside the dose.
  expect(loadButton('Squat')).toHaveTextContent('Light')

  await user.click(dose('Squat'))
  expect(dose('Squat')).toHaveAttribute('aria-expanded', 'true')
  await user.click(screen.getByRole('button', { name: 'More sets' }))
  await user.click(screen.getByRole('button', { name: 'Less reps' }))
  await user.click(screen.getByRole('button', { name: 'More weight' }))
  await user.click(screen.getByRole('button', { name: 'More rest' }))
  expect(dose('Squat')).toHaveTextContent('4 × 7 · 42.5 kg')
  expect(screen.getByLabelText('Sets')).toHaveValue('4')
  expect(screen.getByLabelText('Reps')).toHaveValue('7')
  expect(screen.getByLabelText('Weight')).toHaveValue('42.5')
  expect(screen.getByLabelText('Rest')).toHaveValue('135')

  // A long number is typed; the load band is one tap.
  await user.clear(screen.getByLabelText('Weight'))
  await user.type(screen.getByLabelText('Weight'), '102.5')
  await user.click(screen.getByRole('radio', { name: 'Heavy' }))
  expect(dose('Squat')).toHaveTextContent('4 × 7 · 102.5 kg')
  expect(loadButton('Squat')).toHaveTextContent('Heavy')

  // Bodyweight has no weight to set.
  await user.click(screen.getByRole('radio', { name: 'Bodyweight' }))
  expect(screen.queryByLabelText('Weight')).not.toBeInTheDocument()
  expect(dose('Squat')).toHaveTextContent('4 × 7')
  expect(dose('Squat')).not.toHaveTextContent('kg')
  expect(loadButton('Squat')).toHaveTextContent('Bodyweight')
})

test('a hold is set as sets × seconds', async () => {
  seedStore({ plan: [planItem('p-b', 'forearm-plank', { reps: 1, holdSeconds: 30 })] })
  const { user } = await renderApp('/')
  expect(dose('Forearm plank')).toHaveTextContent('3 × 30 s · Bodyweight')
  await user.click(dose('Forearm plank'))
  await user.click(screen.getByRole('button', { name: 'More hold' }))
  expect(dose('Forearm plank')).toHaveTextContent('3 × 35 s · Bodyweight')
})

test('the last values used for an exercise are offered, and one tap uses them', async () => {
  seedStore({ plan: [squat], history: [lastWeek] })
  const { user } = await renderApp('/')
  await user.click(dose('Squat'))
  expect(screen.getByText('Last time:').parentElement).toHaveTextContent('Last time: 3 × 6 at 60 kg')

  await user.click(screen.getByRole('button', { name: 'Use last time’s values' }))
  expect(dose('Squat')).toHaveTextContent('3 × 6 · 60 kg')
  expect(loadButton('Squat')).toHaveTextContent('Heavy')
})

test('weights can be in pounds: the setting changes the whole app’s units', async () => {
  seedStore({ plan: [squat], history: [lastWeek] })
  const { user } = await renderApp('/')
  expect(screen.getByRole('radio', { name: 'kg' })).toBeChecked()

  await user.click(screen.getByRole('radio', { name: 'lb' }))
  expect(screen.getByRole('radio', { name: 'lb' })).toBeChecked()
  expect(dose('Squat')).toHaveTextContent('3 × 8 · 40 lb')
  await user.click(dose('Squat'))
  // Last time was in kilograms: it is offered in pounds.
  expect(screen.getByText('Last time:').parentElement).toHaveTextContent('Last time: 3 × 6 at 132.5 lb')
  await user.click(screen.getByRole('button', { name: 'More weight' }))
  expect(dose('Squat')).toHaveTextContent('3 × 8 · 45 lb')
})

test('a summary with the estimated time stays above the navigation', async () => {
  seedStore({ plan: [squat, planItem('p-b', 'glute-bridge')] })
  await renderApp('/')
  expect(screen.getByRole('region', { name: /^2 exercises · ~\d+ min$/ })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Start workout' })).toBeInTheDocument()
})

test('mid-workout, the sets can’t go below the sets already done', async () => {
  const set = { reps: 8, weight: 40, holdSeconds: null, at: '2026-11-26T18:05:00.000Z' }
  seedStore({
    plan: [squat],
    workout: {
      startedAt: '2026-11-26T18:00:00.000Z',
      step: 1,
      entries: [{ key: 'p-a', exerciseId: 'squat', load: 'light', sets: [set, set] }],
      rest: null,
      hold: null,
    },
  })
  const { user } = await renderApp('/')
  await user.click(dose('Squat'))
  await user.click(screen.getByRole('button', { name: 'Less sets' }))
  expect(screen.getByLabelText('Sets')).toHaveValue('2')
  expect(screen.getByRole('button', { name: 'Less sets' })).toBeDisabled()
  expect(dose('Squat')).toHaveTextContent('2 × 8 · 40 kg')
})
