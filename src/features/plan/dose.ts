import { LOAD_LABELS, type Units } from '../../data/load'
import type { PlanItem } from '../../store/spotter-store'

/** A weight as it reads: "40 kg", "42.5 kg". */
export const formatWeight = (weight: number, units: Units) => `${weight} ${units}`

/** Sets × reps, or sets × hold: "3 × 8", "3 × 30 s", "3 × 5 × 10 s". */
export function formatSetsReps(item: Pick<PlanItem, 'sets' | 'reps' | 'holdSeconds'>): string {
  if (item.holdSeconds === null) return `${item.sets} × ${item.reps}`
  return item.reps === 1
    ? `${item.sets} × ${item.holdSeconds} s`
    : `${item.sets} × ${item.reps} × ${item.holdSeconds} s`
}

/**
 * A plan item's dose on one line: "3 × 8 · Heavy · 40 kg", "3 × 10 · Bodyweight". Without the load band
 * (`withLoad: false`) where the band has its own button beside it.
 */
export const formatDose = (item: PlanItem, units: Units, withLoad = true): string =>
  doseParts(item, units, withLoad).join(' · ')

/** The dose's parts, each read as one piece ("3 × 8", "40 kg"): a narrow button wraps between them only. */
export function doseParts(item: PlanItem, units: Units, withLoad = true): string[] {
  const parts = withLoad ? [formatSetsReps(item), LOAD_LABELS[item.load]] : [formatSetsReps(item)]
  if (item.weight !== null && item.load !== 'bodyweight') parts.push(formatWeight(item.weight, units))
  return parts
}
