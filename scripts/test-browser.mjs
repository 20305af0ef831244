// Runs the browser tests (Playwright + Debian's Chromium) against a fresh production build.
// No Chromium: say so loudly and skip, except under CI=true, where that is a failure.
import { spawnSync } from 'node:child_process'
import { CHROMIUM_CANDIDATES, findChromium } from './chromium.mjs'

const chromium = findChromium()
const ci = process.env.CI === 'true' || process.env.CI === '1'

if (!chromium) {
  const banner = [
    '',
    '#'.repeat(78),
    '#  BROWSER TESTS SKIPPED: no Chromium found.',
    `#  Looked at: ${CHROMIUM_CANDIDATES.join(', ')} ($CHROMIUM_PATH first when set).`,
    '#  Install it with:   sudo apt-get install -y chromium',
    '#  or point CHROMIUM_PATH at a Chromium binary, then run npm test again.',
    '#'.repeat(78),
    '',
  ].join('\n')
  console.error(banner)
  if (ci) {
    console.error('CI=true: a missing browser is a failure.')
    process.exit(1)
  }
  process.exit(0)
}

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium, ...env },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('npx', ['vite', 'build', '--logLevel', 'warn'])
// The same app built for hosting under a sub-path (see the README), for tests/e2e/sub-path.spec.ts.
run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-subpath', '--emptyOutDir'], {
  BASE_PATH: '/spotter/',
})
run('npx', ['playwright', 'test', ...process.argv.slice(2)])
