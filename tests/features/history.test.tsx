import { screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { HISTORY_PAGE_SIZE } from '../../src/features/history/history-screen'
import type { SessionRecord } from '../../src/store/spotter-store'
import { planItem } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { seedStore } from '../seed'
import { realClock, renderAt, tapMain, useFakeClock } from './workout-setup'

afterEach(realClock)

const set = (reps: number, weight: number | null = null, holdSeconds: number | null = null) => ({
  reps,
  weight,
  holdSeconds,
  at: '2025-03-03T18:05:00.000Z',
})

const monday: SessionRecord = {
  id: 's-monday',
  startedAt: '2025-03-03T18:00:00.000Z',
  finishedAt: '2025-03-03T18:25:00.000Z',
  conditions: ['back-pain-today'],
  units: 'kg',
  kept: 'all',
  items: [
    {
      exerciseId: 'forearm-plank',
      name: 'Forearm plank',
      outcome: 'done',
      load: 'bodyweight',
      sets: [set(1, null, 30), set(1, null, 30)],
    },
    {
      exerciseId: 'sit-up',
      name: 'Sit-up',
      outcome: 'pain-stop',
      load: 'bodyweight',
      sets: [set(10)],
      painStop: { at: '2025-03-03T18:10:00.000Z', set: 2 },
    },
  ],
}
const wednesday: SessionRecord = {
  id: 's-wednesday',
  startedAt: '2025-03-05T07:30:00.000Z',
  finishedAt: '2025-03-05T08:10:00.000Z',
  conditions: [],
  units: 'lb',
  kept: 'all',
  items: [
    { exerciseId: 'sit-up', name: 'Sit-up', outcome: 'swapped', load: 'bodyweight', sets: [set(10)] },
    {
      exerciseId: 'mcgill-curl-up',
      name: 'McGill curl-up',
      outcome: 'done',
      swappedFrom: 'sit-up',
      load: 'bodyweight',
      sets: [set(5, null, 10), set(5, null, 10)],
    },
    {
      exerciseId: 'squat',
      name: 'Squat',
      outcome: 'done',
      load: 'heavy',
      sets: [set(8, 95), set(8, 95), set(6, 100)],
    },
    { exerciseId: 'deadlift', name: 'Deadlift', outcome: 'skipped', load: 'heavy', sets: [] },
  ],
}

const sessions = () => screen.getAllByRole('article')
/** A session's exercise lines, in order. */
const linesIn = (session: HTMLElement) =>
  within(within(session).getByRole('list', { name: 'Exercises' })).getAllByRole('listitem')

/**
 * One exercise's line reads: its name, what happened, then its sets, each a piece of text of its own
 * (the outcome's icon is hidden from screen readers). No `sets`: the line ends with what happened.
 */
function expectLine(line: HTMLElement | undefined, name: string, outcome: string, sets?: string) {
  if (!line) throw new Error(`no line for ${name}`)
  const parts = within(line)
  expect(parts.getByText(name)).toBeInTheDocument()
  expect(parts.getByText(outcome)).toBeInTheDocument()
  if (sets) expect(parts.getByText(sets)).toBeInTheDocument()
  else expect(line).toHaveTextContent(new RegExp(`${outcome}$`))
}

test('with no finished workouts, History says so kindly and points to the workout', async () => {
  await renderApp('/history')
  expect(screen.getByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument()
  expect(screen.getByText(/no workouts saved yet/i)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Go to the workout' })).toHaveAttribute('href', '/workout')
  expect(screen.queryByRole('article')).not.toBeInTheDocument()
})

test('History lists sessions newest first, whatever order they were saved in', async () => {
  seedStore({ history: [monday, wednesday] })
  await renderApp('/history')
  const [first, second] = sessions()
  expect(within(linesIn(first as HTMLElement)[0] as HTMLElement).getByText('Sit-up')).toBeInTheDocument()
  expect(
    within(linesIn(second as HTMLElement)[0] as HTMLElement).getByText('Forearm plank'),
  ).toBeInTheDocument()
  expect(screen.getByText(/2 workouts, newest first/)).toBeInTheDocument()
})

test('each session shows its sets with reps and load, pain stops with the set, and swaps', async () => {
  seedStore({ history: [wednesday, monday] })
  await renderApp('/history')
  const [newest, oldest] = sessions()
  if (!newest || !oldest) throw new Error('expected two sessions')

  const heading = within(newest).getByRole('heading', { level: 2 })
  expect(heading.querySelector('time')).toHaveAttribute('dateTime', wednesday.startedAt)
  expect(within(newest).getByText('40 min')).toBeInTheDocument()
  expect(within(newest).getByRole('list', { name: 'Counts' })).toHaveTextContent(
    '2 done1 skipped1 swapped0 pain stops',
  )
  const [sitUp, curlUp, squat, deadlift, ...more] = linesIn(newest)
  expect(more).toEqual([])
  expectLine(sitUp, 'Sit-up', 'Swapped for a safer one', '1 × 10')
  expectLine(curlUp, 'McGill curl-up', 'Done', '2 × 5 × 10 s')
  expect(within(curlUp as HTMLElement).getByText('swapped from Sit-up')).toBeInTheDocument()
  expectLine(squat, 'Squat', 'Done', '2 × 8 at 95 lb, 6 at 100 lb')
  expectLine(deadlift, 'Deadlift', 'Skipped')

  expect(within(oldest).getByRole('list', { name: 'Counts' })).toHaveTextContent(
    '1 done0 skipped0 swapped1 pain stop',
  )
  const [plank, stopped, ...others] = linesIn(oldest)
  expect(others).toEqual([])
  expectLine(plank, 'Forearm plank', 'Done', '2 × 1 × 30 s')
  expectLine(stopped, 'Sit-up', 'Stopped: sharp pain in set 2', '1 × 10')
})

test('a session naming an exercise Spotter no longer has still reads right', async () => {
  seedStore({
    history: [
      {
        id: 's-old',
        startedAt: '2024-01-01T10:00:00.000Z',
        finishedAt: '2024-01-01T10:20:00.000Z',
        conditions: null,
        units: 'kg',
        kept: 'all',
        items: [
          {
            exerciseId: 'old-crunch',
            name: 'Old crunch',
            outcome: 'done',
            swappedFrom: 'older-thing',
            load: null,
            sets: [],
          },
        ],
      },
    ],
  })
  await renderApp('/history')
  const [line, ...others] = linesIn(sessions()[0] as HTMLElement)
  expect(others).toEqual([])
  expectLine(line, 'Old crunch', 'Done')
  expect(within(line as HTMLElement).getByText('swapped from older-thing')).toBeInTheDocument()
})

test('each session says which back profile it was trained with, where it was recorded', async () => {
  seedStore({
    history: [
      monday,
      wednesday,
      { ...monday, id: 's-before-v2', startedAt: '2025-03-01T10:00:00.000Z', conditions: null },
    ],
  })
  await renderApp('/history')
  const [newest, middle, oldest] = sessions()
  expect(newest).toHaveTextContent('Back profile: nothing declared')
  expect(middle).toHaveTextContent('Back profile: Back pain today')
  expect(oldest).not.toHaveTextContent('Back profile')
})

test('two workouts finished in the app show up newest first, with their sets', async () => {
  useFakeClock()
  seedStore({ plan: [planItem('p-a', 'glute-bridge', { sets: 1, reps: 12 })] })
  const { user } = await renderAt('/')

  await tapMain(user, 'Start workout')
  await tapMain(user, 'I’m warmed up')
  await tapMain(user, 'Set done')
  await tapMain(user, 'Next: cool-down')
  await tapMain(user, 'Finish and save')
  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))

  await tapMain(user, 'Start workout')
  await tapMain(user, 'I’m warmed up')
  await tapMain(user, 'Skip exercise')
  await tapMain(user, 'Finish and save')
  await user.click(screen.getByRole('link', { name: 'See History' }))

  await screen.findByRole('heading', { level: 1, name: 'History' })
  const [newest, oldest] = sessions()
  if (!newest || !oldest) throw new Error('expected two sessions')
  expect(linesIn(newest)).toHaveLength(1)
  expectLine(linesIn(newest)[0], 'Glute bridge', 'Skipped')
  expect(linesIn(oldest)).toHaveLength(1)
  expectLine(linesIn(oldest)[0], 'Glute bridge', 'Done', '1 × 12')
})

test('a long history opens on its newest page, and “Show more” adds the next one', async () => {
  // Three years of near-daily sessions.
  const day = 24 * 60 * 60 * 1000
  const start = Date.parse('2023-01-01T07:00:00.000Z')
  seedStore({
    history: Array.from({ length: 1000 }, (_, i) => ({
      ...monday,
      id: `s-${i}`,
      startedAt: new Date(start + i * day).toISOString(),
      finishedAt: new Date(start + i * day + 30 * 60 * 1000).toISOString(),
    })),
  })
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
  seedStore({ history: [monday, wednesday] })
  await renderApp('/history')
  expect(sessions()).toHaveLength(2)
  expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument()
})
