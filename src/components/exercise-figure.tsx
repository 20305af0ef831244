import { type RefObject, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { ExerciseId } from '../data/exercises'
import { getExercisePoses } from '../data/poses/poses'
import type { ExercisePoses, Frame } from '../data/poses/types'
import { interpolatePose } from '../domain/figure-kinematics'
import { FigureSvg } from './figure-drawing'
import './exercise-figure.css'

/** One movement cycle: hold the start, move, hold the end, move back. A steady tempo, about 4 s a rep. */
const CYCLE_MS = 4000
const HOLD_MS = 500

/** How far from start (0) to end (1) the figure is, `ms` into the movement: eased at both ends. */
export function movementPhase(ms: number): number {
  const at = ((ms % CYCLE_MS) + CYCLE_MS) % CYCLE_MS
  const move = CYCLE_MS / 2 - HOLD_MS
  const linear =
    at < HOLD_MS
      ? 0
      : at < CYCLE_MS / 2
        ? (at - HOLD_MS) / move
        : at < CYCLE_MS / 2 + HOLD_MS
          ? 1
          : 1 - (at - CYCLE_MS / 2 - HOLD_MS) / move
  return (1 - Math.cos(Math.PI * linear)) / 2
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'
const subscribeReducedMotion = (onChange: () => void) => {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION) : undefined
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}
const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_MOTION).matches

/** The user's reduced-motion setting, kept up to date. */
function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReducedMotion, prefersReducedMotion, () => false)
}

/** Whether the element is on screen and the tab is showing: no animating what nobody sees. */
function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [inView, setInView] = useState(true)
  const [tabShown, setTabShown] = useState(() => document.visibilityState !== 'hidden')
  useEffect(() => {
    const onVisibility = () => setTabShown(document.visibilityState !== 'hidden')
    document.addEventListener('visibilitychange', onVisibility)
    const element = ref.current
    const observer =
      element && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true))
        : undefined
    if (element) observer?.observe(element)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      observer?.disconnect()
    }
  }, [ref])
  return inView && tabShown
}

/** "Side view" or "Front view": how every text alternative starts. */
const viewName = (poses: ExercisePoses) => (poses.view === 'front' ? 'Front view' : 'Side view')

const sentence = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`

/** The frame a thumbnail shows: the position the exercise is known by. */
function thumbnailFrame(poses: ExercisePoses): Frame {
  const m = poses.movement
  if ('hold' in m) return m.hold
  return poses.thumbnail === 'start' ? m.start : m.end
}

interface ExerciseFigureProps {
  exerciseId: ExerciseId
  /** Large on the exercise page, compact mid-workout. */
  size?: 'large' | 'compact'
}

/**
 * The exercise drawn moving between its start and end at a steady tempo, with a play/pause button.
 * With reduced motion: the start and end side by side, still. A hold: the hold position.
 */
export function ExerciseFigure({ exerciseId, size = 'large' }: ExerciseFigureProps) {
  const reduced = useReducedMotion()
  const poses = getExercisePoses(exerciseId)
  const m = poses.movement
  const className = `exercise-figure exercise-figure--${size}`
  const view = viewName(poses)
  if ('hold' in m) {
    return (
      <div className={className}>
        <FigureSvg poses={poses} pose={m.hold.pose} label={`${view}: ${m.hold.alt}`} />
      </div>
    )
  }
  if (reduced) {
    return (
      <ul className={`${className} exercise-figure__stills`}>
        <li>
          <FigureSvg poses={poses} pose={m.start.pose} label={`${view}, start: ${m.start.alt}`} />
          <p className="exercise-figure__caption">Start</p>
        </li>
        <li>
          <FigureSvg poses={poses} pose={m.end.pose} label={`${view}, end: ${m.end.alt}`} />
          <p className="exercise-figure__caption">End</p>
        </li>
      </ul>
    )
  }
  return <MovingFigure poses={poses} className={className} />
}

function MovingFigure({ poses, className }: { poses: ExercisePoses; className: string }) {
  const m = poses.movement as { start: Frame; end: Frame }
  const ref = useRef<HTMLDivElement>(null)
  const [playing, setPlaying] = useState(true)
  const [phase, setPhase] = useState(0)
  const elapsed = useRef(0)
  const onScreen = useOnScreen(ref)
  const running = playing && onScreen

  useEffect(() => {
    if (!running || typeof requestAnimationFrame !== 'function') return
    let last = performance.now()
    let frame = requestAnimationFrame(function tick(now: number) {
      elapsed.current += Math.max(0, now - last)
      last = now
      setPhase(movementPhase(elapsed.current))
      frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
  }, [running])

  const pose = interpolatePose(m.start.pose, m.end.pose, phase, poses.view)
  return (
    <div className={className} ref={ref} data-running={running}>
      <FigureSvg poses={poses} pose={pose} label={`${viewName(poses)}: ${m.start.alt}; then ${m.end.alt}`} />
      <button
        type="button"
        className="button button--small exercise-figure__toggle"
        onClick={() => setPlaying(!playing)}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        <span className="visually-hidden">{playing ? 'Pause movement' : 'Play movement'}</span>
      </button>
    </div>
  )
}

/** A still of one right position of an exercise, named for screen readers. */
export function RightFigure({ exerciseId, of }: { exerciseId: ExerciseId; of: 'start' | 'end' | 'hold' }) {
  const poses = getExercisePoses(exerciseId)
  const m = poses.movement
  const frame = 'hold' in m ? m.hold : of === 'end' ? m.end : m.start
  return <FigureSvg poses={poses} pose={frame.pose} label={`${viewName(poses)}, right: ${frame.alt}`} />
}

/** A fault drawn: the faulty part in the warning colour, with its few words. */
export function FaultFigure({ exerciseId, faultId }: { exerciseId: ExerciseId; faultId: string }) {
  const poses = getExercisePoses(exerciseId)
  const fault = poses.faults.find((f) => f.id === faultId)
  if (!fault) return null
  return (
    <FigureSvg
      poses={poses}
      pose={fault.pose}
      fault={fault}
      label={`${viewName(poses)}, the fault: ${fault.alt}`}
    />
  )
}

/** A small still for lists, hidden from screen readers (the exercise's name is read beside it). */
export function FigureThumbnail({ exerciseId }: { exerciseId: ExerciseId }) {
  const poses = getExercisePoses(exerciseId)
  return <FigureSvg poses={poses} pose={thumbnailFrame(poses).pose} />
}

export { sentence }
