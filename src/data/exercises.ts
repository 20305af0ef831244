import type { Condition } from './conditions'
import type { SourceId } from './sources'

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

/** A form checkpoint: one short imperative line the user can tick mid-set. */
export interface Checkpoint {
  id: string
  text: string
}

/** What to check when something pinches. */
export interface Fault {
  id: string
  text: string
}

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

export interface SourceRef {
  source: SourceId
  /** The part of the source the facts come from, e.g. the article's section. */
  section?: string
}

export interface ExerciseEntry {
  name: string
  /** What it works, in a few words. */
  works: string
  areas: readonly BodyArea[]
  backRisk: BackRisk
  /** One line: why it has this back-risk level. */
  riskReason: string
  /** Why it can hurt the lower back. */
  whyItHurts: string
  checkpoints: readonly Checkpoint[]
  faults: readonly Fault[]
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
  sources: readonly SourceRef[]
}

const article = (section: string): SourceRef => ({ source: 'article', section })

export const EXERCISES = {
  'sit-up': {
    name: 'Sit-up',
    works: 'The “six-pack” muscle (rectus abdominis) and hip flexors',
    areas: ['core'],
    backRisk: 'high',
    riskReason: 'Bends the lower spine under load, rep after rep.',
    whyItHurts:
      'Each rep curls the lower spine forward against the floor while the hip flexors, which attach to the lower spine, pull on it. Repeated loaded bending is hard on the discs.',
    checkpoints: [
      { id: 'slow', text: 'Curl up slowly: no jerking' },
      { id: 'stop-if-pain', text: 'Stop if your lower back hurts' },
    ],
    faults: [],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Loaded bending of a sore back. Do a McGill curl-up instead.',
      },
      {
        condition: 'sciatica',
        level: 'avoid',
        reason: 'Repeated spine bending can irritate a nerve. Do a McGill curl-up instead.',
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
    sources: [article('Exercise 1 (headed “squats” in the source; its text is about sit-ups)')],
  },
  squat: {
    name: 'Squat',
    works: 'Glutes, hips, thighs and core',
    areas: ['legs', 'full-body'],
    backRisk: 'moderate',
    riskReason: 'Safe with good form; poor technique moves the load onto your back.',
    whyItHurts:
      'With poor technique the knees and hips stop sharing the load, and the lower back takes the strain instead.',
    checkpoints: [
      { id: 'feet', text: 'Feet forward or turned slightly out' },
      { id: 'gaze', text: 'Look straight ahead: neutral gaze' },
      { id: 'spine', text: 'Keep your spine neutral' },
      { id: 'knees', text: 'Knees track in line with your toes' },
    ],
    faults: [
      { id: 'rounding', text: 'Lower back rounding at the bottom: stop higher, or go lighter' },
      { id: 'knees-in', text: 'Knees caving in: push them out over your toes' },
    ],
    conditions: [],
    alternatives: [],
    instead: 'Fix the form first and go lighter. Work on hip and ankle mobility on other days.',
    sources: [article('Exercise 2: squats')],
  },
  deadlift: {
    name: 'Deadlift',
    works: 'Glutes, hamstrings and back extensors',
    areas: ['legs', 'back', 'full-body'],
    backRisk: 'moderate',
    riskReason: 'A heavy lift: poor form can strain or sprain the lower back.',
    whyItHurts:
      'Lifting with a rounded back or from the spine instead of the hips puts too much load on the lower back and can strain or sprain it.',
    checkpoints: [
      { id: 'glutes', text: 'Engage glutes and hamstrings' },
      { id: 'shoulders', text: 'Shoulders relaxed but still' },
      { id: 'neck', text: 'Neutral neck: don’t look up' },
      { id: 'hips-back', text: 'Sit hips back, knees slightly bent' },
      { id: 'hinge', text: 'Lean forward only by hinging at the hips, spine neutral' },
      { id: 'brace', text: 'Brace your core' },
      { id: 'chest-up', text: 'Lift with chest up, lower back straight' },
    ],
    faults: [
      { id: 'rounded-back', text: 'Lower back rounding as the bar leaves the floor: go lighter' },
      { id: 'looking-up', text: 'Neck cranked back to look up: keep it in line with the spine' },
    ],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'caution',
        reason: 'Heavy lifting on a sore back: go light or save it for a good day.',
      },
    ],
    alternatives: [],
    instead: 'Fix the form first and go lighter.',
    sources: [article('Exercise 3: deadlifts (gaze and hinge cues corrected by the content brief)')],
  },
  'push-up': {
    name: 'Push-up',
    works: 'Chest, shoulders and triceps',
    areas: ['upper-body'],
    backRisk: 'moderate',
    riskReason: 'Sagging hips load the lower spine.',
    whyItHurts: 'Letting the hips sag as you lower arches the lower back and puts more strain on the spine.',
    checkpoints: [
      { id: 'hands', text: 'Hands under your shoulders' },
      { id: 'hips-line', text: 'Hips in line with shoulders and heels' },
      { id: 'no-sag', text: 'Don’t let your hips sag as you lower' },
      { id: 'brace', text: 'Brace your core and glutes' },
    ],
    faults: [{ id: 'sag', text: 'Hips sagging: drop to your knees or do fewer reps' }],
    conditions: [],
    alternatives: [],
    instead: 'Keep the hips in line; if they sag, do push-ups from your knees.',
    harderVariations: ['forward-push-up', 'backward-push-up'],
    sources: [article('Exercise 4: push-ups')],
  },
  burpee: {
    name: 'Burpee',
    works: 'Whole body and heart rate',
    areas: ['full-body'],
    backRisk: 'moderate',
    riskReason: 'Fast hip bending pulls on the lower back; speed ruins the squat.',
    whyItHurts:
      'Every move from squat to plank and back bends the hips, and tight hip flexors pull on the lower back. Going fast ruins the squat form.',
    checkpoints: [
      { id: 'hips', text: 'Move at the hips; spine straight and neutral' },
      { id: 'slow', text: 'Go slow enough for a perfect squat' },
      { id: 'plank', text: 'Hips level in the plank: no sag' },
    ],
    faults: [],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Your back hurts today: save burpees for a day you feel better.',
      },
    ],
    alternatives: [],
    instead: 'Skip it today.',
    sources: [article('Exercise 5: burpees')],
  },
  'toe-touch': {
    name: 'Toe touch',
    works: 'Hamstring and lower-back stretch',
    areas: ['back', 'legs'],
    backRisk: 'moderate',
    riskReason: 'Fast, bouncing toe touches strain back muscles and discs.',
    whyItHurts: 'Quick, bouncing movements put tension on the back muscles and pressure on the spinal discs.',
    checkpoints: [
      { id: 'warm', text: 'Warm up first: knees to chest' },
      { id: 'slow', text: 'Move slowly and steadily' },
      { id: 'no-bounce', text: 'Don’t bounce at the bottom' },
    ],
    faults: [],
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
    sources: [article('Exercise 6: toe touches')],
  },
  superman: {
    name: 'Superman',
    works: 'Lower back, glutes and hamstrings',
    areas: ['back'],
    backRisk: 'high',
    riskReason: 'Loads an over-arched spine: about 6,000 N of compression.',
    whyItHurts:
      'Lifting arms and legs together from lying face down arches the lower back and compresses it hard (McGill measured about 6,000 N), for little benefit. It can cause pain and spasms.',
    checkpoints: [
      { id: 'small', text: 'Lift arms and legs only a little' },
      { id: 'stop-if-pain', text: 'Stop if your back aches or spasms' },
    ],
    faults: [],
    conditions: [
      {
        condition: 'back-pain-today',
        level: 'avoid',
        reason: 'Heavy compression of an arched, sore back. Do a bird dog instead.',
      },
      {
        condition: 'sciatica',
        level: 'avoid',
        reason: 'Arching and compressing the lower back can irritate a nerve. Do a bird dog instead.',
      },
    ],
    alternatives: [
      {
        id: 'bird-dog',
        why: 'One arm and the opposite leg at a time keeps the spine neutral, with a fraction of the compression.',
      },
    ],
    sources: [
      article('Exercise 7: superman'),
      { source: 'mcgill-low-back-disorders', section: 'Superman and bird dog' },
    ],
  },
  'glute-bridge': {
    name: 'Glute bridge',
    works: 'Glutes, hamstrings and core',
    areas: ['legs', 'core'],
    backRisk: 'low',
    riskReason: 'A good back exercise when you don’t lift too high.',
    whyItHurts:
      'Lifting the hips too high hands the work to the lower back, which over-arches and presses on the discs.',
    checkpoints: [
      { id: 'feet-width', text: 'Feet hip-width apart' },
      { id: 'heels-close', text: 'Heels close, so knees end above heels' },
      { id: 'drive', text: 'Drive up with glutes and core' },
      { id: 'stop-line', text: 'Stop when shoulders, hips and knees make a straight line' },
      { id: 'slow', text: 'Move slowly and gently' },
    ],
    faults: [{ id: 'too-high', text: 'Lower back arching at the top: you lifted too high' }],
    conditions: [],
    alternatives: [],
    sources: [article('Exercise 8: glute bridge')],
  },
  'forearm-plank': {
    name: 'Forearm plank',
    works: 'The whole core',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'Low impact; a pinch in the lower back means a form fault.',
    whyItHurts:
      'Form faults, mostly hips sagging or the pelvis tipped forward, arch the lower back and cause a pinch.',
    checkpoints: [
      { id: 'forearms', text: 'Forearms under your shoulders' },
      { id: 'straight', text: 'Body straight from head to heels' },
      { id: 'eyes', text: 'Eyes on the floor' },
      { id: 'core', text: 'Engage your core' },
      { id: 'breathe', text: 'Breathe evenly' },
      { id: 'hips', text: 'Hips neither high nor sagging' },
    ],
    faults: [
      { id: 'pelvis-tipped', text: 'Pelvis tipped forward: it arches your back' },
      { id: 'hips-sag', text: 'Hips sagging toward the floor: it arches your lower back' },
      { id: 'hips-high', text: 'Hips too high: your body makes an upside-down V' },
    ],
    conditions: [],
    alternatives: [],
    holdSeconds: 30,
    sources: [article('Exercise 9: forearm plank (sagging-hips fault corrected by the content brief)')],
  },
  'torso-twist': {
    name: 'Torso twist',
    works: 'Obliques and trunk rotation',
    areas: ['core'],
    backRisk: 'moderate',
    riskReason: 'Twisting the lower spine aggravates back problems.',
    whyItHurts:
      'The lower (lumbar) spine is not built to twist: twisting it can aggravate an injury or back condition.',
    checkpoints: [
      { id: 'standing', text: 'Stand: don’t twist seated' },
      { id: 'low-back-still', text: 'Keep your lower back still' },
      { id: 'rotate-mid', text: 'Turn from your mid-back and hips' },
      { id: 'slow', text: 'Turn slowly, within comfort' },
    ],
    faults: [],
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
    sources: [article('Exercise 10: torso twists')],
  },
  'pallof-press': {
    name: 'Pallof press',
    works: 'Core: resisting rotation',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'The spine stays neutral and still while the core works.',
    whyItHurts: 'Rarely a problem. Letting the torso turn toward the anchor defeats the exercise.',
    checkpoints: [
      { id: 'side-on', text: 'Stand side-on to a cable or anchored band' },
      { id: 'breastbone', text: 'Hold the handle at your breastbone' },
      { id: 'press', text: 'Press straight out, then bring it back' },
      { id: 'no-rotation', text: 'Don’t let your torso turn' },
      { id: 'switch', text: 'Switch sides' },
    ],
    faults: [{ id: 'turning', text: 'Torso turning toward the anchor: use a lighter band' }],
    conditions: [],
    alternatives: [],
    sources: [
      { source: 'pallof-press' },
      article('Alternatives to sit-ups (how-to corrected by the content brief)'),
    ],
  },
  'side-plank': {
    name: 'Side plank',
    works: 'Obliques and the deep core',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'Works the core with the spine held neutral and still.',
    whyItHurts: 'Rarely a problem. Hips sagging toward the floor bend the spine sideways.',
    checkpoints: [
      { id: 'side', text: 'Lie on your side, feet together' },
      { id: 'forearm', text: 'Forearm under your shoulder' },
      { id: 'brace', text: 'Brace your core' },
      { id: 'lift', text: 'Lift hips until your body is a straight line' },
      { id: 'switch', text: 'Hold, then switch sides' },
    ],
    faults: [{ id: 'hips-drop', text: 'Hips dropping: rest, then hold for a shorter time' }],
    conditions: [],
    alternatives: [],
    holdSeconds: 10,
    sources: [article('Alternatives to sit-ups'), { source: 'mcgill-karpowicz-2009' }],
  },
  'mcgill-curl-up': {
    name: 'McGill curl-up',
    works: 'Abs, with the lower back supported',
    areas: ['core'],
    backRisk: 'low',
    riskReason: 'The lower back keeps its natural curve; the spine barely moves.',
    whyItHurts: 'Rarely a problem. Tucking the chin hard or curling too high brings the bending back.',
    checkpoints: [
      { id: 'legs', text: 'On your back: one knee bent, one leg straight' },
      { id: 'hands', text: 'Hands under your lower back' },
      { id: 'neck', text: 'Head and neck neutral: don’t tuck your chin' },
      { id: 'lift', text: 'Raise head and shoulders slightly, as one unit' },
      { id: 'hold', text: 'Hold about 8–10 seconds' },
      { id: 'switch', text: 'Switch the bent leg halfway' },
    ],
    faults: [{ id: 'chin', text: 'Chin tucked to the chest: keep your head in line with your spine' }],
    conditions: [],
    alternatives: [],
    holdSeconds: 10,
    sources: [article('Alternatives to sit-ups (neck cue corrected)'), { source: 'mcgill-karpowicz-2009' }],
  },
  'bird-dog': {
    name: 'Bird dog',
    works: 'Back extensors, glutes and core',
    areas: ['back', 'core'],
    backRisk: 'low',
    riskReason: 'Works the back muscles with the spine neutral and lightly loaded.',
    whyItHurts: 'Rarely a problem. Lifting the leg too high arches the lower back.',
    checkpoints: [
      { id: 'all-fours', text: 'On hands and knees, spine neutral' },
      { id: 'reach', text: 'Reach one arm forward, the opposite leg back' },
      { id: 'no-arch', text: 'Don’t arch your back' },
      { id: 'hold', text: 'Hold about 8–10 seconds' },
      { id: 'switch', text: 'Switch sides' },
    ],
    faults: [{ id: 'arching', text: 'Lower back arching: lift the leg only to hip height' }],
    conditions: [],
    alternatives: [],
    holdSeconds: 10,
    sources: [
      { source: 'mcgill-low-back-disorders', section: 'Bird dog' },
      { source: 'mcgill-karpowicz-2009' },
    ],
  },
  'forward-push-up': {
    name: 'Forward push-up',
    works: 'Chest, shoulders, triceps and lower-back muscles',
    areas: ['upper-body'],
    backRisk: 'high',
    riskReason: 'Hands ahead of the shoulders make the lower back work harder.',
    whyItHurts:
      'With the hands well ahead of the shoulders, the lower-back muscles work much harder to hold the body straight.',
    checkpoints: [
      { id: 'hands', text: 'Hands about a hand’s length in front of your shoulders' },
      { id: 'width', text: 'Hands shoulder-width apart' },
      { id: 'hips-line', text: 'Hips in line: no sag' },
    ],
    faults: [{ id: 'sag', text: 'Hips sagging: go back to a normal push-up' }],
    conditions: [],
    alternatives: [],
    variationOf: {
      id: 'push-up',
      caution:
        'A harder variation, not a safer one: it raises lower-back effort. Only with a pain-free back.',
    },
    sources: [article('Exercise 4: push-ups (the source’s exact hand offset is unverified)')],
  },
  'backward-push-up': {
    name: 'Backward push-up',
    works: 'Chest, shoulders, triceps and lower-back muscles',
    areas: ['upper-body'],
    backRisk: 'high',
    riskReason: 'Hands behind the shoulders make the lower back work harder.',
    whyItHurts:
      'With the hands behind the shoulders, the lower-back muscles work much harder to hold the body straight.',
    checkpoints: [
      { id: 'hands', text: 'Hands about a hand’s length behind your shoulders' },
      { id: 'width', text: 'Hands shoulder-width apart' },
      { id: 'hips-line', text: 'Hips in line: no sag' },
    ],
    faults: [{ id: 'sag', text: 'Hips sagging: go back to a normal push-up' }],
    conditions: [],
    alternatives: [],
    variationOf: {
      id: 'push-up',
      caution:
        'A harder variation, not a safer one: it raises lower-back effort. Only with a pain-free back.',
    },
    sources: [article('Exercise 4: push-ups (the source’s exact hand offset is unverified)')],
  },
} as const satisfies Record<ExerciseId, ExerciseEntry>

export type Exercise = ExerciseEntry & { id: ExerciseId }

const isExerciseIdSet: ReadonlySet<string> = new Set(EXERCISE_IDS)
export const isExerciseId = (value: unknown): value is ExerciseId =>
  typeof value === 'string' && isExerciseIdSet.has(value)

export const getExercise = (id: ExerciseId): Exercise => ({ id, ...EXERCISES[id] })

export const ALL_EXERCISES: readonly Exercise[] = EXERCISE_IDS.map(getExercise)
