import {
  barOnBack,
  HANGING_ARM,
  LYING,
  limb,
  pose,
  ROUNDED,
  reach,
  restOn,
  STAND,
  STRAIGHT_LEG,
  spine,
  vary,
  weightAtChest,
} from './build'
import type { ExercisePoses } from './types'

const squatBottom = pose({
  ...STAND,
  back: spine(44),
  head: 30,
  arm: barOnBack(spine(44).thorax),
  leg: limb(96, 212, 90),
})

const gobletBottom = pose({
  ...STAND,
  back: spine(24),
  head: 10,
  arm: weightAtChest(spine(24).thorax),
  leg: limb(86, 220, 90),
})

const legPressSled = {
  kind: 'pad',
  at: 'heel',
  offset: { x: -0.04, y: 0.07 },
  angle: 135,
  length: 0.22,
} as const
const legPressBack = spine(-58)
const legPressDeep = pose({
  back: legPressBack,
  arm: limb(140, 120, 120),
  leg: reach('heel', 0.2, 0.55, -30),
  anchor: 'hip',
  at: { x: 0, y: 0.32 },
})

const bridgeTop = pose({
  back: spine(-128),
  head: -90,
  arm: limb(90, 90, 90),
  leg: reach('heel', 0.46, 0, 90),
  anchor: 'neck',
  at: { x: 0, y: LYING },
  rests: restOn(0, 'heel', 'toe'),
})

const thrustTop = pose({
  back: spine(-90),
  head: -55,
  arm: reach('grip', 0.3, 0.37, 90),
  leg: reach('heel', 0.55, 0, 90),
  anchor: 'neck',
  at: { x: 0, y: 0.3 },
  rests: restOn(0, 'heel', 'toe'),
})

export const LEG_POSES = {
  squat: {
    equipment: [{ kind: 'floor' }, { kind: 'barbell', at: 'grip', plate: 0.09 }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(4), arm: barOnBack(spine(4).thorax), leg: STRAIGHT_LEG }),
        alt: 'standing tall, the bar across the upper back',
      },
      end: {
        pose: squatBottom,
        alt: 'squatting until the thighs are about level, knees over the toes, back flat',
      },
    },
    faults: [
      {
        id: 'rounding',
        label: 'Rounding',
        of: 'end',
        mark: 'lumbar',
        pose: vary(squatBottom, { back: spine(40, ROUNDED, 12), head: 40, leg: limb(88, 214, 90) }),
        alt: 'at the bottom the pelvis tucks under and the lower back rounds',
      },
    ],
  },
  'goblet-squat': {
    equipment: [{ kind: 'floor' }, { kind: 'kettlebell', at: 'grip', hold: 'horns' }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(4), arm: weightAtChest(spine(4).thorax), leg: STRAIGHT_LEG }),
        alt: 'standing tall, a kettlebell held at the chest',
      },
      end: {
        pose: gobletBottom,
        alt: 'squatting deep with the chest up, the weight at the chest, back flat',
      },
    },
    faults: [
      {
        id: 'rounding',
        label: 'Rounding',
        of: 'end',
        mark: 'lumbar',
        pose: vary(gobletBottom, {
          back: spine(26, ROUNDED, 10),
          head: 20,
          arm: weightAtChest(spine(26, ROUNDED, 10).thorax),
          leg: limb(80, 222, 90),
        }),
        alt: 'too deep: the pelvis tucks under and the lower back rounds',
      },
    ],
  },
  'forward-lunge': {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: pose({
          back: spine(3),
          arm: HANGING_ARM,
          leg: reach('heel', 0.2, 0, 90),
          farLeg: reach('toe', -0.26, 0, 128),
          anchor: 'hip',
          at: { x: 0.0, y: 0.46 },
          rests: restOn(0, 'heel', 'toe', 'farToe'),
        }),
        alt: 'standing tall in a long stride, back heel up',
      },
      end: {
        pose: pose({
          back: spine(5),
          arm: HANGING_ARM,
          leg: reach('heel', 0.2, 0, 90),
          farLeg: reach('toe', -0.3, 0, 150),
          anchor: 'hip',
          at: { x: -0.02, y: 0.3 },
          rests: restOn(0, 'heel', 'toe', 'farToe'),
        }),
        alt: 'lowered until the front knee is bent about 90 degrees over the ankle, torso upright',
      },
    },
    faults: [],
  },
  'bulgarian-split-squat': {
    equipment: [
      { kind: 'floor' },
      { kind: 'bench', from: -0.62, to: -0.3, top: 0.26 },
      { kind: 'dumbbell', at: 'grip' },
    ],
    movement: {
      start: {
        pose: pose({
          back: spine(8),
          arm: HANGING_ARM,
          leg: reach('heel', 0.2, 0, 90),
          farLeg: reach('ankle', -0.4, 0.3, 250),
          anchor: 'hip',
          at: { x: 0.0, y: 0.47 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'the back foot on a bench, dumbbells at the sides, standing tall',
      },
      end: {
        pose: pose({
          back: spine(12),
          arm: HANGING_ARM,
          leg: reach('heel', 0.2, 0, 90),
          farLeg: reach('ankle', -0.4, 0.3, 250),
          anchor: 'hip',
          at: { x: -0.02, y: 0.3 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'lowered on the front leg, torso tall, the back knee toward the floor',
      },
    },
    faults: [],
  },
  'step-up': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }, { kind: 'box', from: 0.08, to: 0.48, top: 0.24 }],
    movement: {
      start: {
        pose: pose({
          back: spine(14),
          arm: HANGING_ARM,
          leg: reach('heel', 0.13, 0.24, 90),
          farLeg: reach('heel', -0.2, 0, 90),
          anchor: 'hip',
          at: { x: 0.03, y: 0.5 },
          rests: [...restOn(0.24, 'heel', 'toe'), ...restOn(0, 'farHeel', 'farToe')],
        }),
        alt: 'the whole front foot on the step, the back foot on the floor',
      },
      end: {
        pose: pose({
          back: spine(3),
          arm: HANGING_ARM,
          leg: reach('heel', 0.13, 0.24, 90),
          farLeg: reach('heel', 0.3, 0.5, 120),
          anchor: 'hip',
          at: { x: 0.165, y: 0.77 },
          rests: restOn(0.24, 'heel', 'toe'),
        }),
        alt: 'standing tall on the step, the other knee raised',
      },
    },
    faults: [],
  },
  'leg-press': {
    equipment: [
      { kind: 'floor' },
      {
        kind: 'frame',
        points: [
          { x: -0.02, y: 0 },
          { x: -0.02, y: 0.24 },
        ],
      },
      {
        kind: 'frame',
        points: [
          { x: 0.12, y: 0.3 },
          { x: 0.5, y: 0.72 },
          { x: 0.5, y: 0 },
        ],
      },
      { kind: 'pad', at: { x: 0.02, y: 0.255 }, angle: 80, length: 0.14 },
      { kind: 'pad', at: { x: -0.19, y: 0.345 }, angle: -58, length: 0.32 },
      legPressSled,
    ],
    movement: {
      start: {
        pose: pose({
          back: legPressBack,
          arm: limb(140, 120, 120),
          leg: reach('heel', 0.3, 0.66, -30),
          anchor: 'hip',
          at: { x: 0, y: 0.32 },
        }),
        alt: 'seated back against the pad, feet on the sled, legs long but knees not locked',
      },
      end: {
        pose: legPressDeep,
        alt: 'the sled lowered until the knees are bent about 90 degrees, lower back still on the pad',
      },
    },
    faults: [
      {
        id: 'peeling',
        label: 'Tucked',
        of: 'end',
        mark: 'lumbar',
        pose: vary(legPressDeep, { back: spine(-48, 30, 6), leg: reach('heel', 0.17, 0.52, -30) }),
        alt: 'too deep: the pelvis tucks and the lower back peels off the pad',
      },
    ],
  },
  'glute-bridge': {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: pose({
          back: spine(-90),
          arm: limb(90, 90, 90),
          leg: reach('heel', 0.46, 0, 90),
          anchor: 'neck',
          at: { x: 0, y: LYING },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'lying on the back, knees bent, feet flat near the hips',
      },
      end: {
        pose: bridgeTop,
        alt: 'hips raised until shoulders, hips and knees make a straight line',
      },
    },
    faults: [
      {
        id: 'too-high',
        label: 'Arched',
        of: 'end',
        mark: 'lumbar',
        pose: vary(bridgeTop, { back: spine(-136, -30, -4), head: -120 }),
        alt: 'hips pushed too high, lower back arched',
      },
    ],
  },
  'hip-thrust': {
    equipment: [
      { kind: 'floor' },
      { kind: 'bench', from: -0.5, to: 0.03, top: 0.245 },
      { kind: 'barbell', at: 'grip', plate: 0.129 },
    ],
    movement: {
      start: {
        pose: pose({
          back: spine(-54),
          head: -30,
          arm: reach('grip', 0.24, 0.2, 90),
          leg: reach('heel', 0.55, 0, 90),
          anchor: 'neck',
          at: { x: 0, y: 0.3 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'upper back against a bench, the bar over the hips, hips low',
      },
      end: {
        pose: thrustTop,
        alt: 'hips driven up until shoulders, hips and knees are level, chin tucked',
      },
    },
    faults: [
      {
        id: 'too-high',
        label: 'Arched',
        of: 'end',
        mark: 'lumbar',
        pose: vary(thrustTop, {
          back: spine(-98, -30, -4),
          head: -80,
          arm: reach('grip', 0.28, 0.45, 90),
        }),
        alt: 'hips pushed past level, lower back arched at the top',
      },
    ],
  },
} satisfies Record<string, ExercisePoses>
