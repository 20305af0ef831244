import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { T as useHistory, c as useDocumentTitle, q as Link, s as paths } from "./index-B5N6klht.js";
import { r as getExercise } from "./exercises-Cf-ysjUu.js";
import { L as sessionCounts, pt as isExerciseId, ut as CONDITION_INFO } from "./last-time-Bl6Mqelm.js";
// src/features/history/format.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var WHEN = new Intl.DateTimeFormat(void 0, {
	weekday: "short",
	day: "numeric",
	month: "short",
	year: "numeric",
	hour: "numeric",
	minute: "2-digit"
});
var formatWhen = (iso) => WHEN.format(new Date(iso));
/** "24 min", "1 h 5 min"; empty when the times don't make sense. */
function formatDuration(startIso, endIso) {
	const minutes = Math.round((Date.parse(endIso) - Date.parse(startIso)) / 6e4);
	if (!Number.isFinite(minutes) || minutes < 0) return "";
	if (minutes < 1) return "under a minute";
	if (minutes < 60) return `${minutes} min`;
	const rest = minutes % 60;
	return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ""}`;
}
/** Newest first, by when the workout started. A copy: the store's array is never sorted in place. */
var newestFirst = (sessions) => sessions.map((session) => ({
	session,
	at: Date.parse(session.startedAt)
})).sort((a, b) => b.at - a.at).map(({ session }) => session);
/** A name for an exercise id from an old session, even if it has left the dataset since. */
var exerciseName = (id) => isExerciseId(id) ? getExercise(id).name : id;
var OUTCOME_LABEL = {
	done: {
		icon: "✓",
		text: "Done"
	},
	skipped: {
		icon: "↷",
		text: "Skipped"
	},
	"pain-stop": {
		icon: "✕",
		text: "Stopped: sharp pain"
	},
	swapped: {
		icon: "⇄",
		text: "Swapped for a safer one"
	}
};
var setText = (set, units) => {
	const reps = set.holdSeconds !== null ? `${set.reps} × ${set.holdSeconds} s` : String(set.reps);
	return set.weight !== null ? `${reps} at ${set.weight} ${units}` : reps;
};
/**
* The sets of one exercise, grouped where they repeat: "3 × 8 at 40 kg", "8 at 40 kg, 6 at 42.5 kg",
* "2 × 1 × 30 s" (sets × reps × seconds for a hold).
*/
function formatSets(sets, units) {
	const groups = [];
	for (const set of sets) {
		const text = setText(set, units);
		const last = groups.at(-1);
		if (last && last.text === text) last.count += 1;
		else groups.push({
			text,
			count: 1
		});
	}
	if (groups.length === 1 && groups[0]) return `${groups[0].count} × ${groups[0].text}`;
	return groups.map((g) => g.count > 1 ? `${g.count} × ${g.text}` : g.text).join(", ");
}
// src/features/history/session-card.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The id of a session's heading (focusable, so "Show more" can move focus to the first new one). */
var sessionTitleId = (id) => `session-${id}`;
/**
* One finished workout: when, the back profile it was trained with, how it went in numbers, and each
* exercise's sets, outcome, pain stop and swap.
*/
function SessionCard({ session }) {
	const counts = sessionCounts(session);
	const duration = formatDuration(session.startedAt, session.finishedAt);
	const titleId = sessionTitleId(session.id);
	const painStops = counts["pain-stop"];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
		className: "card session-card",
		"aria-labelledby": titleId,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: titleId,
				className: "session-card__when",
				tabIndex: -1,
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("time", {
					dateTime: session.startedAt,
					children: formatWhen(session.startedAt)
				})
			}),
			duration && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted session-card__duration",
				children: duration
			}),
			session.kept === "pain-stops" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "session-card__kept",
				children: "Discarded: only its pain stops were kept."
			}),
			session.conditions && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "session-card__profile",
				children: [
					"Back profile:",
					" ",
					session.conditions.length === 0 ? "nothing declared" : session.conditions.map((c) => CONDITION_INFO[c].label).join(", ")
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("ul", {
				className: "session-counts",
				"aria-label": "Counts",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [counts.done, " done"] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [counts.skipped, " skipped"] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [counts.swapped, " swapped"] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
						className: painStops > 0 ? "session-counts__pain" : void 0,
						children: [
							painStops,
							" ",
							painStops === 1 ? "pain stop" : "pain stops"
						]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "session-items",
				"aria-label": "Exercises",
				children: session.items.map((item, index) => {
					const outcome = OUTCOME_LABEL[item.outcome];
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
						className: `session-item session-item--${item.outcome}`,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
								className: "session-item__name",
								children: [item.name, item.swappedFrom && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
									className: "session-item__swap muted",
									children: [
										" ",
										"swapped from ",
										exerciseName(item.swappedFrom)
									]
								})]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
								className: "session-item__outcome",
								children: [
									/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
										"aria-hidden": "true",
										children: outcome.icon
									}),
									" ",
									outcome.text,
									item.painStop && ` in set ${item.painStop.set}`
								]
							}),
							item.sets.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "session-item__sets",
								children: formatSets(item.sets, session.units)
							})
						]
					}, index);
				})
			})
		]
	});
}
/** /history: finished workouts, newest first, a page at a time. Abandoned ones were never saved. */
function HistoryScreen() {
	useDocumentTitle("History");
	const history = useHistory();
	const sessions = (0, import_react.useMemo)(() => newestFirst(history), [history]);
	const [shown, setShown] = (0, import_react.useState)(20);
	const firstNew = (0, import_react.useRef)(null);
	const page = sessions.slice(0, shown);
	const more = Math.min(20, sessions.length - page.length);
	(0, import_react.useEffect)(() => {
		if (!firstNew.current) return;
		document.getElementById(sessionTitleId(firstNew.current))?.focus();
		firstNew.current = null;
	});
	const showMore = () => {
		firstNew.current = sessions[page.length]?.id ?? null;
		setShown(page.length + 20);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": "history-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
			id: "history-title",
			children: "History"
		}), sessions.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "card",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "No workouts saved yet. When you finish one, it shows up here with how each exercise went." }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				className: "button button--primary button--block",
				to: paths.workout,
				children: "Go to the workout"
			})]
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "muted",
				children: [
					sessions.length,
					" ",
					sessions.length === 1 ? "workout" : "workouts",
					", newest first. Saved on this phone only."
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				className: "button button--block",
				to: paths.record,
				children: "Record for your physio"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
				className: "history-list",
				children: page.map((session) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SessionCard, { session }) }, session.id))
			}),
			more > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "history-more",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "muted",
					children: [
						"Showing ",
						page.length,
						" of ",
						sessions.length,
						"."
					]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					className: "button button--block",
					type: "button",
					onClick: showMore,
					children: [
						"Show ",
						more,
						" more"
					]
				})]
			})
		] })]
	});
}
export { HistoryScreen };
