import fc from 'fast-check'
import { expect, test } from 'vitest'
import { EXERCISE_IDS } from '../../src/data/exercises'
import { decodeRoutine, encodeRoutine, MAX_CODE_CHARS } from '../../src/store/share-link'
import type { Routine } from '../../src/store/types'
import { FIXTURE } from '../fixtures/seed.mjs'
import { storeState } from '../seed'

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined
const runs = (numRuns: number) => (seed === undefined ? { numRuns } : { numRuns, seed })

const [soreBack, legs] = FIXTURE.state.routines as Routine[]
const routine = (r: Routine | undefined) => ({ name: r?.name ?? '', items: r?.items ?? [] })

test('a routine sent by link arrives identical', async () => {
  for (const r of [soreBack, legs]) {
    const decoded = await decodeRoutine(await encodeRoutine(routine(r), 'kg'), 'kg')
    expect(decoded).toEqual({ ok: true, routine: routine(r), leftOut: [] })
  }
})

test('a six-exercise routine makes a link a phone can share (its length is printed)', async () => {
  const six = {
    name: 'Full body, back-friendly',
    items: EXERCISE_IDS.slice(0, 6).map((exerciseId) => ({
      exerciseId,
      load: 'light' as const,
      weight: 22.5,
      sets: 3,
      reps: 10,
      holdSeconds: null,
      restSeconds: 90,
    })),
  }
  const code = await encodeRoutine(six, 'kg')
  console.info(`6-exercise routine: ${code.length} characters of link code`)
  expect(code.length).toBeLessThan(400)
})

test('a truncated link is refused with a clear message', async () => {
  const code = await encodeRoutine(routine(legs), 'kg')
  const result = await decodeRoutine(code.slice(0, code.length - 5), 'kg')
  expect(result).toEqual({
    ok: false,
    error: expect.stringMatching(/damaged or incomplete.*Nothing was changed/),
  })
})

test('a link from a newer version says to update', async () => {
  const bytes = new TextEncoder().encode(JSON.stringify({ v: 2, n: 'x', i: [] }))
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
  const reader = source
    .pipeThrough(new CompressionStream('deflate-raw') as TransformStream<Uint8Array, Uint8Array>)
    .getReader()
  const chunks: number[] = []
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(...r.value)
  const packed = Uint8Array.from(chunks)
  const code = btoa(String.fromCharCode(...packed))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  expect(await decodeRoutine(code, 'kg')).toEqual({
    ok: false,
    error: expect.stringMatching(/newer version of Spotter/),
  })
})

test('an oversize link is refused before it is decoded', async () => {
  expect(await decodeRoutine('A'.repeat(MAX_CODE_CHARS + 1), 'kg')).toEqual({
    ok: false,
    error: expect.stringMatching(/too long/),
  })
})

test('garbage, re-encoded and tampered links never throw and never change the user’s data', async () => {
  const good = await encodeRoutine(routine(legs), 'kg')
  const before = structuredClone(storeState().routines)
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.base64String({ maxLength: 400 }),
        fc.nat(good.length).map((n) => good.slice(0, n)),
        fc
          .tuple(fc.nat(good.length - 1), fc.constantFrom(...'ABCxyz019-_'))
          .map(([at, c]) => good.slice(0, at) + c + good.slice(at + 1)),
        fc.constant(encodeURIComponent(good)),
        fc.constant(`${good}${good}`),
      ),
      async (code) => {
        const result = await decodeRoutine(code, 'kg')
        if (result.ok) {
          expect(result.routine.items.length).toBeGreaterThan(0)
          expect(result.routine.items.length).toBeLessThanOrEqual(40)
        } else expect(result.error).toMatch(/\.$/)
      },
    ),
    runs(300),
  )
  expect(storeState().routines).toEqual(before)
}, 60_000)

test('exercises this version lacks are named and left out; the rest arrives', async () => {
  const code = await encodeRoutine(
    {
      name: 'Mixed',
      items: [
        ...(legs?.items ?? []),
        { ...(legs?.items[0] as Routine['items'][number]), exerciseId: 'moon-walk' as never },
      ],
    },
    'kg',
  )
  expect(await decodeRoutine(code, 'kg')).toEqual({
    ok: true,
    routine: { name: 'Mixed', items: legs?.items },
    leftOut: ['moon-walk'],
  })
})

test('a link carries its units: 30 kg sent to someone training in pounds arrives as 66 lb', async () => {
  const code = await encodeRoutine(routine(legs), 'kg')
  const sent = legs?.items[0]?.weight
  const decoded = await decodeRoutine(code, 'lb')
  expect(sent).toBe(30)
  expect(decoded.ok && decoded.routine.items[0]?.weight).toBe(66)
  const same = await decodeRoutine(code, 'kg')
  expect(same.ok && same.routine.items[0]?.weight).toBe(30)
})
