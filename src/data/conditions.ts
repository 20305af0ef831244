/** Conditions the user can declare in their back profile. */
export const CONDITIONS = ['back-pain-today', 'sciatica'] as const
export type Condition = (typeof CONDITIONS)[number]

export interface ConditionInfo {
  label: string
  description: string
  /** 'today': applies on the day it was set; on a later day Spotter asks again. */
  lasts: 'today' | 'until-changed'
}

export const CONDITION_INFO = {
  'back-pain-today': {
    label: 'Back pain today',
    description:
      'Your lower back hurts or feels stiff today. Keep moving with easy work; save hard work for a good day.',
    lasts: 'today',
  },
  sciatica: {
    label: 'Sciatica / nerve pain down the leg',
    description: 'Pain, tingling or numbness that runs from the back down one leg.',
    lasts: 'until-changed',
  },
} satisfies Record<Condition, ConditionInfo>
