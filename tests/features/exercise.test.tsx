import { act, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../render-app'
import { storeActions, storeState } from '../seed'

const region = (name: RegExp | string) => screen.getByRole('region', { name })

test('a sit-up shows its back risk, checkpoints and safer swaps as links', async () => {
  const { user } = await renderApp('/exercises/sit-up')

  expect(await screen.findByRole('heading', { level: 1, name: 'Sit-up' })).toBeInTheDocument()
  expect(screen.getByText(/the “six-pack” muscle/i)).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Back risk: High' })).toBeInTheDocument()
  expect(screen.getByText(/Repeated bending with a strong hip-flexor pull/)).toBeInTheDocument()
  // With nothing declared, the general back risk stays a fact about the exercise: today it is OK.
  expect(screen.getByRole('heading', { name: 'For your back today: OK' })).toBeInTheDocument()
  expect(screen.getByText(/Nothing in your back profile calls for care/)).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Why it can hurt your lower back' })).toBeInTheDocument()

  const checkpoints = within(region('Form checkpoints')).getByRole('list')
  expect(checkpoints.tagName).toBe('OL')
  expect(
    within(checkpoints)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Curl up slowly: no jerking', 'Stop if your lower back hurts'])

  const safer = region('Safer alternatives')
  expect(
    within(safer)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['McGill curl-up', 'Side plank', 'Pallof press'])
  expect(within(safer).getByText(/hands keep the lower back’s curve/i)).toBeInTheDocument()

  await user.click(within(safer).getByRole('link', { name: 'McGill curl-up' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'McGill curl-up' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Back risk: Low' })).toBeInTheDocument()
})

test('a sit-up lists who should avoid it, with the condition names and reasons', async () => {
  await renderApp('/exercises/sit-up')
  const rules = await screen.findByRole('region', { name: 'Avoid or take care if…' })
  expect(within(rules).getByText('Back pain today')).toBeInTheDocument()
  expect(within(rules).getByText('Sciatica / nerve pain down the leg')).toBeInTheDocument()
  expect(within(rules).getByText('Take care, go slowly.')).toBeInTheDocument()
  expect(within(rules).getByText('Take care, go slowly, or save it for a good day.')).toBeInTheDocument()
})

test('an exercise with no condition rules has no "avoid if" section', async () => {
  await renderApp('/exercises/forearm-plank')
  await screen.findByRole('heading', { level: 1, name: 'Forearm plank' })
  expect(screen.queryByRole('heading', { name: 'Avoid or take care if…' })).not.toBeInTheDocument()
})

test('adding a sit-up to today puts it in the plan and says how many there are', async () => {
  storeActions().exerciseAdded('squat')
  storeActions().exerciseAdded('glute-bridge')
  const { user } = await renderApp('/exercises/sit-up')

  await user.click(await screen.findByRole('button', { name: 'Add to today' }))

  expect(screen.getByText(/Added\. 3 exercises in today’s plan/)).toBeInTheDocument()
  expect(screen.getByTestId('live-region')).toHaveTextContent('Sit-up added. 3 exercises in today’s plan.')
  expect(storeState().plan.map((item) => item.exerciseId)).toEqual(['squat', 'glute-bridge', 'sit-up'])
})

test('the exercise screen links back to the plan', async () => {
  const { user, router } = await renderApp('/exercises/sit-up')
  await user.click(await screen.findByRole('link', { name: 'Back to today’s plan' }))
  expect(router.state.location.pathname).toBe('/')
})

test('a forearm plank shows the 30-second hold and what to check when it pinches', async () => {
  await renderApp('/exercises/forearm-plank')
  expect(await screen.findByText('Hold about 30 seconds')).toBeInTheDocument()
  const faults = region('If you feel a pinch, check…')
  expect(
    within(faults)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Pelvis tipped forward: it arches your back',
    'Hips sagging toward the floor: it arches your lower back',
    'Hips too high: your body makes an upside-down V',
  ])
  expect(
    within(region('Safer alternatives')).getByText(/already one of the gentler exercises/i),
  ).toBeInTheDocument()
})

test('a push-up lists its harder variations with a caution, never as safer swaps', async () => {
  await renderApp('/exercises/push-up')
  const harder = await screen.findByRole('region', { name: 'Harder variations' })
  expect(within(harder).getByText(/not safer swaps/i)).toBeInTheDocument()
  expect(within(harder).getByRole('link', { name: 'Forward push-up' })).toHaveAttribute(
    'href',
    '/exercises/forward-push-up',
  )
  expect(within(harder).getByRole('link', { name: 'Backward push-up' })).toBeInTheDocument()
  expect(within(harder).getAllByText(/a harder variation, not an easier one/i)).toHaveLength(2)

  const safer = region('Safer alternatives')
  expect(
    within(safer)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Bench press'])
})

test('a harder variation links back to the exercise it varies, with the caution', async () => {
  const { user } = await renderApp('/exercises/forward-push-up')
  const variation = await screen.findByRole('region', { name: 'Harder variation' })
  expect(within(variation).getByText(/the lower back works harder/i)).toBeInTheDocument()
  await user.click(within(variation).getByRole('link', { name: 'push-up' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Push-up' })).toBeInTheDocument()
})

test('declaring sciatica on the about screen turns a burpee into "Take care"', async () => {
  const { user, router } = await renderApp('/exercises/burpee')
  expect(await screen.findByRole('heading', { name: 'For your back today: OK' })).toBeInTheDocument()

  await user.click(screen.getByRole('link', { name: 'Set up my back profile' }))
  await user.click(await screen.findByRole('checkbox', { name: 'Sciatica / nerve pain down the leg' }))
  await act(() => router.navigate('/exercises/burpee'))

  expect(await screen.findByRole('heading', { name: 'For your back today: Take care' })).toBeInTheDocument()
  const safety = region('Back safety')
  expect(within(safety).getByText('Sciatica: take care, go slowly.')).toBeInTheDocument()
  expect(within(safety).getByRole('link', { name: 'Change my back profile' })).toBeInTheDocument()
  expect(within(region('Avoid or take care if…')).getByText(/\(in your back profile\)/)).toBeInTheDocument()
})

test('an unknown exercise says what was asked for, links back and suggests close matches', async () => {
  const { user } = await renderApp('/exercises/sit-ups')
  expect(await screen.findByRole('heading', { level: 1, name: 'Exercise not found' })).toBeInTheDocument()
  expect(screen.getByText(/We don’t have an exercise called “sit-ups”/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to today’s plan' })).toHaveAttribute('href', '/')

  const suggestions = region('Did you mean…')
  await user.click(within(suggestions).getByRole('link', { name: 'Sit-up' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Sit-up' })).toBeInTheDocument()
})

test('an unknown exercise with nothing like it offers no suggestions', async () => {
  await renderApp('/exercises/nope')
  expect(await screen.findByText(/We don’t have an exercise called “nope”/)).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Did you mean…' })).not.toBeInTheDocument()
})

test('markup in the address is shown as plain text, not run', async () => {
  const { container } = await renderApp('/exercises/%3Cscript%3Ealert(1)%3C%2Fscript%3E')
  expect(
    await screen.findByText(/We don’t have an exercise called “<script>alert\(1\)<\/script>”/),
  ).toBeInTheDocument()
  expect(container.querySelector('script')).toBeNull()
})

test.each([
  ['a malformed escape', '/exercises/%E0%A4%A'],
  ['a prototype name', '/exercises/__proto__'],
  ['another prototype name', '/exercises/constructor'],
  ['a very long name', `/exercises/${'x'.repeat(5000)}`],
  ['spaces only', '/exercises/%20%20'],
])('%s in the address shows the not-found message without crashing', async (_label, path) => {
  await renderApp(path)
  expect(await screen.findByRole('heading', { level: 1, name: 'Exercise not found' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to today’s plan' })).toBeInTheDocument()
})
