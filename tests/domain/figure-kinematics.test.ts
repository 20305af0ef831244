import { describe, expect, test } from 'vitest'
import { SEGMENTS } from '../../src/data/poses/anthropometry'
import { EXERCISE_POSES } from '../../src/data/poses/poses'
import type { ExercisePoses, Geometry, PointName, Pose } from '../../src/data/poses/types'
import {
  distance,
  interpolatePose,
  jointAngles,
  solvePose,
  spineCurve,
} from '../../src/domain/figure-kinematics'

/** Every still of every exercise, and the movement's in-between poses. */
function framesOf(poses: ExercisePoses): { name: string; pose: Pose }[] {
  const m = poses.movement
  const stills =
    'hold' in m
      ? [{ name: 'hold', pose: m.hold.pose }]
      : [
          { name: 'start', pose: m.start.pose },
          ...[0.25, 0.5, 0.75].map((t) => ({
            name: `${t * 100}%`,
            pose: interpolatePose(m.start.pose, m.end.pose, t, poses.view),
          })),
          { name: 'end', pose: m.end.pose },
        ]
  return [...stills, ...poses.faults.map((fault) => ({ name: `fault ${fault.id}`, pose: fault.pose }))]
}

const ALL = Object.entries(EXERCISE_POSES as Record<string, ExercisePoses>).flatMap(([id, poses]) =>
  framesOf(poses).map(({ name, pose }) => ({ id, name, pose, poses, g: solvePose(pose, poses.view) })),
)

test('a person standing tall is one body height from the floor to the top of the head', () => {
  const { g } = ALL.find(({ id, name }) => id === 'toe-touch' && name === 'start') ?? {}
  expect(g).toBeDefined()
  if (!g) return
  expect(g.head.y + SEGMENTS.headRadius).toBeCloseTo(1, 1)
  expect(g.neck.y).toBeCloseTo(0.818, 1)
  expect(g.hip.y).toBeCloseTo(0.53, 2)
})

test('every pose keeps every segment its length from the anthropometric table', () => {
  const wrong: string[] = []
  for (const { id, name, g, poses } of ALL) {
    const foot = poses.view === 'front' ? SEGMENTS.footWidth : SEGMENTS.footLength
    const lengths: [PointName, PointName, number][] = [
      ['hip', 'sacrum', SEGMENTS.pelvis],
      ['sacrum', 't12', SEGMENTS.lumbar],
      ['t12', 'neck', SEGMENTS.thorax],
      ['neck', 'crown', SEGMENTS.neck],
      ['neck', 'elbow', SEGMENTS.upperArm],
      ['elbow', 'wrist', SEGMENTS.forearm],
      ['wrist', 'grip', SEGMENTS.grip],
      ['neck', 'farElbow', SEGMENTS.upperArm],
      ['farElbow', 'farWrist', SEGMENTS.forearm],
      ['hip', 'knee', SEGMENTS.thigh],
      ['knee', 'ankle', SEGMENTS.shank],
      ['heel', 'toe', foot],
      ['hip', 'farKnee', SEGMENTS.thigh],
      ['farKnee', 'farAnkle', SEGMENTS.shank],
      ['farHeel', 'farToe', foot],
    ]
    for (const [a, b, length] of lengths) {
      if (Math.abs(distance(g[a], g[b]) - length) > 1e-9) wrong.push(`${id} ${name}: ${a}–${b}`)
    }
  }
  expect(wrong).toEqual([])
})

/**
 * Joint ranges a body can reach, in degrees (flexion positive), with a little room for a drawing.
 * Arms holding a bar on the upper back are turned out of the side plane, so their elbows seen from the
 * side fold further than an elbow can bend in it: those are left out. So are the shoulders, elbows and
 * ankles in a front view, where arms move out to the side and feet point at the viewer.
 */
const RANGES = {
  lumbar: [-55, 50],
  thoracic: [-20, 45],
  neck: [-55, 65],
  hip: [-40, 150],
  knee: [-3, 160],
  // A foot pointed along the shin (lying face down, a knee on a bench) is drawn at -90.
  ankle: [-90, 50],
  elbow: [-3, 160],
  shoulder: [-70, 190],
} as const
const BAR_ON_BACK = new Set(['squat', 'good-morning'])

test('every pose keeps its joints inside human ranges', () => {
  const outside: string[] = []
  const check = (where: string, joint: keyof typeof RANGES, value: number) => {
    const [low, high] = RANGES[joint]
    if (value < low || value > high) outside.push(`${where} ${joint} ${Math.round(value)}`)
  }
  for (const { id, name, g, poses } of ALL) {
    const j = jointAngles(g)
    const where = `${id} ${name}`
    check(where, 'lumbar', j.lumbar)
    check(where, 'thoracic', j.thoracic)
    check(where, 'neck', j.neck)
    for (const side of ['near', 'far'] as const) {
      check(`${where} ${side}`, 'hip', j[side].hip)
      check(`${where} ${side}`, 'knee', j[side].knee)
      if (poses.view === 'front') continue
      check(`${where} ${side}`, 'ankle', j[side].ankle)
      check(`${where} ${side}`, 'shoulder', j[side].shoulder)
      if (!BAR_ON_BACK.has(id)) check(`${where} ${side}`, 'elbow', j[side].elbow)
    }
  }
  expect(outside).toEqual([])
})

test('feet, knees, hands and backs rest on the floor or the equipment where the pose says so', () => {
  const off: string[] = []
  for (const { id, name, pose, g } of ALL) {
    for (const rest of pose.rests ?? []) {
      const gap = g[rest.point].y - rest.y
      if (Math.abs(gap) > 0.02)
        off.push(`${id} ${name}: ${rest.point} ${gap > 0 ? 'above' : 'below'} by ${gap.toFixed(3)}`)
    }
  }
  expect(off).toEqual([])
})

test('no part of the body goes through the floor', () => {
  const through: string[] = []
  for (const { id, name, g } of ALL) {
    for (const [point, at] of Object.entries(g) as [keyof Geometry, { y: number }][]) {
      if (at.y < -0.02) through.push(`${id} ${name}: ${point}`)
    }
  }
  expect(through).toEqual([])
})

test('a barbell or plate held in the hands stays above the floor', () => {
  const below: string[] = []
  for (const { id, name, g, poses } of ALL) {
    for (const item of poses.equipment) {
      if ((item.kind === 'barbell' || item.kind === 'plate') && typeof item.at === 'string') {
        if (g[item.at].y - item.plate < -0.01) below.push(`${id} ${name}`)
      }
    }
  }
  expect(below).toEqual([])
})

describe('each fault pose differs from the right one in the part it marks', () => {
  for (const [id, poses] of Object.entries(EXERCISE_POSES as Record<string, ExercisePoses>)) {
    for (const fault of poses.faults) {
      test(`${id}: ${fault.id}`, () => {
        const m = poses.movement
        const right = 'hold' in m ? m.hold.pose : fault.of === 'end' ? m.end.pose : m.start.pose
        const a = jointAngles(solvePose(right, poses.view))
        const b = jointAngles(solvePose(fault.pose, poses.view))
        const change =
          fault.mark === 'lumbar'
            ? Math.abs(b.lumbar - a.lumbar)
            : fault.mark === 'thorax'
              ? Math.abs(b.thoracic - a.thoracic)
              : fault.mark === 'neck'
                ? Math.abs(b.neck - a.neck)
                : Math.abs(b.near.hip - a.near.hip)
        expect(change).toBeGreaterThanOrEqual(15)
      })
    }
  }
})

test('a rounded lower back and an arched one bend the spine curve opposite ways', () => {
  const bend = (id: string, faultId: string) => {
    const poses = (EXERCISE_POSES as Record<string, ExercisePoses>)[id]
    const fault = poses?.faults.find((f) => f.id === faultId)
    if (!poses || !fault) throw new Error(`no ${id}/${faultId}`)
    const { lumbar } = spineCurve(solvePose(fault.pose))
    // Which side of the lumbar piece's chord its first control point lies: the sign of the bend.
    const chord = { x: lumbar.to.x - lumbar.from.x, y: lumbar.to.y - lumbar.from.y }
    const toControl = { x: lumbar.c1.x - lumbar.from.x, y: lumbar.c1.y - lumbar.from.y }
    return Math.sign(chord.x * toControl.y - chord.y * toControl.x)
  }
  expect(bend('deadlift', 'rounded-back')).not.toBe(0)
  expect(bend('deadlift', 'rounded-back')).toBe(-bend('forearm-plank', 'hips-sag'))
})

test('the movement starts at the start pose and ends at the end pose', () => {
  const m = EXERCISE_POSES.deadlift.movement
  const at = (t: number) => solvePose(interpolatePose(m.start.pose, m.end.pose, t))
  expect(at(0).grip).toEqual(solvePose(m.start.pose).grip)
  expect(at(1).neck.y).toBeCloseTo(solvePose(m.end.pose).neck.y, 9)
  expect(at(0.5).neck.y).toBeGreaterThan(at(0).neck.y)
  expect(at(0.5).neck.y).toBeLessThan(at(1).neck.y)
})
