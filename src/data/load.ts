/**
 * How heavy the user plans to go. The safety rules read this band, not the weight itself: the sources
 * show spine load rising with the load lifted, but none defines bands, so the three bands are a judgement.
 */
export const LOAD_BANDS = ['bodyweight', 'light', 'heavy'] as const
export type LoadBand = (typeof LOAD_BANDS)[number]

export const LOAD_LABELS = {
  bodyweight: 'Bodyweight',
  light: 'Light',
  heavy: 'Heavy',
} satisfies Record<LoadBand, string>

export const UNITS = ['kg', 'lb'] as const
export type Units = (typeof UNITS)[number]
