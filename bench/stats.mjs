/** The value at quantile q (0…1) of the numbers, by the nearest-rank method. */
export function quantile(values, q) {
  if (values.length === 0) throw new Error('no values to summarise')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]
}

export const median = (values) => quantile(values, 0.5)
export const p95 = (values) => quantile(values, 0.95)
