import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { K as announce, T as useHistory, c as useDocumentTitle, q as Link, s as paths } from "./index-B5N6klht.js";
import { o as RED_FLAGS, s as RED_FLAG_TIERS, t as RedFlags } from "./red-flags-Dv4HOYhB.js";
import { t as shareOrCopy } from "./share-D8OPNaTJ.js";
import { it as LOAD_LABELS, pt as isExerciseId, ut as CONDITION_INFO } from "./last-time-Bl6Mqelm.js";
import { r as getExercise } from "./exercises-Cf-ysjUu.js";
// src/features/record/record-data.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/** The periods a record covers. */
var PERIODS = {
	"two-weeks": {
		label: "Last 2 weeks",
		days: 14
	},
	"four-weeks": {
		label: "Last 4 weeks",
		days: 28
	},
	all: {
		label: "All",
		days: null
	}
};
var DAY_MS = 864e5;
/** The sessions of a period, oldest first (a record reads like a diary). */
function sessionsIn(history, period, now) {
	const days = PERIODS[period].days;
	const from = days === null ? Number.NEGATIVE_INFINITY : now.getTime() - days * DAY_MS;
	return history.map((session) => ({
		session,
		at: Date.parse(session.startedAt)
	})).filter(({ at }) => at >= from && at <= now.getTime() + DAY_MS).sort((a, b) => a.at - b.at).map(({ session }) => session);
}
var DAY = new Intl.DateTimeFormat("en-GB", {
	weekday: "short",
	day: "numeric",
	month: "short",
	year: "numeric"
});
var TIME = new Intl.DateTimeFormat("en-GB", {
	hour: "2-digit",
	minute: "2-digit"
});
var formatDay = (iso) => DAY.format(new Date(iso));
var formatDayTime = (iso) => `${DAY.format(new Date(iso))}, ${TIME.format(new Date(iso))}`;
var exerciseName = (id, fallback = id) => isExerciseId(id) ? getExercise(id).name : fallback;
var setText = (set, units) => {
	const reps = set.holdSeconds !== null ? `${set.reps} × ${set.holdSeconds} s` : String(set.reps);
	return set.weight !== null ? `${reps} at ${set.weight} ${units}` : reps;
};
/** An exercise's sets × reps × load: "3 × 8 at 40 kg", "8 at 40 kg, 6 at 42.5 kg", "3 × 10 (bodyweight)". */
function setsText(item, units) {
	if (item.sets.length === 0) return "no sets";
	const groups = [];
	for (const set of item.sets) {
		const text = setText(set, units);
		const last = groups.at(-1);
		if (last && last.text === text) last.count += 1;
		else groups.push({
			text,
			count: 1
		});
	}
	const sets = groups.map((g) => g.count > 1 || groups.length === 1 ? `${g.count} × ${g.text}` : g.text).join(", ");
	return item.sets.every((s) => s.weight === null) && item.load ? `${sets} (${LOAD_LABELS[item.load].toLowerCase()})` : sets;
}
var OUTCOME_TEXT = {
	done: "done",
	skipped: "skipped",
	"pain-stop": "stopped: sharp pain",
	swapped: "swapped for a safer one"
};
/** "Back pain today, sciatica", "nothing declared", or "not recorded" (sessions from before it was kept). */
function profileText(conditions) {
	if (conditions === null) return "not recorded";
	if (conditions.length === 0) return "nothing declared";
	return conditions.map((c) => CONDITION_INFO[c].label).join(", ");
}
/** "4 → 2 out of 10", "4 before, not rated after", or "not rated". */
function painText(pain) {
	const before = pain?.before ?? null;
	const after = pain?.after ?? null;
	if (before === null && after === null) return "not rated";
	if (before !== null && after !== null) return `${before} before → ${after} after (out of 10)`;
	return before !== null ? `${before} before (out of 10), not rated after` : `not rated before, ${after} after (out of 10)`;
}
/** The pain stops and swaps of a record's sessions, in order. */
function stopsAndSwaps(sessions) {
	const stops = [];
	const swaps = [];
	for (const session of sessions) session.items.forEach((item, index) => {
		if (item.painStop) stops.push({
			exercise: item.name,
			at: item.painStop.at,
			set: item.painStop.set
		});
		if (item.swappedFrom) swaps.push({
			from: exerciseName(item.swappedFrom),
			to: item.name,
			at: session.startedAt,
			when: "before"
		});
		if (item.outcome === "swapped") {
			const next = session.items[index + 1];
			if (next) swaps.push({
				from: item.name,
				to: next.name,
				at: session.startedAt,
				when: "during"
			});
		}
	});
	return {
		stops,
		swaps
	};
}
// src/features/record/record-text.ts
/** The record as plain text, to paste in a message to a physio: the same facts as the screen, in order. */
function recordText(sessions, period, now) {
	const lines = [`Spotter training record: ${PERIODS[period].label.toLowerCase()} (to ${formatDay(now.toISOString())})`];
	lines.push(`${sessions.length} ${sessions.length === 1 ? "session" : "sessions"}`);
	const { stops, swaps } = stopsAndSwaps(sessions);
	for (const session of sessions) {
		lines.push("", formatDayTime(session.startedAt));
		if (session.kept === "pain-stops") lines.push("Discarded: only its pain stops were kept.");
		lines.push(`Back profile: ${profileText(session.conditions)}`);
		lines.push(`Back pain: ${painText(session.pain)}`);
		for (const item of session.items) {
			const stop = item.painStop ? ` in set ${item.painStop.set}` : "";
			lines.push(`- ${item.name}: ${setsText(item, session.units)}; ${OUTCOME_TEXT[item.outcome]}${stop}`);
		}
	}
	lines.push("", `Pain stops: ${stops.length === 0 ? "none" : ""}`);
	for (const stop of stops) lines.push(`- ${stop.exercise}, ${formatDayTime(stop.at)}, set ${stop.set}`);
	lines.push("", `Swaps: ${swaps.length === 0 ? "none" : ""}`);
	for (const swap of swaps) lines.push(`- ${swap.from} → ${swap.to}, ${formatDay(swap.at)} (${swap.when === "before" ? "before" : "during"} the workout)`);
	lines.push("", "Stop and get medical help:");
	for (const tier of RED_FLAG_TIERS) {
		lines.push(`${RED_FLAGS[tier].title}:`);
		for (const flag of RED_FLAGS[tier].flags) lines.push(`- ${flag.text}`);
	}
	return lines.map((line) => line.trimEnd()).join("\n");
}
// src/features/record/record-screen.tsx
var import_jsx_runtime = require_jsx_runtime();
/**
* /record: a summary of training for a chosen period to show a physio: sessions, back-pain ratings, each
* exercise's sets, pain stops, swaps and the back profile of each day, ending with the red flags. Prints
* cleanly (record.css) and shares as plain text.
*/
function RecordScreen() {
	useDocumentTitle("Record for your physio");
	const history = useHistory();
	const [period, setPeriod] = (0, import_react.useState)("four-weeks");
	const [shared, setShared] = (0, import_react.useState)(null);
	const [now] = (0, import_react.useState)(() => /* @__PURE__ */ new Date());
	const sessions = (0, import_react.useMemo)(() => sessionsIn(history, period, now), [
		history,
		period,
		now
	]);
	const { stops, swaps } = (0, import_react.useMemo)(() => stopsAndSwaps(sessions), [sessions]);
	const share = async () => {
		setShared(null);
		const result = await shareOrCopy({
			title: "My training record",
			text: recordText(sessions, period, now)
		});
		if (result === "copied") announce("Record copied");
		if (result === "copied" || result === "failed") setShared(result);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
		className: "record stack",
		"aria-labelledby": "record-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
					id: "record-title",
					children: "Record for your physio"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "record__period",
					children: [
						PERIODS[period].label,
						", to ",
						formatDay(now.toISOString()),
						": ",
						sessions.length,
						" ",
						sessions.length === 1 ? "session" : "sessions",
						", ",
						stops.length,
						" ",
						stops.length === 1 ? "pain stop" : "pain stops",
						"."
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "muted record__note",
					children: "From Spotter, a training log kept on the phone. General information, not a diagnosis."
				})
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "record__controls no-print",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
						className: "record__periods",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Period" }), Object.keys(PERIODS).map((key) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
							className: "record__period-choice",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								type: "radio",
								name: "period",
								value: key,
								checked: period === key,
								onChange: () => setPeriod(key)
							}), PERIODS[key].label]
						}, key))]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "row",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								className: "button button--primary",
								onClick: () => window.print(),
								children: "Print"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								className: "button",
								onClick: share,
								children: "Share as text"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
								className: "button",
								to: paths.history,
								children: "Back to History"
							})
						]
					}),
					shared === "copied" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "record__status",
						children: "Record copied: paste it in a message."
					}),
					shared === "failed" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "record__status",
						children: "Couldn’t share or copy here. Print it instead."
					})
				]
			}),
			sessions.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "card",
				children: "No workouts saved in this period."
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
					"aria-labelledby": "record-sessions-title",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
						id: "record-sessions-title",
						children: "Sessions"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
						className: "record__sessions",
						children: sessions.map((session) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SessionEntry, { session }, session.id))
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
					"aria-labelledby": "record-stops-title",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
						id: "record-stops-title",
						children: "Pain stops"
					}), stops.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "None in this period." }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
						className: "record__list",
						children: stops.map((stop) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: stop.exercise }),
							", ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("time", {
								dateTime: stop.at,
								children: formatDayTime(stop.at)
							}),
							", set ",
							stop.set
						] }, `${stop.at}-${stop.exercise}`))
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
					"aria-labelledby": "record-swaps-title",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
						id: "record-swaps-title",
						children: "Swaps"
					}), swaps.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "None in this period." }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
						className: "record__list",
						children: swaps.map((swap, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
							swap.from,
							" → ",
							swap.to,
							", ",
							formatDay(swap.at),
							" (",
							swap.when,
							" the workout)"
						] }, index))
					})]
				})
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RedFlags, {})
		]
	});
}
function SessionEntry({ session }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		className: "record-session",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("time", {
				dateTime: session.startedAt,
				children: formatDayTime(session.startedAt)
			}) }),
			session.kept === "pain-stops" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Discarded: only its pain stops were kept." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("dl", {
				className: "record-session__facts",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("dt", { children: "Back profile" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("dd", { children: profileText(session.conditions) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("dt", { children: "Back pain" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("dd", { children: painText(session.pain) })
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
				className: "record-session__items",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("caption", {
						className: "visually-hidden",
						children: ["Exercises on ", formatDay(session.startedAt)]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "col",
							children: "Exercise"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "col",
							children: "Sets × reps × load"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "col",
							children: "How it went"
						})
					] }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: session.items.map((item, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", {
						className: item.outcome === "pain-stop" ? "record-session__pain" : void 0,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
								scope: "row",
								children: item.name
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: setsText(item, session.units) }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", { children: [OUTCOME_TEXT[item.outcome], item.painStop && ` in set ${item.painStop.set}`] })
						]
					}, index)) })
				]
			})
		]
	});
}
export { RecordScreen };
