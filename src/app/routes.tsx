import type { RouteObject } from 'react-router-dom'
import { AboutScreen } from '../features/about/about-screen'
import { ExerciseScreen } from '../features/exercise/exercise-screen'
import { HistoryScreen } from '../features/history/history-screen'
import { PlanScreen } from '../features/plan/plan-screen'
import { WorkoutScreen } from '../features/workout/workout-screen'
import { AppLayout } from './app-layout'
import { NotFound } from './not-found'
import { RouteError } from './route-error'

/** The app's route objects. The browser router and the tests' memory router are both built from these. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <PlanScreen /> },
          { path: 'exercises/:id', element: <ExerciseScreen /> },
          { path: 'workout', element: <WorkoutScreen /> },
          { path: 'history', element: <HistoryScreen /> },
          { path: 'about', element: <AboutScreen /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]
