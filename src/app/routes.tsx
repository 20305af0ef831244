import type { RouteObject } from 'react-router-dom'
import { lazyScreen } from './lazy-screen'
import { NotFound } from './not-found'
import { RouteError } from './route-error'

const Nothing = () => null

/**
 * The router's basename: where the app is hosted, with its trailing slash (`/` or e.g. `/spotter/`), so a
 * link to the plan is `/spotter/`, inside the service worker's scope, and not `/spotter`, outside it.
 */
export const ROUTER_BASENAME = import.meta.env.BASE_URL

/**
 * The app's route objects. The browser router and the tests' memory router are both built from these.
 * The layout and every screen load on first visit, in parallel (and are precached by the service worker, so
 * they open offline too); the store's code comes with them, as every one of them uses it. The startup
 * JavaScript is only the shell: React, the router, these routes and the error screens. The plan paints first
 * from the HTML prerendered at build time; main.tsx renders over it once the layout's and the plan screen's
 * code are in. Code that can't be fetched (evicted from the cache while offline, or gone after an update)
 * says so and can be retried: lazyScreen.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    lazy: lazyScreen(async () => (await import('./app-layout')).AppLayout, { root: true }),
    errorElement: <RouteError root />,
    // Nothing, until the layout's and the first screen's code are in: main.tsx renders only then (the page
    // shows the prerendered plan, or nothing, meanwhile).
    HydrateFallback: Nothing,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: lazyScreen(async () => (await import('../features/plan/plan-screen')).PlanScreen),
          },
          {
            path: 'exercises/mine',
            lazy: lazyScreen(
              async () =>
                (await import('../features/custom-exercise/own-exercises-screen')).OwnExercisesScreen,
            ),
          },
          {
            path: 'exercises/new',
            lazy: lazyScreen(
              async () =>
                (await import('../features/custom-exercise/custom-exercise-screen')).NewExerciseScreen,
            ),
          },
          {
            path: 'exercises/custom/:id',
            lazy: lazyScreen(
              async () =>
                (await import('../features/custom-exercise/custom-exercise-screen')).CustomExerciseScreen,
            ),
          },
          {
            path: 'exercises/:id',
            lazy: lazyScreen(
              async () => (await import('../features/exercise/exercise-screen')).ExerciseScreen,
            ),
          },
          {
            path: 'workout',
            lazy: lazyScreen(async () => (await import('../features/workout/workout-screen')).WorkoutScreen),
          },
          {
            path: 'history',
            lazy: lazyScreen(async () => (await import('../features/history/history-screen')).HistoryScreen),
          },
          {
            path: 'routines',
            lazy: lazyScreen(
              async () => (await import('../features/routines/routines-screen')).RoutinesScreen,
            ),
          },
          {
            path: 'shared',
            lazy: lazyScreen(async () => (await import('../features/routines/shared-screen')).SharedScreen),
          },
          {
            path: 'record',
            lazy: lazyScreen(async () => (await import('../features/record/record-screen')).RecordScreen),
          },
          {
            path: 'about',
            lazy: lazyScreen(async () => (await import('../features/about/about-screen')).AboutScreen),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]
