// Debian's Chromium, the one browser every script and test here uses: never a downloaded one.
// Found at $CHROMIUM_PATH, else /usr/bin/chromium (or chromium-browser).
import { existsSync } from 'node:fs'

export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean)

/** The Chromium binary, or undefined when there is none. */
export const findChromium = () => CHROMIUM_CANDIDATES.find((path) => existsSync(path))

/** Flags for a sandboxed machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function requireChromium() {
  const path = findChromium()
  if (!path) throw new Error('no Chromium: set CHROMIUM_PATH or install it (apt-get install -y chromium)')
  return path
}
