import { expect, test } from 'vitest'
import { useSpotter } from '../../src/store/create-store'
import { describeReplacement, exportFile, parseImportFile } from '../../src/store/data-file'
import { backupAsFile, listBackups } from '../../src/store/device-storage'
import { emptyData, type SpotterData } from '../../src/store/types'
import { FIXTURE, planItem, STORAGE_KEY, savedText } from '../fixtures/seed.mjs'
import { seedStore } from '../seed'

const sample = (): SpotterData => structuredClone(FIXTURE.state)

test('an exported file imports back to exactly the same data', () => {
  const data = sample()
  const result = parseImportFile(exportFile(data, new Date('2026-11-26T09:00:00Z')))
  expect(result).toEqual({
    ok: true,
    preview: { data, leftOut: [], damaged: [], exportedAt: '2026-11-26T09:00:00.000Z' },
  })
})

test('a file that is not JSON gets a clear error', () => {
  expect(parseImportFile('not json {')).toEqual({
    ok: false,
    error: expect.stringMatching(/isn’t valid JSON.*Nothing was changed/),
  })
})

test('JSON that is not a Spotter file is refused', () => {
  expect(parseImportFile(JSON.stringify({ state: {}, version: 1 }))).toEqual({
    ok: false,
    error: expect.stringMatching(/isn’t a Spotter data file/),
  })
})

test('a partly damaged Spotter file offers what can be read, naming what will be left out', () => {
  const file = JSON.parse(exportFile(sample(), new Date()))
  file.state.history = 'oops'
  const result = parseImportFile(JSON.stringify(file))
  expect(result.ok).toBe(true)
  if (result.ok) {
    expect(result.preview.damaged).toEqual(['your history'])
    expect(result.preview.data.plan).toEqual(FIXTURE.state.plan)
  }
})

test('a file with nothing readable is refused, and says nothing was changed', () => {
  const result = parseImportFile(JSON.stringify({ kind: 'spotter-data', version: 3, state: { plan: 'x' } }))
  expect(result).toEqual({
    ok: false,
    error: expect.stringMatching(/^Nothing in this file can be read.*Nothing was changed\.$/),
  })
})

test('a file from a newer version asks the user to update first', () => {
  const file = JSON.parse(exportFile(sample(), new Date()))
  file.version = 99
  const result = parseImportFile(JSON.stringify(file))
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.error).toMatch(/newer version/)
})

test('exercises this version does not know are left out and named', () => {
  const file = JSON.parse(exportFile(sample(), new Date()))
  file.state.plan.push(planItem('p-z', 'moon-walk'))
  const result = parseImportFile(JSON.stringify(file))
  expect(result.ok).toBe(true)
  if (result.ok) {
    expect(result.preview.leftOut).toEqual(['moon-walk'])
    expect(result.preview.data.plan).toEqual(FIXTURE.state.plan)
  }
})

test('a backup kept on the phone downloads as a file that Import accepts', () => {
  // An old-version save with an exercise this version lacks: loading repairs it and keeps a backup.
  const raw = savedText({ ...sample(), plan: [...sample().plan, planItem('p-9', 'moon-walk')] })
  seedStore(raw)
  expect(useSpotter.getState().notices).toContainEqual({ kind: 'unknown-exercises', ids: ['moon-walk'] })
  const [backup] = listBackups(localStorage)
  expect(backup?.raw).toBe(raw)
  const result = parseImportFile(backupAsFile(backup?.raw ?? ''))
  expect(result.ok).toBe(true)
  if (result.ok) expect(result.preview.data.history).toEqual(FIXTURE.state.history)
  expect(localStorage.getItem(STORAGE_KEY)).toBe(raw)
})

test('the replacement is described with counts now and from the file', () => {
  const lines = describeReplacement(emptyData(), sample())
  expect(lines).toContain('Today’s plan: 0 exercises now, 4 exercises from the file')
  expect(lines).toContain('History: 0 sessions now, 2 sessions from the file')
  expect(lines).toContain('Routines: 2 routines now, 2 routines from the file')
})

test('export then import keeps routines exactly, starter routines the user kept included', () => {
  const data = { ...FIXTURE.state, routines: [...emptyData().routines, ...FIXTURE.state.routines] }
  const result = parseImportFile(exportFile(data, new Date('2026-11-26T09:00:00.000Z')))
  expect(result.ok && result.preview.data.routines).toEqual(data.routines)
  const none = parseImportFile(exportFile({ ...FIXTURE.state, routines: [] }, new Date()))
  expect(none.ok && none.preview.data.routines).toEqual([])
})
