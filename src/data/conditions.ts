/** Conditions the user can declare in their back profile. */
export const CONDITIONS = ['back-pain-today', 'sciatica'] as const
export type Condition = (typeof CONDITIONS)[number]

export interface ConditionInfo {
  label: string
  description: string
  /**
   * 'today': about the day it was set; on a later day the app asks again instead of reusing it.
   * 'until-changed': stays until the user changes it.
   */
  lasts: 'today' | 'until-changed'
}

export const CONDITION_INFO = {
  'back-pain-today': {
    label: 'Back pain today',
    description:
      'Your lower back hurts today. Keep moving with easy work: staying active helps back pain more than rest.',
    lasts: 'today',
  },
  sciatica: {
    label: 'Sciatica / nerve pain down the leg',
    description: 'Pain, tingling or numbness that runs from the back down one leg.',
    lasts: 'until-changed',
  },
} as const satisfies Record<Condition, ConditionInfo>
