import { act, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { renderApp } from '../render-app'
import { storeActions } from '../seed'

const planList = () => screen.getByRole('list', { name: 'Exercises in today’s plan' })
const planNames = () =>
  within(planList())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
/** The plan item (list item) whose heading is `name`. */
const planItem = (name: string) => {
  const item = within(planList()).getByRole('heading', { level: 3, name }).closest('li')
  if (!item) throw new Error(`no plan item for ${name}`)
  return item
}
const library = () => screen.getByRole('region', { name: 'Add exercises' })
const libraryNames = () =>
  within(library())
    .queryAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent)
/** The library's group headings: its movement patterns. */
const libraryGroups = () =>
  within(library())
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
const libraryEntry = (name: string) => {
  const entry = within(library()).getByRole('heading', { level: 4, name }).closest('li')
  if (!entry) throw new Error(`no library entry for ${name}`)
  return entry
}

const dose = (name: string) =>
  within(planItem(name)).getByRole('button', { name: new RegExp(`^Sets, reps and load of ${name}`) })

async function add(user: UserEvent, ...names: string[]) {
  for (const name of names) {
    await user.click(screen.getByRole('button', { name: `Add ${name} to today` }))
  }
}

test('an empty plan points to the library below', async () => {
  await renderApp('/')
  expect(screen.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeInTheDocument()
  // The title is set in an effect, which React may run just after the screen paints.
  await waitFor(() => expect(document.title).toBe('Today’s plan · Spotter'))
  expect(screen.getByRole('group', { name: 'My back today' })).toBeInTheDocument()
  expect(screen.getByText('Nothing planned yet.')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Browse exercises' })).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Start workout' })).not.toBeInTheDocument()
})

test('building a plan from the library, then reordering and removing', async () => {
  const { user } = await renderApp('/')
  await add(user, 'Sit-up', 'Glute bridge', 'Burpee')

  expect(planNames()).toEqual(['Sit-up', 'Glute bridge', 'Burpee'])
  expect(within(planItem('Sit-up')).getByRole('link', { name: 'Sit-up' })).toHaveAttribute(
    'href',
    '/exercises/sit-up',
  )
  expect(within(libraryEntry('Sit-up')).getByText(/In plan/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Start workout' })).toBeInTheDocument()

  // Moving is in each item's dose editor.
  await user.click(dose('Sit-up'))
  expect(screen.getByRole('button', { name: 'Move Sit-up up' })).toBeDisabled()
  expect(screen.getByRole('button', { name: 'Move Sit-up down' })).toBeEnabled()
  await user.click(screen.getByRole('button', { name: 'Done editing Sit-up' }))
  expect(dose('Sit-up')).toHaveFocus()

  await user.click(dose('Burpee'))
  expect(screen.getByRole('button', { name: 'Move Burpee down' })).toBeDisabled()
  await user.click(screen.getByRole('button', { name: 'Move Burpee up' }))
  expect(planNames()).toEqual(['Sit-up', 'Burpee', 'Glute bridge'])
  expect(screen.getByRole('button', { name: 'Move Burpee up' })).toHaveFocus()
  expect(screen.getByTestId('live-region')).toHaveTextContent('Moved Burpee to position 2 of 3')

  await user.click(screen.getByRole('button', { name: 'Move Burpee up' }))
  expect(planNames()).toEqual(['Burpee', 'Sit-up', 'Glute bridge'])
  // At the top its up button is disabled, so focus moves to its down button.
  expect(screen.getByRole('button', { name: 'Move Burpee down' })).toHaveFocus()
  await user.click(screen.getByRole('button', { name: 'Done editing Burpee' }))

  await user.click(screen.getByRole('button', { name: 'Remove Sit-up' }))
  expect(planNames()).toEqual(['Burpee', 'Glute bridge'])
  expect(within(libraryEntry('Sit-up')).queryByText(/In plan/)).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Add Sit-up to today' })).toBeInTheDocument()

  // Adding an exercise already planned says so: the row says "In plan", its button "Add again".
  expect(within(libraryEntry('Glute bridge')).getByText(/In plan/)).toBeVisible()
  expect(
    within(libraryEntry('Glute bridge')).queryByRole('button', { name: 'Add Glute bridge to today' }),
  ).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Add Glute bridge to today again' }))
  expect(planNames()).toEqual(['Burpee', 'Glute bridge', 'Glute bridge'])
  expect(within(libraryEntry('Glute bridge')).getByText(/In plan ×2/)).toBeInTheDocument()
  expect(screen.getByTestId('live-region')).toHaveTextContent('Added Glute bridge again: 2 in today’s plan')

  await user.click(screen.getByRole('button', { name: 'Remove Burpee' }))
  for (const button of screen.getAllByRole('button', { name: 'Remove Glute bridge' })) {
    await user.click(button)
  }
  expect(screen.getByText('Nothing planned yet.')).toBeInTheDocument()
})

test('warnings follow the back profile as conditions are ticked and unticked', async () => {
  const { user } = await renderApp('/')
  await add(user, 'Sit-up', 'Glute bridge', 'Burpee')

  // With nothing declared, the general back risk stays on the exercise page: every card is OK.
  expect(screen.queryByText(/need(s)? attention/)).not.toBeInTheDocument()
  expect(within(planItem('Sit-up')).getByText('OK')).toBeInTheDocument()
  expect(within(planItem('Burpee')).getByText('OK')).toBeInTheDocument()

  await user.click(screen.getByRole('checkbox', { name: 'Back pain today' }))
  expect(screen.getByText('2 exercises need attention')).toBeInTheDocument()
  expect(within(planItem('Sit-up')).getByText('Take care')).toBeInTheDocument()
  expect(
    within(planItem('Sit-up')).getByText('Back pain today: take care, go slowly, or save it for a good day.'),
  ).toBeInTheDocument()
  expect(within(planItem('Burpee')).getByText('Take care')).toBeInTheDocument()
  expect(within(planItem('Glute bridge')).getByText('OK')).toBeInTheDocument()
  expect(within(libraryEntry('Russian twist')).getByText('Avoid today')).toBeInTheDocument()

  await user.click(screen.getByRole('checkbox', { name: 'Back pain today' }))
  expect(screen.queryByText('2 exercises need attention')).not.toBeInTheDocument()
  expect(within(planItem('Burpee')).getByText('OK')).toBeInTheDocument()
  expect(within(planItem('Sit-up')).getByText('OK')).toBeInTheDocument()
})

test('swapping a sit-up for a safer exercise keeps its place, and undo puts it back', async () => {
  const { user } = await renderApp('/')
  await add(user, 'Squat', 'Sit-up', 'Glute bridge')
  // Nothing easier exists for an OK glute bridge, so it offers no swap; the squat has the goblet squat.
  expect(screen.getByRole('button', { name: 'Swap Squat' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Swap Glute bridge' })).not.toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Swap Sit-up' }))
  const panel = screen.getByRole('region', { name: 'Safer swaps for Sit-up' })
  expect(planItem('Sit-up')).toContainElement(panel)
  expect(within(panel).getByRole('heading', { name: 'Safer swaps for Sit-up' })).toHaveFocus()
  expect(
    within(panel)
      .getAllByRole('button', { name: /^Swap to / })
      .map((b) => b.textContent),
  ).toEqual(['Swap to McGill curl-up', 'Swap to Side plank', 'Swap to Pallof press'])
  expect(within(panel).getByText(/Hands keep the lower back’s curve/)).toBeVisible()
  expect(within(panel).getByText(/Works the whole core, obliques too/)).toBeVisible()
  expect(within(panel).getByText(/Trains the core to resist turning/)).toBeVisible()

  await user.click(within(panel).getByRole('button', { name: 'Swap to McGill curl-up' }))
  expect(planNames()).toEqual(['Squat', 'McGill curl-up', 'Glute bridge'])
  expect(screen.queryByRole('region', { name: 'Safer swaps for Sit-up' })).not.toBeInTheDocument()
  expect(within(planItem('McGill curl-up')).getByText('Swapped from Sit-up')).toBeVisible()
  expect(within(planList()).getByRole('link', { name: 'McGill curl-up' })).toHaveFocus()
  expect(screen.getByTestId('live-region')).toHaveTextContent('Swapped Sit-up for McGill curl-up')
  expect(screen.getByText('Swapped Sit-up for McGill curl-up.')).toBeVisible()
  expect(screen.queryByText('1 exercise needs attention')).not.toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(planNames()).toEqual(['Squat', 'Sit-up', 'Glute bridge'])
  expect(screen.getByTestId('live-region')).toHaveTextContent('Swap undone')
  expect(screen.queryByText('Swapped from Sit-up')).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  expect(within(planList()).getByRole('link', { name: 'Sit-up' })).toHaveFocus()
})

test('closing the swap panel returns focus to its Swap button', async () => {
  const { user } = await renderApp('/')
  await add(user, 'Superman')
  await user.click(screen.getByRole('button', { name: 'Swap Superman' }))
  const panel = screen.getByRole('region', { name: 'Safer swaps for Superman' })
  expect(within(panel).getByRole('button', { name: 'Swap to Bird dog' })).toBeInTheDocument()

  await user.click(within(panel).getByRole('button', { name: 'Close' }))
  expect(screen.queryByRole('region', { name: 'Safer swaps for Superman' })).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Swap Superman' })).toHaveFocus()

  await user.keyboard('{Enter}')
  expect(screen.getByRole('region', { name: 'Safer swaps for Superman' })).toBeInTheDocument()
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('region', { name: 'Safer swaps for Superman' })).not.toBeInTheDocument()
})

test('a step-up on a back-pain day has nothing easier to swap to: skip it today', async () => {
  const { user } = await renderApp('/')
  await user.click(screen.getByRole('checkbox', { name: 'Back pain today' }))
  await add(user, 'Step-up')

  await user.click(screen.getByRole('button', { name: 'Swap Step-up' }))
  const panel = screen.getByRole('region', { name: 'Safer swaps for Step-up' })
  expect(within(panel).getByText('Nothing easier to swap to: skip it today.')).toBeVisible()
  expect(within(panel).queryByRole('button', { name: /^Swap to / })).not.toBeInTheDocument()

  await user.click(within(panel).getByRole('button', { name: 'Remove Step-up' }))
  expect(screen.getByText('Nothing planned yet.')).toBeInTheDocument()
  expect(screen.getByTestId('live-region')).toHaveTextContent('Removed Step-up from today’s plan')
})

test('searching the library by name or alias, grouped by movement', async () => {
  const { user, router } = await renderApp('/')
  const search = screen.getByRole('searchbox', { name: 'Search exercises' })
  expect(libraryNames()).toHaveLength(48)

  await user.type(search, 'plank')
  expect(libraryNames()).toEqual(['Forearm plank', 'Side plank', 'Mountain climber'])
  expect(libraryGroups()).toEqual(['Planks and holds', 'Side holds', 'Conditioning'])
  expect(screen.getByText('3 of 48 exercises')).toBeInTheDocument()
  expect(router.state.location.search).toBe('?q=plank')

  await user.clear(search)
  await user.type(search, 'RDL')
  expect(libraryNames()).toEqual(['Romanian deadlift'])
  await user.clear(search)
  await user.type(search, 'push ups')
  expect(libraryNames()).toEqual(['Push-up', 'Forward push-up', 'Backward push-up'])
  // One chip per row, today's verdict: a harder variation is "take care" even on a good day.
  expect(within(libraryEntry('Forward push-up')).getByText('Take care')).toBeInTheDocument()
  expect(within(libraryEntry('Push-up')).getByText('OK')).toBeInTheDocument()
  expect(within(libraryEntry('Push-up')).queryByText(/risk/i)).not.toBeInTheDocument()

  await user.type(search, 'zzz')
  expect(screen.getByText('No exercises match your search and filters.')).toBeVisible()
  await user.click(screen.getByRole('button', { name: 'Clear filters' }))
  expect(libraryNames()).toHaveLength(48)
  expect(search).toHaveValue('')
  expect(search).toHaveFocus()
  expect(router.state.location.search).toBe('')
})

test('filtering the library by movement, equipment and today’s verdict', async () => {
  const { user } = await renderApp('/')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Movement' }), 'Hinge and bridge')
  expect(libraryGroups()).toEqual(['Hinge and bridge'])
  expect(libraryNames()).toContain('Deadlift')
  expect(libraryNames()).toContain('Glute bridge')

  await user.selectOptions(screen.getByRole('combobox', { name: 'Equipment' }), 'Barbell')
  expect(libraryNames()).toContain('Deadlift')
  expect(libraryNames()).not.toContain('Glute bridge')
  expect(libraryNames()).not.toContain('Trap-bar deadlift')

  // The verdict filter follows today's back.
  await user.selectOptions(screen.getByRole('combobox', { name: 'Equipment' }), 'All')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Movement' }), 'All')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Today' }), 'Avoid today')
  expect(screen.getByText('No exercises match your search and filters.')).toBeVisible()
  await user.click(screen.getByRole('checkbox', { name: 'Back pain today' }))
  expect(libraryNames()).toContain('Russian twist')
  for (const name of libraryNames()) {
    expect(within(libraryEntry(name ?? '')).getByText('Avoid today')).toBeInTheDocument()
  }
})

test('the library’s filters are still there after visiting an exercise and coming back', async () => {
  const { user, router } = await renderApp('/')
  await user.type(screen.getByRole('searchbox', { name: 'Search exercises' }), 'row')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Equipment' }), 'Cable')
  const names = libraryNames()
  expect(names).toContain('Seated cable row')

  await user.click(within(library()).getByRole('link', { name: 'Seated cable row' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Seated cable row' })).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))
  expect(await screen.findByRole('searchbox', { name: 'Search exercises' })).toHaveValue('row')
  expect(screen.getByRole('combobox', { name: 'Equipment' })).toHaveValue('cable')
  expect(libraryNames()).toEqual(names)

  // The browser's Back button, too.
  await user.click(within(library()).getByRole('link', { name: 'Seated cable row' }))
  await screen.findByRole('heading', { level: 1, name: 'Seated cable row' })
  await act(() => router.navigate(-1))
  expect(await screen.findByRole('searchbox', { name: 'Search exercises' })).toHaveValue('row')
})

test('with a workout under way, the plan offers to continue it rather than start one', async () => {
  const actions = storeActions()
  actions.exerciseAdded('forearm-plank')
  await renderApp('/')
  expect(screen.getByRole('button', { name: 'Start workout' })).toBeInTheDocument()
  act(() => actions.workoutStarted())
  expect(screen.getByRole('button', { name: 'Continue workout' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Start workout' })).not.toBeInTheDocument()
})

test('with sciatica, the advice for every exercise is said once above the plan, not on each card', async () => {
  const actions = storeActions()
  actions.conditionToggled('sciatica')
  actions.exerciseAdded('squat')
  actions.exerciseAdded('burpee')
  await renderApp('/')
  const advice = screen.getByRole('region', { name: 'For every exercise today' })
  expect(within(advice).getByText(/^Stop if pain, tingling or numbness spreads/)).toBeVisible()
  expect(screen.getAllByText(/Stop if pain, tingling or numbness spreads/)).toHaveLength(1)
  // A card still says why it needs care.
  expect(within(planItem('Burpee')).getByText('Sciatica: take care, go slowly.')).toBeVisible()
})
