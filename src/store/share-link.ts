import { LOAD_BANDS, UNITS, type Units } from '../data/load'
import { convertWeight } from './last-time'
import { readRoutine } from './persistence'
import type { Routine, RoutineItem } from './types'

/**
 * A routine carried by a link, with no server: compact JSON, deflated and base64url-encoded, in the
 * URL's fragment (`/shared#r=…`), which browsers never send to a server. Only the routine travels: never
 * the user's history or back profile. A link is validated exactly as saved data is: a bad, truncated or
 * tampered one gets a clear message and changes nothing; unknown exercises are named and left out.
 */

/** The link format's version. A link from a newer Spotter says so instead of failing obscurely. */
export const LINK_VERSION = 1
/** Longest link code accepted, in characters; the decompressed JSON is capped too (no zip bombs). */
export const MAX_CODE_CHARS = 6000
const MAX_JSON_BYTES = 64 * 1024

type Compact = [string, number, number | null, number, number, number | null, number]

const toCompact = (item: RoutineItem): Compact => [
  item.exerciseId,
  LOAD_BANDS.indexOf(item.load),
  item.weight,
  item.sets,
  item.reps,
  item.holdSeconds,
  item.restSeconds,
]

const fromCompact = (raw: unknown): unknown => {
  if (!Array.isArray(raw) || raw.length !== 7) return null
  const [exerciseId, load, weight, sets, reps, holdSeconds, restSeconds] = raw
  return {
    exerciseId,
    load: typeof load === 'number' ? LOAD_BANDS[load] : undefined,
    weight,
    sets,
    reps,
    holdSeconds,
    restSeconds,
  }
}

const base64url = (bytes: Uint8Array): string => {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const fromBase64url = (text: string): Uint8Array | null => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, cap: number) {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
  const reader = source.pipeThrough(stream as TransformStream<Uint8Array, Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > cap) {
      await reader.cancel()
      throw new Error('too large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

/** The link code for a routine (what follows `#r=`). */
export async function encodeRoutine(routine: Pick<Routine, 'name' | 'items'>, units: Units): Promise<string> {
  const json = JSON.stringify({ v: LINK_VERSION, n: routine.name, u: units, i: routine.items.map(toCompact) })
  return base64url(
    await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), MAX_JSON_BYTES),
  )
}

export type DecodedLink =
  | { ok: true; routine: Omit<Routine, 'id'>; leftOut: string[] }
  | { ok: false; error: string }

const BROKEN =
  'This link is damaged or incomplete, so it can’t be opened. Ask for the link again. Nothing was changed.'

/**
 * Read a link code. Never throws; says plainly what is wrong. Weights arrive in the opener's `units` (a link
 * carries the units it was made in; one without them is taken to be in the opener's).
 */
export async function decodeRoutine(code: string, units: Units): Promise<DecodedLink> {
  if (code.length === 0) return { ok: false, error: 'This link has no routine in it. Nothing was changed.' }
  if (code.length > MAX_CODE_CHARS)
    return { ok: false, error: 'This link is too long to be a Spotter routine. Nothing was changed.' }
  if (typeof DecompressionStream === 'undefined')
    return { ok: false, error: 'This browser can’t open shared routines. Try an up-to-date browser.' }
  const bytes = fromBase64url(code)
  if (!bytes) return { ok: false, error: BROKEN }
  let payload: unknown
  try {
    payload = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES),
      ),
    )
  } catch {
    return { ok: false, error: BROKEN }
  }
  if (typeof payload !== 'object' || payload === null) return { ok: false, error: BROKEN }
  const { v, n, u, i } = payload as { v?: unknown; n?: unknown; u?: unknown; i?: unknown }
  if (typeof v === 'number' && v > LINK_VERSION)
    return {
      ok: false,
      error:
        'This link comes from a newer version of Spotter. Update the app, then open it again. Nothing was changed.',
    }
  if (v !== LINK_VERSION || !Array.isArray(i)) return { ok: false, error: BROKEN }
  const leftOut: string[] = []
  const read = readRoutine({ name: n, items: i.map(fromCompact) }, leftOut)
  if (!read) {
    return leftOut.length > 0 && leftOut.length === i.length
      ? {
          ok: false,
          error: `None of this routine’s exercises are in this version of Spotter (${leftOut.join(', ')}).`,
        }
      : { ok: false, error: BROKEN }
  }
  const from = UNITS.find((unit) => unit === u) ?? units
  const items = read.routine.items.map((item) =>
    item.weight === null || from === units
      ? item
      : { ...item, weight: convertWeight(item.weight, from, units) },
  )
  return { ok: true, routine: { ...read.routine, items }, leftOut: [...new Set(leftOut)] }
}
