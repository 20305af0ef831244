import { matchRoutes } from 'react-router-dom'
import { expect, test } from 'vitest'
import { routes } from '../../src/app/routes'
import { paths } from '../../src/utils/paths'

const every: string[] = [
  ...Object.values(paths).flatMap((path) => (typeof path === 'string' ? [path] : [])),
  paths.exercise('squat'),
  paths.ownExercise('c-1'),
]

test.each(every)('the link %s leads to a screen, not to "not found"', (path) => {
  const matches = matchRoutes(routes, path.split('#')[0] ?? path) ?? []
  const deepest = matches.at(-1)?.route
  expect(deepest).toBeDefined()
  expect(deepest?.path).not.toBe('*')
})
