import { lazy, Suspense } from 'react'
import { NavLink, Outlet, useMatch } from 'react-router-dom'
import { LiveRegion } from '../components/live-region'
import { TapGuardProvider } from '../hooks/use-tap-guard'
import { useNotices, useSaveStatus, useStorageMode, useWorkout } from '../store/spotter-store'
import './app-layout.css'

const NAV = [
  { to: '/', label: 'Plan', end: true },
  { to: '/workout', label: 'Workout', end: false },
  { to: '/history', label: 'History', end: false },
  { to: '/about', label: 'About', end: false },
] as const

// A banner is never worth a crash: if its code can't be fetched (evicted while offline), it just isn't shown.
const UpdateBanner = lazy(async () => {
  try {
    return { default: (await import('./update-banner')).UpdateBanner }
  } catch {
    return { default: () => null }
  }
})

// Rarely needed (unreadable data, full storage), so it loads only when there is something to say.
const StorageNotices = lazy(async () => ({ default: (await import('./storage-notices')).StorageNotices }))

function StorageNoticesWhenNeeded() {
  const hasNotices = useNotices().length > 0
  const saveStatus = useSaveStatus()
  const mode = useStorageMode()
  const notSaving = saveStatus === 'not-saved' || mode.kind !== 'ok'
  if (!hasNotices && !notSaving) return null
  return (
    <Suspense fallback={null}>
      <StorageNotices />
    </Suspense>
  )
}

export function AppLayout() {
  // During a workout its own bars take the bottom of the screen; the workout keeps a way back to the plan.
  const onWorkout = useMatch('/workout') !== null
  const workoutUnderWay = useWorkout() !== null
  const workingOut = onWorkout && workoutUnderWay
  return (
    <div className={`app${workingOut ? ' app--workout' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Spotter</span>
        <span className="app-tagline">Keep your back safe</span>
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        <Suspense fallback={null}>
          <UpdateBanner />
        </Suspense>
        <StorageNoticesWhenNeeded />
        <TapGuardProvider>
          <Outlet />
        </TapGuardProvider>
      </main>
      <nav className="app-nav" aria-label="Main" hidden={workingOut}>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} className="app-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <LiveRegion />
    </div>
  )
}
