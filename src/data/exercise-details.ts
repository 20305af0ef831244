import { type EXERCISES, type Exercise, type ExerciseId, getExercise } from './exercises'
import type { SourceId } from './sources'

/**
 * The long text of each exercise, for the screens that show it (the exercise page, the workout, the
 * library), which are all loaded lazily. The first screen needs only `./exercises`, so this file stays
 * out of the startup JavaScript: import it only from lazily loaded code, never from the store or the
 * plan list.
 */

/** A form checkpoint: one short imperative line the user can tick mid-set. */
export interface Checkpoint<Id extends string = string> {
  id: Id
  text: string
}

/** What to check when something pinches. */
export interface Fault {
  id: string
  text: string
}

export interface SourceRef {
  source: SourceId
  /** The part of the source the facts come from, e.g. the article's section. */
  section?: string
}

export interface ExerciseDetails<CheckpointId extends string = string> {
  /** What it works, in a few words. */
  works: string
  /** Why it can hurt the lower back. */
  whyItHurts: string
  /** The texts of the core entry's `checkpointIds`, in the same order. */
  checkpoints: readonly Checkpoint<CheckpointId>[]
  faults: readonly Fault[]
  sources: readonly SourceRef[]
}

/** The checkpoint ids the core entry declares for an exercise: a misspelt one here is a compile error. */
type CheckpointIdOf<Id extends ExerciseId> = (typeof EXERCISES)[Id]['checkpointIds'][number]

const article = (section: string): SourceRef => ({ source: 'article', section })

export const EXERCISE_DETAILS = {
  'sit-up': {
    works: 'The “six-pack” muscle (rectus abdominis) and hip flexors',
    whyItHurts:
      'Each rep curls the lower spine forward against the floor while the hip flexors, which attach to the lower spine, pull on it. Repeated loaded bending is hard on the discs.',
    checkpoints: [
      { id: 'slow', text: 'Curl up slowly: no jerking' },
      { id: 'stop-if-pain', text: 'Stop if your lower back hurts' },
    ],
    faults: [],
    sources: [article('Exercise 1 (headed “squats” in the source; its text is about sit-ups)')],
  },
  squat: {
    works: 'Glutes, hips, thighs and core',
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
    sources: [article('Exercise 2: squats')],
  },
  deadlift: {
    works: 'Glutes, hamstrings and back extensors',
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
    sources: [article('Exercise 3: deadlifts (gaze and hinge cues corrected by the content brief)')],
  },
  'push-up': {
    works: 'Chest, shoulders and triceps',
    whyItHurts: 'Letting the hips sag as you lower arches the lower back and puts more strain on the spine.',
    checkpoints: [
      { id: 'hands', text: 'Hands under your shoulders' },
      { id: 'hips-line', text: 'Hips in line with shoulders and heels' },
      { id: 'no-sag', text: 'Don’t let your hips sag as you lower' },
      { id: 'brace', text: 'Brace your core and glutes' },
    ],
    faults: [{ id: 'sag', text: 'Hips sagging: drop to your knees or do fewer reps' }],
    sources: [article('Exercise 4: push-ups')],
  },
  burpee: {
    works: 'Whole body and heart rate',
    whyItHurts:
      'Every move from squat to plank and back bends the hips, and tight hip flexors pull on the lower back. Going fast ruins the squat form.',
    checkpoints: [
      { id: 'hips', text: 'Move at the hips; spine straight and neutral' },
      { id: 'slow', text: 'Go slow enough for a perfect squat' },
      { id: 'plank', text: 'Hips level in the plank: no sag' },
    ],
    faults: [],
    sources: [article('Exercise 5: burpees')],
  },
  'toe-touch': {
    works: 'Hamstring and lower-back stretch',
    whyItHurts: 'Quick, bouncing movements put tension on the back muscles and pressure on the spinal discs.',
    checkpoints: [
      { id: 'warm', text: 'Warm up first: knees to chest' },
      { id: 'slow', text: 'Move slowly and steadily' },
      { id: 'no-bounce', text: 'Don’t bounce at the bottom' },
    ],
    faults: [],
    sources: [article('Exercise 6: toe touches')],
  },
  superman: {
    works: 'Lower back, glutes and hamstrings',
    whyItHurts:
      'Lifting arms and legs together from lying face down arches the lower back and compresses it hard (McGill measured about 6,000 N), for little benefit. It can cause pain and spasms.',
    checkpoints: [
      { id: 'small', text: 'Lift arms and legs only a little' },
      { id: 'stop-if-pain', text: 'Stop if your back aches or spasms' },
    ],
    faults: [],
    sources: [
      article('Exercise 7: superman'),
      { source: 'mcgill-low-back-disorders', section: 'Superman and bird dog' },
    ],
  },
  'glute-bridge': {
    works: 'Glutes, hamstrings and core',
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
    sources: [article('Exercise 8: glute bridge')],
  },
  'forearm-plank': {
    works: 'The whole core',
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
    sources: [article('Exercise 9: forearm plank (sagging-hips fault corrected by the content brief)')],
  },
  'torso-twist': {
    works: 'Obliques and trunk rotation',
    whyItHurts:
      'The lower (lumbar) spine is not built to twist: twisting it can aggravate an injury or back condition.',
    checkpoints: [
      { id: 'standing', text: 'Stand: don’t twist seated' },
      { id: 'low-back-still', text: 'Keep your lower back still' },
      { id: 'rotate-mid', text: 'Turn from your mid-back and hips' },
      { id: 'slow', text: 'Turn slowly, within comfort' },
    ],
    faults: [],
    sources: [article('Exercise 10: torso twists')],
  },
  'pallof-press': {
    works: 'Core: resisting rotation',
    whyItHurts: 'Rarely a problem. Letting the torso turn toward the anchor defeats the exercise.',
    checkpoints: [
      { id: 'side-on', text: 'Stand side-on to a cable or anchored band' },
      { id: 'breastbone', text: 'Hold the handle at your breastbone' },
      { id: 'press', text: 'Press straight out, then bring it back' },
      { id: 'no-rotation', text: 'Don’t let your torso turn' },
      { id: 'switch', text: 'Switch sides' },
    ],
    faults: [{ id: 'turning', text: 'Torso turning toward the anchor: use a lighter band' }],
    sources: [
      { source: 'pallof-press' },
      article('Alternatives to sit-ups (how-to corrected by the content brief)'),
    ],
  },
  'side-plank': {
    works: 'Obliques and the deep core',
    whyItHurts: 'Rarely a problem. Hips sagging toward the floor bend the spine sideways.',
    checkpoints: [
      { id: 'side', text: 'Lie on your side, feet together' },
      { id: 'forearm', text: 'Forearm under your shoulder' },
      { id: 'brace', text: 'Brace your core' },
      { id: 'lift', text: 'Lift hips until your body is a straight line' },
      { id: 'switch', text: 'Hold, then switch sides' },
    ],
    faults: [{ id: 'hips-drop', text: 'Hips dropping: rest, then hold for a shorter time' }],
    sources: [article('Alternatives to sit-ups'), { source: 'mcgill-karpowicz-2009' }],
  },
  'mcgill-curl-up': {
    works: 'Abs, with the lower back supported',
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
    sources: [article('Alternatives to sit-ups (neck cue corrected)'), { source: 'mcgill-karpowicz-2009' }],
  },
  'bird-dog': {
    works: 'Back extensors, glutes and core',
    whyItHurts: 'Rarely a problem. Lifting the leg too high arches the lower back.',
    checkpoints: [
      { id: 'all-fours', text: 'On hands and knees, spine neutral' },
      { id: 'reach', text: 'Reach one arm forward, the opposite leg back' },
      { id: 'no-arch', text: 'Don’t arch your back' },
      { id: 'hold', text: 'Hold about 8–10 seconds' },
      { id: 'switch', text: 'Switch sides' },
    ],
    faults: [{ id: 'arching', text: 'Lower back arching: lift the leg only to hip height' }],
    sources: [
      { source: 'mcgill-low-back-disorders', section: 'Bird dog' },
      { source: 'mcgill-karpowicz-2009' },
    ],
  },
  'forward-push-up': {
    works: 'Chest, shoulders, triceps and lower-back muscles',
    whyItHurts:
      'With the hands well ahead of the shoulders, the lower-back muscles work much harder to hold the body straight.',
    checkpoints: [
      { id: 'hands', text: 'Hands about a hand’s length in front of your shoulders' },
      { id: 'width', text: 'Hands shoulder-width apart' },
      { id: 'hips-line', text: 'Hips in line: no sag' },
    ],
    faults: [{ id: 'sag', text: 'Hips sagging: go back to a normal push-up' }],
    sources: [article('Exercise 4: push-ups (the source’s exact hand offset is unverified)')],
  },
  'backward-push-up': {
    works: 'Chest, shoulders, triceps and lower-back muscles',
    whyItHurts:
      'With the hands behind the shoulders, the lower-back muscles work much harder to hold the body straight.',
    checkpoints: [
      { id: 'hands', text: 'Hands about a hand’s length behind your shoulders' },
      { id: 'width', text: 'Hands shoulder-width apart' },
      { id: 'hips-line', text: 'Hips in line: no sag' },
    ],
    faults: [{ id: 'sag', text: 'Hips sagging: go back to a normal push-up' }],
    sources: [article('Exercise 4: push-ups (the source’s exact hand offset is unverified)')],
  },
} as const satisfies { readonly [Id in ExerciseId]: ExerciseDetails<CheckpointIdOf<Id>> }

/** An exercise with its text: what the lazily loaded screens show. */
export type FullExercise = Exercise & ExerciseDetails

export const getExerciseDetails = (id: ExerciseId): ExerciseDetails => EXERCISE_DETAILS[id]

export const getFullExercise = (id: ExerciseId): FullExercise => ({
  ...getExercise(id),
  ...EXERCISE_DETAILS[id],
})
