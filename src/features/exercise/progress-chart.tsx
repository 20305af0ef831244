import { useMemo } from 'react'
import type { FullExercise } from '../../data/exercise-details'
import { useHistory, useProfile } from '../../store/spotter-store'
import { day, type ProgressPoint, progressPoints, progressSummary } from './progress-data'
import './progress-chart.css'

const W = 320
const H = 168
const PAD = { top: 22, right: 36, bottom: 26, left: 36 }

/**
 * Progress at a glance: the loads (line) and reps (bars) used in each session, from History, drawn as SVG,
 * with pain stops marked. A sentence says the same for screen readers, and a table gives every number.
 */
export function ProgressChart({ exercise }: { exercise: FullExercise }) {
  const history = useHistory()
  const { units } = useProfile()
  const hold = exercise.holdSeconds !== undefined
  const points = useMemo(
    () => progressPoints(history, exercise.id, units, hold),
    [history, exercise.id, units, hold],
  )
  if (points.length === 0) return null
  const repsWord = hold ? 'hold (s)' : 'reps'
  const summary = progressSummary(points, units, hold)
  return (
    <section className="exercise__section progress-chart" aria-labelledby="progress-title">
      <h2 id="progress-title">Your progress</h2>
      <p>{summary}</p>
      <Chart points={points} units={units} hold={hold} />
      <p className="progress-chart__key muted" aria-hidden="true">
        <span>
          <span className="progress-chart__key-line" /> weight ({units})
        </span>
        <span>
          <span className="progress-chart__key-bar" /> {hold ? 'longest hold (s)' : 'most reps in a set'}
        </span>
        <span>
          <span className="progress-chart__key-stop">✕</span> pain stop
        </span>
      </p>
      <details className="progress-chart__table">
        <summary className="disclosure">Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Top weight</th>
              <th scope="col">Most {repsWord}</th>
              <th scope="col">Sets</th>
              <th scope="col">Pain stop</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.at}>
                <th scope="row">{day(p.at)}</th>
                <td>{p.weight === null ? '–' : `${p.weight} ${units}`}</td>
                <td>{p.reps}</td>
                <td>{p.sets}</td>
                <td>{p.painStopSet === null ? '–' : `set ${p.painStopSet}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}

function Chart({ points, units, hold }: { points: readonly ProgressPoint[]; units: string; hold: boolean }) {
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const slot = innerW / points.length
  const x = (i: number) => PAD.left + slot * (i + 0.5)
  const weights = points.flatMap((p) => (p.weight === null ? [] : [p.weight]))
  const maxWeight = weights.length > 0 ? niceMax(Math.max(...weights)) : 0
  const maxReps = niceMax(Math.max(1, ...points.map((p) => p.reps)))
  const yWeight = (w: number) => PAD.top + innerH - (w / maxWeight) * innerH
  const yReps = (r: number) => PAD.top + innerH - (r / maxReps) * innerH
  const barW = Math.min(18, slot * 0.5)
  const line = points
    .map((p, i) => (p.weight === null ? null : `${x(i).toFixed(1)},${yWeight(p.weight).toFixed(1)}`))
    .filter((s): s is string => s !== null)
  return (
    <svg
      className="progress-chart__svg"
      viewBox={`0 0 ${W} ${H}`}
      // The sentence above and the table say what the chart shows; the drawing adds nothing for a screen reader.
      aria-hidden="true"
      focusable="false"
    >
      <line
        className="progress-chart__axis"
        x1={PAD.left}
        x2={W - PAD.right}
        y1={PAD.top + innerH}
        y2={PAD.top + innerH}
      />
      <line className="progress-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={PAD.top} y2={PAD.top} />
      <text className="progress-chart__label" x={W - PAD.right + 4} y={PAD.top + 4}>
        {maxReps}
      </text>
      <text className="progress-chart__label" x={W - PAD.right + 4} y={PAD.top + innerH}>
        0
      </text>
      <text className="progress-chart__label progress-chart__label--end" x={W - 2} y={12}>
        {hold ? 's' : 'reps'}
      </text>
      {maxWeight > 0 && (
        <>
          <text className="progress-chart__label progress-chart__label--end" x={PAD.left - 4} y={PAD.top + 4}>
            {maxWeight}
          </text>
          <text
            className="progress-chart__label progress-chart__label--end"
            x={PAD.left - 4}
            y={PAD.top + innerH}
          >
            0
          </text>
          <text className="progress-chart__label" x={2} y={12}>
            {units}
          </text>
        </>
      )}
      {points.map((p, i) => (
        <rect
          key={`bar-${p.at}`}
          className="progress-chart__bar"
          x={x(i) - barW / 2}
          y={yReps(p.reps)}
          width={barW}
          height={PAD.top + innerH - yReps(p.reps)}
          rx={2}
        />
      ))}
      {line.length > 1 && <polyline className="progress-chart__line" points={line.join(' ')} />}
      {points.map((p, i) =>
        p.weight === null ? null : (
          <circle
            key={`dot-${p.at}`}
            className="progress-chart__dot"
            cx={x(i)}
            cy={yWeight(p.weight)}
            r={3.5}
          />
        ),
      )}
      {points.map((p, i) =>
        p.painStopSet === null ? null : (
          <text key={`stop-${p.at}`} className="progress-chart__stop" x={x(i)} y={PAD.top - 6}>
            ✕
          </text>
        ),
      )}
      <text className="progress-chart__label" x={x(0)} y={H - 6} textAnchor="middle">
        {day(points[0]?.at ?? '')}
      </text>
      {points.length > 1 && (
        <text className="progress-chart__label" x={x(points.length - 1)} y={H - 6} textAnchor="middle">
          {day(points.at(-1)?.at ?? '')}
        </text>
      )}
    </svg>
  )
}

/** A round top for an axis: 1, 2, 5 × a power of ten, at or above the value. */
function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return ([1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= value) ?? 10 * power) as number
}
