import type { Page } from '@playwright/test'
import { planItem, savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

/**
 * Phone-first, measured in the built app: one-handed from 360 to 430 px wide, tap targets of at least
 * 44×44 CSS px, body text of at least 16 px, dark mode and reduced motion following the system, nothing
 * moving when a checkpoint is ticked, "Sharp pain: stop" always on screen, away from the main action.
 */

const WIDTHS = [360, 390, 430] as const
const MIN_TARGET = 44
const MIN_FONT = 16

const PLAN = [
  planItem('p-a', 'forearm-plank', { reps: 1, holdSeconds: 30 }),
  planItem('p-b', 'sit-up'),
  planItem('p-c', 'burpee'),
  planItem('p-d', 'squat', { load: 'light', weight: 40, reps: 8, restSeconds: 120 }),
]
const backPainToday = { conditions: ['back-pain-today' as const], todaySetOn: null, units: 'kg' as const }
const aSet = (reps: number) => ({ reps, weight: null, holdSeconds: null, at: '2026-11-20T10:10:00.000Z' })

/** Four exercises, a risky one among them, with back pain today: badges, callouts and warnings all show. */
const planned = savedText({
  profile: backPainToday,
  plan: PLAN,
  history: [
    {
      id: 's-1',
      startedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-20T10:40:00.000Z',
      conditions: ['back-pain-today'],
      units: 'kg',
      kept: 'all',
      items: [
        {
          exerciseId: 'mcgill-curl-up',
          name: 'McGill curl-up',
          outcome: 'done',
          swappedFrom: 'sit-up',
          load: 'bodyweight',
          sets: [aSet(5), aSet(5)],
        },
        {
          exerciseId: 'forearm-plank',
          name: 'Forearm plank',
          outcome: 'skipped',
          load: 'bodyweight',
          sets: [],
        },
        {
          exerciseId: 'burpee',
          name: 'Burpee',
          outcome: 'pain-stop',
          load: 'bodyweight',
          sets: [aSet(10)],
          painStop: { at: '2026-11-20T10:20:00.000Z', set: 2 },
        },
      ],
    },
  ],
})

/** Mid-workout, on exercise 1 of 4: the forearm plank, which has checkpoints and a hold timer. */
const onPlankStep = savedText({
  profile: backPainToday,
  plan: PLAN,
  workout: { startedAt: '2026-11-26T10:00:00.000Z', step: 1, entries: [], rest: null, hold: null },
})

/** Seed saved data once per tab (sessionStorage guard), so a reload shows what the app saved, not the seed. */
const seed = (page: Page, state: string) =>
  page.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('spotter', saved)
      sessionStorage.setItem('seeded', '1')
    }
  }, state)

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })

const openPlankStep = async (page: Page) => {
  await seed(page, onPlankStep)
  await page.goto('./workout')
  await expect(h1(page, 'Forearm plank')).toBeVisible()
  await expect(page.getByText('Exercise 1 of 4')).toBeVisible()
}

/** The plan, with its lazily loaded library in place (so the whole screen is measured, every time). */
const openPlan = async (page: Page) => {
  await seed(page, planned)
  await page.goto('./')
  await expect(h1(page, 'Today’s plan')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /needs? attention/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Add exercises' })).toBeVisible()
  await expect(page.locator('[data-loading]')).toHaveCount(0)
}

interface Screen {
  name: string
  open: (page: Page) => Promise<void>
}

const SCREENS: Screen[] = [
  {
    name: 'plan (4 items, back pain today)',
    open: openPlan,
  },
  {
    name: 'plan with the swap panel open',
    open: async (page) => {
      await openPlan(page)
      await page.getByRole('button', { name: 'Swap Sit-up', exact: true }).click()
      await expect(page.getByRole('region', { name: 'Safer swaps for Sit-up' })).toBeVisible()
    },
  },
  {
    name: 'exercise: sit-up',
    open: async (page) => {
      await seed(page, planned)
      await page.goto('./exercises/sit-up')
      await expect(h1(page, 'Sit-up')).toBeVisible()
    },
  },
  { name: 'workout: exercise step with a hold', open: openPlankStep },
  {
    name: 'workout: pain panel',
    open: async (page) => {
      await openPlankStep(page)
      await page.getByRole('button', { name: 'Sharp pain: stop' }).click()
      await expect(page.getByRole('heading', { name: 'Stop this exercise.' })).toBeFocused()
    },
  },
  {
    name: 'history (one session)',
    open: async (page) => {
      await seed(page, planned)
      await page.goto('./history')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByRole('list', { name: 'Exercises' })).toBeVisible()
    },
  },
  {
    name: 'about',
    open: async (page) => {
      await seed(page, planned)
      await page.goto('./about')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    },
  },
]

interface PhoneAudit {
  scrollWidth: number
  clientWidth: number
  /** Elements sticking out past the right edge, when the page scrolls sideways. */
  wide: string[]
  smallTargets: string[]
  smallText: string[]
  /** Links in running text, exempt from the size rule (WCAG 2.5.8): listed so the exemption stays visible. */
  inlineLinks: string[]
  targetsChecked: number
  textsChecked: number
}

/**
 * Runs in the page. Self-contained (Playwright serialises it), so helpers live inside.
 * Measures horizontal overflow, tap target sizes and text sizes of everything a user can see.
 */
function auditPhoneLayout({ minTarget, minFont }: { minTarget: number; minFont: number }): PhoneAudit {
  const root = document.scrollingElement ?? document.documentElement
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

  /** Text a screen reader would read: aria-hidden parts (icons, arrows) left out. */
  const readText = (el: Element) => {
    let text = ''
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[aria-hidden="true"]')) text += node.textContent
    }
    return clean(text)
  }
  /** Tag + accessible text, enough to find the element from a failure message. */
  const nameOf = (el: Element) => {
    const tag = el.tagName.toLowerCase()
    const type = el.getAttribute('type')
    const labels = el instanceof HTMLInputElement && el.labels ? [...el.labels] : []
    const text =
      clean(el.getAttribute('aria-label')) ||
      clean(labels.map(readText).join(' ')) ||
      readText(el) ||
      clean(el.getAttribute('title'))
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''
    return `<${tag}${type ? ` type="${type}"` : ''}${cls}> "${short(text)}"`
  }

  /** Hidden from sight but not from assistive tech: clipped, 1 px, transparent, or parked off-screen. */
  const visuallyHidden = (el: Element) => {
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      const style = getComputedStyle(n)
      if (style.opacity === '0') return true
      const positioned = style.position === 'absolute' || style.position === 'fixed'
      if (positioned && style.clip.startsWith('rect(')) return true
      if (style.clipPath === 'inset(50%)') return true
    }
    const box = el.getBoundingClientRect()
    if (box.width <= 1 && box.height <= 1) return true
    const top = box.bottom + window.scrollY
    const left = box.right + window.scrollX
    return top <= 0 || left <= 0 || box.left + window.scrollX >= root.scrollWidth
  }
  const shown = (el: Element) => {
    if (!el.checkVisibility({ visibilityProperty: true })) return false
    const box = el.getBoundingClientRect()
    return box.width > 0 && box.height > 0
  }

  // (a) Nothing wider than the screen.
  const wide: string[] = []
  if (root.scrollWidth > root.clientWidth) {
    for (const el of document.body.querySelectorAll('*')) {
      if (!shown(el)) continue
      const right = el.getBoundingClientRect().right + window.scrollX
      const parentRight = (el.parentElement?.getBoundingClientRect().right ?? 0) + window.scrollX
      // Report the outermost culprit only: an element poking out of a parent that fits.
      if (right > root.clientWidth + 0.5 && parentRight <= root.clientWidth + 0.5) {
        wide.push(`${nameOf(el)} reaches ${Math.round(right)}px`)
      }
    }
  }

  // (b) Tap targets.
  /** A link in running text: inline, inside a paragraph or list item that has other text too (WCAG 2.5.8). */
  const inlineTextLink = (el: Element) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false
    let block = el.parentElement
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
    if (!block || !['P', 'LI'].includes(block.tagName)) return false
    return clean(block.textContent).length > clean(el.textContent).length
  }
  const bigEnough = (el: Element) => {
    const box = el.getBoundingClientRect()
    return box.width >= minTarget - 0.01 && box.height >= minTarget - 0.01
  }
  const size = (el: Element) => {
    const box = el.getBoundingClientRect()
    return `${Math.round(box.width * 10) / 10}×${Math.round(box.height * 10) / 10}`
  }
  const smallTargets: string[] = []
  const inlineLinks: string[] = []
  let targetsChecked = 0
  const interactive = document.body.querySelectorAll(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]',
  )
  for (const el of interactive) {
    if (!shown(el)) continue
    // A small or hidden checkbox / file input is tapped through its label: the label is the target.
    const labels = el instanceof HTMLInputElement && el.labels ? [...el.labels] : []
    const visibleLabels = labels.filter((label) => shown(label) && !visuallyHidden(label))
    if (visuallyHidden(el) && visibleLabels.length === 0) continue
    if (inlineTextLink(el)) {
      inlineLinks.push(nameOf(el))
      continue
    }
    targetsChecked++
    const candidates = visuallyHidden(el) ? visibleLabels : [el, ...visibleLabels]
    if (!candidates.some(bigEnough)) {
      const measured = candidates.map((c) => `${size(c)} px (<${c.tagName.toLowerCase()}>)`).join(', ')
      smallTargets.push(`${nameOf(el)} measures ${measured}`)
    }
  }

  // (c) Text size.
  const smallText: string[] = []
  let textsChecked = 0
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = clean(node.textContent)
    const parent = node.parentElement
    if (!text || !parent) continue
    if (parent.closest('script, style, noscript, template, [aria-hidden="true"]')) continue
    if (!shown(parent) || visuallyHidden(parent)) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    if (range.getClientRects().length === 0) continue
    textsChecked++
    const fontSize = Number.parseFloat(getComputedStyle(parent).fontSize)
    if (fontSize < minFont) smallText.push(`${fontSize}px "${short(text)}" in ${nameOf(parent)}`)
  }

  return {
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    wide: wide.slice(0, 10),
    smallTargets,
    smallText,
    inlineLinks,
    targetsChecked,
    textsChecked,
  }
}

for (const width of WIDTHS) {
  test.describe(`at ${width}×800`, () => {
    test.use({ viewport: { width, height: 800 } })

    for (const screen of SCREENS) {
      test(`${screen.name}: no sideways scroll, targets ≥ ${MIN_TARGET}px, text ≥ ${MIN_FONT}px`, async ({
        page,
      }) => {
        await screen.open(page)
        const audit = await page.evaluate(auditPhoneLayout, { minTarget: MIN_TARGET, minFont: MIN_FONT })
        if (audit.inlineLinks.length > 0) {
          test.info().annotations.push({
            type: 'inline text links (exempt)',
            description: audit.inlineLinks.join('; '),
          })
        }

        expect
          .soft(
            audit.wide,
            `the page scrolls sideways (scrollWidth ${audit.scrollWidth} > ${audit.clientWidth})`,
          )
          .toEqual([])
        expect
          .soft(audit.scrollWidth, 'document scrollWidth vs the viewport')
          .toBeLessThanOrEqual(audit.clientWidth)
        expect.soft(audit.smallTargets, `tap targets smaller than ${MIN_TARGET}×${MIN_TARGET} px`).toEqual([])
        expect.soft(audit.smallText, `text smaller than ${MIN_FONT} px`).toEqual([])
        // The audit saw the screen (not an empty page or a spinner): the 4 nav links at least, and text.
        expect(audit.targetsChecked, 'tap targets measured').toBeGreaterThanOrEqual(4)
        expect(audit.textsChecked, 'text nodes measured').toBeGreaterThan(10)
      })
    }
  })
}

/**
 * Boxes as the user sees them (viewport coordinates: a scroll would count as a jump too), keyed by a
 * readable name. Headings, checkpoint rows, the count, every button (the sticky "Sharp pain: stop" included)
 * and the timer.
 */
const layoutOf = (page: Page) =>
  page.evaluate(() => {
    const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {}
    const main = document.querySelector('main')
    if (!main) return boxes
    const watched = main.querySelectorAll(
      'h1, h2, h3, .checkpoint, .checkpoints__count, button, [role="timer"]',
    )
    watched.forEach((el, i) => {
      const box = el.getBoundingClientRect()
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').replace(/\d+ of \d+ checked/, 'n of m checked')
      boxes[`${i}: <${el.tagName.toLowerCase()}> "${text.trim().slice(0, 40)}"`] = {
        x: box.left,
        y: box.top,
        width: box.width,
        height: box.height,
      }
    })
    return boxes
  })
type Layout = Awaited<ReturnType<typeof layoutOf>>

const moves = (before: Layout, after: Layout): string[] => {
  const out: string[] = []
  for (const [name, a] of Object.entries(before)) {
    const b = after[name]
    if (!b) {
      out.push(`${name} disappeared`)
      continue
    }
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      if (Math.abs(a[key] - b[key]) > 0.5)
        out.push(`${name}: ${key} ${a[key].toFixed(1)} → ${b[key].toFixed(1)}`)
    }
  }
  for (const name of Object.keys(after)) if (!(name in before)) out.push(`${name} appeared`)
  return out
}

for (const width of WIDTHS) {
  test(`nothing jumps when a checkpoint is ticked (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await openPlankStep(page)
    const rows = page.locator('label.checkpoint')
    await expect(rows).toHaveCount(6)
    await expect(page.getByText('0 of 6 checked')).toBeVisible()

    /**
     * Bring the row to mid-screen first, clear of the sticky pain button (that scroll is not the tick's doing,
     * and the tap then needs none), then compare what is on screen around the tap.
     */
    const tapAndCompare = async (index: number, checked: boolean, count: string) => {
      const row = rows.nth(index)
      await row.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      const before = await layoutOf(page)
      expect(Object.keys(before).length, 'boxes recorded').toBeGreaterThan(10)
      await row.click()
      await expect(row.getByRole('checkbox')).toBeChecked({ checked })
      await expect(page.getByText(count)).toBeVisible()
      const after = await layoutOf(page)
      expect(moves(before, after), `moved when row ${index + 1} became ${count}`).toEqual([])
    }

    await tapAndCompare(2, true, '1 of 6 checked')
    await tapAndCompare(0, true, '2 of 6 checked')
    await tapAndCompare(1, true, '3 of 6 checked')
    await tapAndCompare(3, true, '4 of 6 checked')
    await tapAndCompare(4, true, '5 of 6 checked')
    // The last one turns the count green ("all checked"): still nothing moves.
    await tapAndCompare(5, true, '6 of 6 checked')
    await tapAndCompare(2, false, '5 of 6 checked')
  })
}

/** Relative luminance (WCAG) of the body's background and text, and their contrast ratio. */
const bodyColours = (page: Page) =>
  page.evaluate(() => {
    const parse = (css: string) => {
      const m = css.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/)
      if (!m) throw new Error(`unexpected colour ${css}`)
      return [m[1], m[2], m[3]].map(Number)
    }
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = parse(css).map((c) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const body = getComputedStyle(document.body)
    const bg = luminance(body.backgroundColor)
    const text = luminance(body.color)
    const h1 = document.querySelector('h1')
    const heading = h1 ? luminance(getComputedStyle(h1).color) : text
    const contrast = (Math.max(bg, text) + 0.05) / (Math.min(bg, text) + 0.05)
    return {
      background: body.backgroundColor,
      color: body.color,
      bg,
      text,
      heading,
      contrast: Math.round(contrast * 100) / 100,
    }
  })

test('dark mode follows the system, live, with strong contrast either way', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await seed(page, planned)
  await page.goto('./')
  await expect(h1(page, 'Today’s plan')).toBeVisible()

  const light = await bodyColours(page)
  expect(light.bg, `light: background ${light.background} is light`).toBeGreaterThan(0.8)
  expect(light.text, `light: text ${light.color} is dark`).toBeLessThan(0.2)
  expect(light.heading, 'light: the heading is dark').toBeLessThan(0.2)
  expect(light.contrast, 'light: body text contrast (AAA is 7:1)').toBeGreaterThanOrEqual(7)

  // The system switches while the app is open: no reload, no setting in the app.
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(async () => (await bodyColours(page)).bg, 'dark: background luminance').toBeLessThan(0.2)
  const dark = await bodyColours(page)
  expect(dark.bg, `dark: background ${dark.background} is dark`).toBeLessThan(0.2)
  expect(dark.text, `dark: text ${dark.color} is light`).toBeGreaterThan(0.8)
  expect(dark.heading, 'dark: the heading is light').toBeGreaterThan(0.8)
  expect(dark.contrast, 'dark: body text contrast (AAA is 7:1)').toBeGreaterThanOrEqual(7)

  // A fresh load in dark mode starts dark, on the workout too.
  await page.goto('./workout')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const workoutDark = await bodyColours(page)
  expect(workoutDark.bg, `dark workout: background ${workoutDark.background}`).toBeLessThan(0.2)
  expect(workoutDark.text, `dark workout: text ${workoutDark.color}`).toBeGreaterThan(0.8)

  await page.emulateMedia({ colorScheme: 'light' })
  await expect
    .poll(async () => (await bodyColours(page)).bg, 'back to light: background')
    .toBeGreaterThan(0.8)
  expect((await bodyColours(page)).text, 'back to light: text is dark').toBeLessThan(0.2)
})

/** Every element (and ::before/::after) whose animation or transition lasts longer than `limit` seconds. */
const motionOver = (page: Page, limit: number) =>
  page.evaluate((max) => {
    const seconds = (list: string) =>
      Math.max(
        0,
        ...list.split(',').map((d) => {
          const v = Number.parseFloat(d)
          return d.trim().endsWith('ms') ? v / 1000 : v
        }),
      )
    const found: string[] = []
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo)
        const transition = seconds(style.transitionDuration)
        const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration)
        if (transition > max || animation > max) {
          const cls = typeof el.className === 'string' ? el.className : ''
          found.push(
            `<${el.tagName.toLowerCase()} class="${cls}">${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationDuration}`,
          )
        }
      }
    }
    return found
  }, limit)

test('reduced motion is respected: nothing animates on the workout step or the plan', async ({ page }) => {
  // Control: with motion allowed, the check does see the hold timer's moving bar.
  await openPlankStep(page)
  await page.getByRole('button', { name: 'Start 30 s hold' }).click()
  await expect(page.getByRole('button', { name: 'Cancel hold' })).toBeVisible()
  expect(
    (await motionOver(page, 0.01)).some((found) => found.includes('hold-timer__fill')),
    'without reduced motion, the hold bar animates (so the check below can see motion)',
  ).toBe(true)

  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(
    await motionOver(page, 0.01),
    'animations/transitions longer than 0.01s with reduced motion',
  ).toEqual([])
  await page.getByRole('button', { name: 'Cancel hold' }).click()
  await page.getByRole('button', { name: 'Sharp pain: stop' }).click()
  await expect(page.getByRole('heading', { name: 'Stop this exercise.' })).toBeVisible()
  expect(await motionOver(page, 0.01), 'motion on the pain panel').toEqual([])

  await page.goto('./')
  await expect(h1(page, 'Today’s plan')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Add exercises' })).toBeVisible()
  await page.getByRole('button', { name: 'Swap Sit-up', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Safer swaps for Sit-up' })).toBeVisible()
  expect(await motionOver(page, 0.01), 'motion on the plan').toEqual([])
})

test.describe('thumb reach at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('"Sharp pain: stop" stays at the top and "Set done" at the bottom, however far the step is scrolled', async ({
    page,
  }) => {
    await openPlankStep(page)
    const stop = page.getByRole('button', { name: 'Sharp pain: stop' })
    const main = page.getByRole('button', { name: 'Set done' })

    const place = (button: typeof stop) =>
      button.evaluate((element) => {
        const box = element.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return {
          top: box.top,
          bottom: box.bottom,
          viewport: window.innerHeight,
          scrollY: window.scrollY,
          maxScroll: (document.scrollingElement?.scrollHeight ?? 0) - window.innerHeight,
          tappable: hit !== null && element.contains(hit),
        }
      })

    const expectInReach = async (where: string) => {
      const pain = await place(stop)
      const done = await place(main)
      expect(pain.top, `${where}: "Sharp pain" is on screen`).toBeGreaterThanOrEqual(0)
      expect(pain.bottom, `${where}: "Sharp pain" is in the top quarter`).toBeLessThan(pain.viewport / 4)
      expect(pain.tappable, `${where}: nothing covers "Sharp pain"`).toBe(true)
      expect(done.bottom, `${where}: "Set done" is on screen`).toBeLessThanOrEqual(done.viewport)
      expect(done.top, `${where}: "Set done" is in the lower part, where the thumb is`).toBeGreaterThan(
        (done.viewport * 3) / 4,
      )
      expect(done.tappable, `${where}: nothing covers "Set done"`).toBe(true)
      return pain
    }

    const atTop = await expectInReach('without scrolling')
    expect(atTop.scrollY, 'the page starts at the top').toBe(0)
    expect(atTop.maxScroll, 'the step is longer than the screen (else this proves nothing)').toBeGreaterThan(
      200,
    )

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const atBottom = await expectInReach('scrolled to the bottom')
    expect(atBottom.scrollY, 'really at the bottom').toBeCloseTo(atBottom.maxScroll, 0)

    await page.evaluate(() =>
      window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2),
    )
    const inMiddle = await expectInReach('scrolled to the middle')
    expect(inMiddle.scrollY, 'really in the middle').toBeGreaterThan(0)

    // And it works from there: one tap stops the exercise.
    await stop.click()
    await expect(page.getByRole('heading', { name: 'Stop this exercise.' })).toBeFocused()
  })
})

test.describe('nothing hides under the sticky bars at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('tabbing through the workout step, what has focus is never under the top or the bottom bar', async ({
    page,
  }) => {
    await openPlankStep(page)
    // From the top of the page: the skip link, the top bar, then the step and its bottom bar.
    await page.getByRole('link', { name: 'Skip to content' }).focus()
    const seen: string[] = []
    const hidden: string[] = []
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || el === document.body) return null
        // A checkbox is drawn inside its row: the row is what the user needs to see.
        const target = el.closest('label') ?? el
        const box = target.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        const name = (el.closest('label')?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()
        return {
          name: `<${el.tagName.toLowerCase()}> "${name.slice(0, 40)}"`,
          top: box.top,
          bottom: box.bottom,
          onScreen: box.top >= -0.5 && box.bottom <= window.innerHeight + 0.5,
          uncovered: hit !== null && target.contains(hit),
          inBottom: document.querySelector('[data-action-bar]')?.contains(el) ?? false,
        }
      })
      if (!focus) break
      seen.push(focus.name)
      if (!focus.onScreen || !focus.uncovered) {
        hidden.push(
          `${focus.name}: ${focus.top.toFixed(0)}–${focus.bottom.toFixed(0)} px${focus.uncovered ? '' : ', covered'}`,
        )
      }
      if (focus.inBottom) break // the main action is the step's last stop
    }
    expect(seen.length, `focus stops on the step: ${seen.join(', ')}`).toBeGreaterThan(8)
    expect(seen, 'the checkpoints, "Set done" and the pain button are reached by Tab').toEqual(
      expect.arrayContaining([
        expect.stringContaining('Hips neither high nor sagging'),
        expect.stringContaining('Set done'),
        expect.stringContaining('Sharp pain: stop'),
      ]),
    )
    expect(hidden, 'focused elements partly or wholly hidden under the sticky bars').toEqual([])
  })
})
