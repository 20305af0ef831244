import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { SOURCES } from '../../src/data/sources'
import { FIXTURE, planItem } from '../fixtures/seed.mjs'
import { planOnScreen, renderApp, reopenApp } from '../render-app'
import { savedOnPhone, seedStore } from '../seed'

/** A profile, a finished session in history, and a plan with a ticked checkpoint. */
const seed = () =>
  seedStore({
    profile: { conditions: ['sciatica'], todaySetOn: null, units: 'kg' },
    plan: [planItem('p-1', 'squat'), planItem('p-2', 'forearm-plank', { reps: 1, holdSeconds: 30 })],
    ticks: { 'p-2': ['breathe'] },
    history: FIXTURE.state.history.slice(0, 1),
  })

test('the about screen shows the disclaimer, general advice, red flags, sources and privacy', async () => {
  await renderApp('/about')
  expect(await screen.findByRole('heading', { level: 1, name: 'About and profile' })).toBeInTheDocument()
  expect(
    within(screen.getByRole('region', { name: 'Not medical advice' })).getByText(
      /general information, not medical advice/i,
    ),
  ).toBeInTheDocument()

  for (const title of [
    'Warm up first',
    'Cool down gently',
    'Soreness is normal, sharp pain is not',
    'Back pain today? Stay active',
  ]) {
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument()
  }

  const redFlags = screen.getByRole('region', { name: 'Red flags: when to get medical help' })
  expect(within(redFlags).getByText(/trouble peeing/i)).toBeInTheDocument()
  expect(
    within(redFlags)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent),
  ).toEqual([
    'Get help now: call your emergency number or go to A&E',
    'Get an urgent GP appointment or call 111',
    'See a doctor',
  ])
  // Emergency advice works outside the UK: each number is a link that calls it.
  expect(within(redFlags).getByText(/^Call your emergency number:/)).toHaveTextContent(
    'Call your emergency number: 999 (UK), 112 (EU and most of the world), 911 (US and Canada)',
  )
  for (const number of ['999', '112', '911']) {
    expect(within(redFlags).getByRole('link', { name: number })).toHaveAttribute('href', `tel:${number}`)
  }
  expect(within(redFlags).getByText(/Elsewhere, see a doctor today/)).toBeInTheDocument()

  const checked = screen.getByRole('region', { name: 'How this was checked' })
  expect(within(checked).getByText(/checked against health services/)).toBeInTheDocument()

  const sources = screen.getByRole('region', { name: 'Sources' })
  expect(within(sources).getAllByRole('listitem')).toHaveLength(Object.keys(SOURCES).length)
  const nhs = within(sources)
    .getAllByRole('link', { name: 'Back pain' })
    .find((link) => link.getAttribute('href') === 'https://www.nhs.uk/conditions/back-pain/')
  expect(nhs).toBeDefined()
  expect(nhs).toHaveAttribute('rel', 'noreferrer')
  expect(within(sources).getByText('Back pain cause while working out')).toBeInTheDocument()
  expect(within(sources).queryByRole('link', { name: 'Back pain cause while working out' })).toBeNull()
  expect(within(sources).getAllByText(/ · Mayo Clinic$/).length).toBeGreaterThan(0)
  // Each source is named for what it is.
  expect(
    within(sources).getByText('A spine clinic’s blog post · A spine clinic in New Jersey'),
  ).toBeInTheDocument()

  // No internal notes anywhere a user can read.
  expect(document.body).not.toHaveTextContent(/content brief|spam|corrected|\[J\]/i)

  expect(screen.getByText(/your data never leaves this phone/i)).toBeInTheDocument()
})

test('the back profile toggles are on the about screen and remember their state', async () => {
  const { user } = await renderApp('/about')
  const profile = await screen.findByRole('group', { name: 'My back profile' })
  const pain = within(profile).getByRole('checkbox', { name: 'Back pain today' })
  expect(pain).not.toBeChecked()
  await user.click(pain)
  expect(pain).toBeChecked()

  // Opened again, Spotter still has it.
  await reopenApp('/about')
  const again = screen.getByRole('group', { name: 'My back profile' })
  expect(within(again).getByRole('checkbox', { name: 'Back pain today' })).toBeChecked()
  expect(within(again).getAllByRole('checkbox', { checked: true })).toHaveLength(1)
})

test('deleting all data asks first, and Cancel keeps everything', async () => {
  seed()
  const before = savedOnPhone()
  expect(before?.history).toHaveLength(1)
  const { user } = await renderApp('/about')

  const yourData = await screen.findByRole('region', { name: 'Your data' })
  await user.click(within(yourData).getByRole('button', { name: 'Delete all my data' }))

  const confirm = within(yourData).getByRole('region', { name: 'Confirm: delete all my data' })
  expect(confirm).toHaveAccessibleDescription(
    'This deletes your plan, ticks, profile and history on this phone. It can’t be undone.',
  )
  expect(confirm).toHaveFocus()
  expect(within(yourData).queryByRole('button', { name: 'Delete all my data' })).not.toBeInTheDocument()

  await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
  expect(within(yourData).queryByRole('region')).not.toBeInTheDocument()
  expect(within(yourData).getByRole('button', { name: 'Delete all my data' })).toHaveFocus()

  expect(savedOnPhone()).toEqual(before)
  expect(screen.getByRole('checkbox', { name: 'Sciatica / nerve pain down the leg' })).toBeChecked()
  expect(within(yourData).queryByText('All your data was deleted.')).not.toBeInTheDocument()
})

test('confirming deletes the plan, ticks, history, profile and backups', async () => {
  seed()
  localStorage.setItem('spotter-backup-2024-01-01T00:00:00.000Z', '{"broken":')
  expect(savedOnPhone()?.plan).toHaveLength(2)
  expect(savedOnPhone()?.ticks).toEqual({ 'p-2': ['breathe'] })
  const { user } = await renderApp('/about')

  await user.click(await screen.findByRole('button', { name: 'Delete all my data' }))
  await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }))

  const yourData = screen.getByRole('region', { name: 'Your data' })
  expect(within(yourData).getByText('All your data was deleted.')).toHaveFocus()
  expect(screen.getByTestId('live-region')).toHaveTextContent('All your data was deleted.')
  expect(screen.getByRole('checkbox', { name: 'Sciatica / nerve pain down the leg' })).not.toBeChecked()
  expect(localStorage.getItem('spotter-backup-2024-01-01T00:00:00.000Z')).toBeNull()
  expect(savedOnPhone()).toBeNull()

  // Nothing is left on screen either: no plan (so no ticks), no workout to continue, no history.
  await reopenApp('/')
  expect(planOnScreen()).toEqual([])
  expect(screen.queryByRole('button', { name: 'Continue workout' })).not.toBeInTheDocument()
  await reopenApp('/history')
  expect(screen.getByText(/No workouts saved yet/)).toBeInTheDocument()
})

test('when the phone refuses to delete, the screen says nothing was deleted and the data stays', async () => {
  seed()
  vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  const { user } = await renderApp('/about')
  await user.click(await screen.findByRole('button', { name: 'Delete all my data' }))
  await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }))
  const yourData = screen.getByRole('region', { name: 'Your data' })
  expect(await within(yourData).findByText(/Nothing was deleted/)).toHaveFocus()
  expect(savedOnPhone()?.history).toHaveLength(1)
  vi.restoreAllMocks()
  await reopenApp('/history')
  expect(screen.getAllByRole('article')).toHaveLength(1)
})
