import { it as LOAD_LABELS } from "./last-time-Bl6Mqelm.js";
// src/features/routines/dose.ts
/** A routine item's dose on one line, as the plan writes it: "3 × 8 · Light · 20 kg", "3 × 5 × 10 s · Bodyweight". */
function routineDose(item, units) {
	const parts = [item.holdSeconds === null ? `${item.sets} × ${item.reps}` : item.reps === 1 ? `${item.sets} × ${item.holdSeconds} s` : `${item.sets} × ${item.reps} × ${item.holdSeconds} s`, LOAD_LABELS[item.load]];
	if (item.weight !== null && item.load !== "bodyweight") parts.push(`${item.weight} ${units}`);
	return parts.join(" · ");
}
export { routineDose as t };
