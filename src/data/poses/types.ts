/**
 * The types of the exercise figures' data: poses as segment angles, the equipment drawn with them, and
 * the fault each figure can show. Drawn by `src/domain/figure-kinematics.ts` and
 * `src/components/exercise-figure.tsx`.
 *
 * Units: body height H = 1; y points up and the floor is y = 0; the figure faces +x (in a front view,
 * +x is the figure's left). Angles are absolute segment angles in degrees (Winter's "segment angles"):
 * 0 points up, 90 forward, 180 down, 270 (or -90) back.
 */

export interface Vec {
  x: number
  y: number
}

/** A limb posed by its three segment angles: upper arm, forearm, hand; or thigh, shank, foot. */
export interface LimbAngles {
  upper: number
  lower: number
  /** The hand (wrist to grip) or the foot (heel to toe). */
  end: number
}

/**
 * A limb whose end is fixed in the world (a hand on a bar, a foot on the floor): the elbow or knee is
 * solved (two-link inverse kinematics), always bending the natural way.
 */
export interface LimbReach {
  reach: 'wrist' | 'grip' | 'ankle' | 'heel' | 'toe'
  at: Vec
  /** The hand's or the foot's segment angle. */
  end: number
}

export type Limb = LimbAngles | LimbReach

const LIMB_POINTS = ['elbow', 'wrist', 'grip', 'knee', 'ankle', 'heel', 'toe'] as const
export type LimbPoint = (typeof LIMB_POINTS)[number]
const TRUNK_POINTS = ['hip', 'sacrum', 't12', 'neck', 'crown', 'head'] as const
export type TrunkPoint = (typeof TRUNK_POINTS)[number]
/**
 * The named points of a figure. `neck` is the base of the neck (where the arms hang from), `crown` the
 * top of the neck, `head` the head's centre. `knee` is the near knee, `farKnee` the far one.
 */
export type PointName = TrunkPoint | LimbPoint | `far${Capitalize<LimbPoint>}`

export interface Pose {
  pelvis: number
  lumbar: number
  thorax: number
  head: number
  arm: Limb
  farArm: Limb
  leg: Limb
  farLeg: Limb
  /** The point pinned in the world; the rest of the body follows from the angles. */
  anchor: { point: PointName; at: Vec }
  /** Points resting on the floor or on equipment (a test checks they touch it): y is the surface. */
  rests?: readonly { point: PointName; y: number }[]
}

/** Equipment is fixed in the world (a point) or held (a named body point, which it moves with). */
export type Place = Vec | PointName

export type Equipment =
  | { kind: 'floor' }
  /** A flat bench or a box: its top's height and x range. */
  | { kind: 'bench' | 'box'; from: number; to: number; top: number }
  /** A barbell seen end-on: the bar and a plate of this radius (0.129 H for a full-size plate). */
  | { kind: 'barbell'; at: Place; plate: number }
  /** A plate without a bar (held, or as the leg press's sled). */
  | { kind: 'plate'; at: Place; plate: number }
  /** A dumbbell in a hand, its handle across the hand (perpendicular to the forearm). */
  | { kind: 'dumbbell'; at: 'grip' | 'farGrip' }
  | { kind: 'kettlebell'; at: Place; hold?: 'handle' | 'horns' }
  /** A cable from a pulley to a handle. */
  | { kind: 'cable'; from: Vec; to: Place }
  | { kind: 'band'; from: Vec; to: Place }
  /** A bar to hang from or row to, seen end-on, with its upright. */
  | { kind: 'bar'; at: Place; upright?: 'up' | 'down' }
  /** A machine's padded surface: a rounded bar of this length, centred on `at`, along `angle`. */
  | { kind: 'pad'; at: Place; angle: number; length: number; offset?: Vec }
  /** A machine's frame or rail: a polyline. */
  | { kind: 'frame'; points: readonly Vec[] }
  | { kind: 'wheel'; at: Place }
  /** Not equipment: a curved arrow around the trunk at this point, where the exercise turns the body. */
  | { kind: 'turn'; at: PointName }
  /** A rowing machine: rail on the floor from `from` to `to`, flywheel at the front. */
  | { kind: 'rower'; from: number; to: number }

/** A still position of the figure and its text alternative (after "Side view: "). */
export interface Frame {
  pose: Pose
  alt: string
}

export type SpinePart = 'pelvis' | 'lumbar' | 'thorax' | 'neck'

export interface FigureFault {
  /** The fault's id in the exercise's data (`EXERCISE_DETAILS[id].faults`) where it has one. */
  id: string
  /** A few words drawn beside the faulty segment. */
  label: string
  /** The right position the fault departs from, shown beside it. */
  of: 'start' | 'end' | 'hold'
  /** The part of the spine drawn in the warning colour. */
  mark: SpinePart
  pose: Pose
  alt: string
}

export type Movement = { start: Frame; end: Frame } | { hold: Frame }

export interface ExercisePoses {
  /** 'front' where the exercise moves across the body (a woodchop) or its fault is sideways (side plank). */
  view?: 'side' | 'front'
  equipment: readonly Equipment[]
  movement: Movement
  faults: readonly FigureFault[]
  /** The position a thumbnail shows, the one the exercise is known by (default: the end). */
  thumbnail?: 'start' | 'end'
}

/** Every named point of a solved figure. */
export type Geometry = Record<PointName, Vec>
