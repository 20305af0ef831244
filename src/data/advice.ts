import type { SourceId } from './sources'

export const DISCLAIMER =
  'Spotter gives general information, not medical advice. If you are unsure whether an exercise is right for you, ask a doctor or physiotherapist.'

export interface RedFlag {
  id: string
  text: string
  sources: readonly SourceId[]
}

export interface RedFlagTier {
  title: string
  /** What to do, in one line. */
  action: string
  flags: readonly RedFlag[]
}

/** Emergency numbers to offer as tappable links: 999 in the UK, 112 across Europe, 911 in North America. */
export const EMERGENCY_NUMBERS = [
  { number: '999', where: 'UK' },
  { number: '112', where: 'EU and most of the world' },
  { number: '911', where: 'US and Canada' },
] as const satisfies readonly { number: string; where: string }[]

/**
 * When to stop and get medical help (NHS and Mayo Clinic wording, summarised), most urgent first.
 * `urgent`: call your emergency number or go to an emergency department now. `soon`: an urgent GP
 * appointment or NHS 111 (elsewhere, a doctor today). `doctor`: book to see a doctor.
 */
export const RED_FLAGS = {
  urgent: {
    title: 'Get help now: call your emergency number or go to A&E',
    action: 'Call your emergency number, or go to the nearest emergency department (A&E in the UK).',
    flags: [
      {
        id: 'both-legs',
        text: 'Pain, tingling, weakness or numbness in both legs',
        sources: ['nhs-back-pain', 'nwch'],
      },
      { id: 'sciatica-both-sides', text: 'Sciatica on both sides', sources: ['nhs-111-wales-sciatica'] },
      {
        id: 'legs-weak-worsening',
        text: 'Weakness or numbness in both legs that is severe or getting worse',
        sources: ['nhs-111-wales-sciatica'],
      },
      { id: 'saddle-numb', text: 'Numbness around your genitals or buttocks', sources: ['nhs-back-pain'] },
      {
        id: 'bladder-bowel',
        text: 'Trouble peeing, or losing control of your bladder or bowels',
        sources: ['nhs-back-pain', 'nhs-111-wales-sciatica'],
      },
      { id: 'chest-pain', text: 'Chest pain', sources: ['nhs-back-pain'] },
      {
        id: 'after-accident',
        text: 'Back pain after a serious fall or accident',
        sources: ['nhs-back-pain'],
      },
    ],
  },
  soon: {
    title: 'Get an urgent GP appointment or call 111',
    action: 'In the UK, get an urgent GP appointment or call 111. Elsewhere, see a doctor today.',
    flags: [
      { id: 'fever', text: 'A high temperature (fever) with back pain', sources: ['nhs-back-pain'] },
      { id: 'weight-loss', text: 'Weight loss you can’t explain', sources: ['nhs-back-pain'] },
      { id: 'lump', text: 'A lump or a change in the shape of your back', sources: ['nhs-back-pain'] },
      {
        id: 'night-pain',
        text: 'Pain that is worse at night or not eased by rest',
        sources: ['nhs-back-pain', 'mayo-back-pain'],
      },
      {
        id: 'cough-sneeze',
        text: 'Pain that gets worse when you cough, sneeze or poo',
        sources: ['nhs-back-pain'],
      },
      { id: 'between-shoulders', text: 'Pain high up, between your shoulders', sources: ['nhs-back-pain'] },
    ],
  },
  doctor: {
    title: 'See a doctor',
    action: 'Book an appointment with a GP or doctor.',
    flags: [
      {
        id: 'down-the-leg',
        text: 'Pain that spreads down one or both legs, especially below the knee',
        sources: ['mayo-neurosurgery', 'nhs-ggc'],
      },
      {
        id: 'leg-weak-numb',
        text: 'Weakness, numbness or tingling in one or both legs',
        sources: ['mayo-neurosurgery'],
      },
      {
        id: 'below-knee-new',
        text: 'Leg pain below the knee that is new, sudden or getting worse',
        sources: ['nhs-ggc'],
      },
      {
        id: 'sciatica-not-better',
        text: 'Sciatica that isn’t better after a few weeks of home treatment, is getting worse, or stops you doing your normal activities',
        sources: ['nhs-111-wales-sciatica'],
      },
      {
        id: 'first-after-50',
        text: 'Back pain for the first time after the age of 50',
        sources: ['mayo-symptom-checker'],
      },
      {
        id: 'risk-history',
        text: 'Back pain and a history of cancer, osteoporosis or long-term steroid use',
        sources: ['mayo-symptom-checker', 'nhs-ggc'],
      },
    ],
  },
} as const satisfies Record<'urgent' | 'soon' | 'doctor', RedFlagTier>

/** The tiers in order, most urgent first. */
export const RED_FLAG_TIERS = [
  'urgent',
  'soon',
  'doctor',
] as const satisfies readonly (keyof typeof RED_FLAGS)[]

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
    text: 'Spend 5–10 minutes on brisk walking or other easy aerobic activity before you train.',
    sources: ['mayo-weight-training'],
  },
  {
    id: 'cool-down',
    title: 'Cool down gently',
    text: 'Finish with easy movement and gentle stretches. It feels good, but it barely changes next-day soreness.',
    sources: ['cochrane-stretching-2011'],
  },
  {
    id: 'soreness-vs-pain',
    title: 'Soreness is normal, sharp pain is not',
    text: 'Some muscle soreness a day or two after training is normal, and hurt does not mean harm. Sharp or severe pain during an exercise is different: stop that exercise.',
    sources: ['gstt', 'nhs-inform-exercises'],
  },
  {
    id: 'back-pain-today',
    title: 'Back pain today? Stay active',
    text: 'Keep moving with modest, easy work and build up gradually. Long rest tends to make back pain worse. Stop any exercise that makes the pain worse.',
    sources: ['nhs-live-well-back-exercises', 'nhs-back-pain', 'gstt', 'nhs-inform-exercises'],
  },
  {
    id: 'sciatica',
    title: 'Sciatica? Keep gently active',
    text: 'Start gentle exercise as soon as you can, keep to your normal activities, and don’t sit or lie down for long. Stop an exercise if your leg symptoms spread or get worse.',
    sources: ['nhs-111-wales-sciatica', 'nhs-inform-exercises'],
  },
  {
    id: 'strong-back',
    title: 'Your back is strong',
    text: 'Graded exercise and movement in every direction, lifting, bending and twisting included, is safe and healthy for the back. Build up step by step.',
    sources: ['bjsm-2020', 'sheffield-msk'],
  },
] as const satisfies readonly Advice[]

export const WARM_UP = GENERAL_ADVICE[0]
export const COOL_DOWN = GENERAL_ADVICE[1]

/** For the About screen: how the content was checked, in plain words. */
export const CONTENT_REVIEW = {
  title: 'How this was checked',
  paragraphs: [
    'Spotter started from a spine clinic’s blog post about exercises that can cause back pain. Each of its claims was checked against health services (the NHS, Mayo Clinic), clinical guidelines and published studies; what they did not support was changed, and the post’s sales lines for the clinic and for a medicine were left out.',
    'Each exercise names its sources. How risky an exercise is, and today’s advice, rest on health services, guidelines, studies or professional bodies. Coaching websites are used only for form cues, and a cue with no source says it is a coaching cue.',
    'Where no study gives a rule (how heavy is too heavy on a sore day, for example), the advice is a cautious judgement, worded as “take care” with what to do. Exercises no source rates for the back are marked “not rated”.',
    'It is general information, not medical advice.',
  ],
} as const satisfies { title: string; paragraphs: readonly string[] }
