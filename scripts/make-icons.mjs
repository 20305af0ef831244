// Renders public/favicon.svg to the PNG icons the web manifest needs, with Debian's Chromium.
// Run once after changing the icon: node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs'

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8')
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
})
const page = await browser.newPage()
for (const [size, name, padding] of [
  [192, 'icon-192.png', 0],
  [512, 'icon-512.png', 0],
  [512, 'icon-maskable-512.png', 0.1],
  [180, 'apple-touch-icon.png', 0],
]) {
  await page.setViewportSize({ width: size, height: size })
  const inner = Math.round(size * (1 - padding * 2))
  await page.setContent(
    `<body style="margin:0;background:#0b57d0;display:grid;place-items:center;width:${size}px;height:${size}px">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  )
  await page.screenshot({
    path: new URL(`../public/${name}`, import.meta.url).pathname,
    omitBackground: false,
  })
}
await browser.close()
