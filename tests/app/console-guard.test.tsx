import { render } from '@testing-library/react'
import { expect, test } from 'vitest'
import { consoleErrorsLogged, expectConsoleError, unexpectedErrors } from '../console-errors'

function TwoAlike() {
  return (
    <ul>
      {['Squat', 'Squat'].map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  )
}

test('React’s duplicate-key warning reaches the guard, which fails a test that did not expect it', () => {
  expectConsoleError(/same key/) // this test's own error, so the guard lets this one pass
  render(<TwoAlike />)
  const logged = consoleErrorsLogged()
  expect(logged).toEqual([expect.stringMatching(/Encountered two children with the same key, `Squat`/)])
  expect(unexpectedErrors(logged, [])).toEqual(logged)
  expect(unexpectedErrors(logged, [/same key/])).toEqual([])
})
