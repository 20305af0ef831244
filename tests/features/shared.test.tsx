import { cleanup, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { encodeRoutine, type Routine } from '../../src/store/spotter-store'
import { FIXTURE, planItem } from '../fixtures/seed.mjs'
import { planOnScreen, renderApp } from '../render-app'
import { savedOnPhone, seedStore, storeActions } from '../seed'

const [soreBack, legs] = FIXTURE.state.routines as Routine[]
const linkPath = async (routine: Pick<Routine, 'name' | 'items'>) =>
  `/shared#r=${await encodeRoutine(routine, 'kg')}`

test('sharing a routine copies a link; opening it and saving gives back the identical routine', async () => {
  seedStore({ ...FIXTURE.state })
  const { user } = await renderApp('/routines')
  // No share sheet here (a desktop browser): the link goes to the clipboard.
  await user.click(screen.getByRole('button', { name: `Share ${legs?.name}` }))
  expect(await screen.findByText('Link copied', { selector: 'p' })).toBeInTheDocument()
  const url = new URL(await navigator.clipboard.readText())
  expect(url.pathname).toBe('/shared')
  expect(url.hash).toMatch(/^#r=[A-Za-z0-9_-]+$/)

  // Opened by someone with no routines of their own (another phone: the first screen is gone).
  cleanup()
  seedStore({ routines: [] })
  const opened = await renderApp(`/shared${url.hash}`)
  expect(await screen.findByRole('heading', { level: 2, name: 'Legs, light' })).toBeInTheDocument()
  // Opening a link keeps nothing until the user says so.
  expect(savedOnPhone()?.routines).toEqual([])
  await opened.user.click(screen.getByRole('button', { name: 'Save as routine' }))
  expect(screen.getByText(/Saved to your routines/)).toBeInTheDocument()
  const [saved] = savedOnPhone()?.routines ?? []
  expect({ name: saved?.name, items: saved?.items }).toEqual({ name: legs?.name, items: legs?.items })
})

test('the phone’s share sheet is used where there is one, and the link never carries history or profile', async () => {
  seedStore({ ...FIXTURE.state })
  const share = vi.fn(async (_data: ShareData) => {})
  Object.defineProperty(navigator, 'share', { value: share, configurable: true })
  try {
    const { user } = await renderApp('/routines')
    await user.click(screen.getByRole('button', { name: `Share ${soreBack?.name}` }))
    // The link is made (compressed) asynchronously, then handed to the share sheet.
    await vi.waitFor(() => expect(share).toHaveBeenCalledTimes(1))
    const sent = share.mock.calls[0]?.[0]
    expect(sent?.title).toBe(`Spotter routine: ${soreBack?.name}`)
    const text = JSON.stringify(sent)
    expect(text).not.toMatch(/sciatica|Toe touch|s-2/)
    expect(screen.queryByText('Link copied', { selector: 'p' })).not.toBeInTheDocument()
  } finally {
    Reflect.deleteProperty(navigator, 'share')
  }
})

test('a shared routine shows today’s verdicts for the opener’s own back, and “Use for today” makes it the plan', async () => {
  seedStore({
    profile: { conditions: ['back-pain-today'], todaySetOn: null, units: 'kg' },
    plan: [planItem('p-1', 'burpee')],
  })
  // "Back pain today" was set on an earlier day: it doesn't count until the user says so.
  storeActions().conditionToggled('back-pain-today')
  const { user } = await renderApp(await linkPath(soreBack as Routine))
  await screen.findByRole('heading', { level: 2, name: soreBack?.name })
  const sidePlank = screen.getByRole('link', { name: 'Side plank' }).closest('li') as HTMLElement
  expect(within(sidePlank).getByText('Take care')).toBeInTheDocument()
  expect(within(sidePlank).getByText(/Back pain today/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Use for today' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Today’s plan' })).toBeInTheDocument()
  expect(planOnScreen()).toEqual(['McGill curl-up', 'Side plank', 'Bird dog'])
})

test('a damaged link says so and changes nothing', async () => {
  seedStore({ ...FIXTURE.state })
  const before = savedOnPhone()
  const code = await encodeRoutine(legs as Routine, 'kg')
  await renderApp(`/shared#r=${code.slice(0, -6)}`)
  expect(await screen.findByRole('alert')).toHaveTextContent(/damaged or incomplete.*Nothing was changed/)
  expect(screen.queryByRole('button', { name: 'Save as routine' })).not.toBeInTheDocument()
  expect(savedOnPhone()).toEqual(before)
})

test('a link with no routine in it says so', async () => {
  await renderApp('/shared')
  expect(await screen.findByRole('alert')).toHaveTextContent('This link has no routine in it.')
})

test('exercises this version lacks are named and left out', async () => {
  const item = legs?.items[0] as Routine['items'][number]
  await renderApp(
    await linkPath({ name: 'Mixed', items: [item, { ...item, exerciseId: 'moon-walk' as never }] }),
  )
  expect(await screen.findByText('Left out, not in this version of Spotter: moon-walk.')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Squat' })).toBeInTheDocument()
})
