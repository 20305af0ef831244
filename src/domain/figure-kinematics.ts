import { SEGMENTS } from '../data/poses/anthropometry'
import type { Geometry, Limb, LimbPoint, LimbReach, PointName, Pose, Vec } from '../data/poses/types'

export type { Geometry }

/**
 * Forward kinematics for the exercise figures: a pose (segment angles) in, the joints' positions out.
 * Pure and framework-free, so the figures, the tests and the contact sheet all draw the same body.
 *
 * Units: body height H = 1; y points up and the floor is y = 0; the figure faces +x.
 * Angles are absolute segment angles in degrees (Winter's "segment angles"): 0 points up, 90 forward
 * (the way the figure faces), 180 down, 270 (or -90) back. A joint angle is the difference of two
 * segment angles (see `jointAngles`).
 */

const SIDES = ['near', 'far'] as const
type Side = (typeof SIDES)[number]

const RAD = Math.PI / 180
export const direction = (degrees: number): Vec => ({
  x: Math.sin(degrees * RAD),
  y: Math.cos(degrees * RAD),
})
const add = (a: Vec, b: Vec, scale = 1): Vec => ({ x: a.x + b.x * scale, y: a.y + b.y * scale })
const sub = (a: Vec, b: Vec): Vec => ({ x: a.x - b.x, y: a.y - b.y })
export const distance = (a: Vec, b: Vec): number => Math.hypot(a.x - b.x, a.y - b.y)
/** The segment angle of the line from `a` to `b`, in (-180, 180]. */
export const angleOf = (a: Vec, b: Vec): number => Math.atan2(b.x - a.x, b.y - a.y) / RAD
/** An angle folded into (-180, 180]. */
export const wrap = (degrees: number): number => {
  const folded = (((degrees + 180) % 360) + 360) % 360
  return folded === 0 ? 180 : folded - 180
}

const isReach = (limb: Limb): limb is LimbReach => 'reach' in limb

const farName = <P extends LimbPoint>(point: P): `far${Capitalize<P>}` =>
  `far${point[0]?.toUpperCase()}${point.slice(1)}` as `far${Capitalize<P>}`
const named = (side: Side, point: LimbPoint): PointName => (side === 'near' ? point : farName(point))

export type View = 'side' | 'front'
/** The foot as drawn: heel to toe from the side; seen from the front, only its width (Winter: 0.055 H). */
const footOf = (view: View) =>
  view === 'side'
    ? { length: SEGMENTS.footLength, back: SEGMENTS.heelBack }
    : { length: SEGMENTS.footWidth, back: SEGMENTS.footWidth / 2 }
type Foot = ReturnType<typeof footOf>

/** The foot's heel and toe from its ankle and angle (heel to toe). */
function footFromAnkle(ankle: Vec, angle: number, foot: Foot) {
  const along = direction(angle)
  const up = direction(angle - 90)
  const heel = add(add(ankle, along, -foot.back), up, -SEGMENTS.ankleHeight)
  return { heel, toe: add(heel, along, foot.length) }
}

/** Where the ankle (or wrist) must be for the limb's end to touch `reach.at`. */
function limbJointFor(limb: LimbReach, foot: Foot): Vec {
  const along = direction(limb.end)
  switch (limb.reach) {
    case 'wrist':
    case 'ankle':
      return limb.at
    case 'grip':
      return add(limb.at, along, -SEGMENTS.grip)
    case 'heel':
      return add(add(limb.at, direction(limb.end - 90), SEGMENTS.ankleHeight), along, foot.back)
    case 'toe':
      return add(add(limb.at, direction(limb.end - 90), SEGMENTS.ankleHeight), along, foot.back - foot.length)
  }
}

/**
 * Two-link inverse kinematics: the middle joint between `root` and `target`. Knees bend with the shank
 * turning back from the thigh, elbows with the forearm turning forward of the upper arm; a target out of
 * reach straightens the limb toward it.
 */
function solveMiddle(root: Vec, target: Vec, first: number, second: number, kind: 'arm' | 'leg'): Vec {
  const span = Math.min(
    Math.max(distance(root, target), Math.abs(first - second) + 1e-6),
    first + second - 1e-6,
  )
  const cos = (first * first + span * span - second * second) / (2 * first * span)
  const opening = Math.acos(Math.min(1, Math.max(-1, cos))) / RAD
  const toward = angleOf(root, target)
  return add(root, direction(kind === 'leg' ? toward - opening : toward + opening), first)
}

function limbPoints(root: Vec, limb: Limb, kind: 'arm' | 'leg', side: Side, foot: Foot): Partial<Geometry> {
  const [first, second] =
    kind === 'arm' ? [SEGMENTS.upperArm, SEGMENTS.forearm] : [SEGMENTS.thigh, SEGMENTS.shank]
  let middle: Vec
  let joint: Vec
  if (isReach(limb)) {
    joint = limbJointFor(limb, foot)
    middle = solveMiddle(root, joint, first, second, kind)
    // Out of reach: the limb points at the target, straight, and ends short of it.
    joint = add(middle, direction(angleOf(middle, joint)), second)
  } else {
    middle = add(root, direction(limb.upper), first)
    joint = add(middle, direction(limb.lower), second)
  }
  if (kind === 'arm') {
    return {
      [named(side, 'elbow')]: middle,
      [named(side, 'wrist')]: joint,
      [named(side, 'grip')]: add(joint, direction(limb.end), SEGMENTS.grip),
    }
  }
  const { heel, toe } = footFromAnkle(joint, limb.end, foot)
  return {
    [named(side, 'knee')]: middle,
    [named(side, 'ankle')]: joint,
    [named(side, 'heel')]: heel,
    [named(side, 'toe')]: toe,
  }
}

const translate = (points: Partial<Geometry>, by: Vec): Partial<Geometry> =>
  Object.fromEntries(Object.entries(points).map(([name, at]) => [name, add(at, by)]))

/** The joints' positions for a pose. Throws when the anchor is on a limb whose end is fixed (no angles). */
export function solvePose(pose: Pose, view: View = 'side'): Geometry {
  const foot = footOf(view)
  const hip = { x: 0, y: 0 }
  const sacrum = add(hip, direction(pose.pelvis), SEGMENTS.pelvis)
  const t12 = add(sacrum, direction(pose.lumbar), SEGMENTS.lumbar)
  const neck = add(t12, direction(pose.thorax), SEGMENTS.thorax)
  const crown = add(neck, direction(pose.head), SEGMENTS.neck)
  const head = add(crown, direction(pose.head), SEGMENTS.headRadius)
  let points: Partial<Geometry> = { hip, sacrum, t12, neck, crown, head }
  const limbs = [
    [pose.arm, 'arm', 'near', neck],
    [pose.farArm, 'arm', 'far', neck],
    [pose.leg, 'leg', 'near', hip],
    [pose.farLeg, 'leg', 'far', hip],
  ] as const
  for (const [limb, kind, side, root] of limbs) {
    if (!isReach(limb)) points = { ...points, ...limbPoints(root, limb, kind, side, foot) }
  }
  const pinned = points[pose.anchor.point]
  if (!pinned) throw new Error(`figure: the anchor ${pose.anchor.point} is on a limb posed by reach`)
  points = translate(points, sub(pose.anchor.at, pinned))
  for (const [limb, kind, side] of limbs) {
    if (isReach(limb)) {
      const root = kind === 'arm' ? points.neck : points.hip
      if (root) points = { ...points, ...limbPoints(root, limb, kind, side, foot) }
    }
  }
  return points as Geometry
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t
/** An angle's way from `a` to `b` the short way round (a leg never swings through the floor). */
const lerpAngle = (a: number, b: number, t: number) => a + wrap(b - a) * t
const lerpVec = (a: Vec, b: Vec, t: number): Vec => ({ x: lerp(a.x, b.x, t), y: lerp(a.y, b.y, t) })

function lerpLimb(a: Limb, b: Limb, t: number): Limb | undefined {
  if (isReach(a) && isReach(b) && a.reach === b.reach) {
    return { reach: a.reach, at: lerpVec(a.at, b.at, t), end: lerpAngle(a.end, b.end, t) }
  }
  if (!isReach(a) && !isReach(b)) {
    return {
      upper: lerpAngle(a.upper, b.upper, t),
      lower: lerpAngle(a.lower, b.lower, t),
      end: lerpAngle(a.end, b.end, t),
    }
  }
  return undefined
}

/** The pose with every limb given by its segment angles (a fixed end's solved elbow or knee read back). */
function anglesOf(pose: Pose, view: View = 'side'): Pose {
  const g = solvePose(pose, view)
  const read = (limb: Limb, root: Vec, middle: Vec, joint: Vec): Limb =>
    isReach(limb) ? { upper: angleOf(root, middle), lower: angleOf(middle, joint), end: limb.end } : limb
  return {
    ...pose,
    arm: read(pose.arm, g.neck, g.elbow, g.wrist),
    farArm: read(pose.farArm, g.neck, g.farElbow, g.farWrist),
    leg: read(pose.leg, g.hip, g.knee, g.ankle),
    farLeg: read(pose.farLeg, g.hip, g.farKnee, g.farAnkle),
  }
}

const LIMBS = ['arm', 'farArm', 'leg', 'farLeg'] as const

/**
 * The pose a fraction `t` of the way from `a` to `b`: every angle (and every fixed point) moves
 * linearly, so the joints turn at a steady rate. A limb fixed in one pose and free in the other moves
 * by its angles. Both poses must pin the same point.
 */
export function interpolatePose(a: Pose, b: Pose, t: number, view: View = 'side'): Pose {
  if (a.anchor.point !== b.anchor.point) throw new Error('figure: the two poses pin different points')
  let asAngles: [Pose, Pose] | undefined
  const byAngles = () => {
    asAngles ??= [anglesOf(a, view), anglesOf(b, view)]
    return asAngles
  }
  const limbs = Object.fromEntries(
    LIMBS.map((name) => {
      const direct = lerpLimb(a[name], b[name], t)
      if (direct) return [name, direct]
      const [from, to] = byAngles()
      return [name, lerpLimb(from[name], to[name], t)]
    }),
  ) as Pick<Pose, (typeof LIMBS)[number]>
  return {
    pelvis: lerpAngle(a.pelvis, b.pelvis, t),
    lumbar: lerpAngle(a.lumbar, b.lumbar, t),
    thorax: lerpAngle(a.thorax, b.thorax, t),
    head: lerpAngle(a.head, b.head, t),
    ...limbs,
    anchor: { point: a.anchor.point, at: lerpVec(a.anchor.at, b.anchor.at, t) },
  }
}

/**
 * The joint angles of a solved pose, in degrees, as a clinician would read them: flexion positive.
 * Lumbar and thoracic are the spine's bends (positive = rounding forward, negative = arching).
 */
export function jointAngles(g: Geometry) {
  const seg = (a: PointName, b: PointName) => angleOf(g[a], g[b])
  const pelvis = seg('hip', 'sacrum')
  const lumbar = seg('sacrum', 't12')
  const thorax = seg('t12', 'neck')
  const side = (s: Side) => {
    const p = (point: LimbPoint) => named(s, point)
    const upper = seg('neck', p('elbow'))
    const forearm = seg(p('elbow'), p('wrist'))
    const hand = seg(p('wrist'), p('grip'))
    const thigh = seg('hip', p('knee'))
    const shank = seg(p('knee'), p('ankle'))
    const foot = seg(p('heel'), p('toe'))
    return {
      // Read from -90 to 270, so an arm overhead (180) doesn't flip to -180.
      shoulder: wrap(thorax + 180 - upper - 90) + 90,
      elbow: wrap(upper - forearm),
      wrist: wrap(hand - forearm),
      hip: wrap(180 - (thigh - pelvis)),
      knee: wrap(shank - thigh),
      ankle: wrap(shank - foot - 90),
    }
  }
  return {
    lumbar: wrap(lumbar - pelvis),
    thoracic: wrap(thorax - lumbar),
    neck: wrap(seg('neck', 'crown') - thorax),
    near: side('near'),
    far: side('far'),
  }
}

/** A cubic Bézier piece of the spine: from, two controls, to. */
export interface SpinePiece {
  from: Vec
  c1: Vec
  c2: Vec
  to: Vec
}

/**
 * The spine as three smooth pieces (pelvis, lumbar, thoracic) through hip, sacrum, T12 and the neck,
 * each node's tangent halfway between its two segments, so a bent lower back shows as a curve.
 */
export function spineCurve(g: Geometry): { pelvis: SpinePiece; lumbar: SpinePiece; thorax: SpinePiece } {
  const nodes = [g.hip, g.sacrum, g.t12, g.neck] as const
  const segAngle = (i: number) => angleOf(nodes[i] as Vec, nodes[i + 1] as Vec)
  const mean = (a: number, b: number) => a + wrap(b - a) / 2
  const tangents = [segAngle(0), mean(segAngle(0), segAngle(1)), mean(segAngle(1), segAngle(2)), segAngle(2)]
  const piece = (i: number): SpinePiece => {
    const from = nodes[i] as Vec
    const to = nodes[i + 1] as Vec
    const third = distance(from, to) / 3
    return {
      from,
      c1: add(from, direction(tangents[i] ?? 0), third),
      c2: add(to, direction(tangents[i + 1] ?? 0), -third),
      to,
    }
  }
  return { pelvis: piece(0), lumbar: piece(1), thorax: piece(2) }
}
