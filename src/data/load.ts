/**
 * How heavy the user plans to go, per plan item. Spine load rises with the load lifted (measured at set
 * loads in several studies), but no source defines bands: these three and their wording are a judgement,
 * kept coarse on purpose so one tap changes them.
 */
export const LOAD_BANDS = ['bodyweight', 'light', 'heavy'] as const
export type LoadBand = (typeof LOAD_BANDS)[number]

export const LOAD_LABELS = {
  bodyweight: 'Bodyweight',
  light: 'Light',
  heavy: 'Heavy',
} as const satisfies Record<LoadBand, string>

/** One line under the load choice, so "light" means the same to everyone. */
export const LOAD_HINTS = {
  bodyweight: 'No added weight',
  light: 'Easy: many reps left in the tank',
  heavy: 'Hard: only a few reps left in the tank',
} as const satisfies Record<LoadBand, string>

const LOAD_ORDER: Record<LoadBand, number> = { bodyweight: 0, light: 1, heavy: 2 }

/** Negative when `a` is lighter than `b`. */
export const compareLoad = (a: LoadBand, b: LoadBand): number => LOAD_ORDER[a] - LOAD_ORDER[b]

export const UNITS = ['kg', 'lb'] as const
export type Units = (typeof UNITS)[number]
