// src/utils/words.ts
/** Words a user reads that depend on a count, in one place: "1 exercise", "2 exercises". */
var rules = new Intl.PluralRules("en-GB");
var plural = (count, one, other) => `${count} ${rules.select(count) === "one" ? one : other}`;
/** "it" or "them", "is" or "are": the words that agree with a count. */
var agree = (count, one, other) => rules.select(count) === "one" ? one : other;
export { plural as n, agree as t };
