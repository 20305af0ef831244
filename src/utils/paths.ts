/**
 * Where each screen is: one place for every link in the app. The route objects (src/app/routes.tsx) declare
 * the same paths; a test keeps the two in step.
 */
export const paths = {
  plan: '/',
  workout: '/workout',
  history: '/history',
  record: '/record',
  routines: '/routines',
  saveRoutine: '/routines#save',
  about: '/about',
  newExercise: '/exercises/new',
  ownExercises: '/exercises/mine',
  exercise: (id: string) => `/exercises/${id}`,
  ownExercise: (id: string) => `/exercises/custom/${id}`,
} as const
