import type { Exercise, ExerciseId } from '../data/exercises'
import type { LoadBand } from '../data/load'
import { EQUIPMENT, type Equipment, type MovementPattern, PATTERN_LABELS, PATTERNS } from '../data/taxonomy'
import { type Profile, type VerdictContext, type VerdictLevel, verdictFor } from './safety'

/** What the library is searched and filtered by. 'all' means no filter on that field. */
export interface LibraryQuery {
  text: string
  pattern: MovementPattern | 'all'
  equipment: Equipment | 'all'
  verdict: VerdictLevel | 'all'
}

export const EMPTY_QUERY: LibraryQuery = { text: '', pattern: 'all', equipment: 'all', verdict: 'all' }

/** Today, as the verdict filter needs it. */
export interface LibraryToday {
  profile: Profile
  /** The load each exercise is judged at; defaults to its default load. */
  loadFor?: (id: ExerciseId) => LoadBand
  /** The pain-stop context per exercise, if any. */
  contextFor?: (id: ExerciseId) => VerdictContext
}

const VERDICT_LEVELS: readonly VerdictLevel[] = ['ok', 'caution', 'avoid']

/** One word, singular: "lunges" → "lunge", "presses" → "press", "crunches" → "crunch". */
function singular(word: string): string {
  if (word.length <= 2) return word
  if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2)
  if (/(ss|us|is)$/.test(word)) return word
  if (word.endsWith('s')) return word.slice(0, -1)
  return word
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular)

/**
 * Lower-case letters and digits only, each word singular, so "Push ups", "push-up" and "pushup" all
 * read "pushup", and "Farmer’s walks" reads "farmerwalk".
 */
export const normaliseSearch = (text: string): string => words(text).join('')

/**
 * Whether the typed text finds this exercise: it must start at the beginning of a word of the name or of
 * an alias ("row" finds "Bent-over row" and "Rowing machine"; "rdl" does not find "forward lunge").
 */
export function matchesText(exercise: Exercise, text: string): boolean {
  const query = normaliseSearch(text)
  if (query === '') return true
  return [exercise.name, ...exercise.aliases].some((label) => {
    const parts = words(label)
    return parts.some((_, start) => parts.slice(start).join('').startsWith(query))
  })
}

export const isFiltered = (query: LibraryQuery): boolean =>
  normaliseSearch(query.text) !== '' ||
  query.pattern !== 'all' ||
  query.equipment !== 'all' ||
  query.verdict !== 'all'

/** The exercises that match the text and every filter, in the library's order. */
export function searchLibrary(
  exercises: readonly Exercise[],
  query: LibraryQuery,
  today: LibraryToday,
): Exercise[] {
  return exercises.filter((exercise) => {
    if (!matchesText(exercise, query.text)) return false
    if (query.pattern !== 'all' && exercise.pattern !== query.pattern) return false
    if (query.equipment !== 'all' && !exercise.equipment.includes(query.equipment)) return false
    if (query.verdict === 'all') return true
    const load = today.loadFor?.(exercise.id) ?? exercise.defaultLoad
    const verdict = verdictFor(exercise, today.profile, load, today.contextFor?.(exercise.id) ?? {})
    return verdict.level === query.verdict
  })
}

export interface PatternGroup {
  pattern: MovementPattern
  label: string
  exercises: readonly Exercise[]
}

/** Exercises grouped by movement pattern, in the patterns' fixed order; empty groups left out. */
export function groupByPattern(exercises: readonly Exercise[]): PatternGroup[] {
  return PATTERNS.map((pattern) => ({
    pattern,
    label: PATTERN_LABELS[pattern],
    exercises: exercises.filter((exercise) => exercise.pattern === pattern),
  })).filter((group) => group.exercises.length > 0)
}

/** A <select>'s value, checked: anything unexpected reads as 'all'. */
export const parsePattern = (value: string): LibraryQuery['pattern'] =>
  PATTERNS.find((pattern) => pattern === value) ?? 'all'

export const parseEquipment = (value: string): LibraryQuery['equipment'] =>
  EQUIPMENT.find((item) => item === value) ?? 'all'

export const parseVerdict = (value: string): LibraryQuery['verdict'] =>
  VERDICT_LEVELS.find((level) => level === value) ?? 'all'
