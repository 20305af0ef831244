// Writes docs/VERDICTS.md from the data and the rules (src/domain/verdicts-report.ts), through Vite's
// SSR loader so the TypeScript runs as the app's own build sees it. `npm run verdicts`.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
})
try {
  const { renderVerdictsMarkdown } = await server.ssrLoadModule('/src/domain/verdicts-report.ts')
  writeFileSync(`${root}/docs/VERDICTS.md`, renderVerdictsMarkdown())
  console.log('verdicts: wrote docs/VERDICTS.md')
} finally {
  await server.close()
}
