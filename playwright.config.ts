import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'

const port = Number(process.env.E2E_PORT ?? 4173)
const subPathPort = port + 1
/** The sub-path build (`BASE_PATH=/spotter/ vite build --outDir dist-subpath`), as a host under /spotter/ serves it. */
export const SUB_PATH = '/spotter/'

const preview = (dir: string, at: number, base: string) => ({
  command: `npx vite preview --outDir ${dir} --host 127.0.0.1 --port ${at} --strictPort`,
  url: `http://127.0.0.1:${at}${base}`,
  env: { BASE_PATH: base },
  reuseExistingServer: false,
  timeout: 30_000,
})

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Pixel 7'],
    browserName: 'chromium',
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'phone', testIgnore: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}/` } },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subPathPort}${SUB_PATH}` },
    },
  ],
  // The built app, as users get it (service worker included). `npm test` builds both first.
  webServer: [preview('dist', port, '/'), preview('dist-subpath', subPathPort, SUB_PATH)],
})
