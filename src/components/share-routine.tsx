import { useState } from 'react'
import { encodeRoutine, type RoutineItem, useProfile } from '../store/spotter-store'
import { sharedRoutineUrl, shareOrCopy } from '../utils/share'
import { announce } from './live-region'
import './share-routine.css'

/**
 * "Share": a link that carries the routine itself (its name and exercises, never the user's history or back
 * profile), through the phone's share sheet or the clipboard. Where neither works, the link is shown to copy.
 */
export function ShareRoutine({
  name,
  items,
  label = 'Share',
  accessibleName,
}: {
  name: string
  items: readonly RoutineItem[]
  label?: string
  accessibleName?: string
}) {
  const { units } = useProfile()
  const [status, setStatus] = useState<{ kind: 'copied' } | { kind: 'manual'; url: string } | null>(null)
  const share = async () => {
    setStatus(null)
    const url = sharedRoutineUrl(await encodeRoutine({ name, items: [...items] }, units))
    const result = await shareOrCopy({ title: `Spotter routine: ${name}`, url })
    if (result === 'copied') {
      setStatus({ kind: 'copied' })
      announce('Link copied')
    } else if (result === 'failed') setStatus({ kind: 'manual', url })
  }
  return (
    <div className="share-routine">
      <button type="button" className="button button--small" aria-label={accessibleName} onClick={share}>
        {label}
      </button>
      {status?.kind === 'copied' && <p className="share-routine__status">Link copied</p>}
      {status?.kind === 'manual' && (
        <label className="share-routine__manual">
          Copy this link to share it
          <input type="text" readOnly value={status.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  )
}
