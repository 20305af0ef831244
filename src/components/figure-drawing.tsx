import { SEGMENTS } from '../data/poses/anthropometry'
import type { Equipment, ExercisePoses, Geometry, Place, Pose, SpinePart, Vec } from '../data/poses/types'
import {
  angleOf,
  direction,
  interpolatePose,
  type SpinePiece,
  solvePose,
  spineCurve,
  type View,
} from '../domain/figure-kinematics'

/** SVG user units per body height. */
const SCALE = 100
const sx = (v: Vec) => +(v.x * SCALE).toFixed(2)
const sy = (v: Vec) => +(-v.y * SCALE).toFixed(2)
const pt = (v: Vec) => `${sx(v)} ${sy(v)}`
const add = (a: Vec, b: Vec, k = 1): Vec => ({ x: a.x + b.x * k, y: a.y + b.y * k })

/** Stroke widths in body heights: thick enough to read as a body on a 56 px thumbnail. */
const WIDTH = { trunk: 0.1, thigh: 0.07, shank: 0.055, upperArm: 0.055, forearm: 0.045, neck: 0.045 }

interface Box {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

const placeOf = (place: Place, g: Geometry): Vec => (typeof place === 'string' ? g[place] : place)

/** Where a piece of equipment reaches, for the view box. */
function equipmentPoints(item: Equipment, g: Geometry): Vec[] {
  const around = (c: Vec, r: number) => [add(c, { x: -r, y: -r }), add(c, { x: r, y: r })]
  switch (item.kind) {
    case 'floor':
      return []
    case 'bench':
    case 'box':
      return [
        { x: item.from, y: 0 },
        { x: item.to, y: item.top },
      ]
    case 'barbell':
    case 'plate':
      return around(placeOf(item.at, g), item.plate)
    case 'dumbbell':
    case 'kettlebell':
    case 'wheel':
      return around(placeOf(item.at, g), 0.08)
    case 'turn':
      return around(g[item.at], 0.09)
    case 'cable':
    case 'band':
      return [item.from, placeOf(item.to, g)]
    case 'bar': {
      const at = placeOf(item.at, g)
      return [at, add(at, { x: 0, y: item.upright === 'down' ? -0.05 : 0.08 })]
    }
    case 'pad': {
      const at = add(placeOf(item.at, g), item.offset ?? { x: 0, y: 0 })
      const half = direction(item.angle)
      return [add(at, half, item.length / 2), add(at, half, -item.length / 2)]
    }
    case 'frame':
      return [...item.points]
    case 'rower':
      return [
        { x: item.from, y: 0 },
        { x: item.to, y: 0.2 },
      ]
  }
}

/** Every still pose of an exercise, plus a few in between, so the view box holds the whole movement. */
function allPoses(poses: ExercisePoses): Pose[] {
  const m = poses.movement
  const base =
    'hold' in m
      ? [m.hold.pose]
      : [0, 0.25, 0.5, 0.75, 1].map((t) => interpolatePose(m.start.pose, m.end.pose, t, poses.view))
  return [...base, ...poses.faults.map((fault) => fault.pose)]
}

const boxCache = new WeakMap<ExercisePoses, Box>()

/** One view box for all of an exercise's figures, so start, end and fault are drawn at the same scale. */
export function viewBoxOf(poses: ExercisePoses): Box {
  const cached = boxCache.get(poses)
  if (cached) return cached
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }
  const grow = (v: Vec, r = 0) => {
    box.minX = Math.min(box.minX, v.x - r)
    box.maxX = Math.max(box.maxX, v.x + r)
    box.minY = Math.min(box.minY, v.y - r)
    box.maxY = Math.max(box.maxY, v.y + r)
  }
  for (const pose of allPoses(poses)) {
    const g = solvePose(pose, poses.view)
    for (const [name, at] of Object.entries(g)) grow(at, name === 'head' ? SEGMENTS.headRadius : 0.045)
    for (const item of poses.equipment) for (const at of equipmentPoints(item, g)) grow(at)
  }
  grow({ x: box.minX, y: 0 })
  const pad = 0.05
  const result = { minX: box.minX - pad, minY: box.minY - pad, maxX: box.maxX + pad, maxY: box.maxY + pad }
  boxCache.set(poses, result)
  return result
}

const piecePath = (p: SpinePiece) => `M${pt(p.from)} C${pt(p.c1)} ${pt(p.c2)} ${pt(p.to)}`

function Segment({ from, to, width, className }: { from: Vec; to: Vec; width: number; className: string }) {
  return (
    <line
      className={className}
      x1={sx(from)}
      y1={sy(from)}
      x2={sx(to)}
      y2={sy(to)}
      strokeWidth={width * SCALE}
    />
  )
}

function Limbs({ g, side, view }: { g: Geometry; side: 'near' | 'far'; view: View }) {
  const far = side === 'far'
  const p = (near: keyof Geometry, farPoint: keyof Geometry) => g[far ? farPoint : near]
  const className = far && view === 'side' ? 'figure__far' : 'figure__body'
  const heel = p('heel', 'farHeel')
  const toe = p('toe', 'farToe')
  const ankle = p('ankle', 'farAnkle')
  return (
    <g>
      <Segment className={className} from={g.hip} to={p('knee', 'farKnee')} width={WIDTH.thigh} />
      <Segment className={className} from={p('knee', 'farKnee')} to={ankle} width={WIDTH.shank} />
      <path className={`${className} figure__foot`} d={`M${pt(ankle)} L${pt(heel)} L${pt(toe)} Z`} />
      <Segment className={className} from={g.neck} to={p('elbow', 'farElbow')} width={WIDTH.upperArm} />
      <Segment
        className={className}
        from={p('elbow', 'farElbow')}
        to={p('wrist', 'farWrist')}
        width={WIDTH.forearm}
      />
      <Segment
        className={className}
        from={p('wrist', 'farWrist')}
        to={p('grip', 'farGrip')}
        width={WIDTH.forearm}
      />
    </g>
  )
}

/** Drawn behind the body: what it stands, sits or lies on, and what it pulls against. */
const BEHIND = new Set<Equipment['kind']>([
  'floor',
  'bench',
  'box',
  'frame',
  'rower',
  'cable',
  'band',
  'bar',
  'pad',
])

function EquipmentItem({ item, g, box }: { item: Equipment; g: Geometry; box: Box }) {
  switch (item.kind) {
    case 'floor':
      return <line className="figure__floor" x1={box.minX * SCALE} x2={box.maxX * SCALE} y1={0} y2={0} />
    case 'bench':
    case 'box': {
      const legs = item.kind === 'bench'
      return (
        <g className="figure__equipment">
          <rect
            x={item.from * SCALE}
            y={-item.top * SCALE}
            width={(item.to - item.from) * SCALE}
            height={(legs ? 0.05 : item.top) * SCALE}
            rx={1.5}
          />
          {legs && (
            <>
              <line
                x1={(item.from + 0.05) * SCALE}
                x2={(item.from + 0.05) * SCALE}
                y1={-item.top * SCALE}
                y2={0}
              />
              <line
                x1={(item.to - 0.05) * SCALE}
                x2={(item.to - 0.05) * SCALE}
                y1={-item.top * SCALE}
                y2={0}
              />
            </>
          )}
        </g>
      )
    }
    case 'barbell':
    case 'plate': {
      const at = placeOf(item.at, g)
      return (
        <g className="figure__equipment">
          <circle className="figure__plate" cx={sx(at)} cy={sy(at)} r={item.plate * SCALE} />
          {item.kind === 'barbell' && <circle className="figure__bar-end" cx={sx(at)} cy={sy(at)} r={2.2} />}
        </g>
      )
    }
    case 'dumbbell': {
      const at = g[item.at]
      const wrist = item.at === 'grip' ? g.wrist : g.farWrist
      const along = direction(angleOf(wrist, at) + 90)
      const a = add(at, along, -0.055)
      const b = add(at, along, 0.055)
      return (
        <g className="figure__equipment figure__weight">
          <line x1={sx(a)} y1={sy(a)} x2={sx(b)} y2={sy(b)} strokeWidth={2.5} />
          <line
            x1={sx(add(a, along, -0.015))}
            y1={sy(add(a, along, -0.015))}
            x2={sx(add(a, along, 0.02))}
            y2={sy(add(a, along, 0.02))}
            strokeWidth={7}
          />
          <line
            x1={sx(add(b, along, -0.02))}
            y1={sy(add(b, along, -0.02))}
            x2={sx(add(b, along, 0.015))}
            y2={sy(add(b, along, 0.015))}
            strokeWidth={7}
          />
        </g>
      )
    }
    case 'kettlebell': {
      const at = placeOf(item.at, g)
      // Held by the handle, the bell hangs below the hand; held by the horns (goblet), it sits below them.
      const bell = add(at, { x: 0, y: item.hold === 'horns' ? -0.045 : -0.065 })
      return (
        <g className="figure__equipment figure__weight">
          <circle cx={sx(bell)} cy={sy(bell)} r={4.8} />
          <path
            className="figure__handle"
            d={`M${sx(bell) - 3.2} ${sy(bell) - 3} Q${sx(at)} ${sy(at) - 4} ${sx(bell) + 3.2} ${sy(bell) - 3}`}
          />
        </g>
      )
    }
    case 'cable':
    case 'band': {
      const to = placeOf(item.to, g)
      return (
        <g className="figure__equipment">
          <line
            className={item.kind === 'band' ? 'figure__band' : 'figure__cable'}
            x1={sx(item.from)}
            y1={sy(item.from)}
            x2={sx(to)}
            y2={sy(to)}
          />
          {item.kind === 'cable' && (
            <>
              <circle cx={sx(item.from)} cy={sy(item.from)} r={2.8} />
              <circle className="figure__bar-end" cx={sx(to)} cy={sy(to)} r={2.2} />
            </>
          )}
        </g>
      )
    }
    case 'bar': {
      const at = placeOf(item.at, g)
      const end = add(at, { x: 0, y: item.upright === 'down' ? -at.y : box.maxY - at.y })
      return (
        <g className="figure__equipment">
          <line className="figure__upright" x1={sx(at)} y1={sy(at)} x2={sx(end)} y2={sy(end)} />
          <circle cx={sx(at)} cy={sy(at)} r={2.6} />
        </g>
      )
    }
    case 'pad': {
      const at = add(placeOf(item.at, g), item.offset ?? { x: 0, y: 0 })
      const half = direction(item.angle)
      const a = add(at, half, -item.length / 2)
      const b = add(at, half, item.length / 2)
      return <line className="figure__pad" x1={sx(a)} y1={sy(a)} x2={sx(b)} y2={sy(b)} />
    }
    case 'frame':
      return <polyline className="figure__frame" points={item.points.map(pt).join(' ')} />
    case 'wheel': {
      const at = placeOf(item.at, g)
      return (
        <g className="figure__equipment">
          <circle className="figure__plate" cx={sx(at)} cy={sy(at)} r={5} />
          <circle className="figure__bar-end" cx={sx(at)} cy={sy(at)} r={1.6} />
        </g>
      )
    }
    case 'turn': {
      // An ellipse around the trunk, open at the front, with an arrowhead: "turns here".
      const c = g[item.at]
      const rx = 9
      const ry = 3.5
      const [x, y] = [sx(c), sy(c)]
      return (
        <g className="figure__turn">
          <path d={`M${x + rx * 0.7} ${y + ry * 0.7} A${rx} ${ry} 0 1 1 ${x + rx} ${y - 0.5}`} />
          <path d={`M${x + rx - 2.6} ${y - 2.4} L${x + rx} ${y - 0.5} L${x + rx + 2} ${y - 3}`} />
        </g>
      )
    }
    case 'rower': {
      const fly = { x: item.to - 0.06, y: 0.12 }
      return (
        <g className="figure__equipment">
          <line className="figure__frame" x1={item.from * SCALE} x2={item.to * SCALE} y1={-2.5} y2={-2.5} />
          <circle className="figure__plate" cx={sx(fly)} cy={sy(fly)} r={8} />
          <line className="figure__frame" x1={sx(fly)} y1={sy(fly)} x2={sx(fly)} y2={0} />
        </g>
      )
    }
  }
}

interface FigureSvgProps {
  poses: ExercisePoses
  pose: Pose
  /** Accessible name; without it the drawing is hidden from screen readers (decorative). */
  label?: string
  /** The fault to mark: the part of the spine in the warning colour, and the words beside it. */
  fault?: { mark: SpinePart; label: string }
  className?: string
}

/** One still drawing of a pose, with its equipment. */
export function FigureSvg({ poses, pose, label, fault, className }: FigureSvgProps) {
  const view = poses.view ?? 'side'
  const g = solvePose(pose, view)
  const box = viewBoxOf(poses)
  const spine = spineCurve(g)
  // The lower back is the pelvis and lumbar pieces together: marked as one, it reads at thumbnail size.
  const marked = (part: SpinePart) => fault?.mark === part || (fault?.mark === 'lumbar' && part === 'pelvis')
  const partClass = (part: SpinePart) => (marked(part) ? 'figure__fault' : 'figure__spine')
  const width = (box.maxX - box.minX) * SCALE
  const height = (box.maxY - box.minY) * SCALE
  return (
    <svg
      className={`figure${className ? ` ${className}` : ''}`}
      viewBox={`${(box.minX * SCALE).toFixed(1)} ${(-box.maxY * SCALE).toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`}
      role="img"
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      {poses.equipment
        .filter((item) => BEHIND.has(item.kind))
        .map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, drawn in order
          <EquipmentItem key={i} item={item} g={g} box={box} />
        ))}
      <Limbs g={g} side="far" view={view} />
      <Segment className={partClass('neck')} from={g.neck} to={g.crown} width={WIDTH.neck} />
      <circle className="figure__head" cx={sx(g.head)} cy={sy(g.head)} r={SEGMENTS.headRadius * SCALE} />
      {(['pelvis', 'lumbar', 'thorax'] as const).map((part) => (
        <path
          key={part}
          className={partClass(part)}
          d={piecePath(spine[part])}
          strokeWidth={WIDTH.trunk * SCALE}
        />
      ))}
      <Limbs g={g} side="near" view={view} />
      {poses.equipment
        .filter((item) => !BEHIND.has(item.kind))
        .map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, drawn in order
          <EquipmentItem key={i} item={item} g={g} box={box} />
        ))}
      {fault && <FaultLabel g={g} mark={fault.mark} text={fault.label} box={box} />}
    </svg>
  )
}

/** The fault's words beside the marked part, on the back's side of it, kept inside the view box. */
function FaultLabel({ g, mark, text, box }: { g: Geometry; mark: SpinePart; text: string; box: Box }) {
  const [from, to] =
    mark === 'neck'
      ? [g.neck, g.crown]
      : mark === 'pelvis'
        ? [g.hip, g.sacrum]
        : mark === 'lumbar'
          ? [g.hip, g.t12]
          : [g.t12, g.neck]
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }
  const outward = direction(angleOf(from, to) - 90)
  const size = Math.max(box.maxX - box.minX, box.maxY - box.minY) * 0.085
  const at = add(middle, outward, 0.1)
  const anchor = outward.x < -0.3 ? 'end' : outward.x > 0.3 ? 'start' : 'middle'
  const y = Math.min(Math.max(at.y, box.minY + size), box.maxY - size * 0.2)
  return (
    <text
      className="figure__label"
      x={sx(at)}
      y={sy({ x: 0, y })}
      textAnchor={anchor}
      fontSize={size * SCALE}
      dominantBaseline="middle"
    >
      {text}
    </text>
  )
}
