import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { FIXTURE, planItem, savedText } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { savedOnPhone, seedStore, storeActions } from '../seed'

/** A save with an exercise this version lacks: loading repairs it and keeps a backup of the original. */
const seedRepaired = () =>
  seedStore(savedText({ ...FIXTURE.state, plan: [...FIXTURE.state.plan, planItem('p-9', 'moon-walk')] }))

test('the backups kept on the phone are listed on About, and one can be restored after confirming', async () => {
  seedRepaired()
  // The user then empties their plan by mistake.
  for (const item of FIXTURE.state.plan) storeActions().planItemRemoved(item.key)
  const { user } = await renderApp('/about')
  const backups = screen.getByRole('region', { name: 'Backups on this phone' })
  await user.click(within(backups).getByRole('button', { name: 'Restore…' }))
  const confirm = within(backups).getByRole('region', { name: 'Confirm import' })
  expect(confirm).toHaveTextContent('Today’s plan: 0 exercises now, 4 exercises from the file')
  expect(confirm).toHaveTextContent('Left out, as this version doesn’t have them: moon-walk.')
  await user.click(within(confirm).getByRole('button', { name: 'Replace my data' }))
  expect(savedOnPhone()?.plan.map((p) => p.key)).toEqual(['p-1', 'p-2', 'p-3', 'p-4'])
})

test('deleting a backup asks first, and then it is gone from the list and the phone', async () => {
  seedRepaired()
  const { user } = await renderApp('/about')
  const backups = screen.getByRole('region', { name: 'Backups on this phone' })
  await user.click(within(backups).getByRole('button', { name: 'Delete…' }))
  expect(localStorage.length).toBeGreaterThan(1)
  await user.click(screen.getByRole('button', { name: 'Delete backup' }))
  expect(screen.queryByRole('region', { name: 'Backups on this phone' })).not.toBeInTheDocument()
  expect(Object.keys(localStorage).filter((k) => k.startsWith('spotter-backup-'))).toEqual([])
})

test('an import can be undone from the About screen, and the data comes back as it was', async () => {
  seedStore(FIXTURE.state)
  const { user } = await renderApp('/about')
  const file = new File(
    [
      JSON.stringify({
        kind: 'spotter-data',
        version: 3,
        state: { ...FIXTURE.state, plan: [], history: [] },
      }),
    ],
    'x.json',
  )
  await user.upload(screen.getByLabelText('Import data from a file'), file)
  await user.click(await screen.findByRole('button', { name: 'Replace my data' }))
  expect(savedOnPhone()?.history).toEqual([])
  await user.click(screen.getByRole('button', { name: 'Undo import' }))
  expect(savedOnPhone()?.history).toEqual(FIXTURE.state.history)
  expect(savedOnPhone()?.plan).toEqual(FIXTURE.state.plan)
})
