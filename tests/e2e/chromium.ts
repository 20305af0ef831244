import { existsSync } from 'node:fs'

/** Where Debian's Chromium is: CHROMIUM_PATH if set, else /usr/bin/chromium. Playwright never downloads one. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  )
  return candidates.find((path) => existsSync(path)) ?? null
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
