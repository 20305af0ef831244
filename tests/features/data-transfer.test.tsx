import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { FILE_TOO_LARGE, FILE_UNREADABLE } from '../../src/features/about/data-transfer'
import { exportFile, MAX_IMPORT_FILE_BYTES } from '../../src/store/spotter-store'
import { EMPTY_STATE, planItem } from '../fixtures/seed.mjs'
import { renderApp } from '../render-app'
import { savedOnPhone, storeActions } from '../seed'

/** The exercises of today's plan as saved on the phone. */
const savedPlan = () => savedOnPhone()?.plan.map((p) => p.exerciseId)

const fileOf = (text: string) => new File([text], 'spotter-data.json', { type: 'application/json' })

test('importing a file says what it replaces, and replaces it only when confirmed', async () => {
  storeActions().exerciseAdded('sit-up')
  const incoming = {
    ...EMPTY_STATE,
    plan: [
      planItem('p-x', 'bird-dog', { holdSeconds: 10, reps: 5 }),
      planItem('p-y', 'side-plank', { holdSeconds: 10, reps: 5 }),
    ],
  }
  const { user } = await renderApp('/about')

  await user.upload(
    screen.getByLabelText('Import data from a file'),
    fileOf(exportFile(incoming, new Date())),
  )
  const confirm = await screen.findByRole('region', { name: 'Confirm import' })
  expect(confirm).toHaveTextContent('Today’s plan: 1 exercise now, 2 exercises from the file')
  expect(savedPlan()).toEqual(['sit-up'])

  await user.click(screen.getByRole('button', { name: 'Replace my data' }))
  expect(await screen.findByText('Your data was imported.', { selector: 'p' })).toBeVisible()
  expect(savedPlan()).toEqual(['bird-dog', 'side-plank'])
})

test('cancelling an import changes nothing', async () => {
  storeActions().exerciseAdded('sit-up')
  const { user } = await renderApp('/about')
  await user.upload(
    screen.getByLabelText('Import data from a file'),
    fileOf(exportFile(EMPTY_STATE, new Date())),
  )
  await user.click(await screen.findByRole('button', { name: 'Cancel' }))
  expect(screen.queryByRole('region', { name: 'Confirm import' })).not.toBeInTheDocument()
  expect(savedPlan()).toEqual(['sit-up'])
})

test('a bad file gets a clear error and changes nothing', async () => {
  storeActions().exerciseAdded('sit-up')
  const { user } = await renderApp('/about')
  await user.upload(
    screen.getByLabelText('Import data from a file'),
    fileOf('{"kind":"spotter-data","version":1,"state":{"plan":7}}'),
  )
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Nothing in this file can be read: today’s plan. Nothing was changed.',
  )
  expect(screen.queryByRole('button', { name: 'Replace my data' })).not.toBeInTheDocument()
  expect(savedPlan()).toEqual(['sit-up'])
})

test('downloading my data gives a file that holds everything', async () => {
  storeActions().exerciseAdded('forearm-plank')
  storeActions().conditionToggled('sciatica')
  let blob: Blob | undefined
  // jsdom has no object URLs: capture the file the app hands to the browser.
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b
    return 'blob:spotter'
  })
  URL.revokeObjectURL = vi.fn()
  const { user } = await renderApp('/about')
  await user.click(screen.getByRole('button', { name: 'Download my data' }))
  expect(blob).toBeDefined()
  const file = JSON.parse(await (blob as Blob).text())
  expect(file.kind).toBe('spotter-data')
  expect(file.state.profile.conditions).toEqual(['sciatica'])
  expect(file.state.plan.map((p: { exerciseId: string }) => p.exerciseId)).toEqual(['forearm-plank'])
})

test('a file that can’t be read says so, and the same file can be picked again', async () => {
  storeActions().exerciseAdded('sit-up')
  const unreadable = fileOf(exportFile(EMPTY_STATE, new Date()))
  // What a browser does with a file moved or deleted after it was picked.
  unreadable.text = () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'))
  const { user } = await renderApp('/about')
  const input = screen.getByLabelText<HTMLInputElement>('Import data from a file')

  await user.upload(input, unreadable)
  expect(await screen.findByRole('alert')).toHaveTextContent(FILE_UNREADABLE)
  expect(screen.getByRole('alert')).toHaveTextContent('Couldn’t read that file.')
  expect(input.value).toBe('')
  expect(savedPlan()).toEqual(['sit-up'])

  // Picked again once it is readable: now it is read.
  await user.upload(input, fileOf(exportFile(EMPTY_STATE, new Date())))
  expect(await screen.findByRole('region', { name: 'Confirm import' })).toBeInTheDocument()
})

test('a file over the size limit is refused before any of it is read', async () => {
  const huge = fileOf('{}')
  Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 })
  const read = vi.fn(() => Promise.resolve('{}'))
  huge.text = read
  const { user } = await renderApp('/about')
  await user.upload(screen.getByLabelText('Import data from a file'), huge)
  expect(await screen.findByRole('alert')).toHaveTextContent(FILE_TOO_LARGE)
  expect(screen.getByRole('alert')).toHaveTextContent('over 5 MB')
  expect(read).not.toHaveBeenCalled()
  expect(MAX_IMPORT_FILE_BYTES).toBeLessThan(huge.size)
})
