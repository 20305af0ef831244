import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { CustomExercise, Profile } from '../../src/store/spotter-store'
import { savedText } from '../fixtures/seed.mjs'
import { expect, test } from './fixtures'

/** Past the double-tap guard: a person reads the screen before the next tap (the installed clock moves on). */
const aMomentPasses = (page: Page) => page.clock.fastForward(1000)

const SCIATICA: Profile = { conditions: ['sciatica'], todaySetOn: null, units: 'kg' }

test('your own exercise, from the library through a whole workout to History', async ({ page }) => {
  await page.addInitScript(
    (saved) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('spotter', saved)
      sessionStorage.setItem('seeded', '1')
    },
    savedText({ profile: SCIATICA, routines: [] }),
  )
  await page.goto('./')
  await page.getByRole('link', { name: 'Add your own' }).click()

  await page.getByRole('textbox', { name: 'Name' }).fill('Hip airplane')
  await page.getByRole('combobox', { name: 'Movement' }).selectOption({ label: 'Lunge and single leg' })
  await page.getByRole('textbox', { name: 'Cue 1' }).fill('Hold onto a wall')
  await page.getByRole('button', { name: 'Add a cue' }).click()
  await page.getByRole('textbox', { name: 'Cue 2' }).fill('Turn from the hip')
  await page.getByRole('button', { name: 'Save exercise' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Your own exercises' })).toBeVisible()
  await page.getByRole('button', { name: 'Add Hip airplane to today' }).click()
  await page.getByRole('link', { name: 'Back to today’s plan' }).click()
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Hip airplane' }) })
  await expect(card.getByText('Not rated by Spotter')).toBeVisible()
  await expect(card.getByRole('button', { name: /Swap/ })).toHaveCount(0)

  // It survives a reload: kept with the user's data.
  await page.reload()
  await expect(page.getByRole('link', { name: 'Hip airplane' })).toBeVisible()

  await page.getByRole('button', { name: 'Start workout' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Warm up first' })).toBeVisible()
  await aMomentPasses(page)
  await page.getByRole('button', { name: 'I’m warmed up' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hip airplane' })).toBeVisible()
  await expect(page.getByText('Not rated by Spotter')).toBeVisible()
  await aMomentPasses(page)
  await page.getByRole('checkbox', { name: 'Hold onto a wall' }).check()
  await aMomentPasses(page)
  await page.getByRole('checkbox', { name: 'Turn from the hip' }).check()
  await expect(page.getByText('2 of 2 checked')).toBeVisible()
  for (let set = 1; set <= 3; set++) {
    await aMomentPasses(page)
    await page.getByRole('button', { name: 'Set done' }).click()
    await expect(page.getByText(`Set ${set}:`)).toBeVisible()
  }
  await aMomentPasses(page)
  await page.getByRole('button', { name: 'Next: cool-down' }).click()
  await aMomentPasses(page)
  await page.getByRole('button', { name: 'Finish and save' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Workout saved' })).toBeVisible()
  await page.getByRole('link', { name: 'See History' }).click()
  await expect(page.getByRole('list', { name: 'Exercises' })).toContainText('Hip airplane')
})

const HIP_AIRPLANE: CustomExercise = {
  id: 'c-hip-airplane',
  name: 'Hip airplane',
  pattern: 'lunge',
  equipment: ['bodyweight'],
  cues: [{ id: 'cue-1', text: 'Hold onto a wall' }],
  holdSeconds: null,
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['./exercises/new', './exercises/mine', './exercises/custom/c-hip-airplane']) {
    test(`axe finds no violations: ${path}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.addInitScript(
        (saved) => localStorage.setItem('spotter', saved),
        savedText({ customExercises: [HIP_AIRPLANE] }),
      )
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (path === './exercises/new') {
        // With its errors showing too.
        await page.getByRole('checkbox', { name: 'No equipment' }).uncheck()
        await page.getByRole('button', { name: 'Save exercise' }).click()
        await expect(page.getByText('Give it a name.')).toBeVisible()
      }
      if (path.includes('custom')) {
        await page.getByRole('button', { name: 'Delete this exercise' }).click()
        await page.getByText('When to stop and get medical help').click()
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }
}
