// The bench's Chromium: the project's one (scripts/chromium.mjs), headless for chrome-launcher too.
import { CHROMIUM_ARGS, findChromium, requireChromium } from '../scripts/chromium.mjs'

export const CHROMIUM_PATH = findChromium()
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]
export { requireChromium }
