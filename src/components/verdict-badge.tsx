import { VERDICT_LABELS } from '../data/rules'
import type { Verdict } from '../domain/safety'
import { VerdictIcon } from './verdict-icon'
import './verdict-badge.css'

/** The verdict as a label that reads without colour (icon + words). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict-badge verdict-badge--${verdict.level}`}>
      <VerdictIcon level={verdict.level} /> {VERDICT_LABELS[verdict.level]}
    </span>
  )
}
