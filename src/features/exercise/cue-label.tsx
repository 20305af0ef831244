import { COACHING, type CueSource } from '../../data/sources'

/** A cue no source gives says so: it is a coaching cue. Put straight after the cue's text (it brings its space). */
export function CueLabel({ source }: { source: CueSource }) {
  if (source !== COACHING) return null
  return (
    <>
      {' '}
      <span className="cue-label">coaching cue</span>
    </>
  )
}
