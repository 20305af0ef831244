import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { planItem } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { seedStore, storeActions } from '../seed'

const TUESDAY = new Date(2026, 10, 24, 9, 0)
const THURSDAY = new Date(2026, 10, 26, 9, 0)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'performance'] })
})
afterEach(() => vi.useRealTimers())

/** Back pain declared on Tuesday, with a burpee planned (take care on a sore day). */
function soreOnTuesday() {
  vi.setSystemTime(TUESDAY)
  seedStore({ plan: [planItem('p-1', 'burpee')] })
  storeActions().conditionToggled('back-pain-today')
}

test('on the day it was set, back pain today applies and nothing is asked', async () => {
  soreOnTuesday()
  await renderApp('/')
  expect(screen.queryByRole('region', { name: 'How’s your back today?' })).not.toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Back pain today' })).toBeChecked()
  expect(screen.getByText('1 exercise needs attention')).toBeInTheDocument()
})

test('on a later day the plan asks once, and until answered last week’s answer is not reused', async () => {
  soreOnTuesday()
  vi.setSystemTime(THURSDAY)
  await renderApp('/')
  const ask = screen.getByRole('region', { name: 'How’s your back today?' })
  expect(ask).toHaveTextContent('You said back pain today on Tuesday.')
  expect(screen.getByRole('checkbox', { name: 'Back pain today' })).not.toBeChecked()
  expect(screen.queryByText('1 exercise needs attention')).not.toBeInTheDocument()
})

test('“Still sore” applies it again today; “Fine today” clears it; either way the question goes', async () => {
  soreOnTuesday()
  vi.setSystemTime(THURSDAY)
  const { user } = await renderApp('/')
  await user.click(screen.getByRole('button', { name: 'Still sore' }))
  expect(screen.queryByRole('region', { name: 'How’s your back today?' })).not.toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Back pain today' })).toBeChecked()
  expect(screen.getByText('1 exercise needs attention')).toBeInTheDocument()

  vi.setSystemTime(new Date(2026, 10, 27, 9, 0))
  act(() => storeActions().unitsChanged('lb')) // any change re-renders the plan on the new day
  await user.click(await screen.findByRole('button', { name: 'Fine today' }))
  expect(screen.getByRole('checkbox', { name: 'Back pain today' })).not.toBeChecked()
  expect(screen.queryByText('1 exercise needs attention')).not.toBeInTheDocument()
})

test('sciatica lasts: it applies on later days without asking', async () => {
  vi.setSystemTime(TUESDAY)
  seedStore({ plan: [planItem('p-1', 'squat', { load: 'heavy', weight: 80 })] })
  storeActions().conditionToggled('sciatica')
  vi.setSystemTime(THURSDAY)
  await renderApp('/')
  expect(screen.queryByRole('region', { name: 'How’s your back today?' })).not.toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Sciatica / nerve pain down the leg' })).toBeChecked()
})
