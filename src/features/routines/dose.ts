import { LOAD_LABELS, type Units } from '../../data/load'
import type { RoutineItem } from '../../store/spotter-store'

/** A routine item's dose on one line, as the plan writes it: "3 × 8 · Light · 20 kg", "3 × 5 × 10 s · Bodyweight". */
export function routineDose(item: RoutineItem, units: Units): string {
  const setsReps =
    item.holdSeconds === null
      ? `${item.sets} × ${item.reps}`
      : item.reps === 1
        ? `${item.sets} × ${item.holdSeconds} s`
        : `${item.sets} × ${item.reps} × ${item.holdSeconds} s`
  const parts = [setsReps, LOAD_LABELS[item.load]]
  if (item.weight !== null && item.load !== 'bodyweight') parts.push(`${item.weight} ${units}`)
  return parts.join(' · ')
}
