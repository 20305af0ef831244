import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page } from '@playwright/test'
import { FIXED_NOW_MS } from '../fixtures/clock.mjs'
import { savedText, planItem as seedItem } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

/**
 * Whole journeys through the built app, at a phone size, as a user sees them: by role and name.
 * Every reload in here is the point of the test: what the user did must still be there.
 */

/**
 * Seed saved data once per tab (sessionStorage guard), so a reload shows what the app saved, not the seed. A
 * new tab's first document (about:blank) has no storage of its own: the seed waits for the app's page.
 */
const seed = (target: Page | BrowserContext, state: string) =>
  target.addInitScript((saved) => {
    if (location.protocol === 'about:') return
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spotter', saved)
      sessionStorage.setItem('seeded', '1')
    }
  }, state)

const planList = (page: Page) => page.getByRole('list', { name: 'Exercises in today’s plan' })
/** The names in today's plan, in order (each item's title is a level-3 heading; swap options use level 4). */
const planNames = (page: Page) => planList(page).getByRole('heading', { level: 3 })
const planItem = (page: Page, name: string) =>
  planList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) })
const attention = (page: Page) => page.getByRole('status').filter({ hasText: /needs? attention/ })
/** The app's one polite live region (in the layout), which screen readers read without moving focus. */
const liveRegion = (page: Page) => page.locator('[aria-live="polite"]')

/**
 * Controls that move on or change the plan ignore a second tap within a tap's time (the double-tap guard),
 * so the second half of a double tap does nothing. A person reads the screen first; move the (installed)
 * clock past that moment instead of sleeping.
 */
const aMomentPasses = (target: Page | BrowserContext) => target.clock.fastForward(1000)

const addFromLibrary = async (page: Page, name: string) => {
  await page.getByRole('button', { name: `Add ${name} to today`, exact: true }).click()
  await expect(planItem(page, name)).toBeVisible()
}

test("plan today's session: warnings follow the back profile, and a reload keeps everything", async ({
  page,
}) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
  await expect(page.getByText('Nothing planned yet.')).toBeVisible()
  await expect(attention(page)).toHaveCount(0)

  for (const name of ['Squat', 'Sit-up', 'Burpee']) {
    await aMomentPasses(page)
    await addFromLibrary(page, name)
  }
  await expect(planNames(page)).toHaveText(['Squat', 'Sit-up', 'Burpee'])

  // No condition ticked: nothing needs care today (the general back risk is on each exercise's page).
  await expect(attention(page)).toHaveCount(0)
  await expect(planItem(page, 'Sit-up')).toContainText('OK')
  await expect(planItem(page, 'Burpee')).toContainText('OK')

  const backPain = page.getByRole('checkbox', { name: 'Back pain today' })
  await backPain.check()

  const expectBackPainWarnings = async () => {
    await expect(backPain).toBeChecked()
    await expect(attention(page)).toContainText('3 exercises need attention')
    await expect(attention(page)).toContainText('Take care: Squat, Sit-up, Burpee.')
    await expect(planItem(page, 'Burpee')).toContainText('Take care')
    await expect(planItem(page, 'Sit-up')).toContainText('Take care')
    await expect(planItem(page, 'Squat')).toContainText('Take care')
    await expect(planItem(page, 'Squat')).not.toContainText('Avoid today')
  }
  await expectBackPainWarnings()

  await page.reload()
  await expect(planNames(page)).toHaveText(['Squat', 'Sit-up', 'Burpee'])
  await expect(page.getByRole('checkbox', { name: 'Sciatica / nerve pain down the leg' })).not.toBeChecked()
  await expectBackPainWarnings()
})

test('swap a risky exercise for a safer one: it keeps its place and can be undone', async ({ page }) => {
  await page.goto('./')
  for (const name of ['Squat', 'Sit-up', 'Glute bridge']) {
    await aMomentPasses(page)
    await addFromLibrary(page, name)
  }
  await expect(planNames(page)).toHaveText(['Squat', 'Sit-up', 'Glute bridge'])

  const openSwaps = async () => {
    await page.getByRole('button', { name: 'Swap Sit-up', exact: true }).click()
    const panel = page.getByRole('region', { name: 'Safer swaps for Sit-up' })
    await expect(panel).toBeVisible()
    return panel
  }

  const panel = await openSwaps()
  // Ranked best first, each with why it is kinder to the back.
  await expect(panel.getByRole('button', { name: /^Swap to / })).toHaveText([
    'Swap to McGill curl-up',
    'Swap to Side plank',
    'Swap to Pallof press',
  ])
  const options = panel.getByRole('listitem')
  await expect(options).toHaveCount(3)
  await expect(options.nth(0)).toContainText('Hands keep the lower back’s curve')
  await expect(options.nth(1)).toContainText('Works the whole core, obliques too')
  await expect(options.nth(2)).toContainText('Trains the core to resist turning')

  await aMomentPasses(page)
  await panel.getByRole('button', { name: 'Swap to McGill curl-up' }).click()
  await expect(panel).toBeHidden()
  await expect(planNames(page)).toHaveText(['Squat', 'McGill curl-up', 'Glute bridge'])
  await expect(planItem(page, 'McGill curl-up')).toContainText('Swapped from Sit-up')
  await expect(liveRegion(page)).toHaveText('Swapped Sit-up for McGill curl-up')

  await aMomentPasses(page)
  await planItem(page, 'McGill curl-up').getByRole('button', { name: 'Undo' }).click()
  await expect(planNames(page)).toHaveText(['Squat', 'Sit-up', 'Glute bridge'])
  await expect(page.getByText('Swapped from Sit-up')).toHaveCount(0)
  await expect(liveRegion(page)).toHaveText('Swap undone')

  const again = await openSwaps()
  await aMomentPasses(page)
  await again.getByRole('button', { name: 'Swap to McGill curl-up' }).click()
  await expect(planNames(page)).toHaveText(['Squat', 'McGill curl-up', 'Glute bridge'])

  await page.reload()
  await expect(planNames(page)).toHaveText(['Squat', 'McGill curl-up', 'Glute bridge'])
  await expect(planItem(page, 'McGill curl-up')).toContainText('Swapped from Sit-up')
})

test('a workout: one Start, warm-up, form cues, a hold, sets and a rest, sharp pain, save, history', async ({
  page,
}) => {
  await seed(
    page,
    savedText({
      plan: [
        seedItem('p-a', 'forearm-plank', { sets: 2, reps: 1, holdSeconds: 30, restSeconds: 60 }),
        seedItem('p-b', 'sit-up'),
      ],
      history: [
        {
          id: 's-older',
          startedAt: '2026-11-20T10:00:00.000Z',
          finishedAt: '2026-11-20T10:30:00.000Z',
          conditions: [],
          units: 'kg',
          kept: 'all',
          items: [
            { exerciseId: 'squat', name: 'Squat', outcome: 'done', load: 'light', sets: [] },
            {
              exerciseId: 'glute-bridge',
              name: 'Glute bridge',
              outcome: 'done',
              load: 'bodyweight',
              sets: [],
            },
          ],
        },
      ],
    }),
  )
  // The clock (installed for every test, see fixtures.ts) lets the hold timer and the rest run to their end
  // without waiting.
  await page.goto('./')

  // One Start on the plan reaches the warm-up.
  await page.getByRole('button', { name: 'Start workout' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Warm up first' })).toBeVisible()
  await aMomentPasses(page)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await page.getByRole('button', { name: 'I’m warmed up' }).click()

  const plank = page.getByRole('heading', { level: 1, name: 'Forearm plank' })
  await expect(plank).toBeVisible()
  await expect(page.getByText('Exercise 1 of 2')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Set 1 of 2' })).toBeVisible()
  await expect(page.getByText('0 of 6 checked')).toBeVisible()
  await aMomentPasses(page)
  const forearms = page.getByRole('checkbox', { name: 'Forearms under your shoulders' })
  const straight = page.getByRole('checkbox', { name: 'Body straight from head to heels' })
  await forearms.check()
  await straight.check()
  await expect(page.getByText('2 of 6 checked')).toBeVisible()

  await page.reload()
  await expect(plank).toBeVisible()
  await expect(forearms).toBeChecked()
  await expect(straight).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Eyes on the floor' })).not.toBeChecked()

  // The hold: stop the clock, start, then move time on. 3 s to get ready, then 30 s.
  await page.clock.pauseAt(new Date(FIXED_NOW_MS + 10 * 60_000))
  const timer = page.getByRole('timer')
  await expect(timer).toHaveAccessibleName('Hold timer: 30 seconds, not started')
  await page.getByRole('button', { name: 'Start 30 s hold' }).click()
  await expect(timer).toHaveAccessibleName('Get ready: 3')
  await page.clock.runFor('00:05')
  await expect(timer).toHaveAccessibleName('Hold: 28 seconds left')
  await expect(timer).toHaveText('0:28')
  await expect(liveRegion(page)).toHaveText('Hold now')
  await page.clock.runFor('00:30')
  await expect(timer).toHaveAccessibleName('Hold finished: 30 seconds')
  await expect(liveRegion(page)).toHaveText('Hold finished: 30 seconds')

  // Set done: the rest runs, with one cue for the next set.
  await page.getByRole('button', { name: 'Set done' }).click()
  const rest = page.getByRole('timer', { name: /^Rest/ })
  await expect(rest).toHaveText('1:00')
  await expect(page.getByRole('region', { name: 'The cue for this set' })).toContainText(
    'Forearms under your shoulders',
  )
  await page.getByRole('button', { name: '+15 s rest' }).click()
  await expect(rest).toHaveText('1:15')
  await page.clock.runFor('01:16')
  await expect(rest).toHaveCount(0)
  await expect(liveRegion(page)).toHaveText('Rest over')
  await page.clock.resume()

  await page.getByRole('button', { name: 'Set done' }).click()
  await expect(page.getByText('All 2 sets done.', { exact: true })).toBeVisible()
  await aMomentPasses(page)
  await page.getByRole('button', { name: 'Next exercise' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sit-up' })).toBeVisible()
  await expect(page.getByText('Exercise 2 of 2')).toBeVisible()

  await page.getByRole('button', { name: 'Sharp pain: stop' }).click()
  await expect(page.getByRole('heading', { name: 'Stop this exercise.' })).toBeFocused()
  await expect(page.getByText('Spotter keeps this pain stop in History')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Swap to / })).toHaveText([
    'Swap to McGill curl-up',
    'Swap to Side plank',
    'Swap to Pallof press',
  ])
  const redFlags = page.getByRole('region', { name: 'Red flags: when to get medical help' })
  await expect(redFlags).toContainText('Trouble peeing, or losing control of your bladder or bowels')
  await expect(page.getByRole('button', { name: 'Sharp pain: stop' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /continue/i })).toHaveCount(0)

  await aMomentPasses(page)
  await page.getByRole('button', { name: 'Save and end' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Workout saved' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'This workout' }).getByRole('listitem')).toHaveText([
    '2 sets',
    '1 done',
    '0 skipped',
    '0 swapped',
    '1 pain stop',
  ])
  await expect(page.getByText('You stopped for pain.')).toBeVisible()

  await page.getByRole('link', { name: 'See History' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  const expectHistory = async () => {
    await expect(page.getByText('2 workouts, newest first.')).toBeVisible()
    const sessions = page.getByRole('article')
    await expect(sessions).toHaveCount(2)
    const newest = sessions.first()
    await expect(newest.getByRole('list', { name: 'Counts' }).getByRole('listitem')).toHaveText([
      '1 done',
      '0 skipped',
      '0 swapped',
      '1 pain stop',
    ])
    await expect(newest.getByRole('list', { name: 'Exercises' }).getByRole('listitem')).toHaveText([
      /Forearm plank\s*✓ Done\s*2 × 1 × 30 s/,
      /Sit-up\s*✕ Stopped: sharp pain in set 1/,
    ])
    await expect(sessions.nth(1).getByRole('list', { name: 'Counts' })).toContainText('2 done')
  }
  await expectHistory()

  await page.reload()
  await expectHistory()
})

test('an unknown exercise id in the address gets a clear message and a way back', async ({ page }) => {
  await seed(page, savedText({ plan: [seedItem('p-a', 'squat', { load: 'light', reps: 8 })] }))
  await page.goto('./exercises/not-a-thing')
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise not found' })).toBeVisible()
  await expect(
    page.getByText('We don’t have an exercise called “not-a-thing”. Your plan is safe.'),
  ).toBeVisible()
  await expect(page).toHaveTitle('Exercise not found · Spotter')

  await page.getByRole('link', { name: 'Back to today’s plan' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
  await expect(planNames(page)).toHaveText(['Squat'])
})

test('corrupt saved data: the app starts, says so, and offers the backup', async ({ page }) => {
  const corrupt = '{not json'
  await seed(page, corrupt)
  await page.goto('./')

  await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
  const notice = page.getByRole('status').filter({ hasText: 'Your saved data couldn’t be read' })
  await expect(notice).toContainText('Spotter started fresh. Nothing was deleted')
  await expect(page.getByText('Nothing planned yet.')).toBeVisible()

  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('spotter-backup-'))
      .map((key) => ({ key, raw: localStorage.getItem(key) })),
  )
  expect(backups).toHaveLength(1)
  expect(backups[0]?.raw).toBe(corrupt)

  const download = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download the backup' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^spotter-backup-.+\.json$/)
  expect(await readFile(await file.path(), 'utf8')).toBe(corrupt)

  // The app works: a change saves over the unreadable text, and the backup stays.
  await addFromLibrary(page, 'Squat')
  await page.reload()
  await expect(planNames(page)).toHaveText(['Squat'])
  expect(await page.evaluate((key) => localStorage.getItem(key), backups[0]?.key ?? '')).toBe(corrupt)
})

test('storage full: the app keeps working and says changes aren’t being saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
  })
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  await addFromLibrary(page, 'Squat')
  await expect(planNames(page)).toHaveText(['Squat'])
  await expect(page.getByRole('alert')).toContainText('Changes aren’t being saved')
  // Still usable: the next change works too.
  await page.getByRole('checkbox', { name: 'Back pain today' }).check()
  await expect(page.getByRole('checkbox', { name: 'Back pain today' })).toBeChecked()
  expect(await page.evaluate(() => localStorage.getItem('spotter'))).toBeNull()
})

test('two tabs: a tick in one shows in the other', async ({ page: pageA, context }) => {
  await seed(
    context,
    savedText({
      plan: [seedItem('p-a', 'forearm-plank', { reps: 1, holdSeconds: 30 }), seedItem('p-b', 'sit-up')],
      workout: { startedAt: '2026-11-26T10:00:00.000Z', step: 1, entries: [], rest: null, hold: null },
    }),
  )
  await pageA.goto('./workout')
  const pageB = await context.newPage()
  await pageB.goto('./workout')
  for (const page of [pageA, pageB]) {
    await expect(page.getByRole('heading', { level: 1, name: 'Forearm plank' })).toBeVisible()
    await expect(page.getByText('0 of 6 checked')).toBeVisible()
  }
  await aMomentPasses(context)

  const forearms = (page: Page) => page.getByRole('checkbox', { name: 'Forearms under your shoulders' })
  const eyes = (page: Page) => page.getByRole('checkbox', { name: 'Eyes on the floor' })

  await forearms(pageA).check()
  await expect(forearms(pageB)).toBeChecked()
  await expect(pageB.getByText('1 of 6 checked')).toBeVisible()

  await eyes(pageB).check()
  await expect(eyes(pageA)).toBeChecked()
  await expect(forearms(pageA)).toBeChecked()
  await expect(pageA.getByText('2 of 6 checked')).toBeVisible()
  await expect(pageB.getByText('2 of 6 checked')).toBeVisible()
  await pageB.close()
})
