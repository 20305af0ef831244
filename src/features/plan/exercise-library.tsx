import { useState } from 'react'
import { Link } from 'react-router-dom'
import {
  ALL_EXERCISES,
  BACK_RISKS,
  BODY_AREA_LABELS,
  BODY_AREAS,
  type ExerciseId,
} from '../../data/exercises'
import { usePlan, useProfile } from '../../store/spotter-store'
import { filterLibrary, isFiltered, NO_FILTERS, parseArea, parseRisk } from './filter-library'
import { LibraryEntry } from './library-entry'
import { LIBRARY_SEARCH_ID, LIBRARY_TITLE_ID } from './plan-ids'

const RISK_LABELS = { low: 'Low', moderate: 'Moderate', high: 'High', unrated: 'Not rated' } as const

/** Every exercise, searchable and filterable, each with its verdict for today's profile. */
export function ExerciseLibrary() {
  const plan = usePlan()
  const profile = useProfile()
  const [filters, setFilters] = useState(NO_FILTERS)
  const results = filterLibrary(ALL_EXERCISES, filters)

  const inPlan = (id: ExerciseId) => plan.filter((item) => item.exerciseId === id).length
  const clearFilters = () => {
    setFilters(NO_FILTERS)
    document.getElementById(LIBRARY_SEARCH_ID)?.focus()
  }

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
            value={filters.query}
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => setFilters({ ...filters, query: event.target.value })}
          />
        </div>
        <div className="library__selects">
          <FilterSelect
            id="plan-library-area"
            label="Body area"
            value={filters.area}
            options={BODY_AREAS}
            labels={BODY_AREA_LABELS}
            onChange={(value) => setFilters({ ...filters, area: parseArea(value) })}
          />
          <FilterSelect
            id="plan-library-risk"
            label="Back risk"
            value={filters.risk}
            options={BACK_RISKS}
            labels={RISK_LABELS}
            onChange={(value) => setFilters({ ...filters, risk: parseRisk(value) })}
          />
        </div>
      </div>
      <p role="status" className="library__count">
        {isFiltered(filters)
          ? `${results.length} of ${ALL_EXERCISES.length} exercises`
          : `${ALL_EXERCISES.length} exercises`}
      </p>
      {results.length > 0 ? (
        <ul className="library__list">
          {results.map((exercise) => (
            <LibraryEntry
              key={exercise.id}
              exercise={exercise}
              profile={profile}
              inPlan={inPlan(exercise.id)}
            />
          ))}
        </ul>
      ) : (
        <div className="library__none">
          <p>No exercises match your search and filters.</p>
          <button type="button" className="button" onClick={clearFilters}>
            Clear filters
          </button>
        </div>
      )}
      <p className="library__own">
        Can’t find it? <Link to="/exercises/new">Add your own</Link> ·{' '}
        <Link to="/exercises/mine">Your own exercises</Link>
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
  onChange: (value: string) => void
}

/** One library filter: "All" plus each option, by its label. */
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
        onChange={(event) => onChange(event.target.value)}
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
