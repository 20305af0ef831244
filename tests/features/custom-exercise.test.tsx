import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { HIP_AIRPLANE, planItem } from '../fixtures/seed.mjs'
import { planOnScreen } from '../render-app'
import { savedOnPhone, seedStore } from '../seed'
import { realClock, renderAt, tapMain, useFakeClock } from './workout-setup'

beforeEach(() => useFakeClock())
afterEach(() => realClock())

const SCIATICA = { conditions: ['sciatica' as const], todaySetOn: null, units: 'kg' as const }

test('adding your own exercise from the library: name, movement, equipment and cues, then into today’s plan', async () => {
  seedStore({ profile: SCIATICA })
  const { user } = await renderAt('/')
  await user.click(await screen.findByRole('link', { name: 'Add your own' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Add your own exercise' })).toBeInTheDocument()

  await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Hip airplane')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Movement' }), 'Lunge and single leg')
  expect(screen.getByRole('checkbox', { name: 'No equipment' })).toBeChecked()
  await user.type(screen.getByRole('textbox', { name: 'Cue 1' }), 'Hold onto a wall')
  await user.click(screen.getByRole('button', { name: 'Add a cue' }))
  expect(screen.getByRole('textbox', { name: 'Cue 2' })).toHaveFocus()
  await user.keyboard('Turn from the hip')
  await user.click(screen.getByRole('button', { name: 'Save exercise' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Your own exercises' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Hip airplane' })).toHaveAttribute(
    'href',
    expect.stringMatching(/^\/exercises\/custom\/c-/),
  )
  expect(screen.getByText('Lunge and single leg · No equipment · reps · 2 cues')).toBeInTheDocument()
  // The cues' own words are shown one a set in a workout (see below): here, as saved.
  expect(savedOnPhone()?.customExercises[0]?.cues).toEqual([
    { id: 'cue-1', text: 'Hold onto a wall' },
    { id: 'cue-2', text: 'Turn from the hip' },
  ])
  await user.click(screen.getByRole('button', { name: 'Add Hip airplane to today' }))
  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))

  const card = (await screen.findByRole('link', { name: 'Hip airplane' })).closest('li')
  if (!card) throw new Error('no plan card')
  expect(within(card).getByText('Not rated by Spotter')).toBeInTheDocument()
  expect(within(card).getByText(/Stop if you feel sharp pain/)).toBeInTheDocument()
  // Never a verdict it cannot justify, and nothing offered as safer than it.
  expect(within(card).queryByText(/^(OK|Take care|Avoid today)$/)).not.toBeInTheDocument()
  expect(within(card).queryByRole('button', { name: /Swap/ })).not.toBeInTheDocument()
})

test('the form says plainly what is missing, and saves nothing until it is fixed', async () => {
  const { user } = await renderAt('/exercises/new')
  await user.click(screen.getByRole('checkbox', { name: 'No equipment' }))
  await user.click(screen.getByRole('radio', { name: 'A hold' }))
  await user.clear(screen.getByRole('spinbutton', { name: 'Seconds each hold' }))
  await user.type(screen.getByRole('spinbutton', { name: 'Seconds each hold' }), '2')
  await user.click(screen.getByRole('button', { name: 'Save exercise' }))

  expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
  expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Give it a name.')
  expect(screen.getByRole('group', { name: 'Equipment' })).toHaveAccessibleDescription(
    'Choose at least one. “No equipment” counts.',
  )
  expect(screen.getByRole('spinbutton', { name: 'Seconds each hold' })).toHaveAccessibleDescription(
    'A hold is 5 to 300 seconds.',
  )
  expect(screen.getByRole('heading', { level: 1, name: 'Add your own exercise' })).toBeInTheDocument()
  expect(savedOnPhone()).toBeNull()
})

test('a custom exercise through a whole workout: its own cues ticked, no verdict, and History keeps its name', async () => {
  seedStore({
    profile: SCIATICA,
    customExercises: [HIP_AIRPLANE],
    plan: [planItem('p-1', 'c-hip-airplane', { sets: 2, reps: 8 })],
  })
  const { user } = await renderAt('/workout')
  const start = screen.getByRole('list', { name: 'Today’s exercises' })
  expect(within(start).getByText('Not rated by Spotter')).toBeInTheDocument()
  await tapMain(user, 'Start workout')
  await tapMain(user, 'I’m warmed up')

  expect(screen.getByRole('heading', { level: 1, name: 'Hip airplane' })).toBeInTheDocument()
  expect(screen.getByText('Not rated by Spotter')).toBeInTheDocument()
  expect(screen.queryByText('Swap for a safer one')).not.toBeInTheDocument()
  await user.click(screen.getByRole('checkbox', { name: 'Turn from the hip' }))
  expect(screen.getByText('1 of 2 checked')).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Turn from the hip' })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: 'Hold onto a wall' })).not.toBeChecked()

  await tapMain(user, 'Set done')
  // From the second set on, one of the user's own cues at a time.
  expect(screen.getByText('Hold onto a wall', { selector: '.set-cue__text' })).toBeInTheDocument()
  await tapMain(user, 'Set done')
  await tapMain(user, 'Next: cool-down')
  await tapMain(user, 'Finish and save')

  await user.click(await screen.findByRole('link', { name: 'See History' }))
  const exercises = await screen.findByRole('list', { name: 'Exercises' })
  const [line] = within(exercises).getAllByRole('listitem')
  expect(within(line as HTMLElement).getByText('Hip airplane')).toBeInTheDocument()
  expect(within(line as HTMLElement).getByText('Done')).toBeInTheDocument()
  expect(within(line as HTMLElement).getByText('2 × 8')).toBeInTheDocument()
})

test('sharp pain on your own exercise: stop, no swap Spotter can’t vouch for, and the red flags', async () => {
  seedStore({
    customExercises: [HIP_AIRPLANE],
    plan: [planItem('p-1', 'c-hip-airplane')],
    workout: { startedAt: '2026-11-26T09:50:00.000Z', step: 1, entries: [], rest: null, hold: null },
  })
  const { user } = await renderAt('/workout')
  await user.click(screen.getByRole('button', { name: 'Sharp pain: stop' }))
  expect(screen.getByRole('heading', { name: 'Stop this exercise.' })).toBeInTheDocument()
  expect(screen.getByText(/can’t suggest a safer one/)).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Red flags: when to get medical help' })).toBeInTheDocument()
})

test('deleting your own exercise says which plan and routines use it, then takes it out of them', async () => {
  const { key: _key, ...inRoutine } = planItem('p-x', 'c-hip-airplane')
  const { key: _key2, ...squat } = planItem('p-y', 'squat')
  seedStore({
    customExercises: [HIP_AIRPLANE],
    plan: [planItem('p-1', 'c-hip-airplane'), planItem('p-2', 'squat')],
    routines: [
      { id: 'r-1', name: 'Hips only', items: [inRoutine] },
      { id: 'r-2', name: 'Legs', items: [squat, inRoutine] },
    ],
  })
  const { user } = await renderAt('/exercises/custom/c-hip-airplane')
  expect(screen.getByRole('heading', { level: 1, name: 'Hip airplane' })).toBeInTheDocument()
  expect(screen.getByText('Not rated by Spotter')).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Why there’s no verdict' })).toHaveTextContent(
    /stop if you feel sharp pain/,
  )

  await user.click(screen.getByRole('button', { name: 'Delete this exercise' }))
  expect(
    screen.getByText(
      'It’s in today’s plan and the routines “Hips only”, “Legs”. Deleting it takes it out of them.',
    ),
  ).toBeInTheDocument()
  expect(
    screen.getByText(/The routine “Hips only” has nothing else in it, so it goes too\./),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Delete' }))

  expect(await screen.findByRole('heading', { level: 1, name: 'Your own exercises' })).toBeInTheDocument()
  expect(screen.getByText('None yet.')).toBeInTheDocument()
  expect(savedOnPhone()?.routines).toEqual([{ id: 'r-2', name: 'Legs', items: [squat] }])
  await user.click(screen.getByRole('link', { name: 'Back to today’s plan' }))
  await screen.findByRole('heading', { level: 1, name: 'Today’s plan' })
  expect(planOnScreen()).toEqual(['Squat'])
})

test('editing your own exercise keeps the ticks of the cues you kept', async () => {
  seedStore({
    customExercises: [HIP_AIRPLANE],
    plan: [planItem('p-1', 'c-hip-airplane')],
    ticks: { 'p-1': ['cue-1', 'cue-2'] },
  })
  const { user } = await renderAt('/exercises/custom/c-hip-airplane')
  await user.click(screen.getByRole('button', { name: 'Remove cue 1' }))
  await user.clear(screen.getByRole('textbox', { name: 'Name' }))
  await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Hip airplane, slow')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(screen.getByText('Changes saved.')).toBeInTheDocument()
  const saved = savedOnPhone()
  expect(saved?.customExercises[0]).toMatchObject({
    name: 'Hip airplane, slow',
    cues: [{ id: 'cue-2', text: 'Turn from the hip' }],
  })
  expect(saved?.ticks).toEqual({ 'p-1': ['cue-2'] })
})

test('a routine with your own exercise never reads “all OK”: it says how many Spotter doesn’t rate', async () => {
  const { key: _key, ...inRoutine } = planItem('p-x', 'c-hip-airplane')
  const { key: _key2, ...bridge } = planItem('p-y', 'glute-bridge')
  seedStore({
    customExercises: [HIP_AIRPLANE],
    routines: [{ id: 'r-1', name: 'Hips', items: [bridge, inRoutine] }],
  })
  await renderAt('/routines')
  expect(screen.getByText(/Today: the others OK for your back, 1 not rated by Spotter/)).toBeInTheDocument()
  expect(screen.queryByText(/all OK/)).not.toBeInTheDocument()
  expect(screen.getByText('Hip airplane')).toBeInTheDocument()
})
