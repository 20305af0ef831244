import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { recordText } from '../../src/features/record/record-text'
import { FIXTURE } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { seedStore } from '../seed'

const NOW = new Date('2026-11-26T12:00:00.000Z')
const old = {
  ...FIXTURE.state.history[0],
  id: 's-old',
  startedAt: '2026-10-01T18:00:00.000Z',
  finishedAt: '2026-10-01T18:30:00.000Z',
}

function atNow() {
  vi.useFakeTimers({ toFake: ['performance', 'Date'] })
  vi.setSystemTime(NOW)
}

test('from History, the physio record lists sessions, pain ratings, sets, pain stops, swaps and profiles', async () => {
  atNow()
  seedStore({ ...FIXTURE.state, history: [...FIXTURE.state.history, old] } as never)
  const { user } = await renderApp('/history')
  await user.click(screen.getByRole('link', { name: 'Record for your physio' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Record for your physio' })).toBeInTheDocument()
  // The title is set in an effect, which React may run just after the screen paints.
  await waitFor(() => expect(document.title).toBe('Record for your physio · Spotter'))

  // The last 4 weeks by default: two sessions, oldest first.
  expect(screen.getByText(/Last 4 weeks, to Thu, 26 Nov 2026: 2 sessions, 1 pain stop\./)).toBeInTheDocument()
  const sessionTitles = () =>
    within(screen.getByRole('region', { name: 'Sessions' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
  const sessions = sessionTitles()
  expect(sessions).toEqual(['Mon, 16 Nov 2026, 18:00', 'Wed, 18 Nov 2026, 18:00'])

  const squatRow = screen.getByRole('row', { name: /Squat/ })
  expect(within(squatRow).getByText('2 × 8 at 40 kg, 6 at 40 kg')).toBeInTheDocument()
  expect(screen.getByRole('row', { name: /Burpee/ })).toHaveTextContent('stopped: sharp pain in set 2')
  expect(screen.getByText('3 before → 2 after (out of 10)')).toBeInTheDocument()
  expect(screen.getByText('Sciatica / nerve pain down the leg')).toBeInTheDocument()
  expect(screen.getByText('not recorded')).toBeInTheDocument()

  const stops = screen.getByRole('region', { name: 'Pain stops' })
  expect(stops).toHaveTextContent('Burpee, Wed, 18 Nov 2026, 18:27, set 2')
  expect(screen.getByRole('region', { name: 'Swaps' })).toHaveTextContent(
    'Sit-up → McGill curl-up, Wed, 18 Nov 2026 (before the workout)',
  )
  expect(screen.getByRole('region', { name: 'Red flags: when to get medical help' })).toBeInTheDocument()

  await user.click(screen.getByRole('radio', { name: 'All' }))
  expect(sessionTitles()).toHaveLength(3)
  await user.click(screen.getByRole('radio', { name: 'Last 2 weeks' }))
  expect(sessionTitles()).toHaveLength(2)
})

test('the record can be shared as plain text', async () => {
  atNow()
  seedStore({ ...FIXTURE.state })
  const { user } = await renderApp('/record')
  await user.click(screen.getByRole('button', { name: 'Share as text' }))
  expect(await screen.findByText('Record copied: paste it in a message.')).toBeInTheDocument()
  const text = await navigator.clipboard.readText()
  expect(text).toContain('Spotter training record: last 4 weeks (to Thu, 26 Nov 2026)')
  expect(text).toContain('- Burpee: 1 × 10 (bodyweight); stopped: sharp pain in set 2')
  expect(text).toContain('Back pain: 3 before → 2 after (out of 10)')
  expect(text).toContain('Pain stops:\n- Burpee, Wed, 18 Nov 2026, 18:27, set 2')
  expect(text).toContain('Stop and get medical help:')
})

test('a period with no sessions says so, and still ends with the red flags', async () => {
  atNow()
  seedStore({ history: [old] } as never)
  await renderApp('/record')
  expect(screen.getByText('No workouts saved in this period.')).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Stop and get medical help' })).toBeInTheDocument()
  expect(recordText([], 'all', NOW)).toContain('0 sessions')
})
