// `npm run figures`: every exercise's figures (start, end, each fault) on one contact sheet, docs/figures.png,
// drawn by the app's own renderer and pose data, so anyone can review them all in one look.
// Options: --dark (dark theme), --only=id,id (a few exercises), --out=path, --columns=n, --check (print
// --height=px (each figure's height), --check (print
// each pose's joint angles and resting points instead of drawing).
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { createServer } from 'vite'
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
const dark = process.argv.includes('--dark')
const check = process.argv.includes('--check')
const only = option('only')?.split(',')
const out = option('out') ?? 'docs/figures.png'
const columns = Number(option('columns') ?? 4)
const height = Number(option('height') ?? 110)

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
})
try {
  const [{ EXERCISE_POSES }, kinematics, { figureSheet }] = await Promise.all([
    vite.ssrLoadModule('/src/data/poses/poses.ts'),
    vite.ssrLoadModule('/src/domain/figure-kinematics.ts'),
    vite.ssrLoadModule('/scripts/figure-sheet.tsx'),
  ])
  const ids = (only ?? Object.keys(EXERCISE_POSES)).filter((id) => {
    if (EXERCISE_POSES[id]) return true
    console.error(`no poses for ${id}`)
    return false
  })
  if (check) {
    for (const id of ids) printCheck(id, EXERCISE_POSES[id], kinematics)
  } else {
    const css = ['src/styles/tokens.css', 'src/components/exercise-figure.css']
      .map((file) => readFileSync(join(root, file), 'utf8'))
      .join('\n')
    const html = figureSheet({ ids, css, columns, dark, height })
    await shoot(html, out, dark)
  }
} finally {
  await vite.close()
}

function printCheck(id, poses, { solvePose, jointAngles }) {
  const m = poses.movement
  const frames =
    'hold' in m
      ? [['hold', m.hold.pose]]
      : [
          ['start', m.start.pose],
          ['end', m.end.pose],
        ]
  for (const fault of poses.faults) frames.push([`fault:${fault.id}`, fault.pose])
  for (const [name, pose] of frames) {
    const g = solvePose(pose, poses.view)
    const j = jointAngles(g)
    const r = (n) => Math.round(n)
    const f = (v) => `(${v.x.toFixed(3)},${v.y.toFixed(3)})`
    const rests = (pose.rests ?? [])
      .map(({ point, y }) => `${point}${g[point].y - y >= 0 ? '+' : ''}${(g[point].y - y).toFixed(3)}`)
      .join(' ')
    console.log(
      `${id} ${name}: lumbar ${r(j.lumbar)} thoracic ${r(j.thoracic)} neck ${r(j.neck)} | near hip ${r(j.near.hip)} knee ${r(j.near.knee)} ankle ${r(j.near.ankle)} shoulder ${r(j.near.shoulder)} elbow ${r(j.near.elbow)} | far hip ${r(j.far.hip)} knee ${r(j.far.knee)} ankle ${r(j.far.ankle)} shoulder ${r(j.far.shoulder)} elbow ${r(j.far.elbow)}`,
    )
    console.log(
      `   hip ${f(g.hip)} neck ${f(g.neck)} head ${f(g.head)} grip ${f(g.grip)} farGrip ${f(g.farGrip)} knee ${f(g.knee)} heel ${f(g.heel)} toe ${f(g.toe)} farHeel ${f(g.farHeel)} farToe ${f(g.farToe)} | rests ${rests}`,
    )
  }
}

async function shoot(html, path, darkMode) {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({
      viewport: { width: 1200, height: 100 },
      deviceScaleFactor: 1,
      colorScheme: darkMode ? 'dark' : 'light',
    })
    await page.setContent(html)
    await mkdir(dirname(resolve(root, path)), { recursive: true })
    await page.screenshot({ path: resolve(root, path), fullPage: true })
    console.log(path)
  } finally {
    await browser.close()
  }
}
