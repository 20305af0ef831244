import {
  ARCHED,
  HANGING_ARM,
  LYING,
  limb,
  pose,
  reach,
  restOn,
  STAND,
  STRAIGHT_LEG,
  spine,
  vary,
} from './build'
import type { ExercisePoses } from './types'

/** A push-up on the toes, body straight at `lean`, hands flat on the floor at `handX`. */
const pushUp = (lean: number, handX: number) =>
  pose({
    back: spine(lean),
    arm: reach('grip', handX, 0.02, 90),
    leg: limb(lean + 180, lean + 180, lean + 90),
    anchor: 'toe',
    at: { x: 0, y: 0 },
    rests: restOn(0, 'toe', 'farToe'),
  })

const pushUpFault = (handX: number) =>
  vary(pushUp(60, handX), { back: spine(56, ARCHED, 0), leg: limb(248, 248, 158), head: 62 })

const pushUpVariant = (handX: number, where: string) =>
  ({
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: pushUp(60, handX),
        alt: `hands flat ${where}, arms straight, body in a straight line from head to heels`,
      },
      end: {
        pose: pushUp(80, handX),
        alt: 'lowered until the chest is near the floor, body still straight',
      },
    },
    faults: [
      {
        id: 'sag',
        label: 'Sagging',
        of: 'start',
        mark: 'lumbar',
        pose: pushUpFault(handX),
        alt: 'hips sagging toward the floor, lower back arched',
      },
    ],
  }) satisfies ExercisePoses

const ohpTop = pose({ ...STAND, back: spine(3), arm: limb(-2, -2, -2), leg: STRAIGHT_LEG })
const pulldownEnd = pose({
  back: spine(-14),
  arm: reach('grip', 0.1, 0.66, 20),
  leg: reach('heel', 0.36, 0, 90),
  anchor: 'hip',
  at: { x: 0, y: 0.33 },
  rests: restOn(0, 'heel', 'toe'),
})
const curlTop = pose({ ...STAND, back: spine(3), arm: limb(178, 35, 35), leg: STRAIGHT_LEG })
const benchBottom = pose({
  back: spine(-90),
  arm: limb(140, 2, 2),
  leg: reach('heel', 0.5, 0, 90),
  anchor: 'neck',
  at: { x: 0, y: 0.26 + LYING },
  rests: restOn(0, 'heel', 'toe'),
})
const pullUpHang = pose({
  back: spine(0),
  arm: limb(0, 0, 0),
  leg: limb(172, 220, 130),
  anchor: 'grip',
  at: { x: 0, y: 1.25 },
})

export const UPPER_POSES = {
  'push-up': pushUpVariant(0.7, 'under the shoulders'),
  'forward-push-up': pushUpVariant(0.8, 'a hand’s length in front of the shoulders'),
  'backward-push-up': pushUpVariant(0.6, 'a hand’s length behind the shoulders'),
  'barbell-bench-press': {
    thumbnail: 'start',
    equipment: [
      { kind: 'floor' },
      { kind: 'bench', from: -0.22, to: 0.46, top: 0.26 },
      { kind: 'barbell', at: 'grip', plate: 0.129 },
    ],
    movement: {
      start: {
        pose: vary(benchBottom, { arm: limb(8, 8, 8) }),
        alt: 'lying on a bench, feet on the floor, the bar held over the shoulders on straight arms',
      },
      end: {
        pose: benchBottom,
        alt: 'the bar lowered to touch the chest, head, shoulders and hips on the bench',
      },
    },
    faults: [
      {
        id: 'hips-lift',
        label: 'Hips up',
        of: 'end',
        mark: 'lumbar',
        pose: vary(benchBottom, { back: spine(-72, ARCHED, 0), head: -90 }),
        alt: 'hips lifted off the bench, lower back arched',
      },
    ],
  },
  'overhead-press': {
    equipment: [{ kind: 'floor' }, { kind: 'barbell', at: 'grip', plate: 0.09 }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(3), arm: limb(162, 10, 30), leg: STRAIGHT_LEG }),
        alt: 'standing tall, the bar at the top of the chest',
      },
      end: { pose: ohpTop, alt: 'the bar pressed straight up over the head, ribs down, back straight' },
    },
    faults: [
      {
        id: 'arching',
        label: 'Arching',
        of: 'end',
        mark: 'lumbar',
        pose: vary(ohpTop, { back: spine(-14, ARCHED, 0), head: -6, arm: limb(5, 5, 5) }),
        alt: 'leaning back to press, lower back arched',
      },
    ],
  },
  'seated-dumbbell-shoulder-press': {
    equipment: [
      { kind: 'floor' },
      { kind: 'bench', from: -0.16, to: 0.2, top: 0.26 },
      { kind: 'pad', at: { x: -0.09, y: 0.56 }, angle: 0, length: 0.42 },
      { kind: 'dumbbell', at: 'grip' },
    ],
    movement: {
      start: {
        pose: pose({
          back: spine(0),
          arm: limb(172, 12, 12),
          leg: reach('heel', 0.42, 0, 90),
          anchor: 'hip',
          at: { x: 0, y: 0.31 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'seated against an upright bench, dumbbells at the shoulders',
      },
      end: {
        pose: pose({
          back: spine(0),
          arm: limb(0, 0, 0),
          leg: reach('heel', 0.42, 0, 90),
          anchor: 'hip',
          at: { x: 0, y: 0.31 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'dumbbells pressed overhead, back against the pad',
      },
    },
    faults: [],
  },
  'lat-pulldown': {
    thumbnail: 'start',
    equipment: [
      { kind: 'floor' },
      { kind: 'box', from: -0.16, to: 0.14, top: 0.27 },
      { kind: 'pad', at: { x: 0.2, y: 0.41 }, angle: 90, length: 0.1 },
      { kind: 'cable', from: { x: 0.06, y: 1.2 }, to: 'grip' },
    ],
    movement: {
      start: {
        pose: pose({
          back: spine(-4),
          arm: reach('grip', 0.05, 1.0, 0),
          leg: reach('heel', 0.36, 0, 90),
          anchor: 'hip',
          at: { x: 0, y: 0.33 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'seated, thighs under the pad, arms up holding the bar',
      },
      end: {
        pose: pulldownEnd,
        alt: 'the bar pulled to the upper chest, leaning back only slightly, held still',
      },
    },
    faults: [
      {
        id: 'rocking',
        label: 'Arching',
        of: 'end',
        mark: 'lumbar',
        pose: vary(pulldownEnd, {
          back: spine(-36, ARCHED, 0),
          head: -30,
          arm: reach('grip', 0.02, 0.6, 20),
        }),
        alt: 'leaning far back, lower back arched',
      },
    ],
  },
  'pull-up': {
    thumbnail: 'start',
    equipment: [{ kind: 'bar', at: { x: 0, y: 1.25 } }],
    movement: {
      start: { pose: pullUpHang, alt: 'hanging from the bar on straight arms, legs crossed, body still' },
      end: {
        pose: vary(pullUpHang, { arm: limb(172, 12, 12) }),
        alt: 'pulled up until the chin is over the bar, no swinging',
      },
    },
    faults: [
      {
        id: 'swing',
        label: 'Arching',
        of: 'start',
        mark: 'lumbar',
        pose: vary(pullUpHang, { back: spine(-8, ARCHED, -6), head: -16, leg: limb(200, 235, 150) }),
        alt: 'swinging: the body arched, legs kicked back',
      },
    ],
  },
  'inverted-row': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }, { kind: 'bar', at: { x: -0.78, y: 0.55 }, upright: 'down' }],
    movement: {
      start: {
        pose: pose({
          back: spine(-76),
          arm: reach('grip', -0.78, 0.55, 0),
          leg: limb(104, 104, 14),
          anchor: 'heel',
          at: { x: 0, y: 0 },
          rests: restOn(0, 'heel', 'farHeel'),
        }),
        alt: 'hanging under a bar on straight arms, heels on the floor, body straight',
      },
      end: {
        pose: pose({
          back: spine(-58),
          arm: reach('grip', -0.78, 0.55, 0),
          leg: limb(122, 122, 32),
          anchor: 'heel',
          at: { x: 0, y: 0 },
          rests: restOn(0, 'heel', 'farHeel'),
        }),
        alt: 'the chest pulled to the bar, body still straight',
      },
    },
    faults: [],
  },
  'one-arm-dumbbell-row': {
    equipment: [
      { kind: 'floor' },
      { kind: 'bench', from: -0.42, to: 0.32, top: 0.26 },
      { kind: 'dumbbell', at: 'grip' },
    ],
    movement: {
      start: {
        pose: pose({
          back: spine(78),
          arm: HANGING_ARM,
          farArm: reach('grip', 0.25, 0.28, 90),
          leg: reach('heel', -0.14, 0, 90),
          farLeg: limb(180, 270, 270),
          anchor: 'farKnee',
          at: { x: -0.05, y: 0.29 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'one knee and one hand on a bench, back flat, the dumbbell hanging',
      },
      end: {
        pose: pose({
          back: spine(78),
          arm: limb(300, 182, 182),
          farArm: reach('grip', 0.25, 0.28, 90),
          leg: reach('heel', -0.14, 0, 90),
          farLeg: limb(180, 270, 270),
          anchor: 'farKnee',
          at: { x: -0.05, y: 0.29 },
          rests: restOn(0, 'heel', 'toe'),
        }),
        alt: 'the dumbbell rowed to the hip, torso still and square',
      },
    },
    faults: [],
  },
  'biceps-curl': {
    equipment: [{ kind: 'floor' }, { kind: 'dumbbell', at: 'grip' }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(3), arm: limb(178, 178, 178), leg: STRAIGHT_LEG }),
        alt: 'standing tall, dumbbells at the sides',
      },
      end: { pose: curlTop, alt: 'dumbbells curled up, elbows still by the sides, torso upright' },
    },
    faults: [
      {
        id: 'swinging',
        label: 'Leaning back',
        of: 'end',
        mark: 'lumbar',
        pose: vary(curlTop, { back: spine(-16, ARCHED, 0), head: -10, arm: limb(160, 20, 20) }),
        alt: 'leaning back to swing the weight up, lower back arched',
      },
    ],
  },
  'seated-cable-row': {
    equipment: [
      { kind: 'floor' },
      { kind: 'box', from: -0.3, to: 0.12, top: 0.145 },
      { kind: 'pad', at: { x: 0.6, y: 0.12 }, angle: 20, length: 0.2 },
      { kind: 'cable', from: { x: 0.7, y: 0.26 }, to: 'grip' },
    ],
    movement: {
      start: {
        pose: pose({
          back: spine(10),
          arm: reach('grip', 0.4, 0.32, 90),
          leg: reach('heel', 0.53, 0.05, 20),
          anchor: 'hip',
          at: { x: 0, y: 0.2 },
        }),
        alt: 'seated tall, feet on the plate, knees soft, arms reaching forward',
      },
      end: {
        pose: pose({
          back: spine(3),
          arm: reach('grip', 0.15, 0.33, 90),
          leg: reach('heel', 0.53, 0.05, 20),
          anchor: 'hip',
          at: { x: 0, y: 0.2 },
        }),
        alt: 'the handle pulled to the stomach, torso still upright',
      },
    },
    faults: [],
  },
} satisfies Record<string, ExercisePoses>
