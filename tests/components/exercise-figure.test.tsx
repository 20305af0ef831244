import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { ExerciseFigure, movementPhase } from '../../src/components/exercise-figure'
import { renderApp } from '../render-app'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const fakeTime = () =>
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] })

/** The browser's reduced-motion setting, as matchMedia reports it. */
const reducedMotion = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))

test('the deadlift figure is named from its data, and its button pauses and plays the movement', async () => {
  fakeTime()
  const user = userEvent.setup({ delay: null })
  render(<ExerciseFigure exerciseId="deadlift" />)

  const figure = screen.getByRole('img', {
    name: 'Side view: the bar against the shins over the middle of the feet, hips back, back flat; then standing tall, the bar at the thighs',
  })
  const drawing = () => figure.innerHTML
  const atStart = drawing()
  act(() => vi.advanceTimersByTime(1500))
  expect(drawing()).not.toBe(atStart)

  await user.click(screen.getByRole('button', { name: 'Pause movement' }))
  const paused = drawing()
  act(() => vi.advanceTimersByTime(1500))
  expect(drawing()).toBe(paused)

  await user.click(screen.getByRole('button', { name: 'Play movement' }))
  act(() => vi.advanceTimersByTime(700))
  expect(drawing()).not.toBe(paused)
  expect(screen.getByRole('button', { name: 'Pause movement' })).toBeInTheDocument()
})

test('with reduced motion, the start and end are shown still, side by side, with no button', () => {
  reducedMotion(true)
  render(<ExerciseFigure exerciseId="deadlift" />)

  const stills = screen.getAllByRole('img')
  expect(stills.map((still) => still.getAttribute('aria-label'))).toEqual([
    'Side view, start: the bar against the shins over the middle of the feet, hips back, back flat',
    'Side view, end: standing tall, the bar at the thighs',
  ])
  expect(screen.queryByRole('button')).not.toBeInTheDocument()
})

test('a hold shows the hold position, still', () => {
  render(<ExerciseFigure exerciseId="forearm-plank" />)
  expect(
    screen.getByRole('img', {
      name: 'Side view: forearms under the shoulders, body in a straight line from head to heels',
    }),
  ).toBeInTheDocument()
  expect(screen.queryByRole('button')).not.toBeInTheDocument()
})

test('the movement holds the start, moves, holds the end and comes back at a steady tempo', () => {
  expect(movementPhase(0)).toBe(0)
  expect(movementPhase(1250)).toBeCloseTo(0.5)
  expect(movementPhase(2200)).toBe(1)
  expect(movementPhase(3250)).toBeCloseTo(0.5)
  expect(movementPhase(4000)).toBe(0)
})

test('the exercise page shows the movement, then the right position beside the fault with its check', async () => {
  await renderApp('/exercises/deadlift')
  const section = screen.getByRole('region', { name: 'How it looks' })

  expect(
    within(section).getByRole('img', { name: /^Side view: the bar against the shins/ }),
  ).toBeInTheDocument()
  expect(within(section).getByRole('heading', { name: 'Right' })).toBeInTheDocument()
  expect(
    within(section).getByRole('img', {
      name: 'Side view, right: the bar against the shins over the middle of the feet, hips back, back flat',
    }),
  ).toBeInTheDocument()
  expect(within(section).getByRole('heading', { name: 'Watch for' })).toBeInTheDocument()
  expect(
    within(section).getByRole('img', {
      name: 'Side view, the fault: the lower back rounded as the bar leaves the floor',
    }),
  ).toBeInTheDocument()
  // The check comes from the exercise's own fault data.
  expect(
    within(section).getByText('Lower back rounding as the bar leaves the floor: go lighter'),
  ).toBeInTheDocument()
})
