import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { progressPoints } from '../../src/features/exercise/progress-data'
import type { SessionRecord } from '../../src/store/spotter-store'
import { FIXTURE } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { seedStore } from '../seed'

const [s2] = FIXTURE.state.history as SessionRecord[]
const earlier: SessionRecord = {
  ...(s2 as SessionRecord),
  id: 's-0',
  startedAt: '2026-11-10T18:00:00.000Z',
  finishedAt: '2026-11-10T18:40:00.000Z',
  units: 'lb',
  items: [
    {
      exerciseId: 'squat',
      name: 'Squat',
      outcome: 'done',
      load: 'light',
      sets: [{ reps: 10, weight: 66, holdSeconds: null, at: '2026-11-10T18:05:00.000Z' }],
    },
  ],
}

test('an exercise’s page shows the loads and reps used over time, in words and as a table', async () => {
  seedStore({ history: [...FIXTURE.state.history, earlier] } as never)
  const { user } = await renderApp('/exercises/squat')
  const section = screen.getByRole('region', { name: 'Your progress' })
  // Pounds from an older session are shown in today's units (kg).
  expect(section).toHaveTextContent(
    '2 sessions from 10 Nov to 18 Nov. Top set 10 reps at 30 kg at first, 8 reps at 40 kg last time. No pain stops.',
  )
  await user.click(within(section).getByText('Show as a table'))
  // Each row: the day it heads, then its cells (top weight, most reps, sets, pain stop).
  const rows = within(section)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ])
  expect(rows).toEqual([
    ['10 Nov', '30 kg', '10', '1', '–'],
    ['18 Nov', '40 kg', '8', '3', '–'],
  ])
})

test('a pain stop is marked on the chart and said in the summary', async () => {
  seedStore({ ...FIXTURE.state })
  await renderApp('/exercises/burpee')
  const section = screen.getByRole('region', { name: 'Your progress' })
  expect(section).toHaveTextContent('1 session on 18 Nov. Top set 10 reps. 1 pain stop (18 Nov, set 2).')
  expect(section.querySelectorAll('.progress-chart__stop')).toHaveLength(1)
})

test('an exercise never done shows no chart', async () => {
  seedStore({ ...FIXTURE.state })
  await renderApp('/exercises/dead-bug')
  expect(screen.queryByRole('region', { name: 'Your progress' })).not.toBeInTheDocument()
})

test('holds chart the longest hold, and only the newest 20 sessions', () => {
  const sessions = Array.from({ length: 25 }, (_, i) => ({
    ...(s2 as SessionRecord),
    id: `s-${i}`,
    startedAt: new Date(Date.UTC(2026, 0, i + 1)).toISOString(),
    items: [
      {
        exerciseId: 'side-plank',
        name: 'Side plank',
        outcome: 'done' as const,
        load: 'bodyweight' as const,
        sets: [{ reps: 5, weight: null, holdSeconds: 10 + i, at: '2026-01-01T00:00:00.000Z' }],
      },
    ],
  }))
  const points = progressPoints(sessions, 'side-plank', 'kg', true)
  expect(points).toHaveLength(20)
  expect(points[0]?.reps).toBe(15)
  expect(points.at(-1)?.reps).toBe(34)
})
