import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

/**
 * The lint zones (biome.json) hold: code flows one way, data → domain → store → features → app, and features
 * never import each other. Each probe is a file that Biome lints where it stands in src/, removed afterwards.
 */
const PROBES = [
  { zone: 'src/data', from: '../features/plan/plan-list', allowed: false },
  { zone: 'src/domain', from: '../features/plan/plan-list', allowed: false },
  { zone: 'src/domain', from: '../store/transitions', allowed: false },
  { zone: 'src/store', from: '../features/plan/plan-list', allowed: false },
  { zone: 'src/store', from: '../components/verdict-badge', allowed: false },
  { zone: 'src/components', from: '../features/plan/plan-list', allowed: false },
  { zone: 'src/hooks', from: '../store/transitions', allowed: false },
  { zone: 'src/features/plan', from: '../workout/workout-screen', allowed: false },
  { zone: 'src/features/plan', from: '../../features/workout/workout-screen', allowed: false },
  { zone: 'src/features/plan', from: '../../store/transitions', allowed: false },
  { zone: 'src/features/plan', from: './plan-list', allowed: true },
  { zone: 'src/features/plan', from: '../../store/spotter-store', allowed: true },
  { zone: 'src/domain', from: '../data/exercises', allowed: true },
] as const

test('Biome refuses every import that crosses a zone the wrong way, and allows the ones that don’t', () => {
  const files = PROBES.map(({ zone, from }, i) => {
    const path = join(zone, `zz-lint-probe-${process.pid}-${i}.ts`)
    writeFileSync(path, `import { probe } from '${from}'\n\nexport const again = probe\n`)
    return path
  })
  try {
    let output: string
    try {
      output = execFileSync('node_modules/.bin/biome', ['lint', '--reporter=json', ...files], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '') // diagnostics found: Biome exits 1
    }
    const { diagnostics } = JSON.parse(output) as {
      diagnostics: { category?: string; location?: { path?: string } }[]
    }
    const refused = new Set(
      diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports').map((d) => d.location?.path),
    )
    const verdicts = PROBES.map((probe, i) => ({ ...probe, allowed: !refused.has(files[i]) }))
    expect(verdicts).toEqual(PROBES)
  } finally {
    for (const path of files) rmSync(path, { force: true })
  }
})
