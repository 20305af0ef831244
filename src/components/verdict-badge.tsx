import type { Verdict } from '../domain/safety'
import { VerdictIcon } from './verdict-icon'
import './verdict-badge.css'

const LABELS = { avoid: 'Avoid today', caution: 'Take care', ok: 'OK' } as const

/** The verdict as a label that reads without colour (icon + words). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict-badge verdict-badge--${verdict.level}`}>
      <VerdictIcon level={verdict.level} /> {LABELS[verdict.level]}
    </span>
  )
}
