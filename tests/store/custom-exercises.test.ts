import fc from 'fast-check'
import { expect, test } from 'vitest'
import { describeReplacement, exportFile, parseImportFile } from '../../src/store/data-file'
import { readSaved } from '../../src/store/persistence'
import { decodeRoutine, encodeRoutine } from '../../src/store/spotter-store'
import * as t from '../../src/store/transitions'
import { emptyData, type SpotterData } from '../../src/store/types'
import { HIP_AIRPLANE, planItem, savedText } from '../fixtures/seed.mjs'
import { seedStore } from '../seed'

const withCustom = (overrides: Partial<SpotterData> = {}): SpotterData => ({
  ...emptyData(),
  routines: [],
  customExercises: [HIP_AIRPLANE],
  ...overrides,
})

const read = (state: unknown) => readSaved(savedText(state as Partial<SpotterData>))

test('a saved custom exercise, the plan item using it and ticks of its own cues read back exactly', () => {
  const { key: _key, ...routineItem } = planItem('p-x', 'c-hip-airplane')
  const data = withCustom({
    plan: [planItem('p-1', 'c-hip-airplane'), planItem('p-2', 'squat')],
    ticks: { 'p-1': ['cue-2'] },
    routines: [{ id: 'r-1', name: 'Hips', items: [routineItem] }],
  })
  const result = read(data)
  expect(result.problems).toEqual([])
  expect(result.data.customExercises).toEqual([HIP_AIRPLANE])
  expect(result.data.plan.map((item) => item.exerciseId)).toEqual(['c-hip-airplane', 'squat'])
  expect(result.data.ticks).toEqual({ 'p-1': ['cue-2'] })
  expect(result.data.routines[0]?.items[0]?.exerciseId).toBe('c-hip-airplane')
})

test('ticks on a custom exercise are checked against its own cues, not anyone else’s', () => {
  const result = read(
    withCustom({ plan: [planItem('p-1', 'c-hip-airplane')], ticks: { 'p-1': ['cue-1', 'brace', 'cue-9'] } }),
  )
  expect(result.data.ticks).toEqual({ 'p-1': ['cue-1'] })
  expect(result.problems).toContain('ticks of checkpoints Spotter doesn’t know')
})

test('bad custom exercises in storage are left out and said, never crash, and prototype-named ids are refused', () => {
  const bad: unknown[] = [
    { ...HIP_AIRPLANE, id: '__proto__' },
    { ...HIP_AIRPLANE, id: 'constructor' },
    { ...HIP_AIRPLANE, id: 'c-' },
    { ...HIP_AIRPLANE, id: 'squat' },
    { ...HIP_AIRPLANE, name: '   ' },
    { ...HIP_AIRPLANE, name: 'x'.repeat(500) },
    { ...HIP_AIRPLANE, pattern: 'juggling' },
    { ...HIP_AIRPLANE, equipment: [] },
    { ...HIP_AIRPLANE, equipment: ['spaceship'] },
    { ...HIP_AIRPLANE, cues: [{ id: '__proto__', text: 'x' }] },
    {
      ...HIP_AIRPLANE,
      cues: [
        { id: 'cue-1', text: 'a' },
        { id: 'cue-1', text: 'b' },
      ],
    },
    { ...HIP_AIRPLANE, cues: 'hold on' },
    { ...HIP_AIRPLANE, holdSeconds: 100_000 },
    null,
    'Hip airplane',
  ]
  for (const custom of bad) {
    const result = read({ customExercises: [custom], plan: [planItem('p-1', 'c-hip-airplane')] })
    expect(result.data.customExercises, JSON.stringify(custom)).toEqual([])
    expect(result.problems).toContain('one of your own exercises')
    // The plan item naming it is left out, like any exercise Spotter doesn't know.
    expect(result.data.plan).toEqual([])
  }
  expect(read({ customExercises: 'lots' }).problems).toContain('your own exercises')
  expect(read({ customExercises: [HIP_AIRPLANE, HIP_AIRPLANE] }).data.customExercises).toEqual([HIP_AIRPLANE])
})

test('random custom exercises in storage never crash the reader', () => {
  fc.assert(
    fc.property(fc.array(fc.anything(), { maxLength: 5 }), fc.anything(), (customExercises, plan) => {
      const result = read({ customExercises, plan })
      for (const custom of result.data.customExercises) expect(custom.id.startsWith('c-')).toBe(true)
    }),
    { numRuns: 200 },
  )
})

test('export then import keeps custom exercises, and the plan and routines that use them', () => {
  const { key: _key, ...routineItem } = planItem('p-x', 'c-hip-airplane')
  const data = withCustom({
    plan: [planItem('p-1', 'c-hip-airplane')],
    ticks: { 'p-1': ['cue-1'] },
    routines: [{ id: 'r-1', name: 'Hips', items: [routineItem] }],
  })
  const imported = parseImportFile(exportFile(data, new Date('2026-11-20T10:00:00Z')))
  if (!imported.ok) throw new Error(imported.error)
  expect(imported.preview.data).toEqual(data)
  expect(imported.preview.leftOut).toEqual([])
  expect(describeReplacement(emptyData(), imported.preview.data)).toContain(
    'Your own exercises: 0 now, 1 from the file',
  )
})

test('a version 2 save gains an empty list of custom exercises', () => {
  const v2 = JSON.stringify({ version: 2, revision: 1, state: { plan: [], ticks: {}, history: [] } })
  expect(readSaved(v2).data.customExercises).toEqual([])
})

test('adding one: a c- id, cleaned name and cues, and it can go in the plan with its hold', () => {
  const data = t.saveCustomExercise(
    { ...emptyData(), routines: [] },
    {
      name: '  Wall   sit ',
      pattern: 'squat',
      equipment: ['bodyweight'],
      cues: ['Back flat on the wall', '  ', 'Knees over ankles'],
      holdSeconds: 30,
    },
    'c-wall-sit',
  )
  expect(data.customExercises).toEqual([
    {
      id: 'c-wall-sit',
      name: 'Wall sit',
      pattern: 'squat',
      equipment: ['bodyweight'],
      cues: [
        { id: 'cue-1', text: 'Back flat on the wall' },
        { id: 'cue-2', text: 'Knees over ankles' },
      ],
      holdSeconds: 30,
    },
  ])
  const planned = t.addExercise(data, 'c-wall-sit', 'p-1')
  expect(planned.plan[0]).toMatchObject({ exerciseId: 'c-wall-sit', holdSeconds: 30, load: 'bodyweight' })
  expect(t.addExercise(data, 'c-not-there', 'p-2').plan).toEqual([])
  expect(t.toggleCheckpoint(planned, 'p-1', 'cue-2').ticks).toEqual({ 'p-1': ['cue-2'] })
  expect(t.toggleCheckpoint(planned, 'p-1', 'brace').ticks).toEqual({})
})

test('editing keeps ticks of the cues kept, drops those removed, and plan items follow a change to a hold', () => {
  const data = withCustom({ plan: [planItem('p-1', 'c-hip-airplane')], ticks: { 'p-1': ['cue-1', 'cue-2'] } })
  const edited = t.saveCustomExercise(
    data,
    { ...HIP_AIRPLANE, cues: ['Turn from the hip', 'Slowly'], holdSeconds: 10 },
    'c-hip-airplane',
  )
  expect(edited.customExercises[0]?.cues).toEqual([
    { id: 'cue-2', text: 'Turn from the hip' },
    { id: 'cue-3', text: 'Slowly' },
  ])
  expect(edited.ticks).toEqual({ 'p-1': ['cue-2'] })
  expect(edited.plan[0]?.holdSeconds).toBe(10)
  // What it saves reads back without a problem.
  expect(read(edited).problems).toEqual([])
})

test('deleting one takes it out of the plan and routines, and a routine left empty goes too', () => {
  const { key: _key, ...custom } = planItem('p-x', 'c-hip-airplane')
  const { key: _key2, ...squat } = planItem('p-y', 'squat')
  const data = withCustom({
    plan: [planItem('p-1', 'c-hip-airplane'), planItem('p-2', 'squat')],
    ticks: { 'p-1': ['cue-1'] },
    routines: [
      { id: 'r-1', name: 'Hips only', items: [custom] },
      { id: 'r-2', name: 'Legs', items: [squat, custom] },
    ],
  })
  expect(t.customExerciseUses(data, 'c-hip-airplane')).toEqual({
    inPlan: true,
    inWorkout: false,
    routines: ['Hips only', 'Legs'],
    emptied: ['Hips only'],
  })
  const deleted = t.deleteCustomExercise(data, 'c-hip-airplane')
  expect(deleted.customExercises).toEqual([])
  expect(deleted.plan.map((item) => item.key)).toEqual(['p-2'])
  expect(deleted.ticks).toEqual({})
  expect(deleted.routines).toEqual([{ id: 'r-2', name: 'Legs', items: [squat] }])
})

test('one in the workout under way can be neither deleted nor edited until the workout ends', () => {
  const data = withCustom({
    plan: [planItem('p-1', 'c-hip-airplane')],
    workout: { startedAt: '2026-11-20T10:00:00.000Z', step: 1, entries: [], rest: null, hold: null },
  })
  expect(t.deleteCustomExercise(data, 'c-hip-airplane')).toBe(data)
  expect(t.saveCustomExercise(data, { ...HIP_AIRPLANE, cues: [] }, 'c-hip-airplane')).toBe(data)
})

test('a finished workout keeps the custom exercise’s name in History, even after it is deleted', () => {
  let data = withCustom({ plan: [planItem('p-1', 'c-hip-airplane', { sets: 1 })] })
  data = t.startWorkout(data, new Date('2026-11-20T10:00:00Z'))
  data = t.completeSet(
    data,
    'p-1',
    { reps: 10, weight: null, holdSeconds: null },
    new Date('2026-11-20T10:01:00Z'),
  )
  data = t.finishWorkout(data, new Date('2026-11-20T10:10:00Z'), 'all')
  data = t.deleteCustomExercise(data, 'c-hip-airplane')
  expect(data.history[0]?.items[0]).toMatchObject({ exerciseId: 'c-hip-airplane', name: 'Hip airplane' })
  expect(read(data).data.history[0]?.items[0]?.name).toBe('Hip airplane')
})

test('a shared link carries your own exercise by name only: the opener sees it named and left out', async () => {
  seedStore({ customExercises: [HIP_AIRPLANE] })
  const { key: _key, ...custom } = planItem('p-x', 'c-hip-airplane')
  const { key: _key2, ...squat } = planItem('p-y', 'squat')
  const code = await encodeRoutine({ name: 'Legs', items: [custom, squat] }, 'kg')
  const decoded = await decodeRoutine(code, 'kg')
  expect(decoded).toEqual({ ok: true, routine: { name: 'Legs', items: [squat] }, leftOut: ['Hip airplane'] })
})
