import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { EXERCISE_DETAILS } from '../../src/data/exercise-details'
import { EXERCISE_IDS } from '../../src/data/exercises'
import { FIGURE_FAULTS, getExercisePoses } from '../../src/data/poses/poses'

const docs = readFileSync(join(process.cwd(), 'docs/FIGURES.md'), 'utf8')
/** `exercise-id/fault-id` listed in docs/FIGURES.md. */
const listed = (id: string, faultId: string) => docs.includes(`- ${id}/${faultId}:`)

/**
 * The plane each fault in today's data shows in, until the data says so itself (`plane` on a fault):
 * 'sagittal' when a side view shows it.
 */
const PLANE_TODAY: Record<string, 'sagittal' | 'other'> = {
  'squat/rounding': 'sagittal',
  'squat/knees-in': 'other',
  'deadlift/rounded-back': 'sagittal',
  'deadlift/looking-up': 'sagittal',
  'push-up/sag': 'sagittal',
  'glute-bridge/too-high': 'sagittal',
  'forearm-plank/pelvis-tipped': 'sagittal',
  'forearm-plank/hips-sag': 'sagittal',
  'forearm-plank/hips-high': 'sagittal',
  'pallof-press/turning': 'other',
  'side-plank/hips-drop': 'other',
  'mcgill-curl-up/chin': 'sagittal',
  'bird-dog/arching': 'sagittal',
  'forward-push-up/sag': 'sagittal',
  'backward-push-up/sag': 'sagittal',
}

test('every exercise in the library has a figure', () => {
  expect(EXERCISE_IDS.filter((id) => !getExercisePoses(id))).toEqual([])
})

test('every sagittal fault in the data has a fault figure, or a line in docs/FIGURES.md saying why not', () => {
  const missing: string[] = []
  for (const id of EXERCISE_IDS) {
    for (const fault of EXERCISE_DETAILS[id].faults as readonly { id: string; plane?: string }[]) {
      const plane = fault.plane ?? PLANE_TODAY[`${id}/${fault.id}`]
      if (plane === undefined) missing.push(`${id}/${fault.id}: which plane?`)
      if (plane !== 'sagittal') continue
      const drawn = FIGURE_FAULTS[id]?.some((figure) => figure.id === fault.id)
      if (!drawn && !listed(id, fault.id)) missing.push(`${id}/${fault.id}`)
    }
  }
  expect(missing).toEqual([])
})

test('every fault drawn matches a fault in the data, or is listed in docs/FIGURES.md as figure-only', () => {
  const unknown: string[] = []
  for (const id of EXERCISE_IDS) {
    const known = new Set<string>(EXERCISE_DETAILS[id].faults.map((fault) => fault.id))
    for (const figure of FIGURE_FAULTS[id] ?? []) {
      if (!known.has(figure.id) && !listed(id, figure.id)) unknown.push(`${id}/${figure.id}`)
    }
  }
  expect(unknown).toEqual([])
})

test('every figure has a text alternative for each position it draws', () => {
  const bare: string[] = []
  for (const id of EXERCISE_IDS) {
    const poses = getExercisePoses(id)
    if (!poses) continue
    const m = poses.movement
    const alts = [
      ...('hold' in m ? [m.hold.alt] : [m.start.alt, m.end.alt]),
      ...poses.faults.map((f) => f.alt),
    ]
    if (alts.some((alt) => alt.trim().length < 10)) bare.push(id)
  }
  expect(bare).toEqual([])
})
