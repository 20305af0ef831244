import { afterEach, expect, test, vi } from 'vitest'
import { lazyDateFormat } from '../../src/utils/lazy-format'

afterEach(() => {
  vi.unstubAllGlobals()
})

test('a lazy date format makes its formatter on first use only, then reuses it', () => {
  let made = 0
  class CountedFormat extends Intl.DateTimeFormat {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args)
      made += 1
    }
  }
  vi.stubGlobal('Intl', Object.create(Intl, { DateTimeFormat: { value: CountedFormat } }))

  const weekday = lazyDateFormat('en-GB', { weekday: 'long' })
  expect(made).toBe(0)
  expect(weekday(new Date('2026-11-27T12:00:00'))).toBe('Friday')
  expect(weekday(new Date('2026-11-28T12:00:00'))).toBe('Saturday')
  expect(made).toBe(1)
})
