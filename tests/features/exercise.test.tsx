import { act, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { planOnScreen, renderApp } from '../render-app'
import { storeActions } from '../seed'

const region = (name: RegExp | string) => screen.getByRole('region', { name })
/** A form checkpoint, by its own words (a "coaching cue" label is text of its own inside it). */
const checkpoint = (text: RegExp | string) =>
  within(region('Form checkpoints')).getByText(text, { selector: 'li' })

/** Back to the plan from an exercise, and what it shows. */
async function planAfterGoingBack(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))
  await screen.findByRole('heading', { level: 1, name: 'Today’s plan' }, { timeout: 10_000 })
  return planOnScreen()
}

/** Today's verdict table: each load's chip and reason (a reason shared by loads spans their rows). */
function verdictsByLoad(): Record<string, string> {
  const table = screen.getByRole('table', { name: 'Today’s verdict at each load' })
  const byLoad: Record<string, string> = {}
  let shared = ''
  for (const row of within(table).getAllByRole('row').slice(1)) {
    const cell = within(row).queryByRole('cell')
    if (cell) shared = cell.textContent?.trim() ?? ''
    const load = within(row).getByRole('rowheader').firstChild?.textContent ?? ''
    byLoad[load] = shared
  }
  return byLoad
}

test('a sit-up shows its back risk, checkpoints and safer swaps as links', async () => {
  const { user } = await renderApp('/exercises/sit-up')

  expect(await screen.findByRole('heading', { level: 1, name: 'Sit-up' })).toBeInTheDocument()
  expect(screen.getByText(/the “six-pack” muscle/i)).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'General back risk: high' })).toBeInTheDocument()
  expect(screen.getByText(/Repeated bending with a strong hip-flexor pull/)).toBeInTheDocument()
  // With nothing declared, the general back risk stays a fact about the exercise: today it is OK, said once.
  expect(verdictsByLoad()).toEqual({
    Bodyweight: 'OK Nothing in your back profile calls for care. Keep to the form checkpoints.',
    Light: 'OK Nothing in your back profile calls for care. Keep to the form checkpoints.',
  })
  expect(screen.getAllByText(/Nothing in your back profile calls for care/)).toHaveLength(1)
  expect(screen.getByRole('heading', { name: 'How it loads your lower back' })).toBeInTheDocument()

  const [slowly, stop, ...more] = within(region('Form checkpoints')).getAllByRole('listitem')
  expect(more).toEqual([])
  expect(slowly).toBe(checkpoint('Curl up slowly: no jerking'))
  expect(within(slowly as HTMLElement).getByText('coaching cue')).toBeInTheDocument()
  expect(stop).toBe(checkpoint('Stop if your lower back hurts'))
  expect(within(stop as HTMLElement).queryByText('coaching cue')).not.toBeInTheDocument()

  const safer = region('Safer alternatives')
  expect(
    within(safer)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['McGill curl-up', 'Side plank', 'Pallof press'])
  expect(within(safer).getByText(/hands keep the lower back’s curve/i)).toBeInTheDocument()

  await user.click(within(safer).getByRole('link', { name: 'McGill curl-up' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'McGill curl-up' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'General back risk: low' })).toBeInTheDocument()
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
  expect(await planAfterGoingBack(user)).toEqual(['Squat', 'Glute bridge', 'Sit-up'])
})

test('the exercise screen links back to the plan', async () => {
  const { user, router } = await renderApp('/exercises/sit-up')
  await user.click(await screen.findByRole('link', { name: 'Back to today’s plan' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Today’s plan' })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/')
})

test('a forearm plank shows the 30-second hold and what to check when it pinches, each check once', async () => {
  await renderApp('/exercises/forearm-plank')
  expect(await screen.findByText('Hold about 30 seconds')).toBeInTheDocument()
  // The faults drawn are under "Watch for" beside their figures; the list below has only the rest.
  expect(screen.getAllByText(/Hips sagging toward the floor/)).toHaveLength(1)
  expect(screen.getAllByText(/Hips too high/)).toHaveLength(1)
  expect(
    within(region('Also check'))
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Pelvis tipped forward: it arches your back'])
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

test('declaring sciatica on the about screen turns a burpee into "Take care", with the sciatica advice', async () => {
  const { user, router } = await renderApp('/exercises/burpee')
  await screen.findByRole('heading', { level: 1, name: 'Burpee' })
  expect(verdictsByLoad()).toEqual({
    Bodyweight: 'OK Nothing in your back profile calls for care. Keep to the form checkpoints.',
  })

  await user.click(screen.getByRole('link', { name: 'Set up my back profile' }))
  await user.click(await screen.findByRole('checkbox', { name: 'Sciatica / nerve pain down the leg' }))
  await act(() => router.navigate('/exercises/burpee'))

  await screen.findByRole('heading', { level: 1, name: 'Burpee' })
  expect(verdictsByLoad()).toEqual({ Bodyweight: 'Take care Sciatica: take care, go slowly.' })
  const today = region('For your back today')
  expect(
    within(today).getByText(/Stop if pain, tingling or numbness spreads further down your leg/),
  ).toBeVisible()
  expect(within(today).getByRole('link', { name: 'Change my back profile' })).toBeInTheDocument()
  // The sciatica rule is today's verdict now: the general list names only the other condition.
  const rules = region('Avoid or take care if…')
  expect(within(rules).getByText('Back pain today')).toBeInTheDocument()
  expect(within(rules).queryByText('Sciatica / nerve pain down the leg')).not.toBeInTheDocument()
})

test('a deadlift’s verdict at each load follows back pain today: heavy is to avoid, light to take care', async () => {
  storeActions().conditionToggled('back-pain-today')
  await renderApp('/exercises/deadlift')
  await screen.findByRole('heading', { level: 1, name: 'Deadlift' })
  const verdicts = verdictsByLoad()
  expect(Object.keys(verdicts)).toEqual(['Light', 'Heavy'])
  expect(verdicts.Light).toMatch(/^Take care Back pain today: /)
  expect(verdicts.Heavy).toMatch(/^Avoid today Back pain today: /)
  expect(
    within(region('For your back today')).getByText(
      'Stop any exercise that makes your pain worse or causes new pain.',
    ),
  ).toBeVisible()
  // One scale on screen: the general risk is words, not a second coloured chip.
  expect(screen.getByRole('heading', { name: 'General back risk: moderate' })).toBeInTheDocument()
})

test('sources are named for what they are, and a cue with no source says it is a coaching cue', async () => {
  await renderApp('/exercises/deadlift')
  const sources = await screen.findByRole('region', { name: 'Sources' })
  expect(within(sources).getAllByText(/^A peer-reviewed study/).length).toBeGreaterThan(0)
  expect(
    within(sources).getByText(/^A spine clinic’s blog post, used for form cues only/),
  ).toBeInTheDocument()
  expect(within(checkpoint(/^Neutral neck/)).getByText('coaching cue')).toBeInTheDocument()
  expect(within(checkpoint(/^Brace your core/)).queryByText('coaching cue')).not.toBeInTheDocument()
})

test('on an exercise already in the plan, “Add to today” says it adds it again', async () => {
  storeActions().exerciseAdded('deadlift')
  const { user } = await renderApp('/exercises/deadlift')
  expect(await screen.findByText('Already in today’s plan.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Add to today again' }))
  expect(screen.getByText(/Added\. 2 exercises in today’s plan/)).toBeInTheDocument()
  expect(await planAfterGoingBack(user)).toEqual(['Deadlift', 'Deadlift'])
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
