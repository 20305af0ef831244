import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { HISTORY_PAGE_SIZE } from '../../src/features/history/history-screen'
import { spotterStore } from '../../src/store/spotter-store'
import { emptyData, type SessionRecord } from '../../src/store/types'
import { renderApp } from '../render-app'

const monday: SessionRecord = {
  id: 's-monday',
  startedAt: '2025-03-03T18:00:00.000Z',
  finishedAt: '2025-03-03T18:25:00.000Z',
  conditions: ['back-pain-today'],
  items: [
    { exerciseId: 'forearm-plank', name: 'Forearm plank', outcome: 'done' },
    { exerciseId: 'sit-up', name: 'Sit-up', outcome: 'pain-stop' },
  ],
}
const wednesday: SessionRecord = {
  id: 's-wednesday',
  startedAt: '2025-03-05T07:30:00.000Z',
  finishedAt: '2025-03-05T08:10:00.000Z',
  conditions: [],
  items: [
    { exerciseId: 'mcgill-curl-up', name: 'McGill curl-up', outcome: 'done', swappedFrom: 'sit-up' },
    { exerciseId: 'bird-dog', name: 'Bird dog', outcome: 'done' },
    { exerciseId: 'squat', name: 'Squat', outcome: 'skipped' },
  ],
}

function seedHistory(history: SessionRecord[]) {
  spotterStore.getState().actions.dataImported({ ...emptyData(), history })
}

const sessions = () => screen.getAllByRole('article')
const exercisesIn = (session: HTMLElement) =>
  within(within(session).getByRole('list', { name: 'Exercises' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent)

test('with no finished workouts, History says so kindly and points to the workout', async () => {
  await renderApp('/history')
  expect(screen.getByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument()
  expect(screen.getByText(/no workouts saved yet/i)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Go to the workout' })).toHaveAttribute('href', '/workout')
  expect(screen.queryByRole('article')).not.toBeInTheDocument()
})

test('History lists sessions newest first, whatever order they were saved in', async () => {
  seedHistory([monday, wednesday])
  await renderApp('/history')
  const [first, second] = sessions()
  expect(first && exercisesIn(first)[0]).toContain('McGill curl-up')
  expect(second && exercisesIn(second)[0]).toContain('Forearm plank')
  expect(screen.getByText(/2 workouts, newest first/)).toBeInTheDocument()
})

test('each session shows when it was, its counts and each exercise’s outcome', async () => {
  seedHistory([wednesday, monday])
  await renderApp('/history')
  const [newest, oldest] = sessions()
  if (!newest || !oldest) throw new Error('expected two sessions')

  const heading = within(newest).getByRole('heading', { level: 2 })
  expect(heading.querySelector('time')).toHaveAttribute('dateTime', wednesday.startedAt)
  expect(heading).toHaveTextContent(String(new Date(wednesday.startedAt).getFullYear()))
  expect(within(newest).getByText('40 min')).toBeInTheDocument()

  expect(within(newest).getByRole('list', { name: 'Counts' })).toHaveTextContent(
    '2 done1 skipped1 swapped0 pain stops',
  )
  expect(exercisesIn(newest)).toEqual([
    'McGill curl-up swapped from Sit-up✓ Done',
    'Bird dog✓ Done',
    'Squat↷ Skipped',
  ])

  expect(within(oldest).getByRole('list', { name: 'Counts' })).toHaveTextContent(
    '1 done0 skipped0 swapped1 pain stop',
  )
  expect(exercisesIn(oldest)).toEqual(['Forearm plank✓ Done', 'Sit-up✕ Stopped: sharp pain'])
})

test('a session naming an exercise Spotter no longer has still reads right', async () => {
  seedHistory([
    {
      id: 's-old',
      startedAt: '2024-01-01T10:00:00.000Z',
      finishedAt: '2024-01-01T10:20:00.000Z',
      conditions: null,
      items: [{ exerciseId: 'old-crunch', name: 'Old crunch', outcome: 'done', swappedFrom: 'older-thing' }],
    },
  ])
  await renderApp('/history')
  expect(exercisesIn(sessions()[0] as HTMLElement)).toEqual(['Old crunch swapped from older-thing✓ Done'])
})

test('two workouts finished in the app show up newest first', async () => {
  const { actions } = spotterStore.getState()
  actions.exerciseAdded('bird-dog')
  const { user } = await renderApp('/workout')

  for (const outcome of ['Done, next exercise', 'Skip']) {
    await user.click(await screen.findByRole('button', { name: 'Start workout' }))
    await user.click(await screen.findByRole('button', { name: 'I’m warmed up' }))
    await user.click(await screen.findByRole('button', { name: outcome }))
    await user.click(await screen.findByRole('button', { name: 'Finish and save' }))
    await user.click(await screen.findByRole('link', { name: 'Back to today’s plan' }))
    await user.click(screen.getByRole('link', { name: 'Workout' }))
  }

  await user.click(screen.getByRole('link', { name: 'History' }))
  await screen.findByRole('heading', { level: 1, name: 'History' })
  const [newest, oldest] = sessions()
  if (!newest || !oldest) throw new Error('expected two sessions')
  expect(exercisesIn(newest)).toEqual(['Bird dog↷ Skipped'])
  expect(exercisesIn(oldest)).toEqual(['Bird dog✓ Done'])
})

test('each session says which back profile it was trained with, where it was recorded', async () => {
  seedHistory([
    monday,
    wednesday,
    { ...monday, id: 's-before-v2', startedAt: '2025-03-01T10:00:00.000Z', conditions: null },
  ])
  await renderApp('/history')
  const [newest, middle, oldest] = sessions()
  expect(newest).toHaveTextContent('Back profile: nothing declared')
  expect(middle).toHaveTextContent('Back profile: Back pain today')
  expect(oldest).not.toHaveTextContent('Back profile')
})

test('a long history opens on its newest page, and “Show more” adds the next one', async () => {
  // Three years of near-daily sessions.
  const day = 24 * 60 * 60 * 1000
  const start = Date.parse('2023-01-01T07:00:00.000Z')
  seedHistory(
    Array.from({ length: 1000 }, (_, i) => ({
      ...monday,
      id: `s-${i}`,
      startedAt: new Date(start + i * day).toISOString(),
      finishedAt: new Date(start + i * day + 30 * 60 * 1000).toISOString(),
    })),
  )
  const { user } = await renderApp('/history')
  expect(screen.getByText('1000 workouts, newest first. Saved on this phone only.')).toBeInTheDocument()
  // Only the first page is in the page at all: the rest costs nothing until asked for.
  expect(sessions()).toHaveLength(HISTORY_PAGE_SIZE)
  expect(document.querySelectorAll('article')).toHaveLength(HISTORY_PAGE_SIZE)
  expect(within(sessions()[0] as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(/2025/)
  expect(screen.getByText(`Showing ${HISTORY_PAGE_SIZE} of 1000.`)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: `Show ${HISTORY_PAGE_SIZE} more` }))
  expect(sessions()).toHaveLength(2 * HISTORY_PAGE_SIZE)
  // Focus lands on the first session added, where reading carries on.
  const firstAdded = sessions()[HISTORY_PAGE_SIZE] as HTMLElement
  expect(within(firstAdded).getByRole('heading', { level: 2 })).toHaveFocus()
})

test('a history that fits on one page offers no “Show more”', async () => {
  seedHistory([monday, wednesday])
  await renderApp('/history')
  expect(sessions()).toHaveLength(2)
  expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument()
})
