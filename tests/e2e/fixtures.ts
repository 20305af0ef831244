import { test as base, expect } from '@playwright/test'

/**
 * Every browser test runs with a guard: any request that leaves the app's origin fails the test.
 * Spotter has no server and no tracking; health data never leaves the phone.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      const foreign: string[] = []
      page.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (new URL(url).origin !== origin) foreign.push(url)
      })
      await use(foreign)
      expect(foreign, 'requests that left the app’s origin').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
