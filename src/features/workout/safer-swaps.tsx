import { VerdictBadge } from '../../components/verdict-badge'
import type { Exercise, ExerciseId } from '../../data/exercises'
import type { LoadBand } from '../../data/load'
import { type Profile, saferAlternatives } from '../../domain/safety'

interface Props {
  exercise: Exercise
  profile: Profile
  load: LoadBand
  onSwap: (to: ExerciseId) => void
}

/** The safer exercises to swap to, best first, each with why and one button; or what to do instead. */
export function SaferSwaps({ exercise, profile, load, onSwap }: Props) {
  const safer = saferAlternatives(exercise, profile, load)
  if (safer.kind === 'none') return <p className="safer-swaps__none">{safer.message}</p>
  return (
    <ul className="safer-swaps">
      {safer.options.map((option) => (
        <li key={option.exercise.id} className="safer-swaps__option">
          <p className="safer-swaps__name">
            <strong>{option.exercise.name}</strong>
            {option.verdict.level !== 'ok' && (
              <>
                {' '}
                <VerdictBadge verdict={option.verdict} />
              </>
            )}
          </p>
          <p className="safer-swaps__why muted">{option.why}</p>
          <button type="button" className="button button--block" onClick={() => onSwap(option.exercise.id)}>
            Swap to {option.exercise.name}
          </button>
        </li>
      ))}
    </ul>
  )
}
