import { A as useProfile, G as useTapGuard, J as useLocation, K as announce, L as verdictContext, T as useHistory, X as useParams, _ as useBackToday, c as useDocumentTitle, g as useActions, k as usePlan, q as Link, s as paths } from "./index-B5N6klht.js";
import { n as getFullExercise, t as getExerciseDetails } from "./exercise-details-Dp4MNc5g.js";
import { r as getExercise, t as ALL_EXERCISES } from "./exercises-Cf-ysjUu.js";
import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { a as verdictFor, r as saferAlternatives, t as conditionNotes } from "./safety-C0SAiv0v.js";
import { it as LOAD_LABELS, pt as isExerciseId, rt as LOAD_HINTS, ut as CONDITION_INFO } from "./last-time-Bl6Mqelm.js";
import { a as sentence, n as FaultFigure, o as getExercisePoses, r as RightFigure, t as ExerciseFigure } from "./exercise-figure-Cz6N0nFN.js";
import { n as SOURCES } from "./sources-Bm5C8Tcd.js";
import { n as VerdictIcon, t as VerdictBadge } from "./verdict-badge-BEirfSyZ.js";
import { t as SourceCitation } from "./source-citation-CKgHEGUT.js";
// src/features/exercise/add-to-today.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
var exercisesInPlan = (count) => `${count} ${count === 1 ? "exercise" : "exercises"} in today’s plan`;
/** Add to today's plan; on an exercise already planned, the button says it adds it again. */
function AddToToday({ exercise }) {
	const plan = usePlan();
	const back = useBackToday();
	const { exerciseAdded } = useActions();
	const { guard } = useTapGuard();
	const [added, setAdded] = (0, import_react.useState)(false);
	const alreadyIn = plan.filter((item) => item.exerciseId === exercise.id).length;
	const add = guard(() => {
		exerciseAdded(exercise.id);
		const count = plan.length + 1;
		const verdict = verdictFor(exercise, back.profile, exercise.defaultLoad, verdictContext(back, exercise.id));
		announce(`${exercise.name} added. ${exercisesInPlan(count)}.${verdict.level === "avoid" ? " Today’s advice is to avoid it." : ""}`);
		setAdded(true);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise-add",
		"aria-label": "Today’s plan",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			className: "button button--primary button--block",
			type: "button",
			onClick: add,
			children: alreadyIn > 0 && !added ? "Add to today again" : "Add to today"
		}), added ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			className: "exercise-add__done",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					"aria-hidden": "true",
					children: "✓ "
				}),
				"Added. ",
				exercisesInPlan(plan.length),
				"."
			]
		}) : alreadyIn > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			className: "exercise-add__hint",
			children: [
				"Already in today’s plan",
				alreadyIn > 1 ? ` (${alreadyIn} times)` : "",
				"."
			]
		})]
	});
}
// src/features/exercise/condition-rules.tsx
var LEVEL_LABELS = {
	avoid: "Avoid",
	caution: "Take care"
};
/**
* Who should avoid it or take care, at its usual load: the rule table's columns for the conditions not in
* force today (today's verdicts above already say what the others mean).
*/
function ConditionRules({ exercise }) {
	const { conditions } = useBackToday().profile;
	const notes = conditionNotes(exercise, exercise.defaultLoad).filter((note) => !conditions.includes(note.condition));
	if (notes.length === 0) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise__section",
		"aria-labelledby": "exercise-conditions-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "exercise-conditions-title",
			children: "Avoid or take care if…"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "condition-rules",
			children: notes.map((rule) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
				className: `condition-rule condition-rule--${rule.level}`,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: CONDITION_INFO[rule.condition].label }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "condition-rule__level",
						children: LEVEL_LABELS[rule.level]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: rule.reason })
				]
			}, rule.condition))
		})]
	});
}
// src/features/exercise/cue-label.tsx
/** A cue no source gives says so: it is a coaching cue. Put straight after the cue's text (it brings its space). */
function CueLabel({ source }) {
	if (source !== "coaching") return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [" ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
		className: "cue-label",
		children: "coaching cue"
	})] });
}
// src/features/exercise/exercise-figures.tsx
/**
* How the exercise looks: the figure moving, then the right position beside each fault drawn, with the
* fault's check from the exercise's data (or, where the data has none, what the drawing shows).
*/
function ExerciseFigures({ exercise }) {
	const poses = getExercisePoses(exercise.id);
	const m = poses.movement;
	const rightFor = (fault) => "hold" in m ? m.hold.alt : fault.of === "end" ? m.end.alt : m.start.alt;
	const known = (fault) => exercise.faults.find((entry) => entry.id === fault.id);
	const first = poses.faults[0];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise__section exercise-figures",
		"aria-labelledby": "exercise-figures-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "exercise-figures-title",
				children: "How it looks"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseFigure, {
				exerciseId: exercise.id,
				size: "large"
			}),
			first && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "exercise-figures__compare",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: "Right" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RightFigure, {
						exerciseId: exercise.id,
						of: first.of
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: sentence(rightFor(first)) })
				] }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: "Watch for" }), poses.faults.map((fault) => {
					const check = known(fault);
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "exercise-figures__fault",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FaultFigure, {
							exerciseId: exercise.id,
							faultId: fault.id
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [check ? check.text : sentence(fault.alt), check && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CueLabel, { source: check.source })] })]
					}, fault.id);
				})] })]
			})
		]
	});
}
// src/features/exercise/exercise-form.tsx
/**
* How it loads the lower back, the form checkpoints, the hold, and what to check when it pinches: the faults
* the figures above don't already show with their check.
*/
function ExerciseForm({ exercise }) {
	const drawn = new Set(getExercisePoses(exercise.id).faults.map((fault) => fault.id));
	const faults = exercise.faults.filter((fault) => !drawn.has(fault.id));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
			className: "exercise__section",
			"aria-labelledby": "exercise-why-title",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "exercise-why-title",
				children: "How it loads your lower back"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: exercise.whyItHurts })]
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
			className: "exercise__section",
			"aria-labelledby": "exercise-form-title",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					id: "exercise-form-title",
					children: "Form checkpoints"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
					className: "checkpoint-list",
					children: exercise.checkpoints.map((checkpoint) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [checkpoint.text, /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CueLabel, { source: checkpoint.source })] }, checkpoint.id))
				}),
				exercise.holdSeconds !== void 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "exercise__hold",
					children: [
						"Hold about ",
						exercise.holdSeconds,
						" seconds"
					]
				})
			]
		}),
		faults.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
			className: "exercise__section",
			"aria-labelledby": "exercise-faults-title",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "exercise-faults-title",
				children: drawn.size > 0 ? "Also check" : "If you feel a pinch, check…"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "fault-list",
				children: faults.map((fault) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [fault.text, /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CueLabel, { source: fault.source })] }, fault.id))
			})]
		})
	] });
}
// src/features/exercise/exercise-safety.tsx
var RISK_LABELS = {
	low: "low",
	moderate: "moderate",
	high: "high",
	unrated: "not rated by a source"
};
/** A verdict's reason, unless it only repeats the variation's caution, which the page already shows above. */
function reasonText(exercise, verdict) {
	if (exercise.variationOf && verdict.reason === exercise.variationOf.caution) return "A harder variation: take care (see above).";
	return verdict.reason;
}
/** One row per load band; bands in a row with the same verdict and reason share it (said once). */
function rowsFor(exercise, verdicts) {
	const rows = [];
	for (const verdict of verdicts) {
		const reason = reasonText(exercise, verdict);
		const last = rows.at(-1);
		if (last && last.verdict.level === verdict.level && last.reason === reason) last.bands.push(verdict.load);
		else rows.push({
			bands: [verdict.load],
			verdict,
			reason
		});
	}
	return rows;
}
/**
* Today's verdict at each load the exercise is done at, with the advice that goes with it; then the
* exercise's general back risk and why (a fact about the exercise, whoever does it).
*/
function ExerciseSafety({ exercise }) {
	const back = useBackToday();
	const context = verdictContext(back, exercise.id);
	const verdicts = exercise.loads.map((load) => verdictFor(exercise, back.profile, load, context));
	const rows = rowsFor(exercise, verdicts);
	const advice = [...new Set(verdicts.flatMap((verdict) => verdict.advice))];
	const { conditions } = back.profile;
	const profileText = conditions.length === 0 ? "Nothing set for your back today." : `With ${conditions.map((condition) => CONDITION_INFO[condition].label.toLowerCase()).join(" and ")}.`;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "card exercise-safety",
		"aria-labelledby": "exercise-today-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "exercise-safety__item",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					id: "exercise-today-title",
					className: "exercise-safety__label",
					children: "For your back today"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "exercise-safety__profile",
					children: [
						profileText,
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Link, {
							to: paths.about,
							children: [conditions.length === 0 ? "Set up" : "Change", " my back profile"]
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
					className: "load-verdicts",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("caption", {
							className: "visually-hidden",
							children: "Today’s verdict at each load"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", {
							className: "visually-hidden",
							children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
								scope: "col",
								children: "Load"
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
								scope: "col",
								children: "Verdict"
							})] })
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: rows.flatMap((row) => row.bands.map((band, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("th", {
							scope: "row",
							className: "load-verdicts__load",
							children: [LOAD_LABELS[band], /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "load-verdicts__hint",
								children: LOAD_HINTS[band]
							})]
						}), index === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", {
							rowSpan: row.bands.length,
							className: "load-verdicts__verdict",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict: row.verdict }),
								" ",
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
									className: "load-verdicts__reason",
									children: row.reason
								})
							]
						})] }, band))) })
					]
				}),
				advice.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
					className: "exercise-safety__advice",
					children: advice.map((line) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: line }, line))
				})
			]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "exercise-safety__item",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", {
				className: "exercise-safety__label",
				children: ["General back risk: ", RISK_LABELS[exercise.backRisk]]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: exercise.riskReason })]
		})]
	});
}
// src/features/exercise/exercise-sources.tsx
/** How much weight a source carries, in words a user can weigh it by. */
var GRADE_NOTE = {
	A: null,
	B: null,
	C: "used for form cues only"
};
/** Each source named for what it is ("A peer-reviewed study", "An NHS health information page"). */
function ExerciseSources({ exercise }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise__section exercise-sources",
		"aria-labelledby": "exercise-sources-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "exercise-sources-title",
			children: "Sources"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: exercise.sources.map((ref) => {
			const source = SOURCES[ref.source];
			const note = GRADE_NOTE[source.grade];
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceCitation, { id: ref.source }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "exercise-sources__kind",
					children: [
						source.kind,
						note ? `, ${note}` : "",
						" · ",
						source.publisher
					]
				}),
				ref.section && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "exercise-sources__section",
					children: ["Section: ", ref.section]
				})
			] }, `${ref.source}:${ref.section ?? ""}`);
		}) })]
	});
}
// src/features/exercise/exercise-swaps.tsx
var exercisePath = (exercise) => `/exercises/${exercise.id}`;
/** Safer swaps for the back today at the usual load, best first; or what to do when none is sourced. */
function SaferAlternatives({ exercise }) {
	const back = useBackToday();
	const safer = saferAlternatives(exercise, back.profile, exercise.defaultLoad, verdictContext(back, exercise.id));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise__section",
		"aria-labelledby": "exercise-safer-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "exercise-safer-title",
			children: "Safer alternatives"
		}), safer.kind === "alternatives" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "swap-list",
			children: safer.options.map((option) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
				className: "swap",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
						className: "swap__link",
						to: exercisePath(option.exercise),
						children: option.exercise.name
					}),
					option.verdict.level !== "ok" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict: option.verdict }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "swap__why",
						children: option.why
					})
				]
			}, `${option.kind}-${option.exercise.id}`))
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: safer.message })]
	});
}
/** Harder variations (push-up): more lower-back effort, so never listed as a safer swap. */
function HarderVariations({ exercise }) {
	const variations = (exercise.harderVariations ?? []).map(getExercise);
	if (variations.length === 0) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise__section",
		"aria-labelledby": "exercise-harder-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "exercise-harder-title",
				children: "Harder variations"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "callout callout--caution",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictIcon, { level: "caution" }), " These are not safer swaps: they make your lower back work harder."]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "swap-list",
				children: variations.map((variation) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					className: "swap",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
						className: "swap__link",
						to: exercisePath(variation),
						children: variation.name
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "swap__why",
						children: variation.variationOf?.caution ?? getExerciseDetails(variation.id).riskReason
					})]
				}, variation.id))
			})
		]
	});
}
/** On a harder variation: the exercise it varies, and the caution. */
function VariationOf({ exercise }) {
	if (!exercise.variationOf) return null;
	const base = getExercise(exercise.variationOf.id);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "callout callout--caution exercise-variation",
		"aria-label": "Harder variation",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			"A harder variation of the ",
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				to: exercisePath(base),
				children: base.name.toLowerCase()
			}),
			"."
		] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: exercise.variationOf.caution })]
	});
}
// src/features/exercise/plan-link.tsx
/**
* The library's search and filters when the user came from it (a library row passes them as history
* state). History state is stored by the browser and outlives this version of the app: checked.
*/
function planSearch(state) {
	if (typeof state !== "object" || state === null || !("planSearch" in state)) return "";
	const search = state.planSearch;
	return typeof search === "string" && search.startsWith("?") && search.length <= 500 ? search : "";
}
/**
* Back to the plan: a quiet link at the top of a screen, or the main way out of a dead end. From the
* library, it goes back to the library's search and filters.
*/
function PlanLink({ primary = false }) {
	const search = planSearch(useLocation().state);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Link, {
		className: primary ? "button button--primary" : "exercise__back",
		to: {
			pathname: "/",
			search
		},
		children: [!primary && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
			"aria-hidden": "true",
			children: "‹ "
		}), "Back to today’s plan"]
	});
}
// src/features/exercise/progress-data.ts
var POUNDS_PER_KG = 2.20462;
var inUnits = (weight, from, to) => from === to ? weight : Math.round((from === "kg" ? weight * POUNDS_PER_KG : weight / POUNDS_PER_KG) * 2) / 2;
/** The exercise in History, oldest first: each session's top set and any pain stop. */
function progressPoints(history, exerciseId, units, hold) {
	const points = [];
	for (const session of history) {
		const items = session.items.filter((i) => i.exerciseId === exerciseId && (i.sets.length > 0 || i.painStop));
		if (items.length === 0) continue;
		const sets = items.flatMap((i) => i.sets);
		const weights = sets.flatMap((s) => s.weight === null ? [] : [inUnits(s.weight, session.units, units)]);
		const stop = items.find((i) => i.painStop)?.painStop;
		points.push({
			at: session.startedAt,
			weight: weights.length > 0 ? Math.max(...weights) : null,
			reps: sets.reduce((most, s) => Math.max(most, hold ? s.holdSeconds ?? 0 : s.reps), 0),
			sets: sets.length,
			painStopSet: stop ? stop.set : null
		});
	}
	return points.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-20);
}
var DAY = new Intl.DateTimeFormat("en-GB", {
	day: "numeric",
	month: "short"
});
/** "18 Nov": the chart's dates. */
var day = (iso) => DAY.format(new Date(iso));
/** The chart in one sentence: how many sessions, from when to when, first and last top set, pain stops. */
function progressSummary(points, units, hold) {
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last) return "";
	const count = `${points.length} ${points.length === 1 ? "session" : "sessions"}`;
	const span = points.length === 1 ? `on ${day(first.at)}` : `from ${day(first.at)} to ${day(last.at)}`;
	const repsOf = (p) => hold ? `${p.reps} s` : `${p.reps} reps`;
	const top = (p) => p.weight === null ? repsOf(p) : `${repsOf(p)} at ${p.weight} ${units}`;
	const trend = points.length === 1 ? `Top set ${top(first)}` : `Top set ${top(first)} at first, ${top(last)} last time`;
	const stops = points.filter((p) => p.painStopSet !== null);
	return `${count} ${span}. ${trend}. ${stops.length === 0 ? "No pain stops" : `${stops.length} ${stops.length === 1 ? "pain stop" : "pain stops"} (${stops.map((p) => `${day(p.at)}, set ${p.painStopSet}`).join("; ")})`}.`;
}
// src/features/exercise/progress-chart.tsx
var W = 320;
var H = 168;
var PAD = {
	top: 22,
	right: 36,
	bottom: 26,
	left: 36
};
/**
* Progress at a glance: the loads (line) and reps (bars) used in each session, from History, drawn as SVG,
* with pain stops marked. A sentence says the same for screen readers, and a table gives every number.
*/
function ProgressChart({ exercise }) {
	const history = useHistory();
	const { units } = useProfile();
	const hold = exercise.holdSeconds !== void 0;
	const points = (0, import_react.useMemo)(() => progressPoints(history, exercise.id, units, hold), [
		history,
		exercise.id,
		units,
		hold
	]);
	if (points.length === 0) return null;
	const repsWord = hold ? "hold (s)" : "reps";
	const summary = progressSummary(points, units, hold);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise__section progress-chart",
		"aria-labelledby": "progress-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "progress-title",
				children: "Your progress"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: summary }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Chart, {
				points,
				units,
				hold
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "progress-chart__key muted",
				"aria-hidden": "true",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { className: "progress-chart__key-line" }),
						" weight (",
						units,
						")"
					] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { className: "progress-chart__key-bar" }),
						" ",
						hold ? "longest hold (s)" : "most reps in a set"
					] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "progress-chart__key-stop",
						children: "✕"
					}), " pain stop"] })
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
				className: "progress-chart__table",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: "Show as a table" }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: "Date"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: "Top weight"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("th", {
						scope: "col",
						children: ["Most ", repsWord]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: "Sets"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: "Pain stop"
					})
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: points.map((p) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "row",
						children: day(p.at)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: p.weight === null ? "–" : `${p.weight} ${units}` }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: p.reps }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: p.sets }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: p.painStopSet === null ? "–" : `set ${p.painStopSet}` })
				] }, p.at)) })] })]
			})
		]
	});
}
function Chart({ points, units, hold }) {
	const innerW = W - PAD.left - PAD.right;
	const innerH = H - PAD.top - PAD.bottom;
	const slot = innerW / points.length;
	const x = (i) => PAD.left + slot * (i + .5);
	const weights = points.flatMap((p) => p.weight === null ? [] : [p.weight]);
	const maxWeight = weights.length > 0 ? niceMax(Math.max(...weights)) : 0;
	const maxReps = niceMax(Math.max(1, ...points.map((p) => p.reps)));
	const yWeight = (w) => PAD.top + innerH - w / maxWeight * innerH;
	const yReps = (r) => PAD.top + innerH - r / maxReps * innerH;
	const barW = Math.min(18, slot * .5);
	const line = points.map((p, i) => p.weight === null ? null : `${x(i).toFixed(1)},${yWeight(p.weight).toFixed(1)}`).filter((s) => s !== null);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("svg", {
		className: "progress-chart__svg",
		viewBox: `0 0 ${W} ${H}`,
		"aria-hidden": "true",
		focusable: "false",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
				className: "progress-chart__axis",
				x1: PAD.left,
				x2: W - PAD.right,
				y1: PAD.top + innerH,
				y2: PAD.top + innerH
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
				className: "progress-chart__grid",
				x1: PAD.left,
				x2: W - PAD.right,
				y1: PAD.top,
				y2: PAD.top
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
				className: "progress-chart__label",
				x: W - PAD.right + 4,
				y: PAD.top + 4,
				children: maxReps
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
				className: "progress-chart__label",
				x: W - PAD.right + 4,
				y: PAD.top + innerH,
				children: "0"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
				className: "progress-chart__label progress-chart__label--end",
				x: 318,
				y: 12,
				children: hold ? "s" : "reps"
			}),
			maxWeight > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
					className: "progress-chart__label progress-chart__label--end",
					x: PAD.left - 4,
					y: PAD.top + 4,
					children: maxWeight
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
					className: "progress-chart__label progress-chart__label--end",
					x: PAD.left - 4,
					y: PAD.top + innerH,
					children: "0"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
					className: "progress-chart__label",
					x: 2,
					y: 12,
					children: units
				})
			] }),
			points.map((p, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("rect", {
				className: "progress-chart__bar",
				x: x(i) - barW / 2,
				y: yReps(p.reps),
				width: barW,
				height: PAD.top + innerH - yReps(p.reps),
				rx: 2
			}, `bar-${p.at}`)),
			line.length > 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("polyline", {
				className: "progress-chart__line",
				points: line.join(" ")
			}),
			points.map((p, i) => p.weight === null ? null : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
				className: "progress-chart__dot",
				cx: x(i),
				cy: yWeight(p.weight),
				r: 3.5
			}, `dot-${p.at}`)),
			points.map((p, i) => p.painStopSet === null ? null : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
				className: "progress-chart__stop",
				x: x(i),
				y: PAD.top - 6,
				children: "✕"
			}, `stop-${p.at}`)),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
				className: "progress-chart__label",
				x: x(0),
				y: 162,
				textAnchor: "middle",
				children: day(points[0]?.at ?? "")
			}),
			points.length > 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
				className: "progress-chart__label",
				x: x(points.length - 1),
				y: 162,
				textAnchor: "middle",
				children: day(points.at(-1)?.at ?? "")
			})
		]
	});
}
/** A round top for an axis: 1, 2, 5 × a power of ten, at or above the value. */
function niceMax(value) {
	if (value <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	return [
		1,
		2,
		2.5,
		5,
		10
	].map((m) => m * power).find((m) => m >= value) ?? 10 * power;
}
// src/features/exercise/exercise-details.tsx
function ExerciseDetails({ exercise }) {
	useDocumentTitle(exercise.name);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
		className: "exercise",
		"aria-labelledby": "exercise-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PlanLink, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
				className: "exercise__header",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
					id: "exercise-title",
					children: exercise.name
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "exercise__works",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "muted",
							children: "Works:"
						}),
						" ",
						exercise.works
					]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VariationOf, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseSafety, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(AddToToday, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseFigures, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseForm, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ProgressChart, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ConditionRules, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SaferAlternatives, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(HarderVariations, { exercise }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseSources, { exercise })
		]
	});
}
// src/features/exercise/close-matches.ts
var MAX_SUGGESTIONS = 4;
/** Shorter words ("up", "a") would match half the library. */
var MIN_WORD_LENGTH = 3;
/** Lower case, letters and digits only, plurals trimmed: "Sit-Ups" → ["sit", "up"]. */
function words(text) {
	return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((word) => word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word);
}
/**
* Exercises whose name or id looks like what was asked for, best first.
* A simple match, not a fuzzy search: the whole query within a name scores highest,
* then names sharing a word that starts with one of the query's words.
*/
function closeMatches(asked, exercises = ALL_EXERCISES) {
	const query = words(asked);
	if (query.length === 0) return [];
	const phrase = query.join(" ");
	return exercises.map((exercise, order) => {
		const nameWords = [.../* @__PURE__ */ new Set([...words(exercise.name), ...words(exercise.id)])];
		const name = words(exercise.name).join(" ");
		let score = 0;
		if (name === phrase) score = 3;
		else if (name.includes(phrase) || phrase.length >= MIN_WORD_LENGTH && phrase.includes(name)) score = 2;
		else if (query.some((word) => word.length >= MIN_WORD_LENGTH && nameWords.some((candidate) => candidate.startsWith(word)))) score = 1;
		return {
			exercise,
			score,
			order
		};
	}).filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score || a.order - b.order).slice(0, MAX_SUGGESTIONS).map((entry) => entry.exercise);
}
// src/features/exercise/unknown-exercise.tsx
/** Long enough to recognise, short enough not to flood a phone screen. */
var MAX_SHOWN = 60;
function shorten(text) {
	const chars = [...text];
	return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join("")}…` : text;
}
/** An exercise id that isn't in the dataset. `asked` is untrusted: it is only ever rendered as text. */
function UnknownExercise({ asked }) {
	useDocumentTitle("Exercise not found");
	const suggestions = closeMatches(asked);
	const shown = shorten(asked.trim());
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "exercise stack",
		"aria-labelledby": "exercise-not-found-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "exercise-not-found-title",
				children: "Exercise not found"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
				shown ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
					"We don’t have an exercise called “",
					shown,
					"”."
				] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: "No exercise was named in the address." }),
				" ",
				"Your plan is safe."
			] }),
			suggestions.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				"aria-labelledby": "exercise-suggestions-title",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					id: "exercise-suggestions-title",
					children: "Did you mean…"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
					className: "exercise-links",
					children: suggestions.map((exercise) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
						to: paths.exercise(exercise.id),
						children: exercise.name
					}) }, exercise.id))
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PlanLink, { primary: true })
		]
	});
}
// src/features/exercise/exercise-screen.tsx
/** `/exercises/:id`. The id comes from the address bar, so it is checked before anything uses it. */
function ExerciseScreen() {
	const { id } = useParams();
	if (!isExerciseId(id)) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnknownExercise, { asked: id ?? "" });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseDetails, { exercise: getFullExercise(id) }, id);
}
export { ExerciseScreen };
