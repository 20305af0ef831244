import { act, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { renderApp } from '../render-app'
import { storeState } from '../seed'

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
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
const libraryEntry = (name: string) => {
  const entry = within(library()).getByRole('heading', { level: 3, name }).closest('li')
  if (!entry) throw new Error(`no library entry for ${name}`)
  return entry
}

async function add(user: UserEvent, ...names: string[]) {
  for (const name of names) {
    await user.click(screen.getByRole('button', { name: `Add ${name} to today` }))
  }
}

test('an empty plan points to the library below', async () => {
  await renderApp('/')
  expect(screen.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeInTheDocument()
  expect(document.title).toBe('Today’s plan · Spotter')
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
  expect(within(libraryEntry('Sit-up')).getByText('In plan')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Start workout' })).toHaveAttribute('href', '/workout')
  expect(screen.getByRole('button', { name: 'Move Sit-up up' })).toBeDisabled()
  expect(screen.getByRole('button', { name: 'Move Burpee down' })).toBeDisabled()
  expect(screen.getByRole('button', { name: 'Move Glute bridge up' })).toBeEnabled()

  await user.click(screen.getByRole('button', { name: 'Move Burpee up' }))
  expect(planNames()).toEqual(['Sit-up', 'Burpee', 'Glute bridge'])
  expect(screen.getByRole('button', { name: 'Move Burpee up' })).toHaveFocus()
  expect(screen.getByTestId('live-region')).toHaveTextContent('Moved Burpee to position 2 of 3')

  await user.click(screen.getByRole('button', { name: 'Move Burpee up' }))
  expect(planNames()).toEqual(['Burpee', 'Sit-up', 'Glute bridge'])
  // At the top its up button is disabled, so focus moves to its down button.
  expect(screen.getByRole('button', { name: 'Move Burpee down' })).toHaveFocus()

  await user.click(screen.getByRole('button', { name: 'Remove Sit-up' }))
  expect(planNames()).toEqual(['Burpee', 'Glute bridge'])
  expect(within(libraryEntry('Sit-up')).queryByText('In plan')).not.toBeInTheDocument()

  // Adding the same exercise twice is allowed, and the library says so.
  await add(user, 'Glute bridge')
  expect(planNames()).toEqual(['Burpee', 'Glute bridge', 'Glute bridge'])
  expect(within(libraryEntry('Glute bridge')).getByText('In plan (2)')).toBeInTheDocument()

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

test('searching and filtering the library', async () => {
  const { user } = await renderApp('/')
  const search = screen.getByRole('searchbox', { name: 'Search exercises' })

  await user.type(search, 'plank')
  expect(libraryNames()).toEqual(['Forearm plank', 'Side plank', 'Mountain climber'])
  expect(screen.getByText('3 of 48 exercises')).toBeInTheDocument()

  await user.clear(search)
  await user.type(search, 'forward push')
  expect(within(libraryEntry('Forward push-up')).getByText(/Variation of Push-up/)).toBeVisible()
  expect(within(libraryEntry('Forward push-up')).getByText('Take care')).toBeInTheDocument()

  await user.clear(search)
  await user.selectOptions(screen.getByRole('combobox', { name: 'Back risk' }), 'High')
  expect(libraryNames()).toEqual(['Sit-up', 'Superman', 'Bent-over row', 'Good morning', 'Russian twist'])
  expect(within(libraryEntry('Sit-up')).getByText('Back risk: high')).toBeVisible()

  await user.selectOptions(screen.getByRole('combobox', { name: 'Body area' }), 'Core')
  expect(libraryNames()).toEqual(['Sit-up', 'Russian twist'])

  await user.type(search, 'bridge')
  expect(screen.getByText('No exercises match your search and filters.')).toBeVisible()
  expect(within(library()).queryAllByRole('heading', { level: 3 })).toHaveLength(0)

  await user.click(screen.getByRole('button', { name: 'Clear filters' }))
  expect(libraryNames()).toHaveLength(48)
  expect(search).toHaveValue('')
  expect(search).toHaveFocus()
  expect(screen.getByRole('combobox', { name: 'Back risk' })).toHaveValue('all')
})

test('with a workout under way, the plan offers to continue it rather than start one', async () => {
  const { actions } = storeState()
  actions.exerciseAdded('forearm-plank')
  await renderApp('/')
  expect(screen.getByRole('link', { name: 'Start workout' })).toHaveAttribute('href', '/workout')
  act(() => actions.workoutStarted())
  expect(screen.getByRole('link', { name: 'Continue workout' })).toHaveAttribute('href', '/workout')
})
