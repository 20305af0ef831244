import { ALL_EXERCISES, type Exercise } from '../../data/exercises'

const MAX_SUGGESTIONS = 4
/** Shorter words ("up", "a") would match half the library. */
const MIN_WORD_LENGTH = 3

/** Lower case, letters and digits only, plurals trimmed: "Sit-Ups" → ["sit", "up"]. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
}

/**
 * Exercises whose name or id looks like what was asked for, best first.
 * A simple match, not a fuzzy search: the whole query within a name scores highest,
 * then names sharing a word that starts with one of the query's words.
 */
export function closeMatches(asked: string, exercises: readonly Exercise[] = ALL_EXERCISES): Exercise[] {
  const query = words(asked)
  if (query.length === 0) return []
  const phrase = query.join(' ')
  const scored = exercises.map((exercise, order) => {
    const nameWords = [...new Set([...words(exercise.name), ...words(exercise.id)])]
    const name = words(exercise.name).join(' ')
    let score = 0
    if (name === phrase) score = 3
    else if (name.includes(phrase) || (phrase.length >= MIN_WORD_LENGTH && phrase.includes(name))) score = 2
    else if (
      query.some(
        (word) => word.length >= MIN_WORD_LENGTH && nameWords.some((candidate) => candidate.startsWith(word)),
      )
    )
      score = 1
    return { exercise, score, order }
  })
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map((entry) => entry.exercise)
}
