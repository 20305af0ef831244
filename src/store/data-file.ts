import { CURRENT_VERSION, describeProblems, readSaved } from './persistence'
import type { SpotterData } from './types'

/** Export and import of everything Spotter keeps, as one JSON file. Pure: no DOM, no store. */

export const FILE_KIND = 'spotter-data'
/** The largest data file Import reads: years of history fit in well under 1 MB. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024

export function exportFile(data: SpotterData, now: Date): string {
  return JSON.stringify(
    { kind: FILE_KIND, version: CURRENT_VERSION, exportedAt: now.toISOString(), state: data },
    null,
    2,
  )
}

export const exportFileName = (now: Date) => `spotter-data-${now.toISOString().slice(0, 10)}.json`

export interface ImportPreview {
  data: SpotterData
  /** Exercises in the file that this version of Spotter doesn't have; they are left out. */
  leftOut: string[]
  /** Parts of the file that couldn't be read, which importing leaves out (e.g. a repaired backup). */
  damaged: string[]
  exportedAt: string | null
}

export type ImportResult = { ok: true; preview: ImportPreview } | { ok: false; error: string }

/** Read an imported file. A bad file gets a clear error; nothing is changed until the user confirms. */
export function parseImportFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_FILE_BYTES)
    return { ok: false, error: 'This file is too large to be Spotter data.' }
  let file: unknown
  try {
    file = JSON.parse(text)
  } catch {
    return {
      ok: false,
      error: 'This file isn’t valid JSON, so it can’t be Spotter data. Nothing was changed.',
    }
  }
  if (typeof file !== 'object' || file === null || (file as { kind?: unknown }).kind !== FILE_KIND) {
    return { ok: false, error: 'This isn’t a Spotter data file. Nothing was changed.' }
  }
  const { version, state, exportedAt } = file as { version?: unknown; state?: unknown; exportedAt?: unknown }
  if (typeof version === 'number' && version > CURRENT_VERSION) {
    return {
      ok: false,
      error:
        'This file comes from a newer version of Spotter. Update the app, then import it. Nothing was changed.',
    }
  }
  const result = readSaved(JSON.stringify({ state, version }))
  if (result.unreadable) {
    return {
      ok: false,
      error: `Nothing in this file can be read: ${describeProblems(result.problems)}. Nothing was changed.`,
    }
  }
  return {
    ok: true,
    preview: {
      data: result.data,
      leftOut: [...new Set(result.unknownIds)],
      damaged: [...new Set(result.problems)],
      exportedAt: typeof exportedAt === 'string' ? exportedAt : null,
    },
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What importing will replace, in words: current → incoming. */
export function describeReplacement(current: SpotterData, incoming: SpotterData): string[] {
  const lines = [
    `Today’s plan: ${plural(current.plan.length, 'exercise', 'exercises')} now, ${plural(incoming.plan.length, 'exercise', 'exercises')} from the file`,
    `History: ${plural(current.history.length, 'session', 'sessions')} now, ${plural(incoming.history.length, 'session', 'sessions')} from the file`,
    `Routines: ${plural(current.routines.length, 'routine', 'routines')} now, ${plural(incoming.routines.length, 'routine', 'routines')} from the file`,
    `Your own exercises: ${current.customExercises.length} now, ${incoming.customExercises.length} from the file`,
    'Your back profile and ticked checkpoints',
  ]
  if (current.workout) lines.push('The workout in progress')
  return lines
}
