/** Words a user reads that depend on a count, in one place: "1 exercise", "2 exercises". */
const rules = new Intl.PluralRules('en-GB')

export const plural = (count: number, one: string, other: string): string =>
  `${count} ${rules.select(count) === 'one' ? one : other}`

/** "it" or "them", "is" or "are": the words that agree with a count. */
export const agree = (count: number, one: string, other: string): string =>
  rules.select(count) === 'one' ? one : other
