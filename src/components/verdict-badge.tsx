import type { Verdict } from '../domain/safety'
import './verdict-badge.css'

const LABELS = { avoid: 'Avoid today', caution: 'Take care', ok: 'OK' } as const
const ICONS = { avoid: '⛔', caution: '⚠️', ok: '✓' } as const

/** The verdict as a label that reads without colour (icon + words). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict-badge verdict-badge--${verdict.level}`}>
      <span aria-hidden="true">{ICONS[verdict.level]}</span> {LABELS[verdict.level]}
    </span>
  )
}

export const verdictLabel = (verdict: Verdict) => LABELS[verdict.level]
