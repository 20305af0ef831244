import {
  ARCHED,
  armsCrossed,
  barOnBack,
  HANGING_ARM,
  limb,
  pose,
  ROUNDED,
  reach,
  STAND,
  STRAIGHT_LEG,
  spine,
  vary,
} from './build'
import type { ExercisePoses } from './types'

/** A full-size (45 cm) plate's radius for a 1.75 m lifter. */
const PLATE = 0.129
const standingTall = pose({ ...STAND, back: spine(2), arm: HANGING_ARM, leg: STRAIGHT_LEG })

const deadliftStart = pose({
  ...STAND,
  back: spine(66),
  head: 72,
  arm: reach('grip', 0.1, PLATE, 180),
  leg: limb(120, 200, 90),
})

const rdlBottom = pose({
  ...STAND,
  back: spine(78),
  head: 84,
  arm: reach('grip', 0.09, 0.19, 180),
  leg: limb(152, 176, 90),
})

const goodMorningBottom = pose({
  ...STAND,
  back: spine(82),
  arm: barOnBack(spine(82).thorax),
  leg: limb(168, 178, 90),
})

const trapBarStart = pose({
  ...STAND,
  back: spine(53),
  head: 60,
  arm: reach('grip', 0.075, PLATE, 180),
  leg: limb(108, 206, 90),
})

const swingBottom = pose({
  ...STAND,
  back: spine(68),
  head: 76,
  arm: limb(220, 220, 220),
  leg: limb(158, 190, 90),
})
const swingTop = pose({
  ...STAND,
  back: spine(0),
  arm: limb(92, 92, 92),
  leg: STRAIGHT_LEG,
})

const rowStart = pose({
  ...STAND,
  back: spine(62),
  head: 70,
  arm: HANGING_ARM,
  leg: limb(150, 196, 90),
})

export const HINGE_POSES = {
  deadlift: {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }, { kind: 'barbell', at: 'grip', plate: PLATE }],
    movement: {
      start: {
        pose: deadliftStart,
        alt: 'the bar against the shins over the middle of the feet, hips back, back flat',
      },
      end: {
        pose: pose({ ...STAND, back: spine(2), arm: reach('grip', 0.1, 0.43, 180), leg: STRAIGHT_LEG }),
        alt: 'standing tall, the bar at the thighs',
      },
    },
    faults: [
      {
        id: 'rounded-back',
        label: 'Rounded',
        of: 'start',
        mark: 'lumbar',
        pose: vary(deadliftStart, {
          back: spine(72, ROUNDED, 22),
          head: 90,
          leg: limb(140, 194, 90),
          arm: reach('grip', 0.1, 0.15, 180),
        }),
        alt: 'the lower back rounded as the bar leaves the floor',
      },
      {
        id: 'looking-up',
        label: 'Neck back',
        of: 'start',
        mark: 'neck',
        pose: vary(deadliftStart, { head: 20 }),
        alt: 'the neck cranked back to look up',
      },
    ],
  },
  'romanian-deadlift': {
    equipment: [{ kind: 'floor' }, { kind: 'barbell', at: 'grip', plate: PLATE }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(2), arm: reach('grip', 0.1, 0.43, 180), leg: limb(172, 182, 90) }),
        alt: 'standing tall, the bar at the thighs, knees soft',
      },
      end: {
        pose: rdlBottom,
        alt: 'hips pushed back, knees slightly bent, the bar just below the knees and close to the legs, back flat',
      },
    },
    faults: [
      {
        id: 'rounding',
        label: 'Rounded',
        of: 'end',
        mark: 'lumbar',
        pose: vary(rdlBottom, { back: spine(76, ROUNDED, 24), head: 96, arm: reach('grip', 0.1, 0.15, 180) }),
        alt: 'the lower back rounded to reach lower',
      },
    ],
  },
  'good-morning': {
    equipment: [{ kind: 'floor' }, { kind: 'barbell', at: 'grip', plate: 0.09 }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(2), arm: barOnBack(spine(2).thorax), leg: limb(176, 180, 90) }),
        alt: 'standing tall, the bar across the upper back',
      },
      end: {
        pose: goodMorningBottom,
        alt: 'hinged at the hips until the chest is nearly level, knees slightly bent, back flat',
      },
    },
    faults: [
      {
        id: 'rounding',
        label: 'Rounded',
        of: 'end',
        mark: 'lumbar',
        pose: {
          ...goodMorningBottom,
          ...spine(92, ROUNDED, 22),
          head: 110,
          arm: barOnBack(spine(92, ROUNDED, 22).thorax),
        },
        alt: 'the lower back rounded at the bottom',
      },
    ],
  },
  'trap-bar-deadlift': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }, { kind: 'barbell', at: 'grip', plate: PLATE }],
    movement: {
      start: {
        pose: trapBarStart,
        alt: 'standing inside the bar, handles at the sides, hips back and down, back flat',
      },
      end: {
        pose: pose({ ...STAND, back: spine(2), arm: reach('grip', 0.06, 0.43, 180), leg: STRAIGHT_LEG }),
        alt: 'standing tall, the handles at the sides',
      },
    },
    faults: [
      {
        id: 'rounding',
        label: 'Rounded',
        of: 'start',
        mark: 'lumbar',
        pose: vary(trapBarStart, {
          back: spine(60, ROUNDED, 20),
          head: 76,
          leg: limb(118, 202, 90),
          arm: reach('grip', 0.075, 0.15, 180),
        }),
        alt: 'the lower back rounded as the bar leaves the floor',
      },
    ],
  },
  'kettlebell-swing': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }, { kind: 'kettlebell', at: 'grip' }],
    movement: {
      start: {
        pose: swingBottom,
        alt: 'hinged at the hips, the bell swung back between the legs, back flat',
      },
      end: {
        pose: swingTop,
        alt: 'standing tall, hips through, arms out level with the chest',
      },
    },
    faults: [
      {
        id: 'lean-back',
        label: 'Leaning back',
        of: 'end',
        mark: 'lumbar',
        pose: vary(swingTop, { back: spine(-14, ARCHED, 0), head: -20, arm: limb(80, 80, 80) }),
        alt: 'leaning back at the top, lower back arched',
      },
      {
        id: 'rounding',
        label: 'Rounded',
        of: 'start',
        mark: 'lumbar',
        pose: vary(swingBottom, { back: spine(74, ROUNDED, 22), head: 96 }),
        alt: 'the back rounded at the bottom of the swing',
      },
    ],
  },
  'bent-over-row': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }, { kind: 'barbell', at: 'grip', plate: 0.1 }],
    movement: {
      start: {
        pose: rowStart,
        alt: 'hinged forward, knees bent, back flat, the bar hanging below the shoulders',
      },
      end: {
        pose: vary(rowStart, { arm: limb(285, 175, 175) }),
        alt: 'the bar pulled to the lower ribs, elbows back, back still flat',
      },
    },
    faults: [
      {
        id: 'rounding',
        label: 'Rounded',
        of: 'start',
        mark: 'lumbar',
        pose: vary(rowStart, { back: spine(72, ROUNDED, 22), head: 88, leg: limb(160, 190, 90) }),
        alt: 'the lower back rounded',
      },
    ],
  },
  'toe-touch': {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: { pose: standingTall, alt: 'standing tall, arms by the sides' },
      end: {
        pose: pose({
          ...STAND,
          back: spine(104, 30, 30),
          head: 160,
          arm: limb(168, 168, 168),
          leg: limb(170, 185, 90),
        }),
        alt: 'bent forward slowly, reaching toward the toes, knees soft',
      },
    },
    faults: [],
  },
  'back-extension': {
    equipment: [
      { kind: 'floor' },
      {
        kind: 'frame',
        points: [
          { x: -0.42, y: 0 },
          { x: 0.04, y: 0.4 },
          { x: 0.04, y: 0 },
        ],
      },
      { kind: 'pad', at: { x: 0.07, y: 0.46 }, angle: 135, length: 0.14 },
      { kind: 'pad', at: { x: -0.36, y: 0.085 }, angle: 135, length: 0.06 },
    ],
    movement: {
      start: {
        pose: pose({
          back: spine(168),
          head: 168,
          arm: armsCrossed(spine(168).thorax),
          leg: limb(225, 225, 135),
          anchor: 'hip',
          at: { x: 0, y: 0.53 },
        }),
        alt: 'hips on the pad, heels hooked, the body folded down over the pad',
      },
      end: {
        pose: pose({
          back: spine(45),
          arm: armsCrossed(spine(45).thorax),
          leg: limb(225, 225, 135),
          anchor: 'hip',
          at: { x: 0, y: 0.53 },
        }),
        alt: 'raised only to a straight line from heels to head',
      },
    },
    faults: [
      {
        id: 'over-arch',
        label: 'Arched',
        of: 'end',
        mark: 'lumbar',
        pose: pose({
          back: spine(22, ARCHED, 0),
          head: 0,
          arm: armsCrossed(spine(22, ARCHED, 0).thorax),
          leg: limb(225, 225, 135),
          anchor: 'hip',
          at: { x: 0, y: 0.53 },
        }),
        alt: 'raised past the straight line, lower back arched',
      },
    ],
  },
} satisfies Record<string, ExercisePoses>
