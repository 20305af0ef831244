import {
  ARCHED,
  armsCrossed,
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

const ON_BACK = { anchor: 'hip', at: { x: 0, y: LYING } } as const

/** On the back, knees bent, arms crossed on the chest: the sit-up and crunch, curled by `back`. */
const onBackKneesBent = (back: ReturnType<typeof spine>) =>
  pose({ ...ON_BACK, back, arm: armsCrossed(back.thorax), leg: reach('heel', 0.4, 0, 90) })

/** On the forearms and toes, body straight at `lean`. */
const forearmPlank = pose({
  back: spine(76),
  arm: reach('wrist', 0.86, 0.03, 90),
  leg: limb(256, 256, 166),
  anchor: 'toe',
  at: { x: 0, y: 0 },
  rests: restOn(0, 'toe', 'farToe'),
})

const sidePlank = pose({
  back: spine(70, 0, 0),
  head: 70,
  arm: reach('wrist', 0.86, 0.03, 90),
  farArm: limb(0, 0, 0),
  leg: limb(250, 250, 90),
  anchor: 'heel',
  at: { x: 0, y: 0 },
})

const birdDogBase = {
  back: spine(70),
  arm: reach('grip', 0.36, 0.02, 90),
  leg: limb(180, 270, 270),
  anchor: 'farKnee',
  at: { x: 0, y: 0.03 },
} as const
const birdDogReach = pose({
  ...birdDogBase,
  farArm: limb(88, 88, 88),
  leg: limb(271, 271, 181),
  farLeg: birdDogBase.leg,
})

const deadBugStart = pose({
  ...ON_BACK,
  back: spine(-90),
  arm: limb(0, 0, 0),
  leg: limb(0, 90, 0),
})
const deadBugReach = vary(deadBugStart, {
  farArm: limb(-82, -82, -82),
  leg: limb(78, 80, 0),
  farLeg: limb(0, 90, 0),
})

const curlUpBase = {
  ...ON_BACK,
  arm: limb(96, 84, 90),
  leg: limb(90, 90, 0),
  farLeg: reach('heel', 0.3, 0, 90),
} as const
const curlUpTop = pose({ ...curlUpBase, back: spine(-86, -6, 20) })

const legRaiseDown = pose({
  back: spine(-90),
  arm: limb(90, 90, 90),
  leg: limb(76, 82, 22),
  anchor: 'neck',
  at: { x: -0.288, y: LYING },
})

const wheelOut = pose({
  back: spine(86),
  arm: reach('grip', 0.8, 0.05, 90),
  leg: limb(236, 270, 270),
  anchor: 'knee',
  at: { x: 0, y: 0.03 },
})

const supermanUp = pose({
  back: spine(82, -14, 0),
  arm: limb(80, 80, 80),
  leg: limb(276, 276, 276),
  anchor: 'hip',
  at: { x: 0, y: LYING },
})

export const CORE_POSES = {
  'forearm-plank': {
    equipment: [{ kind: 'floor' }],
    movement: {
      hold: {
        pose: forearmPlank,
        alt: 'forearms under the shoulders, body in a straight line from head to heels',
      },
    },
    faults: [
      {
        id: 'hips-sag',
        label: 'Sagging',
        of: 'hold',
        mark: 'lumbar',
        pose: vary(forearmPlank, { back: spine(72, ARCHED, 0), leg: limb(262, 262, 172) }),
        alt: 'hips sagging toward the floor, lower back arched',
      },
      {
        id: 'hips-high',
        label: 'Hips high',
        of: 'hold',
        mark: 'pelvis',
        pose: vary(forearmPlank, { back: spine(112), leg: limb(238, 238, 148) }),
        alt: 'hips too high, the body an upside-down V',
      },
    ],
  },
  'side-plank': {
    view: 'front',
    equipment: [{ kind: 'floor' }],
    movement: {
      hold: {
        pose: sidePlank,
        alt: 'on one forearm, feet stacked, hips lifted until the body is a straight line',
      },
    },
    faults: [
      {
        id: 'hips-drop',
        label: 'Hips dropping',
        of: 'hold',
        mark: 'lumbar',
        pose: vary(sidePlank, { back: spine(68, ARCHED, 0), head: 70, leg: limb(258, 258, 90) }),
        alt: 'hips dropping toward the floor',
      },
    ],
  },
  'bird-dog': {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: { pose: pose(birdDogBase), alt: 'on hands and knees, back flat' },
      end: {
        pose: birdDogReach,
        alt: 'one arm reaching forward and the opposite leg back, level with the back',
      },
    },
    faults: [
      {
        id: 'arching',
        label: 'Arching',
        of: 'end',
        mark: 'lumbar',
        pose: vary(birdDogReach, {
          back: spine(70, ARCHED, 0),
          leg: limb(302, 302, 212),
          farLeg: limb(180, 270, 270),
        }),
        alt: 'the leg lifted too high, lower back arched',
      },
    ],
  },
  'dead-bug': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }],
    movement: {
      start: { pose: deadBugStart, alt: 'on the back, arms up, knees bent over the hips' },
      end: {
        pose: deadBugReach,
        alt: 'one arm back overhead and the opposite leg straightened, lower back still on the floor',
      },
    },
    faults: [
      {
        id: 'arching',
        label: 'Arching',
        of: 'end',
        mark: 'lumbar',
        pose: vary(deadBugReach, { back: spine(-84, ARCHED, -4), head: -90 }),
        alt: 'the lower back arching off the floor',
      },
    ],
  },
  'mcgill-curl-up': {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: pose({ ...curlUpBase, back: spine(-90) }),
        alt: 'on the back, one knee bent, hands under the lower back',
      },
      end: { pose: curlUpTop, alt: 'head and shoulders raised slightly as one unit, chin not tucked' },
    },
    faults: [
      {
        id: 'chin',
        label: 'Chin tucked',
        of: 'end',
        mark: 'neck',
        pose: vary(curlUpTop, { head: -10 }),
        alt: 'the chin tucked to the chest',
      },
    ],
  },
  'sit-up': {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: onBackKneesBent(spine(-90)),
        alt: 'on the back, knees bent, arms crossed on the chest',
      },
      end: {
        pose: onBackKneesBent(spine(-18, 20, 20)),
        alt: 'curled all the way up to sitting',
      },
    },
    faults: [],
  },
  crunch: {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: onBackKneesBent(spine(-90)),
        alt: 'on the back, knees bent, arms crossed on the chest',
      },
      end: {
        pose: onBackKneesBent(spine(-84, 0, 28)),
        alt: 'shoulder blades just off the floor, lower back down',
      },
    },
    faults: [],
  },
  superman: {
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: pose({
          back: spine(90),
          arm: limb(90, 90, 90),
          leg: limb(270, 270, 270),
          anchor: 'hip',
          at: { x: 0, y: LYING },
        }),
        alt: 'lying face down, arms reaching forward',
      },
      end: { pose: supermanUp, alt: 'arms and legs lifted only a little' },
    },
    faults: [
      {
        id: 'too-high',
        label: 'Arched',
        of: 'end',
        mark: 'lumbar',
        pose: vary(supermanUp, { back: spine(62, -50, -6), arm: limb(55, 55, 55), leg: limb(292, 292, 292) }),
        alt: 'arms and legs lifted high, lower back strongly arched',
      },
    ],
  },
  'lying-leg-raise': {
    thumbnail: 'start',
    equipment: [{ kind: 'floor' }],
    movement: {
      start: {
        pose: vary(legRaiseDown, { leg: limb(12, 26, -34) }),
        alt: 'on the back, legs raised, knees slightly bent',
      },
      end: { pose: legRaiseDown, alt: 'legs lowered slowly, lower back kept on the floor' },
    },
    faults: [
      {
        id: 'arching',
        label: 'Arching',
        of: 'end',
        mark: 'lumbar',
        pose: vary(legRaiseDown, { back: spine(-82, ARCHED, -6), head: -90 }),
        alt: 'the lower back arching off the floor as the legs go down',
      },
    ],
  },
  'hanging-leg-raise': {
    equipment: [{ kind: 'bar', at: { x: 0, y: 1.25 } }],
    movement: {
      start: {
        pose: pose({
          back: spine(0),
          arm: limb(0, 0, 0),
          leg: limb(178, 180, 130),
          anchor: 'grip',
          at: { x: 0, y: 1.25 },
        }),
        alt: 'hanging from the bar, body still',
      },
      end: {
        pose: pose({
          back: spine(-8, 12, 4),
          arm: limb(0, 0, 0),
          leg: limb(90, 176, 120),
          anchor: 'grip',
          at: { x: 0, y: 1.25 },
        }),
        alt: 'knees raised to hip height, slowly, without swinging',
      },
    },
    faults: [],
  },
  'ab-wheel-rollout': {
    equipment: [{ kind: 'floor' }, { kind: 'wheel', at: 'grip' }],
    movement: {
      start: {
        pose: pose({
          back: spine(65),
          arm: reach('grip', 0.26, 0.05, 90),
          leg: limb(176, 270, 270),
          anchor: 'knee',
          at: { x: 0, y: 0.03 },
        }),
        alt: 'kneeling, hands on the wheel under the shoulders',
      },
      end: { pose: wheelOut, alt: 'rolled out only as far as the back stays flat, ribs down' },
    },
    faults: [
      {
        id: 'sag',
        label: 'Sagging',
        of: 'end',
        mark: 'lumbar',
        pose: vary(wheelOut, { back: spine(80, ARCHED, 0), leg: limb(250, 270, 270) }),
        alt: 'rolled out too far, hips sagging, lower back arched',
      },
    ],
  },
  'russian-twist': {
    equipment: [{ kind: 'floor' }, { kind: 'plate', at: 'grip', plate: 0.06 }, { kind: 'turn', at: 't12' }],
    movement: {
      start: {
        pose: pose({
          ...ON_BACK,
          back: spine(-38),
          arm: limb(150, 70, 70),
          leg: reach('heel', 0.42, 0, 90),
        }),
        alt: 'seated, leaning back a little, feet down, a plate held at the chest',
      },
      end: {
        pose: pose({
          ...ON_BACK,
          back: spine(-34),
          arm: limb(152, 105, 105),
          leg: reach('heel', 0.42, 0, 90),
        }),
        alt: 'turned to one side, the plate lowered beside the hip',
      },
    },
    faults: [],
  },
  'torso-twist': {
    equipment: [{ kind: 'floor' }, { kind: 'turn', at: 't12' }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(3), arm: limb(150, 85, 90), leg: STRAIGHT_LEG }),
        alt: 'standing tall, hands together in front of the chest',
      },
      end: {
        pose: pose({
          ...STAND,
          back: spine(3),
          arm: limb(160, 60, 80),
          farArm: limb(130, 100, 100),
          leg: STRAIGHT_LEG,
        }),
        alt: 'turned slowly from the mid-back and hips, lower back still',
      },
    },
    faults: [],
  },
  'pallof-press': {
    equipment: [{ kind: 'floor' }, { kind: 'cable', from: { x: -0.42, y: 0.66 }, to: 'grip' }],
    movement: {
      start: {
        pose: pose({ ...STAND, back: spine(4), arm: limb(168, 40, 90), leg: limb(170, 188, 90) }),
        alt: 'standing side-on to the cable, the handle held at the breastbone',
      },
      end: {
        pose: pose({ ...STAND, back: spine(4), arm: limb(92, 92, 92), leg: limb(170, 188, 90) }),
        alt: 'the handle pressed straight out, torso not turning',
      },
    },
    faults: [],
  },
  'cable-woodchop': {
    view: 'front',
    equipment: [{ kind: 'floor' }, { kind: 'cable', from: { x: -0.5, y: 1.15 }, to: 'grip' }],
    movement: {
      start: {
        pose: pose({
          back: spine(0, 0, 0),
          arm: reach('grip', -0.34, 1.0, -40),
          leg: reach('heel', -0.16, 0, 90),
          farLeg: reach('heel', 0.12, 0, 90),
          anchor: 'hip',
          at: { x: 0, y: 0.51 },
          rests: restOn(0, 'heel', 'farHeel'),
        }),
        alt: 'feet apart, both hands on the handle high on one side',
      },
      end: {
        pose: pose({
          back: spine(4, 0, 0),
          arm: reach('grip', 0.3, 0.42, 150),
          leg: reach('heel', -0.16, 0, 90),
          farLeg: reach('heel', 0.12, 0, 90),
          anchor: 'hip',
          at: { x: 0.02, y: 0.5 },
          rests: restOn(0, 'heel', 'farHeel'),
        }),
        alt: 'the handle pulled down across the body to the other hip, hips turning too',
      },
    },
    faults: [],
  },
} satisfies Record<string, ExercisePoses>
