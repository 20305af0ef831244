import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { ALL_EXERCISES } from '../../src/data/exercises'
import { renderVerdictsMarkdown } from '../../src/domain/verdicts-report'

const committed = readFileSync(resolve(process.cwd(), 'docs/VERDICTS.md'), 'utf8')

test('docs/VERDICTS.md is up to date with the data and the rules (run `npm run verdicts` if not)', () => {
  const fresh = renderVerdictsMarkdown()
  if (fresh !== committed) {
    throw new Error('docs/VERDICTS.md is out of date: run `npm run verdicts` and commit the result.')
  }
})

test('VERDICTS.md covers every exercise × 4 profiles × 3 loads, with a “what to look at first” section', () => {
  const markdown = renderVerdictsMarkdown()
  expect(markdown).toMatch(/^## What to look at first$/m)
  for (const exercise of ALL_EXERCISES)
    expect(markdown).toContain(`#### ${exercise.name} (\`${exercise.id}\`)`)
  for (const profile of ['No condition', 'Back pain today', 'Sciatica', 'Both'])
    expect(markdown.match(new RegExp(`^\\| ${profile} \\|`, 'gm'))?.length, profile).toBe(
      ALL_EXERCISES.length,
    )
  expect(markdown).toContain('| Profile | Bodyweight | Light | Heavy |')
})
