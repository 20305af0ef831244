import type { LimbAngles, LimbReach, PointName, Pose, Vec } from './types'

/**
 * Shorthands for writing poses. Angles are absolute segment angles (0 up, 90 forward, 180 down, 270 back).
 */

/** A limb by its segment angles; the hand or foot defaults to following the forearm or, for legs, flat. */
export const limb = (upper: number, lower: number, end: number): LimbAngles => ({ upper, lower, end })

/** A limb whose end is fixed at (x, y): the elbow or knee is solved. */
export const reach = (point: LimbReach['reach'], x: number, y: number, end: number): LimbReach => ({
  reach: point,
  at: { x, y },
  end,
})

export const STRAIGHT_LEG = limb(180, 180, 90)
export const HANGING_ARM = limb(180, 180, 180)

const NEUTRAL_LUMBAR = -6
const NEUTRAL_THORACIC = 8
/** A lower back rounded (flexed) or arched (extended) enough to read at a glance. */
export const ROUNDED = 38
export const ARCHED = -38

/**
 * The three spine angles for a trunk leaning `lean` degrees from upright, with the lower back bent by
 * `lumbar` and the upper back by `thoracic` (flexion positive: rounding; negative: arching).
 * Neutral is a slight inward curve low (−6) and outward curve high (+8): it reads as a flat back. The pelvis turns the other
 * way by half the lumbar bend, so the whole trunk still points about `lean`.
 */
export function spine(lean: number, lumbar = NEUTRAL_LUMBAR, thoracic = NEUTRAL_THORACIC) {
  const pelvis = lean - lumbar / 2 - thoracic / 4
  return { pelvis, lumbar: pelvis + lumbar, thorax: pelvis + lumbar + thoracic }
}

interface PoseInput {
  /** The spine: `spine(lean, lumbar, thoracic)`. */
  back: ReturnType<typeof spine>
  /** The head's angle; by default in line with the upper back. */
  head?: number
  arm: Pose['arm']
  farArm?: Pose['farArm']
  leg: Pose['leg']
  farLeg?: Pose['farLeg']
  anchor: PointName
  at: Vec
  rests?: Pose['rests']
}

/** A pose; the far arm and leg mirror the near ones unless given. */
export const pose = ({ back, head, arm, farArm, leg, farLeg, anchor, at, rests }: PoseInput): Pose => ({
  ...back,
  head: head ?? back.thorax,
  arm,
  farArm: farArm ?? arm,
  leg,
  farLeg: farLeg ?? leg,
  anchor: { point: anchor, at },
  ...(rests ? { rests } : {}),
})

/** Both feet's heels and toes on the floor (or a surface at `y`). */
export const feetOn = (y = 0): Pose['rests'] => [
  { point: 'heel', y },
  { point: 'toe', y },
  { point: 'farHeel', y },
  { point: 'farToe', y },
]
export const restOn = (y: number, ...points: PointName[]): NonNullable<Pose['rests']> =>
  points.map((point) => ({ point, y }))

/** Standing on the floor: placed by the heel at the origin, both feet down. */
export const STAND = { anchor: 'heel', at: { x: 0, y: 0 }, rests: feetOn() } as const

/** Half the body's depth: where the spine runs when lying on the floor. */
export const LYING = 0.055

/**
 * Arms holding a bar on the upper back (back squat, good morning), turned with the upper back so the bar
 * rides on it: elbows down and back, hands just behind the neck.
 */
export const barOnBack = (thorax: number) => limb(thorax + 215, thorax - 5, thorax + 80)
/** Arms holding a weight at the chest (goblet squat): elbows down, hands under the chin. */
export const weightAtChest = (thorax: number) => limb(thorax + 165, thorax + 10, thorax + 90)
/** Arms crossed on the chest (sit-up, crunch). */
export const armsCrossed = (thorax: number) => limb(thorax + 160, thorax + 35, thorax + 60)

interface Changes {
  back?: ReturnType<typeof spine>
  head?: number
  /** Both arms, unless `farArm` is given too. */
  arm?: Pose['arm']
  farArm?: Pose['farArm']
  /** Both legs, unless `farLeg` is given too. */
  leg?: Pose['leg']
  farLeg?: Pose['farLeg']
  anchor?: PointName
  at?: Vec
}

/** A variation of a pose (a fault, or the other end of a movement). */
export const vary = (base: Pose, c: Changes): Pose => ({
  ...base,
  ...(c.back ?? {}),
  head: c.head ?? (c.back ? c.back.thorax : base.head),
  arm: c.arm ?? base.arm,
  farArm: c.farArm ?? c.arm ?? base.farArm,
  leg: c.leg ?? base.leg,
  farLeg: c.farLeg ?? c.leg ?? base.farLeg,
  anchor: { point: c.anchor ?? base.anchor.point, at: c.at ?? base.anchor.at },
})
