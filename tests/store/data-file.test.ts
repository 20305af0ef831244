import { expect, test } from 'vitest'
import { describeReplacement, exportFile, parseImportFile } from '../../src/store/data-file'
import { addExercise, finishWorkout, startWorkout, toggleCondition } from '../../src/store/transitions'
import { emptyData } from '../../src/store/types'

const sample = () => {
  let data = emptyData()
  data = addExercise(data, 'sit-up', 'a')
  data = addExercise(data, 'forearm-plank', 'b')
  data = toggleCondition(data, 'sciatica')
  data = startWorkout(data, new Date('2026-11-20T10:00:00Z'))
  data = finishWorkout(data, new Date('2026-11-20T10:40:00Z'), 's1')
  return addExercise(data, 'bird-dog', 'c')
}

test('an exported file imports back to exactly the same data', () => {
  const data = sample()
  const result = parseImportFile(exportFile(data, new Date('2026-11-26T09:00:00Z')))
  expect(result).toEqual({
    ok: true,
    preview: { data, leftOut: [], exportedAt: '2026-11-26T09:00:00.000Z' },
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

test('a damaged Spotter file is refused whole, naming what is wrong', () => {
  const file = JSON.parse(exportFile(sample(), new Date()))
  file.state.history = 'oops'
  const result = parseImportFile(JSON.stringify(file))
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.error).toMatch(/damaged \(history unreadable\)/)
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
  file.state.plan.push({ key: 'z', exerciseId: 'zercher-squat' })
  const result = parseImportFile(JSON.stringify(file))
  expect(result.ok).toBe(true)
  if (result.ok) {
    expect(result.preview.leftOut).toEqual(['zercher-squat'])
    expect(result.preview.data.plan.map((p) => p.exerciseId)).toEqual(['sit-up', 'forearm-plank', 'bird-dog'])
  }
})

test('the replacement is described with counts now and from the file', () => {
  const lines = describeReplacement(emptyData(), sample())
  expect(lines).toContain('Today’s plan: 0 exercises now, 3 exercises from the file')
  expect(lines).toContain('History: 0 sessions now, 1 session from the file')
})
