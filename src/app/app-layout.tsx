import { NavLink, Outlet } from 'react-router-dom'
import { LiveRegion } from '../components/live-region'
import { StorageNotices } from './storage-notices'
import { UpdateBanner } from './update-banner'
import './app-layout.css'

const NAV = [
  { to: '/', label: 'Plan', end: true },
  { to: '/workout', label: 'Workout', end: false },
  { to: '/history', label: 'History', end: false },
  { to: '/about', label: 'About', end: false },
] as const

export function AppLayout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Spotter</span>
        <span className="app-tagline">Keep your back safe</span>
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        <UpdateBanner />
        <StorageNotices />
        <Outlet />
      </main>
      <nav className="app-nav" aria-label="Main">
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
