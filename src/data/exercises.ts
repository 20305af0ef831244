import type { Condition } from './conditions'
import type { LoadBand } from './load'

/**
 * Every exercise id, in the order the library lists them.
 * `ExerciseId` is a union of these literals, so a misspelt id anywhere in the dataset is a compile error.
 */
export const EXERCISE_IDS = [
  'sit-up',
  'squat',
  'deadlift',
  'push-up',
  'burpee',
  'toe-touch',
  'superman',
  'glute-bridge',
  'forearm-plank',
  'torso-twist',
  'pallof-press',
  'side-plank',
  'mcgill-curl-up',
  'bird-dog',
  'forward-push-up',
  'backward-push-up',
] as const
export type ExerciseId = (typeof EXERCISE_IDS)[number]

export const BACK_RISKS = ['low', 'moderate', 'high'] as const
export type BackRisk = (typeof BACK_RISKS)[number]

export const BODY_AREAS = ['core', 'legs', 'back', 'upper-body', 'full-body'] as const
export type BodyArea = (typeof BODY_AREAS)[number]

export const BODY_AREA_LABELS = {
  core: 'Core',
  legs: 'Legs and hips',
  back: 'Back',
  'upper-body': 'Upper body',
  'full-body': 'Full body',
} satisfies Record<BodyArea, string>

export interface ConditionRule {
  condition: Condition
  level: 'avoid' | 'caution'
  reason: string
}

export interface Alternative {
  id: ExerciseId
  /** Why it is safer for the back than the exercise it replaces. */
  why: string
}

/**
 * What the plan, the swaps and the store need about an exercise: small enough to ship with the first
 * screen. The long text (what it works, why it hurts, checkpoint and fault texts, sources) lives in
 * `./exercise-details`, which only the lazily loaded screens import.
 */
export interface ExerciseEntry {
  name: string
  areas: readonly BodyArea[]
  backRisk: BackRisk
  /** One line: why it has this back-risk level. */
  riskReason: string
  /**
   * The form checkpoints' ids, in the order they are shown. The store only accepts ticks of these ids;
   * their texts are in `EXERCISE_DETAILS`, which a dataset test keeps in step with this list.
   */
  checkpointIds: readonly string[]
  conditions: readonly ConditionRule[]
  alternatives: readonly Alternative[]
  /** What to do instead when there is no sourced safer exercise. */
  instead?: string
  /** Harder variations: never offered as a safer swap. */
  harderVariations?: readonly ExerciseId[]
  /** Set on a harder variation: the exercise it varies, and the caution to show. */
  variationOf?: { id: ExerciseId; caution: string }
  /** Seconds to hold each rep, where the exercise is a hold. */
  holdSeconds?: number
  /** The load a plan item starts with. */
  defaultLoad: LoadBand
}

export const EXERCISES = {
  'sit-up': {
    name: 'Sit-up',
    defaultLoad: 'bodyweight',
    areas: ['core'],
    backRisk: 'high',
    riskReason: 'Bends the lower spine under load, rep after rep.',
    checkpointIds: ['slow', 'stop-if-pain'],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Loaded bending of a sore back. Do a McGill curl-up instead.',
      },
      {
        condition: 'sciatica',
        level: 'caution',
        reason:
          'Rep after rep of loaded bending pulls on the lower spine: with nerve pain, a McGill curl-up is gentler.',
      },
    ],
    alternatives: [
      {
        id: 'mcgill-curl-up',
        why: 'Your hands keep the lower back’s natural curve, so the spine barely bends while the abs work.',
      },
      {
        id: 'side-plank',
        why: 'Works the whole core, obliques included, with the spine held still and neutral.',
      },
      { id: 'pallof-press', why: 'Trains the core to resist turning, standing tall with a neutral spine.' },
    ],
  },
  squat: {
    name: 'Squat',
    defaultLoad: 'light',
    areas: ['legs', 'full-body'],
    backRisk: 'moderate',
    riskReason: 'Safe with good form; poor technique moves the load onto your back.',
    checkpointIds: ['feet', 'gaze', 'spine', 'knees'],
    conditions: [],
    alternatives: [],
    instead: 'Fix the form first and go lighter. Work on hip and ankle mobility on other days.',
  },
  deadlift: {
    name: 'Deadlift',
    defaultLoad: 'light',
    areas: ['legs', 'back', 'full-body'],
    backRisk: 'moderate',
    riskReason: 'A heavy lift: poor form can strain or sprain the lower back.',
    checkpointIds: ['glutes', 'shoulders', 'neck', 'hips-back', 'hinge', 'brace', 'chest-up'],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'caution',
        reason: 'Heavy lifting on a sore back: go light or save it for a good day.',
      },
    ],
    alternatives: [],
    instead: 'Fix the form first and go lighter.',
  },
  'push-up': {
    name: 'Push-up',
    defaultLoad: 'bodyweight',
    areas: ['upper-body'],
    backRisk: 'moderate',
    riskReason: 'Sagging hips load the lower spine.',
    checkpointIds: ['hands', 'hips-line', 'no-sag', 'brace'],
    conditions: [],
    alternatives: [],
    instead: 'Keep the hips in line; if they sag, do push-ups from your knees.',
    harderVariations: ['forward-push-up', 'backward-push-up'],
  },
  burpee: {
    name: 'Burpee',
    defaultLoad: 'bodyweight',
    areas: ['full-body'],
    backRisk: 'moderate',
    riskReason: 'Fast hip bending pulls on the lower back; speed ruins the squat.',
    checkpointIds: ['hips', 'slow', 'plank'],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Your back hurts today: save burpees for a day you feel better.',
      },
    ],
    alternatives: [],
    instead: 'Skip it today.',
  },
  'toe-touch': {
    name: 'Toe touch',
    defaultLoad: 'bodyweight',
    areas: ['back', 'legs'],
    backRisk: 'moderate',
    riskReason: 'Fast, bouncing toe touches strain back muscles and discs.',
    checkpointIds: ['warm', 'slow', 'no-bounce'],
    conditions: [
      {
        condition: 'sciatica',
        level: 'avoid',
        reason: 'Toe touches can make sciatica and other lower-back conditions worse.',
      },
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Toe touches can make an existing lower-back problem worse.',
      },
    ],
    alternatives: [],
    instead: 'Skip it.',
  },
  superman: {
    name: 'Superman',
    defaultLoad: 'bodyweight',
    areas: ['back'],
    backRisk: 'high',
    riskReason: 'Loads an over-arched spine: about 6,000 N of compression.',
    checkpointIds: ['small', 'stop-if-pain'],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Heavy compression of an arched, sore back. Do a bird dog instead.',
      },
      {
        condition: 'sciatica',
        level: 'caution',
        reason: 'It compresses an arched lower back: with nerve pain, a bird dog is gentler.',
      },
    ],
    alternatives: [
      {
        id: 'bird-dog',
        why: 'One arm and the opposite leg at a time keeps the spine neutral, with a fraction of the compression.',
      },
    ],
  },
  'glute-bridge': {
    name: 'Glute bridge',
    defaultLoad: 'bodyweight',
    areas: ['legs', 'core'],
    backRisk: 'low',
    riskReason: 'A good back exercise when you don’t lift too high.',
    checkpointIds: ['feet-width', 'heels-close', 'drive', 'stop-line', 'slow'],
    conditions: [],
    alternatives: [],
  },
  'forearm-plank': {
    name: 'Forearm plank',
    defaultLoad: 'bodyweight',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'Low impact; a pinch in the lower back means a form fault.',
    checkpointIds: ['forearms', 'straight', 'eyes', 'core', 'breathe', 'hips'],
    conditions: [],
    alternatives: [],
    holdSeconds: 30,
  },
  'torso-twist': {
    name: 'Torso twist',
    defaultLoad: 'bodyweight',
    areas: ['core'],
    backRisk: 'moderate',
    riskReason: 'Twisting the lower spine aggravates back problems.',
    checkpointIds: ['standing', 'low-back-still', 'rotate-mid', 'slow'],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Twisting a sore back can make it worse. Try a Pallof press instead.',
      },
    ],
    alternatives: [
      {
        id: 'pallof-press',
        why: 'Trains the same muscles to resist twisting, so the lower spine stays still.',
      },
    ],
  },
  'pallof-press': {
    name: 'Pallof press',
    defaultLoad: 'bodyweight',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'The spine stays neutral and still while the core works.',
    checkpointIds: ['side-on', 'breastbone', 'press', 'no-rotation', 'switch'],
    conditions: [],
    alternatives: [],
  },
  'side-plank': {
    name: 'Side plank',
    defaultLoad: 'bodyweight',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'Works the core with the spine held neutral and still.',
    checkpointIds: ['side', 'forearm', 'brace', 'lift', 'switch'],
    conditions: [],
    alternatives: [],
    holdSeconds: 10,
  },
  'mcgill-curl-up': {
    name: 'McGill curl-up',
    defaultLoad: 'bodyweight',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'The lower back keeps its natural curve; the spine barely moves.',
    checkpointIds: ['legs', 'hands', 'neck', 'lift', 'hold', 'switch'],
    conditions: [],
    alternatives: [],
    holdSeconds: 10,
  },
  'bird-dog': {
    name: 'Bird dog',
    defaultLoad: 'bodyweight',
    areas: ['back', 'core'],
    backRisk: 'low',
    riskReason: 'Works the back muscles with the spine neutral and lightly loaded.',
    checkpointIds: ['all-fours', 'reach', 'no-arch', 'hold', 'switch'],
    conditions: [],
    alternatives: [],
    holdSeconds: 10,
  },
  'forward-push-up': {
    name: 'Forward push-up',
    defaultLoad: 'bodyweight',
    areas: ['upper-body'],
    backRisk: 'high',
    riskReason: 'Hands ahead of the shoulders make the lower back work harder.',
    checkpointIds: ['hands', 'width', 'hips-line'],
    conditions: [],
    alternatives: [],
    variationOf: {
      id: 'push-up',
      caution:
        'A harder variation, not a safer one: it raises lower-back effort. Only with a pain-free back.',
    },
  },
  'backward-push-up': {
    name: 'Backward push-up',
    defaultLoad: 'bodyweight',
    areas: ['upper-body'],
    backRisk: 'high',
    riskReason: 'Hands behind the shoulders make the lower back work harder.',
    checkpointIds: ['hands', 'width', 'hips-line'],
    conditions: [],
    alternatives: [],
    variationOf: {
      id: 'push-up',
      caution:
        'A harder variation, not a safer one: it raises lower-back effort. Only with a pain-free back.',
    },
  },
} as const satisfies Record<ExerciseId, ExerciseEntry>

export type Exercise = ExerciseEntry & { id: ExerciseId }

const isExerciseIdSet: ReadonlySet<string> = new Set(EXERCISE_IDS)
export const isExerciseId = (value: unknown): value is ExerciseId =>
  typeof value === 'string' && isExerciseIdSet.has(value)

export const getExercise = (id: ExerciseId): Exercise => ({ id, ...EXERCISES[id] })

export const ALL_EXERCISES: readonly Exercise[] = EXERCISE_IDS.map(getExercise)
