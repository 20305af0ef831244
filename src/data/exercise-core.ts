import type { LoadBand } from './load'

/**
 * Every exercise id, in the order the library lists them within a movement pattern.
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
  'barbell-bench-press',
  'overhead-press',
  'seated-dumbbell-shoulder-press',
  'lat-pulldown',
  'pull-up',
  'bent-over-row',
  'one-arm-dumbbell-row',
  'inverted-row',
  'seated-cable-row',
  'biceps-curl',
  'forward-lunge',
  'bulgarian-split-squat',
  'step-up',
  'leg-press',
  'goblet-squat',
  'trap-bar-deadlift',
  'romanian-deadlift',
  'good-morning',
  'kettlebell-swing',
  'hip-thrust',
  'back-extension',
  'hanging-leg-raise',
  'lying-leg-raise',
  'crunch',
  'russian-twist',
  'cable-woodchop',
  'ab-wheel-rollout',
  'dead-bug',
  'farmers-carry',
  'suitcase-carry',
  'rowing-machine',
  'mountain-climber',
] as const
export type ExerciseId = (typeof EXERCISE_IDS)[number]

/**
 * What the store needs about an exercise, and nothing more: its name, its usual load and loads, its form
 * checkpoints' ids (the only ticks it accepts) and its hold. It ships with the app's startup code; the rest
 * (aliases, pattern, equipment, demands, alternatives: ./exercises) loads with the screens that show it.
 */
export interface ExerciseCore {
  name: string
  /** The load a new plan item starts with. */
  defaultLoad: LoadBand
  /** The loads it is done at, lightest first. */
  loads: readonly LoadBand[]
  /**
   * The form checkpoints' ids, in the order they are shown. The store only accepts ticks of these ids;
   * their texts are in `EXERCISE_DETAILS`, which a dataset test keeps in step with this list.
   */
  checkpointIds: readonly string[]
  /** Seconds to hold each rep, where the exercise is a hold. */
  holdSeconds?: number
}

const BW: readonly LoadBand[] = ['bodyweight']
const BW_LIGHT: readonly LoadBand[] = ['bodyweight', 'light']
const ANY: readonly LoadBand[] = ['bodyweight', 'light', 'heavy']
const LOADED: readonly LoadBand[] = ['light', 'heavy']

export const EXERCISE_CORE = {
  'sit-up': {
    name: 'Sit-up',
    defaultLoad: 'bodyweight',
    loads: BW_LIGHT,
    checkpointIds: ['slow', 'stop-if-pain'],
  },
  squat: {
    name: 'Squat',
    defaultLoad: 'light',
    loads: ANY,
    checkpointIds: ['feet', 'gaze', 'spine', 'knees'],
  },
  deadlift: {
    name: 'Deadlift',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['bar-close', 'knees', 'hinge', 'brace', 'lats', 'neck', 'glutes', 'chest-up'],
  },
  'push-up': {
    name: 'Push-up',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['hands', 'hips-line', 'no-sag', 'brace'],
  },
  burpee: {
    name: 'Burpee',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['hips', 'slow', 'plank'],
  },
  'toe-touch': {
    name: 'Toe touch',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['warm', 'slow', 'no-bounce'],
  },
  superman: {
    name: 'Superman',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['small', 'stop-if-pain'],
  },
  'glute-bridge': {
    name: 'Glute bridge',
    defaultLoad: 'bodyweight',
    loads: BW_LIGHT,
    checkpointIds: ['feet-width', 'heels-close', 'drive', 'stop-line', 'slow'],
  },
  'forearm-plank': {
    name: 'Forearm plank',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['forearms', 'straight', 'eyes', 'core', 'breathe', 'hips'],
    holdSeconds: 30,
  },
  'torso-twist': {
    name: 'Torso twist',
    defaultLoad: 'bodyweight',
    loads: BW_LIGHT,
    checkpointIds: ['standing', 'low-back-still', 'rotate-mid', 'slow'],
  },
  'pallof-press': {
    name: 'Pallof press',
    defaultLoad: 'light',
    loads: ['light'],
    checkpointIds: ['side-on', 'breastbone', 'press', 'no-rotation', 'switch'],
  },
  'side-plank': {
    name: 'Side plank',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['side', 'forearm', 'brace', 'lift', 'switch'],
    holdSeconds: 10,
  },
  'mcgill-curl-up': {
    name: 'McGill curl-up',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['legs', 'hands', 'neck', 'lift', 'hold', 'switch'],
    holdSeconds: 10,
  },
  'bird-dog': {
    name: 'Bird dog',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['all-fours', 'reach', 'no-arch', 'hold', 'switch'],
    holdSeconds: 10,
  },
  'forward-push-up': {
    name: 'Forward push-up',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['hands', 'width', 'hips-line'],
  },
  'backward-push-up': {
    name: 'Backward push-up',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['hands', 'width', 'hips-line'],
  },
  'barbell-bench-press': {
    name: 'Bench press',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['feet', 'three-points', 'no-arch', 'touch', 'brace'],
  },
  'overhead-press': {
    name: 'Standing overhead press',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['squeeze', 'over-head', 'no-lean-back'],
  },
  'seated-dumbbell-shoulder-press': {
    name: 'Seated dumbbell shoulder press',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['three-points', 'no-arch', 'feet'],
  },
  'lat-pulldown': {
    name: 'Lat pulldown',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['thigh-pad', 'lean', 'brace', 'no-shrug'],
  },
  'pull-up': {
    name: 'Pull-up',
    defaultLoad: 'bodyweight',
    loads: BW_LIGHT,
    checkpointIds: ['brace', 'cross-legs', 'no-swing', 'shoulders-down'],
  },
  'bent-over-row': {
    name: 'Bent-over row',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['hinge', 'no-rock', 'bar-close', 'moderate'],
  },
  'one-arm-dumbbell-row': {
    name: 'One-arm dumbbell row',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['bench', 'flat-back', 'no-twist'],
  },
  'inverted-row': {
    name: 'Inverted row',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['straight', 'brace', 'neck'],
  },
  'seated-cable-row': {
    name: 'Seated cable row',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['upright', 'no-lean', 'slow'],
  },
  'biceps-curl': {
    name: 'Biceps curl',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['split-stance', 'brace', 'no-arch', 'elbows'],
  },
  'forward-lunge': {
    name: 'Lunge',
    defaultLoad: 'bodyweight',
    loads: ANY,
    checkpointIds: ['knee-ankle', 'control', 'trunk', 'brace'],
  },
  'bulgarian-split-squat': {
    name: 'Bulgarian split squat',
    defaultLoad: 'light',
    loads: ANY,
    checkpointIds: ['dumbbells', 'tall', 'control'],
  },
  'step-up': {
    name: 'Step-up',
    defaultLoad: 'bodyweight',
    loads: ANY,
    checkpointIds: ['whole-foot', 'knee-height', 'tall', 'drive'],
  },
  'leg-press': {
    name: 'Leg press',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['ninety', 'back-on-pad', 'knees-out', 'no-momentum', 'no-lockout'],
  },
  'goblet-squat': {
    name: 'Goblet squat',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['chest', 'upright', 'knees', 'depth'],
  },
  'trap-bar-deadlift': {
    name: 'Trap-bar deadlift',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['centred', 'hips', 'spine', 'handles'],
  },
  'romanian-deadlift': {
    name: 'Romanian deadlift',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['soft-knees', 'bar-close', 'hips-back', 'stop-neutral', 'no-lean-back'],
  },
  'good-morning': {
    name: 'Good morning',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['light', 'soft-knees', 'horizontal', 'neutral'],
  },
  'kettlebell-swing': {
    name: 'Kettlebell swing',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['hinge', 'neutral', 'hips', 'no-lean-back'],
  },
  'hip-thrust': {
    name: 'Hip thrust',
    defaultLoad: 'light',
    loads: ANY,
    checkpointIds: ['ribs', 'stop-line', 'knees'],
  },
  'back-extension': {
    name: 'Back extension',
    defaultLoad: 'bodyweight',
    loads: ANY,
    checkpointIds: ['pad', 'straight-line', 'control'],
  },
  'hanging-leg-raise': {
    name: 'Hanging leg raise',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['no-swing', 'knees-first', 'lower-slow'],
  },
  'lying-leg-raise': {
    name: 'Lying leg raise',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['knees-bent', 'no-arch', 'small'],
  },
  crunch: {
    name: 'Crunch',
    defaultLoad: 'bodyweight',
    loads: BW_LIGHT,
    checkpointIds: ['shoulder-blades', 'neck', 'slow'],
  },
  'russian-twist': {
    name: 'Russian twist',
    defaultLoad: 'bodyweight',
    loads: BW_LIGHT,
    checkpointIds: ['feet-down', 'long-spine', 'upper-back', 'no-weight'],
  },
  'cable-woodchop': {
    name: 'Cable woodchop',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['pivot', 'long-spine', 'short-range'],
  },
  'ab-wheel-rollout': {
    name: 'Ab wheel rollout',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['knees', 'short', 'ribs', 'stop-before-sag'],
  },
  'dead-bug': {
    name: 'Dead bug',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['back-down', 'opposite', 'slow', 'stop-if-arch'],
  },
  'farmers-carry': {
    name: 'Farmer’s carry',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['hinge-pick-up', 'tall', 'brace', 'short-steps'],
  },
  'suitcase-carry': {
    name: 'Suitcase carry',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['tall', 'no-lean', 'brace', 'slow'],
  },
  'rowing-machine': {
    name: 'Rowing machine',
    defaultLoad: 'light',
    loads: LOADED,
    checkpointIds: ['pelvis', 'sequence', 'stop-when-fading'],
  },
  'mountain-climber': {
    name: 'Mountain climber',
    defaultLoad: 'bodyweight',
    loads: BW,
    checkpointIds: ['hands', 'hips-level', 'slow'],
  },
} as const satisfies Record<ExerciseId, ExerciseCore>

const isExerciseIdSet: ReadonlySet<string> = new Set(EXERCISE_IDS)
export const isExerciseId = (value: unknown): value is ExerciseId =>
  typeof value === 'string' && isExerciseIdSet.has(value)

export const getExerciseCore = (id: ExerciseId): ExerciseCore & { id: ExerciseId } => ({
  id,
  ...EXERCISE_CORE[id],
})
