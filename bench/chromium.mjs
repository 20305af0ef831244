// Debian's Chromium, as the browser tests use it: never a downloaded browser.
import { existsSync } from 'node:fs'

export const CHROMIUM_PATH = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((path) => path && existsSync(path))

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function requireChromium() {
  if (!CHROMIUM_PATH) {
    throw new Error('no Chromium: set CHROMIUM_PATH or install it (apt-get install chromium)')
  }
  return CHROMIUM_PATH
}
