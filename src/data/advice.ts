import type { SourceId } from './sources'

export const DISCLAIMER =
  'Spotter gives general information, not medical advice. If you are unsure whether an exercise is right for you, ask a doctor or physiotherapist.'

export interface RedFlag {
  id: string
  text: string
}

/** When to stop and get medical help (NHS and Mayo Clinic wording, summarised). */
export const RED_FLAGS = {
  urgent: {
    title: 'Get help now (call emergency services or go to A&E)',
    flags: [
      { id: 'legs-numb', text: 'Numbness or tingling in both legs, or weakness in your legs' },
      { id: 'saddle-numb', text: 'Numbness around your genitals or buttocks' },
      { id: 'bladder-bowel', text: 'Trouble peeing, or losing control of your bladder or bowels' },
      { id: 'chest-pain', text: 'Chest pain' },
      { id: 'after-accident', text: 'Back pain after a serious fall or accident' },
    ],
  },
  soon: {
    title: 'See a doctor soon',
    flags: [
      { id: 'fever', text: 'A high temperature (fever) with back pain' },
      { id: 'weight-loss', text: 'Weight loss you can’t explain' },
      { id: 'lump', text: 'A lump or a change in the shape of your back' },
      { id: 'night-pain', text: 'Pain that is worse at night or not eased by rest' },
    ],
  },
  sources: ['nhs-back-pain', 'mayo-back-pain'],
} as const satisfies {
  urgent: { title: string; flags: readonly RedFlag[] }
  soon: { title: string; flags: readonly RedFlag[] }
  sources: readonly SourceId[]
}

export interface Advice {
  id: string
  title: string
  text: string
  sources: readonly SourceId[]
}

export const GENERAL_ADVICE = [
  {
    id: 'warm-up',
    title: 'Warm up first',
    text: 'Spend 5–10 minutes on easy movement (brisk walking, knees to chest, gentle mobility) before you train.',
    sources: ['article'],
  },
  {
    id: 'cool-down',
    title: 'Cool down gently',
    text: 'Finish with easy movement and gentle stretches. It feels good, but it barely changes next-day soreness.',
    sources: ['article', 'cochrane-stretching-2011'],
  },
  {
    id: 'soreness-vs-pain',
    title: 'Soreness is normal, sharp pain is not',
    text: 'Some muscle soreness a day or two after training is normal. Sharp or severe pain during an exercise is not: stop that exercise.',
    sources: ['article'],
  },
  {
    id: 'back-pain-today',
    title: 'Back pain today? Stay active',
    text: 'Keep moving with modest, easy work. Long rest tends to make back pain worse. Save strenuous work for a good day.',
    sources: ['article', 'nhs-back-pain'],
  },
] as const satisfies readonly Advice[]

export const WARM_UP = GENERAL_ADVICE[0]
export const COOL_DOWN = GENERAL_ADVICE[1]
