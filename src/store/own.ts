/**
 * A record's own value for a key that came from data (storage, a file, a link). Plain `record[key]` would
 * find `constructor`, `toString` or `__proto__` on the prototype and hand back a function.
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined
