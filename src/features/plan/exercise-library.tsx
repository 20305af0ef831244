import { useDeferredValue } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { ALL_EXERCISES, type ExerciseId } from '../../data/exercises'
import { VERDICT_LABELS } from '../../data/rules'
import { EQUIPMENT, EQUIPMENT_LABELS, PATTERN_LABELS, PATTERNS } from '../../data/taxonomy'
import {
  EMPTY_QUERY,
  groupByPattern,
  isFiltered,
  type LibraryQuery,
  searchLibrary,
} from '../../domain/library-search'
import { useBackToday, usePlan, verdictContext } from '../../store/spotter-store'
import { paths } from '../../utils/paths'
import { paramsForQuery, queryFromParams } from './filter-library'
import { LibraryEntry } from './library-entry'
import { LIBRARY_SEARCH_ID, LIBRARY_TITLE_ID } from './plan-ids'

const VERDICT_OPTIONS = ['ok', 'caution', 'avoid'] as const

/**
 * Every exercise, searchable by name or alias and filtered by movement pattern, equipment and today's
 * verdict, grouped by pattern. The search and filters are kept in the address, so they are still there
 * after a visit to an exercise's page.
 */
export function ExerciseLibrary() {
  const plan = usePlan()
  // Every row's verdict follows today's back a moment after the plan above it does: a change of conditions
  // (a tick, or a returning user's saved profile replacing the prerendered one as the page is taken over)
  // re-renders every row, and deferred, React does that in steps it can yield between, after the urgent
  // render. Measured on a returning user's start (4× CPU): that task 93–119 → 58–68 ms.
  const back = useDeferredValue(useBackToday())
  const [params, setParams] = useSearchParams()
  const query = queryFromParams(params)
  const results = searchLibrary(ALL_EXERCISES, query, {
    profile: back.profile,
    contextFor: (id) => verdictContext(back, id),
  })
  const groups = groupByPattern(results)

  // Typing replaces the address rather than adding a history entry per letter; the page stays where it is.
  const change = (patch: Partial<LibraryQuery>) =>
    setParams((current) => paramsForQuery({ ...queryFromParams(current), ...patch }, current), {
      replace: true,
      preventScrollReset: true,
    })
  const inPlan = (id: ExerciseId) => plan.filter((item) => item.exerciseId === id).length
  const clearFilters = () => {
    change(EMPTY_QUERY)
    document.getElementById(LIBRARY_SEARCH_ID)?.focus()
  }
  const filtered = isFiltered(query)

  return (
    <section className="library" aria-labelledby={LIBRARY_TITLE_ID}>
      <h2 id={LIBRARY_TITLE_ID} className="library__title" tabIndex={-1}>
        Add exercises
      </h2>
      <div className="library__filters">
        <div className="field">
          <label htmlFor={LIBRARY_SEARCH_ID}>Search exercises</label>
          <input
            id={LIBRARY_SEARCH_ID}
            type="search"
            className="field__control"
            value={query.text}
            placeholder="Name, or e.g. RDL, OHP"
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => change({ text: event.target.value })}
          />
        </div>
        <div className="library__selects">
          <FilterSelect
            id="plan-library-pattern"
            label="Movement"
            value={query.pattern}
            options={PATTERNS}
            labels={PATTERN_LABELS}
            onChange={(pattern) => change({ pattern })}
          />
          <FilterSelect
            id="plan-library-equipment"
            label="Equipment"
            value={query.equipment}
            options={EQUIPMENT}
            labels={EQUIPMENT_LABELS}
            onChange={(equipment) => change({ equipment })}
          />
          <FilterSelect
            id="plan-library-verdict"
            label="Today"
            value={query.verdict}
            options={VERDICT_OPTIONS}
            labels={VERDICT_LABELS}
            onChange={(verdict) => change({ verdict })}
          />
        </div>
      </div>
      <div className="library__count">
        <p role="status">
          {filtered
            ? `${results.length} of ${ALL_EXERCISES.length} exercises`
            : `${ALL_EXERCISES.length} exercises`}
        </p>
        {filtered && results.length > 0 && (
          <button type="button" className="button button--small" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
      {groups.length > 0 ? (
        groups.map((group) => {
          const titleId = `library-group-${group.pattern}`
          return (
            <section key={group.pattern} className="library__group" aria-labelledby={titleId}>
              <h3 id={titleId} className="library__group-title">
                {group.label}
              </h3>
              <ul className="library__list">
                {group.exercises.map((exercise) => (
                  <LibraryEntry
                    key={exercise.id}
                    exercise={exercise}
                    back={back}
                    inPlan={inPlan(exercise.id)}
                  />
                ))}
              </ul>
            </section>
          )
        })
      ) : (
        <div className="library__none">
          <p>No exercises match your search and filters.</p>
          <button type="button" className="button" onClick={clearFilters}>
            Clear filters
          </button>
        </div>
      )}
      <p className="library__own">
        Can’t find it? <Link to={paths.newExercise}>Add your own</Link> ·{' '}
        <Link to={paths.ownExercises}>Your own exercises</Link>
      </p>
    </section>
  )
}

interface FilterSelectProps<T extends string> {
  id: string
  label: string
  value: T | 'all'
  options: readonly T[]
  labels: Record<T, string>
  onChange: (value: T | 'all') => void
}

/** One library filter: "All" plus each option, by its label. What comes back is checked against the options. */
function FilterSelect<T extends string>({
  id,
  label,
  value,
  options,
  labels,
  onChange,
}: FilterSelectProps<T>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="field__control"
        value={value}
        onChange={(event) => onChange(options.find((option) => option === event.target.value) ?? 'all')}
      >
        <option value="all">All</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  )
}
