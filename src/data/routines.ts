import type { ExerciseId } from './exercise-core'
import type { LoadBand } from './load'
import type { SourceId } from './sources'

/** One exercise of a starter routine, with the dose it starts at (the user changes any of it). */
export interface StarterItem {
  exerciseId: ExerciseId
  load: LoadBand
  weight: null
  sets: number
  reps: number
  holdSeconds: number | null
  restSeconds: number
}

/**
 * A routine Spotter offers a new user, built only from the dataset. The user can edit or delete it like
 * their own; deleted, it stays deleted.
 */
export interface StarterRoutine {
  /** A saved routine's id (`r-…`), so the routines screen can still show where it comes from. */
  id: string
  name: string
  /** One line: what it is for and what it is built from. */
  about: string
  /** Where the choice of exercises comes from. */
  sources: readonly SourceId[]
  items: readonly StarterItem[]
}

const hold = (exerciseId: ExerciseId): StarterItem => ({
  exerciseId,
  load: 'bodyweight',
  weight: null,
  sets: 3,
  reps: 5,
  holdSeconds: 10,
  restSeconds: 60,
})
const light = (exerciseId: ExerciseId): StarterItem => ({
  exerciseId,
  load: 'light',
  weight: null,
  sets: 3,
  reps: 8,
  holdSeconds: null,
  restSeconds: 120,
})
const bodyweight = (exerciseId: ExerciseId): StarterItem => ({
  exerciseId,
  load: 'bodyweight',
  weight: null,
  sets: 3,
  reps: 10,
  holdSeconds: null,
  restSeconds: 60,
})

export const STARTER_ROUTINES: readonly StarterRoutine[] = [
  {
    id: 'r-starter-big-three',
    name: 'Sore-back day: McGill’s big three',
    about: 'The curl-up, side plank and bird dog that McGill’s work puts together for a sore back.',
    sources: ['mcgill-karpowicz-2009'],
    items: [hold('mcgill-curl-up'), hold('side-plank'), hold('bird-dog')],
  },
  {
    id: 'r-starter-full-body',
    name: 'Full body, back-friendly',
    about:
      'Six exercises from the library, each OK for a back with nothing declared at this load: legs, hinge, pull, press and core.',
    // Each exercise's own back-risk sources (a dataset test keeps this list in step with the exercises).
    sources: [
      'diggin-squat',
      'russell-1989',
      'swinton-2011',
      'fenwick-2009',
      'ace-seated-overhead-press',
      'saeterbakken-2013',
      'les-mills-twist',
      'emami-2015',
      'yun-2017',
    ],
    items: [
      light('goblet-squat'),
      light('trap-bar-deadlift'),
      bodyweight('inverted-row'),
      light('seated-dumbbell-shoulder-press'),
      light('pallof-press'),
      bodyweight('dead-bug'),
    ],
  },
]

/** A starter routine by its id, while the user keeps it (renamed or not). */
export const starterRoutine = (id: string): StarterRoutine | undefined =>
  STARTER_ROUTINES.find((routine) => routine.id === id)
