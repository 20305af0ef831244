import { ARCHED, feetOn, HANGING_ARM, limb, pose, ROUNDED, reach, restOn, spine, vary } from './build'
import type { ExercisePoses } from './types'

const HANDS_DOWN = { anchor: 'grip', at: { x: 0.3, y: 0.02 } } as const
const ARMS_STRAIGHT_DOWN = limb(180, 180, 90)

const catchPose = pose({
  back: spine(24),
  arm: reach('grip', 0.8, 0.34, 90),
  leg: reach('heel', 0.52, 0.1, 62),
  anchor: 'hip',
  at: { x: 0.27, y: 0.25 },
})

const climberStart = pose({
  ...HANDS_DOWN,
  back: spine(74),
  arm: ARMS_STRAIGHT_DOWN,
  leg: reach('toe', -0.08, 0.05, 160),
  farLeg: reach('toe', -0.5, 0, 166),
  rests: restOn(0, 'farToe'),
})

export const CONDITIONING_POSES = {
  burpee: {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: pose({
          ...HANDS_DOWN,
          back: spine(84),
          arm: ARMS_STRAIGHT_DOWN,
          leg: reach('toe', -0.02, 0, 130),
          rests: restOn(0, 'toe', 'farToe'),
        }),
        alt: 'squatting with the hands on the floor, back flat',
      },
      end: {
        pose: pose({
          ...HANDS_DOWN,
          back: spine(76),
          arm: ARMS_STRAIGHT_DOWN,
          leg: reach('toe', -0.5, 0, 166),
          rests: restOn(0, 'toe', 'farToe'),
        }),
        alt: 'feet stepped or jumped back to a plank, hips level',
      },
    },
    faults: [],
  },
  'mountain-climber': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: climberStart,
        alt: 'a plank on the hands, one knee drawn toward the chest, hips level',
      },
      end: {
        pose: pose({
          ...HANDS_DOWN,
          back: spine(74),
          arm: ARMS_STRAIGHT_DOWN,
          leg: reach('toe', -0.5, 0, 166),
          farLeg: reach('toe', -0.08, 0.05, 160),
          rests: restOn(0, 'toe'),
        }),
        alt: 'legs switched, hips still level',
      },
    },
    faults: [
      {
        id: 'sagging',
        label: 'Sagging',
        of: 'start',
        mark: 'lumbar',
        pose: vary(climberStart, { back: spine(70, ARCHED, 0), head: 72, leg: reach('toe', -0.5, 0, 166) }),
        alt: 'the hips sagging toward the floor, lower back arched',
      },
    ],
  },
  'rowing-machine': {
    thumbnail: 'start',
    equipment: [
      { kind: 'floor' },
      { kind: 'rower', from: -0.45, to: 0.9 },
      { kind: 'pad', at: { x: 0.53, y: 0.1 }, angle: 62, length: 0.18, offset: { x: 0.03, y: -0.03 } },
      { kind: 'pad', at: 'hip', offset: { x: 0, y: -0.065 }, angle: 90, length: 0.14 },
      { kind: 'cable', from: { x: 0.84, y: 0.12 }, to: 'grip' },
    ],
    movement: {
      start: {
        pose: catchPose,
        alt: 'at the catch: shins upright, leaning forward from the hips, pelvis tipped forward, arms long',
      },
      end: {
        pose: pose({
          back: spine(-18),
          arm: reach('grip', 0.13, 0.4, 90),
          leg: reach('heel', 0.52, 0.1, 62),
          anchor: 'hip',
          at: { x: 0.06, y: 0.25 },
        }),
        alt: 'at the finish: legs long, leaning back slightly, the handle at the lower ribs',
      },
    },
    faults: [
      {
        id: 'slumping',
        label: 'Rounded',
        of: 'start',
        mark: 'lumbar',
        pose: vary(catchPose, { back: spine(32, ROUNDED, 22), head: 60 }),
        alt: 'at the catch the lower back rounds, pelvis tucked',
      },
    ],
  },
  'farmers-carry': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }, { kind: 'dumbbell', at: 'grip' }],
    movement: {
      start: {
        pose: pose({
          back: spine(2),
          arm: HANGING_ARM,
          leg: reach('heel', 0.16, 0, 84),
          farLeg: reach('heel', -0.254, 0.071, 118),
          anchor: 'hip',
          at: { x: 0, y: 0.49 },
          rests: restOn(0, 'heel', 'farToe'),
        }),
        alt: 'walking tall, a heavy dumbbell in each hand',
      },
      end: {
        pose: pose({
          back: spine(2),
          arm: HANGING_ARM,
          leg: reach('heel', -0.254, 0.071, 118),
          farLeg: reach('heel', 0.16, 0, 84),
          anchor: 'hip',
          at: { x: 0, y: 0.49 },
          rests: restOn(0, 'toe', 'farHeel'),
        }),
        alt: 'short steps, shoulders level, torso upright',
      },
    },
    faults: [],
  },
  'suitcase-carry': {
    view: 'front',
    equipment: [{ kind: 'floor' }, { kind: 'dumbbell', at: 'grip' }],
    movement: {
      hold: {
        pose: pose({
          back: spine(0, 0, 0),
          arm: limb(186, 186, 186),
          farArm: limb(172, 172, 172),
          leg: reach('heel', -0.09, 0, 90),
          farLeg: reach('heel', 0.05, 0, 90),
          anchor: 'hip',
          at: { x: 0, y: 0.52 },
          rests: feetOn(),
        }),
        alt: 'standing tall, one dumbbell in one hand, shoulders level',
      },
    },
    faults: [
      {
        id: 'leaning',
        label: 'Leaning',
        of: 'hold',
        mark: 'lumbar',
        pose: pose({
          back: spine(-14, -16, -4),
          arm: limb(192, 192, 192),
          farArm: limb(160, 160, 160),
          leg: reach('heel', -0.09, 0, 90),
          farLeg: reach('heel', 0.05, 0, 90),
          anchor: 'hip',
          at: { x: 0, y: 0.52 },
          rests: feetOn(),
        }),
        alt: 'leaning toward the weight',
      },
    ],
  },
} satisfies Record<string, ExercisePoses>
