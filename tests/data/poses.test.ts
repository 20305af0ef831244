import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { EXERCISE_DETAILS } from '../../src/data/exercise-details'
import { EXERCISE_IDS, type ExerciseId } from '../../src/data/exercises'
import { FIGURE_FAULTS, getExercisePoses } from '../../src/data/poses/poses'

const docs = readFileSync(join(process.cwd(), 'docs/FIGURES.md'), 'utf8')
/** `exercise-id/fault-id` listed in docs/FIGURES.md. */
const listed = (id: string, faultId: string) => docs.includes(`- ${id}/${faultId}:`)

test('every exercise in the library has a figure', () => {
  expect(EXERCISE_IDS.filter((id) => !getExercisePoses(id))).toEqual([])
})

test('every sagittal fault in the data has a side-view fault figure, or a line in docs/FIGURES.md saying why not', () => {
  const missing: string[] = []
  for (const id of EXERCISE_IDS) {
    for (const fault of EXERCISE_DETAILS[id].faults) {
      if (fault.plane !== 'sagittal') continue
      const drawn = FIGURE_FAULTS[id]?.some((figure) => figure.id === fault.id && figure.plane === 'sagittal')
      if (!drawn && !listed(id, fault.id)) missing.push(`${id}/${fault.id}`)
    }
  }
  expect(missing).toEqual([])
})

test('every fault drawn is a fault in the data, seen in the same plane, or is listed in docs/FIGURES.md as figure-only', () => {
  const unknown: string[] = []
  for (const id of EXERCISE_IDS) {
    for (const figure of FIGURE_FAULTS[id] ?? []) {
      const known = EXERCISE_DETAILS[id].faults.find((fault) => fault.id === figure.id)
      // A side view draws a sagittal fault; a front view one the data places in another plane.
      const samePlane = known && (known.plane === 'sagittal') === (figure.plane === 'sagittal')
      if (!samePlane && !listed(id, figure.id)) unknown.push(`${id}/${figure.id}`)
    }
  }
  expect(unknown).toEqual([])
})

test('docs/FIGURES.md lists only faults that need a line', () => {
  const lines = [...docs.matchAll(/^- ([a-z-]+)\/([a-z-]+):/gm)].map(([, id, faultId]) => `${id}/${faultId}`)
  const needless = lines.filter((line) => {
    const [id, faultId] = line.split('/') as [ExerciseId, string]
    const known = EXERCISE_DETAILS[id]?.faults.find((fault) => fault.id === faultId)
    const drawn = FIGURE_FAULTS[id]?.find((figure) => figure.id === faultId)
    // Needed: a sagittal fault not drawn, or a figure with no fault in the data.
    return !((known?.plane === 'sagittal' && !drawn) || (drawn && !known))
  })
  expect(needless).toEqual([])
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
