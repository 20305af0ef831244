// Runs the browser tests (Playwright + Debian's Chromium) against a fresh production build.
// No Chromium: say so loudly and skip, except under CI=true, where that is a failure.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
)
const ci = process.env.CI === 'true' || process.env.CI === '1'

if (!chromium) {
  const banner = [
    '',
    '#'.repeat(78),
    '#  BROWSER TESTS SKIPPED: no Chromium found.',
    '#  Looked at $CHROMIUM_PATH, /usr/bin/chromium and /usr/bin/chromium-browser.',
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

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('npx', ['vite', 'build', '--logLevel', 'warn'])
run('npx', ['playwright', 'test', ...process.argv.slice(2)])
