import { expect, test } from 'vitest'
import { EXERCISE_IDS, getExercise } from '../../src/data/exercises'
import { defaultPrescription } from '../../src/domain/prescription'
import { decodeRoutine, encodeRoutine, MAX_CODE_CHARS } from '../../src/store/share-link'
import { MAX_PLAN_ITEMS, MAX_ROUTINE_NAME } from '../../src/store/transitions'
import { STARTER_ROUTINES } from '../fixtures/seed.mjs'

const origin = 'https://spotter.example'
const linkLength = (code: string) => `${origin}/shared#r=${code}`.length

test('the six-exercise starter routine makes a short link (its length is printed)', async () => {
  const fullBody = STARTER_ROUTINES[1]
  const code = await encodeRoutine({ name: fullBody?.name ?? '', items: fullBody?.items ?? [] }, 'kg')
  console.info(
    `6-exercise routine: ${code.length} characters of code, ${linkLength(code)} with ${origin}/shared#r=`,
  )
  expect(linkLength(code)).toBeLessThan(300)
})

test('the largest routine Spotter makes (40 exercises, the longest name, every weight different) still fits a link', async () => {
  const items = Array.from({ length: MAX_PLAN_ITEMS }, (_, i) => {
    const exerciseId = EXERCISE_IDS[(i * 7) % EXERCISE_IDS.length] ?? 'squat'
    const dose = defaultPrescription(getExercise(exerciseId))
    return {
      exerciseId,
      ...dose,
      load: dose.load === 'bodyweight' ? dose.load : ('heavy' as const),
      weight: dose.load === 'bodyweight' ? null : 100 + i * 7.5,
      sets: 1 + (i % 10),
      reps: 1 + ((i * 13) % 50),
      restSeconds: (i * 37) % 600,
    }
  })
  const name = 'Ünïcødé wörkout – Tuesday’s heavy day with the long name …'.padEnd(MAX_ROUTINE_NAME, 'x')
  const code = await encodeRoutine({ name, items }, 'kg')
  console.info(
    `40-exercise routine: ${code.length} characters of code, ${linkLength(code)} with the origin (limit ${MAX_CODE_CHARS})`,
  )
  expect(code.length).toBeLessThan(MAX_CODE_CHARS)
  const decoded = await decodeRoutine(code, 'kg')
  expect(decoded.ok && decoded.routine.items).toEqual(items)
})
