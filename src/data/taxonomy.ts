/**
 * The typed vocabularies the exercise table uses: movement patterns, equipment and spinal demands.
 * Kept apart from `./exercises` so the rules and the search can name them without the table itself.
 */

/** Movement patterns, in the order the library groups them. */
export const PATTERNS = [
  'squat',
  'hinge',
  'lunge',
  'horizontal-push',
  'vertical-push',
  'horizontal-pull',
  'vertical-pull',
  'carry',
  'flexion',
  'anti-extension',
  'rotation',
  'side',
  'extension',
  'conditioning',
  'mobility',
  'arms',
] as const
export type MovementPattern = (typeof PATTERNS)[number]

export const PATTERN_LABELS = {
  squat: 'Squat',
  hinge: 'Hinge and bridge',
  lunge: 'Lunge and single leg',
  'horizontal-push': 'Push (chest)',
  'vertical-push': 'Push (overhead)',
  'horizontal-pull': 'Row',
  'vertical-pull': 'Pull-down and pull-up',
  carry: 'Carry',
  flexion: 'Curl-ups and leg raises',
  'anti-extension': 'Planks and holds',
  rotation: 'Twist and anti-twist',
  side: 'Side holds',
  extension: 'Back extension',
  conditioning: 'Conditioning',
  mobility: 'Mobility',
  arms: 'Arms',
} as const satisfies Record<MovementPattern, string>

export const EQUIPMENT = [
  'bodyweight',
  'barbell',
  'dumbbell',
  'kettlebell',
  'trap-bar',
  'bench',
  'cable',
  'band',
  'machine',
  'pull-up-bar',
  'rings',
  'roman-chair',
  'ab-wheel',
  'rower',
  'plate',
] as const
export type Equipment = (typeof EQUIPMENT)[number]

export const EQUIPMENT_LABELS = {
  bodyweight: 'No equipment',
  barbell: 'Barbell',
  dumbbell: 'Dumbbells',
  kettlebell: 'Kettlebell',
  'trap-bar': 'Trap bar',
  bench: 'Bench',
  cable: 'Cable',
  band: 'Band',
  machine: 'Machine',
  'pull-up-bar': 'Pull-up bar',
  rings: 'Rings or straps',
  'roman-chair': 'Roman chair',
  'ab-wheel': 'Ab wheel',
  rower: 'Rowing machine',
  plate: 'Weight plate',
} as const satisfies Record<Equipment, string>

/**
 * What an exercise asks of the lower back. The verdict rules group these into a few classes
 * (`src/data/rules.ts`); the exercise page names them.
 */
export const DEMANDS = ['LEV', 'AX', 'FLX', 'EXT', 'ROT', 'ROT+FLX', 'BAL', 'HF', 'FAT', 'LAT'] as const
export type Demand = (typeof DEMANDS)[number]

export const DEMAND_LABELS = {
  LEV: 'Weight held out in front of a forward-leaning body',
  AX: 'Weight on your back or overhead',
  FLX: 'Bending the lower back forward, with load or rep after rep',
  EXT: 'Keeping the lower back from arching',
  ROT: 'Turning under load',
  'ROT+FLX': 'Turning while bent forward',
  BAL: 'Fast or swinging movement',
  HF: 'Strong hip-flexor pull on the lower back',
  FAT: 'Form that slips as you tire',
  LAT: 'Weight on one side',
} as const satisfies Record<Demand, string>
