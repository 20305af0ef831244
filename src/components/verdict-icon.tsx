import type { VerdictLevel } from '../domain/safety'

/**
 * The verdict's shape, drawn inline: it needs no emoji font (gym phones and test browsers may lack one)
 * and reads without colour: a stop sign, a warning triangle, a tick.
 */
export function VerdictIcon({ level }: { level: VerdictLevel }) {
  return (
    <svg
      className="verdict-icon"
      viewBox="0 0 20 20"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {level === 'avoid' && (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <rect x="4.5" y="8.5" width="11" height="3" rx="1" fill="var(--color-icon-on-solid, #fff)" />
        </>
      )}
      {level === 'caution' && (
        <>
          <path d="M10 1.5 19 18H1z" fill="currentColor" />
          <rect x="9" y="7" width="2" height="6" rx="1" fill="var(--color-icon-on-solid, #fff)" />
          <circle cx="10" cy="15.3" r="1.2" fill="var(--color-icon-on-solid, #fff)" />
        </>
      )}
      {level === 'ok' && (
        <path
          d="M3 10.5 8 15.5 17 5"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  )
}
