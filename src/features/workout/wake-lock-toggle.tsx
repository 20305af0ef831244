import type { WakeLockState } from './use-wake-lock'

interface Props {
  enabled: boolean
  onToggle: () => void
  state: WakeLockState
}

/** "Keep screen on", so the phone doesn't lock between sets. Says so plainly where it can't. */
export function WakeLockToggle({ enabled, onToggle, state }: Props) {
  if (!state.supported) {
    return (
      <p className="wake-lock wake-lock--unsupported muted">
        Screen lock control not supported on this device
      </p>
    )
  }
  return (
    <div className="wake-lock">
      <button
        type="button"
        className="button button--small wake-lock__toggle"
        aria-pressed={enabled}
        onClick={onToggle}
      >
        <span>
          Keep screen on<span aria-hidden="true">: {enabled ? 'on' : 'off'}</span>
        </span>
      </button>
      {enabled && state.failed && (
        <p className="wake-lock__failed muted" role="status">
          The phone didn’t allow it (battery saver?). It may lock as usual.
        </p>
      )}
    </div>
  )
}
