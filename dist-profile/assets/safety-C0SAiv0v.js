import { it as LOAD_LABELS, lt as CONDITIONS, ot as compareLoad } from "./last-time-Bl6Mqelm.js";
import { n as BACK_RISKS, r as getExercise } from "./exercises-Cf-ysjUu.js";
// src/data/rules.ts
/** The most demanding class an exercise's demands fall in. */
function demandClass(demands) {
	if (demands.includes("ROT+FLX")) return "twist-bent";
	if (demands.includes("BAL") || demands.includes("HF")) return "fast";
	if (demands.includes("LEV") || demands.includes("AX") || demands.includes("FLX")) return "lever";
	return "none";
}
var LOAD_RISES = [
	"cholewicki-1991",
	"schellenberg-2013",
	"mcgill-marshall-2012"
];
var STAY_ACTIVE = [
	"nhs-back-pain",
	"nhs-inform-exercises",
	"bjsm-2020"
];
var TWIST_BENT = ["veres-2010", "les-mills-twist"];
var SCIATICA = ["nhs-111-wales-sciatica", "nhs-inform-exercises"];
var ok = (say, sources) => ({
	level: "ok",
	say,
	basis: "source",
	sources
});
var judged = (level, say, sources, goLight) => ({
	level,
	say,
	basis: "judgement",
	sources,
	...goLight ? { goLight } : {}
});
var FINE = "Nothing in your back profile calls for care. Keep to the form checkpoints.";
var RULE_TABLE = {
	"no-condition": {
		bodyweight: {
			"twist-bent": ok(FINE, []),
			fast: ok(FINE, []),
			lever: ok(FINE, []),
			none: ok(FINE, [])
		},
		light: {
			"twist-bent": judged("caution", "take care, turning bent forward under load. Go without weight.", TWIST_BENT),
			fast: ok(FINE, []),
			lever: ok(FINE, []),
			none: ok(FINE, [])
		},
		heavy: {
			"twist-bent": judged("caution", "take care, turning bent forward under load. Go without weight.", TWIST_BENT),
			fast: ok(FINE, []),
			lever: ok(FINE, []),
			none: ok(FINE, [])
		}
	},
	"back-pain-today": {
		bodyweight: {
			"twist-bent": judged("caution", "take care, small, slow turns, or skip it today.", TWIST_BENT),
			fast: judged("caution", "take care, go slowly, or save it for a good day.", STAY_ACTIVE),
			lever: ok("fine without weight. Stop if the pain rises.", STAY_ACTIVE),
			none: ok("fine. Keep moving; stop if it makes the pain worse.", STAY_ACTIVE)
		},
		light: {
			"twist-bent": judged("avoid", "skip it today: turning bent forward with a weight.", TWIST_BENT),
			fast: judged("caution", "take care, slower and lighter, or save it for a good day.", STAY_ACTIVE),
			lever: judged("caution", "take care, keep it light and stop if the pain rises.", LOAD_RISES),
			none: ok("fine at a light weight. Stop if it makes the pain worse.", STAY_ACTIVE)
		},
		heavy: {
			"twist-bent": judged("avoid", "skip it today: turning bent forward with a weight.", TWIST_BENT),
			fast: judged("avoid", "save heavy for a good day: go light today.", LOAD_RISES, true),
			lever: judged("avoid", "go light today, or save it for a good day.", LOAD_RISES, true),
			none: judged("caution", "take care, go light today.", LOAD_RISES, true)
		}
	},
	sciatica: {
		bodyweight: {
			"twist-bent": judged("caution", "take care, small, slow turns.", TWIST_BENT),
			fast: judged("caution", "take care, go slowly.", SCIATICA),
			lever: ok("fine, and gentle exercise helps.", SCIATICA),
			none: ok("fine, and gentle exercise helps.", SCIATICA)
		},
		light: {
			"twist-bent": judged("caution", "take care, go without weight.", TWIST_BENT),
			fast: judged("caution", "take care, go slower and lighter.", SCIATICA),
			lever: ok("fine at a light weight.", SCIATICA),
			none: ok("fine at a light weight.", SCIATICA)
		},
		heavy: {
			"twist-bent": judged("caution", "take care, go without weight.", TWIST_BENT),
			fast: judged("caution", "take care, go light and slow.", LOAD_RISES, true),
			lever: judged("caution", "take care, go light.", LOAD_RISES, true),
			none: ok("fine. Stop if your leg symptoms spread.", SCIATICA)
		}
	}
};
var ALL_LOADS = [
	"bodyweight",
	"light",
	"heavy"
];
var RULE_OVERRIDES = [
	{
		exercise: "side-plank",
		column: "back-pain-today",
		loads: ALL_LOADS,
		level: "caution",
		say: "take care, many people with back pain find this one hard. Try it with knees bent.",
		sources: ["calatayud-2019"]
	},
	...["back-pain-today", "sciatica"].map((column) => ({
		exercise: "superman",
		column,
		loads: ALL_LOADS,
		level: "caution",
		say: "take care, a bird dog works the same muscles with far less load.",
		sources: ["callaghan-1998", "mcgill-ultimate-back-fitness"]
	})),
	...["back-pain-today", "sciatica"].map((column) => ({
		exercise: "russian-twist",
		column,
		loads: ALL_LOADS,
		level: "avoid",
		say: "skip it today: it turns the back while bent forward. Try a Pallof press.",
		sources: ["les-mills-twist", "veres-2010"]
	})),
	{
		exercise: "russian-twist",
		column: "no-condition",
		loads: ALL_LOADS,
		level: "caution",
		say: "take care, it turns the back while bent forward. A Pallof press trains the same muscles.",
		sources: ["les-mills-twist", "veres-2010"]
	}
];
/** On every verdict while the condition is declared: the sourced general advice. */
var CONDITION_ADVICE = {
	"back-pain-today": {
		text: "Stop any exercise that makes your pain worse or causes new pain.",
		sources: ["nhs-inform-exercises"]
	},
	sciatica: {
		text: "Stop if pain, tingling or numbness spreads further down your leg or gets worse, or if numbness or weakness is new.",
		sources: ["nhs-inform-exercises", "nhs-111-wales-sciatica"]
	}
};
/** With sciatica, on exercises done hanging from a bar: a judgement, worded as one. */
var HANGING_ADVICE = "Hanging eases sciatica for some people and makes it worse for others: see how yours feels.";
/** Exercises no A or B source rates: never a plain OK once a condition is declared. */
var UNRATED_RULE = {
	level: "caution",
	say: "not rated by a source: take care, go light and stop if it hurts."
};
/** A harder variation: always at least "take care", whatever the profile. */
var HARDER_VARIATION_SOURCES = ["freeman-2006"];
// src/domain/safety.ts
var VERDICT_ORDER = {
	ok: 0,
	caution: 1,
	avoid: 2
};
var compareVerdict = (a, b) => VERDICT_ORDER[a] - VERDICT_ORDER[b];
var SHORT_LABELS = {
	"back-pain-today": "Back pain today",
	sciatica: "Sciatica"
};
var DAY_MS = 864e5;
/** The lighter load the exercise is done at, one band down, if there is one. */
function lighterLoad(exercise, load) {
	return [...exercise.loads].reverse().find((band) => compareLoad(band, load) < 0);
}
/** One column of the rule table for one exercise: an override a source gives, else the table's cell. */
function columnVerdict(exercise, column, load) {
	const override = RULE_OVERRIDES.find((rule) => rule.exercise === exercise.id && rule.column === column && rule.loads.includes(load));
	if (override) return {
		level: override.level,
		say: override.say,
		basis: "override",
		judgement: false,
		sources: override.sources
	};
	const cell = RULE_TABLE[column][load][demandClass(exercise.demands)];
	const fromTable = {
		level: cell.level,
		say: cell.say,
		basis: "table",
		judgement: cell.basis === "judgement",
		sources: cell.sources,
		..."goLight" in cell ? { goLight: true } : {}
	};
	if (column !== "no-condition" && exercise.backRisk === "unrated" && fromTable.level === "ok") return {
		level: UNRATED_RULE.level,
		say: UNRATED_RULE.say,
		basis: "unrated",
		judgement: true,
		sources: []
	};
	return fromTable;
}
function formatPainDay(at, now) {
	const recent = now.getTime() - at.getTime() < 7 * DAY_MS;
	return new Intl.DateTimeFormat("en-GB", recent ? { weekday: "short" } : {
		weekday: "short",
		day: "numeric",
		month: "short"
	}).format(at);
}
/**
* Today's verdict for one exercise at a planned load.
* 1. Each declared condition reads its column of the rule table (or a sourced override); the worst wins.
*    With nothing declared, the "no condition" column.
* 2. Exercises no source rates are never a plain OK while a condition is declared.
* 3. A harder variation is at least "take care".
* 4. A pain stop on this exercise in the last 14 days makes it at least "take care".
* Every declared condition adds its general advice.
*/
function verdictFor(exercise, profile, load, context = {}) {
	const declared = CONDITIONS.filter((condition) => profile.conditions.includes(condition));
	const advice = declared.map((condition) => CONDITION_ADVICE[condition].text);
	if (declared.includes("sciatica") && exercise.hangs) advice.push(HANGING_ADVICE);
	let verdict;
	if (declared.length === 0) {
		const column = columnVerdict(exercise, "no-condition", load);
		verdict = {
			level: column.level,
			reason: capitalise(column.say),
			load,
			advice,
			basis: column.basis,
			judgement: column.judgement,
			sources: column.sources
		};
	} else {
		const [worst] = declared.map((condition) => ({
			condition,
			column: columnVerdict(exercise, condition, load)
		})).sort((a, b) => compareVerdict(b.column.level, a.column.level));
		if (!worst) throw new Error("unreachable: at least one condition is declared");
		const { condition, column } = worst;
		verdict = {
			level: column.level,
			reason: `${SHORT_LABELS[condition]}: ${column.say}`,
			condition,
			load,
			advice,
			basis: column.basis,
			judgement: column.judgement,
			sources: column.sources
		};
		const target = column.goLight ? lighterLoad(exercise, load) : void 0;
		if (target) verdict.goLight = target;
	}
	if (exercise.variationOf && verdict.level === "ok") verdict = {
		...verdict,
		level: "caution",
		reason: exercise.variationOf.caution,
		basis: "variation",
		judgement: false,
		sources: HARDER_VARIATION_SOURCES
	};
	const stop = context.recentPainStop;
	if (stop) {
		const at = new Date(stop.at);
		const now = context.now ?? /* @__PURE__ */ new Date();
		if (!Number.isNaN(at.getTime()) && now.getTime() - at.getTime() < 14 * DAY_MS) {
			const said = `You stopped this with pain on ${formatPainDay(at, now)}`;
			verdict = verdict.level === "avoid" ? {
				...verdict,
				advice: [`${said}.`, ...verdict.advice],
				painStopAt: stop.at
			} : {
				...verdict,
				level: "caution",
				reason: `${said}: take care.`,
				basis: "pain-stop",
				judgement: false,
				painStopAt: stop.at
			};
		}
	}
	return verdict;
}
/** The condition rules for the exercise page: each condition that calls for care at this load. */
function conditionNotes(exercise, load) {
	return CONDITIONS.flatMap((condition) => {
		const column = columnVerdict(exercise, condition, load);
		return column.level === "ok" ? [] : [{
			condition,
			level: column.level,
			reason: capitalise(column.say)
		}];
	});
}
/** The load an alternative is judged and planned at: its own default, never heavier than planned. */
function optionLoad(candidate, planned) {
	if (compareLoad(candidate.defaultLoad, planned) <= 0) return candidate.defaultLoad;
	return candidate.loads.find((band) => compareLoad(band, planned) <= 0) ?? candidate.defaultLoad;
}
var riskRank = (exercise) => BACK_RISKS.indexOf(exercise.backRisk);
/**
* Easier options for an exercise at a planned load, best first: other exercises (same movement pattern
* first) and, where a lighter load would change today's verdict, the same exercise lighter.
* Never one with a worse verdict or a higher back risk than the original, never one to avoid today.
* Ranked by today's verdict, then same pattern, then lighter, then other patterns, then the dataset's
* order (closest substitute first).
*/
function saferAlternatives(exercise, profile, load, context = {}) {
	const current = verdictFor(exercise, profile, load, context);
	const now = context.now;
	const candidates = exercise.alternatives.map((alternative, order) => {
		const candidate = getExercise(alternative.id);
		const at = optionLoad(candidate, load);
		const samePattern = candidate.pattern === exercise.pattern;
		return {
			option: {
				kind: "exercise",
				exercise: candidate,
				why: alternative.why,
				load: at,
				verdict: verdictFor(candidate, profile, at, now ? { now } : {}),
				samePattern
			},
			group: samePattern ? 0 : 2,
			order
		};
	});
	const lighter = lighterOption(exercise, profile, load, current, context);
	if (lighter) candidates.push({
		option: lighter,
		group: 1,
		order: 0
	});
	const options = candidates.filter(({ option }) => {
		if (option.verdict.level === "avoid") return false;
		if (compareVerdict(option.verdict.level, current.level) > 0) return false;
		return option.kind === "lighter" || riskRank(option.exercise) <= riskRank(exercise);
	}).sort((a, b) => compareVerdict(a.option.verdict.level, b.option.verdict.level) || a.group - b.group || a.order - b.order).map(({ option }) => option);
	if (options.length > 0) return {
		kind: "alternatives",
		options
	};
	return {
		kind: "none",
		message: noSwapMessage(exercise, current)
	};
}
/** True when the swap panel has something to offer: the UI shows its Swap button only then (or on a warning). */
var hasSaferOptions = (exercise, profile, load, context = {}) => saferAlternatives(exercise, profile, load, context).kind === "alternatives";
function lighterOption(exercise, profile, load, current, context) {
	if (current.level === "ok") return void 0;
	const lighterBands = exercise.loads.filter((band) => compareLoad(band, load) < 0).reverse();
	for (const band of lighterBands) {
		const verdict = verdictFor(exercise, profile, band, context);
		if (compareVerdict(verdict.level, current.level) < 0) return {
			kind: "lighter",
			exercise,
			why: band === "bodyweight" ? "Go light: the same exercise without weight." : `Go light: the same exercise, ${LOAD_LABELS[band].toLowerCase()}. Back load rises with the weight.`,
			load: band,
			verdict
		};
	}
}
function noSwapMessage(exercise, current) {
	if (exercise.instead) return `Nothing easier to swap to. ${exercise.instead}`;
	if (exercise.backRisk === "low" && !exercise.variationOf && current.level === "ok") return "No swap needed: this is already one of the gentler exercises for your back. Keep the form checkpoints.";
	if (current.level === "ok") return "Nothing easier to swap to. Keep to the form checkpoints.";
	return "Nothing easier to swap to: skip it today.";
}
function summarisePlan(plan, profile, context = {}) {
	const attention = plan.map((entry, index) => {
		const exerciseId = typeof entry === "string" ? entry : entry.exerciseId;
		const exercise = getExercise(exerciseId);
		const load = (typeof entry === "string" ? void 0 : entry.load) ?? exercise.defaultLoad;
		const stop = context.painStops?.[exerciseId];
		return {
			exerciseId,
			index,
			verdict: verdictFor(exercise, profile, load, {
				...stop ? { recentPainStop: { at: stop } } : {},
				...context.now ? { now: context.now } : {}
			})
		};
	}).filter((item) => item.verdict.level !== "ok");
	const avoidCount = attention.filter((item) => item.verdict.level === "avoid").length;
	return {
		attention,
		avoidCount,
		cautionCount: attention.length - avoidCount,
		headline: attention.length === 0 ? "" : `${attention.length} ${attention.length === 1 ? "exercise needs" : "exercises need"} attention`
	};
}
function capitalise(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
export { verdictFor as a, summarisePlan as i, hasSaferOptions as n, CONDITION_ADVICE as o, saferAlternatives as r, conditionNotes as t };
