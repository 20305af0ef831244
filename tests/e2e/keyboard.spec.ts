import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * The whole journey with a keyboard only: Tab, Shift+Tab, Enter and Space. Nothing is clicked and nothing
 * is focused by the test; focus starts at the top of a freshly loaded page.
 */

/** Press Tab (or Shift+Tab) until `target` has focus; fail clearly if it never does. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  const key = back ? 'Shift+Tab' : 'Tab'
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) return
    if (presses < max) await page.keyboard.press(key)
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing')
  throw new Error(`${target} never got focus after ${max} × ${key}; focus is on ${focused}`)
}

/** The focus ring drawn for the element, or for the label row that wraps it (the workout's checkpoints). */
const focusRing = (target: Locator) =>
  target.evaluate((el) => {
    const own = getComputedStyle(el)
    const row = el.closest('label')
    const style = own.outlineStyle === 'none' && row ? getComputedStyle(row) : own
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) }
  })

const expectVisibleFocus = async (target: Locator) => {
  await expect(target).toBeFocused()
  const ring = await focusRing(target)
  expect(ring.style, `${target} has no focus outline`).not.toBe('none')
  expect(ring.width).toBeGreaterThan(0)
}

test('the whole journey works by keyboard', async ({ page }) => {
  // Hundreds of key presses, each checked: on a busy 2-core machine this takes more than the usual 30 s.
  test.slow()
  // Controls that move on or change the plan, and the workout's ticks, ignore a second press within a tap's
  // time (double-tap guard); the clock (fixtures.ts) lets the test move past that moment without sleeping.
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s plan' })).toBeVisible()

  // Add from the library.
  const addSitUp = page.getByRole('button', { name: 'Add Sit-up to today', exact: true })
  await tabTo(page, addSitUp)
  await expectVisibleFocus(addSitUp)
  await page.keyboard.press('Enter')
  const plan = page.getByRole('list', { name: 'Exercises in today’s plan' })
  const planNames = plan.getByRole('heading', { level: 3 })
  await expect(planNames).toHaveText(['Sit-up'])

  // Open Swap (back up the page) and choose the first safer option.
  const swap = page.getByRole('button', { name: 'Swap Sit-up', exact: true })
  await tabTo(page, swap, { back: true })
  await expectVisibleFocus(swap)
  await page.keyboard.press('Enter')
  const panel = page.getByRole('region', { name: 'Safer swaps for Sit-up' })
  await expect(panel).toBeVisible()
  await expect(swap).toHaveAttribute('aria-expanded', 'true')
  const toCurlUp = panel.getByRole('button', { name: 'Swap to McGill curl-up' })
  await tabTo(page, toCurlUp, { max: 5 })
  await page.clock.fastForward(1000)
  await page.keyboard.press('Enter')
  await expect(planNames).toHaveText(['McGill curl-up'])
  await expect(plan.getByRole('link', { name: 'McGill curl-up' })).toBeFocused()

  // Undo.
  const undo = plan.getByRole('button', { name: 'Undo' })
  await tabTo(page, undo, { max: 10 })
  await expectVisibleFocus(undo)
  await page.clock.fastForward(1000)
  await page.keyboard.press('Enter')
  await expect(planNames).toHaveText(['Sit-up'])
  await expect(plan.getByRole('link', { name: 'Sit-up' })).toBeFocused()

  // Toggle a condition with Space.
  const backPain = page.getByRole('checkbox', { name: 'Back pain today' })
  await tabTo(page, backPain, { back: true })
  await expectVisibleFocus(backPain)
  await page.keyboard.press('Space')
  await expect(backPain).toBeChecked()
  await expect(plan.getByRole('listitem').first()).toContainText('Take care')

  // To the workout through the main navigation.
  const workoutLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workout' })
  // Past the whole library (48 exercises, two stops each) to the tab bar.
  await tabTo(page, workoutLink, { max: 160 })
  await expectVisibleFocus(workoutLink)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/workout$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Workout' })).toBeVisible()

  const start = page.getByRole('button', { name: 'Start workout' })
  await tabTo(page, start, { back: true })
  await page.clock.fastForward(1000)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Warm up first' })).toBeFocused()
  const warmedUp = page.getByRole('button', { name: 'I’m warmed up' })
  // Past the optional back-pain rating (0–10) to the main action.
  await tabTo(page, warmedUp, { max: 16 })
  await page.clock.fastForward(1000)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Sit-up' })).toBeFocused()

  // Tick a checkpoint with Space.
  await page.clock.fastForward(1000)
  const slowly = page.getByRole('checkbox', { name: 'Curl up slowly: no jerking' })
  await tabTo(page, slowly, { max: 5 })
  await expectVisibleFocus(slowly)
  await page.keyboard.press('Space')
  await expect(slowly).toBeChecked()
  await expect(page.getByText('1 of 2 checked')).toBeVisible()
})
