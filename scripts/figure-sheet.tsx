// The contact sheet's page (scripts/figures.mjs): every exercise's start, end and faults, drawn by the app's
// own FigureSvg, rendered to static HTML with the app's CSS inlined. Build-time only.
import { renderToStaticMarkup } from 'react-dom/server'
import { FigureSvg } from '../src/components/figure-drawing'
import { EXERCISE_POSES } from '../src/data/poses/poses'

interface SheetOptions {
  ids: readonly string[]
  css: string
  columns: number
  dark: boolean
  height: number
}

const SHEET_CSS = `
  body { margin: 0; padding: 16px; background: var(--color-surface); color: var(--color-text);
         font-family: var(--font-body); }
  h1 { font-size: 20px; margin: 0 0 12px; }
  .sheet { display: grid; gap: 10px; }
  .card { border: 1px solid var(--color-border-subtle); border-radius: 8px; padding: 6px 8px; }
  .card h2 { font-size: 14px; margin: 0 0 4px; }
  .row { display: flex; gap: 6px; align-items: flex-end; }
  .cell { flex: 1; min-width: 0; }
  .cell p { font-size: 11px; margin: 2px 0 0; color: var(--color-text-muted); text-align: center; }
`

export function figureSheet({ ids, css, columns, dark, height }: SheetOptions): string {
  const body = renderToStaticMarkup(
    <>
      <h1>
        Spotter exercise figures ({ids.length}), {dark ? 'dark' : 'light'}
      </h1>
      <div className="sheet" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
        {ids.map((id) => {
          const poses = EXERCISE_POSES[id]
          if (!poses) return null
          const m = poses.movement
          const frames =
            'hold' in m
              ? [{ name: 'hold', pose: m.hold.pose }]
              : [
                  { name: 'start', pose: m.start.pose },
                  { name: 'end', pose: m.end.pose },
                ]
          return (
            <section className="card" key={id}>
              <h2>{id}</h2>
              <div className="row">
                {frames.map((frame) => (
                  <div className="cell" key={frame.name}>
                    <FigureSvg poses={poses} pose={frame.pose} />
                    <p>{frame.name}</p>
                  </div>
                ))}
                {poses.faults.map((fault) => (
                  <div className="cell" key={fault.id}>
                    <FigureSvg poses={poses} pose={fault.pose} fault={fault} />
                    <p>fault: {fault.id}</p>
                  </div>
                ))}
              </div>
            </section>
          )
        })}
      </div>
    </>,
  )
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}\n${SHEET_CSS}\n.cell .figure { height: ${height}px; width: 100%; }</style></head><body>${body}</body></html>`
}
