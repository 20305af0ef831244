import { G as useTapGuard, J as useLocation, K as announce, L as verdictContext, Z as useSearchParams, _ as useBackToday, g as useActions, k as usePlan, q as Link, s as paths } from "./index-B5N6klht.js";
import { t as ALL_EXERCISES } from "./exercises-Cf-ysjUu.js";
import { $ as PATTERNS, Q as EQUIPMENT_LABELS, Z as EQUIPMENT, et as PATTERN_LABELS } from "./last-time-Bl6Mqelm.js";
import { a as verdictFor } from "./safety-C0SAiv0v.js";
import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { a as LazyFigureThumbnail, n as LIBRARY_TITLE_ID, t as LIBRARY_SEARCH_ID } from "./plan-ids-JHJVSNJt.js";
import { t as VerdictBadge } from "./verdict-badge-BEirfSyZ.js";
// src/domain/library-search.ts
var EMPTY_QUERY = {
	text: "",
	pattern: "all",
	equipment: "all",
	verdict: "all"
};
var VERDICT_LEVELS = [
	"ok",
	"caution",
	"avoid"
];
/** One word, singular: "lunges" → "lunge", "presses" → "press", "crunches" → "crunch". */
function singular(word) {
	if (word.length <= 2) return word;
	if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
	if (/(ss|us|is)$/.test(word)) return word;
	if (word.endsWith("s")) return word.slice(0, -1);
	return word;
}
var words = (text) => text.toLowerCase().replace(/[’'`]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(singular);
/**
* Lower-case letters and digits only, each word singular, so "Push ups", "push-up" and "pushup" all
* read "pushup", and "Farmer’s walks" reads "farmerwalk".
*/
var normaliseSearch = (text) => words(text).join("");
/**
* Whether the typed text finds this exercise: it must start at the beginning of a word of the name or of
* an alias ("row" finds "Bent-over row" and "Rowing machine"; "rdl" does not find "forward lunge").
*/
function matchesText(exercise, text) {
	const query = normaliseSearch(text);
	if (query === "") return true;
	return [exercise.name, ...exercise.aliases].some((label) => {
		const parts = words(label);
		return parts.some((_, start) => parts.slice(start).join("").startsWith(query));
	});
}
var isFiltered = (query) => normaliseSearch(query.text) !== "" || query.pattern !== "all" || query.equipment !== "all" || query.verdict !== "all";
/** The exercises that match the text and every filter, in the library's order. */
function searchLibrary(exercises, query, today) {
	return exercises.filter((exercise) => {
		if (!matchesText(exercise, query.text)) return false;
		if (query.pattern !== "all" && exercise.pattern !== query.pattern) return false;
		if (query.equipment !== "all" && !exercise.equipment.includes(query.equipment)) return false;
		if (query.verdict === "all") return true;
		const load = today.loadFor?.(exercise.id) ?? exercise.defaultLoad;
		return verdictFor(exercise, today.profile, load, today.contextFor?.(exercise.id) ?? {}).level === query.verdict;
	});
}
/** Exercises grouped by movement pattern, in the patterns' fixed order; empty groups left out. */
function groupByPattern(exercises) {
	return PATTERNS.map((pattern) => ({
		pattern,
		label: PATTERN_LABELS[pattern],
		exercises: exercises.filter((exercise) => exercise.pattern === pattern)
	})).filter((group) => group.exercises.length > 0);
}
/** A <select>'s value, checked: anything unexpected reads as 'all'. */
var parsePattern = (value) => PATTERNS.find((pattern) => pattern === value) ?? "all";
var parseEquipment = (value) => EQUIPMENT.find((item) => item === value) ?? "all";
var parseVerdict = (value) => VERDICT_LEVELS.find((level) => level === value) ?? "all";
// src/features/plan/filter-library.ts
/**
* The library's search and filters live in the address (`?q=row&pattern=hinge&equipment=barbell&verdict=ok`),
* so they survive a visit to an exercise's page and the Back button. The search itself (names and aliases,
* tolerant of case, hyphens and plurals) is `searchLibrary` in `src/domain/library-search.ts`.
*/
var PARAMS = {
	text: "q",
	pattern: "pattern",
	equipment: "equipment",
	verdict: "verdict"
};
/** The query in the address. It comes from a URL, so every value is checked: anything unknown means all. */
function queryFromParams(params) {
	return {
		text: params.get(PARAMS.text) ?? "",
		pattern: parsePattern(params.get(PARAMS.pattern) ?? ""),
		equipment: parseEquipment(params.get(PARAMS.equipment) ?? ""),
		verdict: parseVerdict(params.get(PARAMS.verdict) ?? "")
	};
}
/**
* The address's parameters for a query, keeping any that are not the library's. Filters at "all" and an
* empty search are left out, so an unfiltered library has a clean address.
*/
function paramsForQuery(query, current) {
	const next = new URLSearchParams(current);
	for (const key of Object.keys(PARAMS)) {
		const value = query[key];
		if (value === EMPTY_QUERY[key] || value === "") next.delete(PARAMS[key]);
		else next.set(PARAMS[key], value);
	}
	return next;
}
// src/features/plan/library-entry.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/**
* One compact library row: a thumbnail, the name (to its page), today's verdict at its usual load (the one
* chip; the general back risk is on the exercise's page), and Add, which says so when it is already planned.
* Memoised: an add re-renders only the rows whose "In plan" count changed.
*/
var LibraryEntry = (0, import_react.memo)(function LibraryEntry({ exercise, back, inPlan }) {
	const { exerciseAdded } = useActions();
	const { guard } = useTapGuard();
	const { search } = useLocation();
	const verdict = verdictFor(exercise, back.profile, exercise.defaultLoad, verdictContext(back, exercise.id));
	const onAdd = guard(() => {
		exerciseAdded(exercise.id);
		announce(inPlan > 0 ? `Added ${exercise.name} again: ${inPlan + 1} in today’s plan` : `Added ${exercise.name} to today’s plan`);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		className: `library-entry${inPlan > 0 ? " library-entry--planned" : ""}`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LazyFigureThumbnail, { exerciseId: exercise.id }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "library-entry__main",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h4", {
					className: "library-entry__title",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
						to: paths.exercise(exercise.id),
						state: search ? { planSearch: search } : void 0,
						children: exercise.name
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "library-entry__status",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict }), inPlan > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "library-entry__in-plan",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								"aria-hidden": "true",
								children: "✓ "
							}),
							"In plan",
							inPlan > 1 ? ` ×${inPlan}` : ""
						]
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button library-entry__add",
				onClick: onAdd,
				children: inPlan > 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
					"Add ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "visually-hidden",
						children: [exercise.name, " to today"]
					}),
					" again"
				] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						"aria-hidden": "true",
						children: "+ "
					}),
					"Add",
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "visually-hidden",
						children: [exercise.name, " to today"]
					})
				] })
			})
		]
	});
});
// src/features/plan/exercise-library.tsx
var VERDICT_OPTIONS = [
	"ok",
	"caution",
	"avoid"
];
var VERDICT_LABELS = {
	ok: "OK",
	caution: "Take care",
	avoid: "Avoid today"
};
/**
* Every exercise, searchable by name or alias and filtered by movement pattern, equipment and today's
* verdict, grouped by pattern. The search and filters are kept in the address, so they are still there
* after a visit to an exercise's page.
*/
function ExerciseLibrary() {
	const plan = usePlan();
	const back = useBackToday();
	const [params, setParams] = useSearchParams();
	const query = queryFromParams(params);
	const results = searchLibrary(ALL_EXERCISES, query, {
		profile: back.profile,
		contextFor: (id) => verdictContext(back, id)
	});
	const groups = groupByPattern(results);
	const change = (patch) => setParams((current) => paramsForQuery({
		...queryFromParams(current),
		...patch
	}, current), {
		replace: true,
		preventScrollReset: true
	});
	const inPlan = (id) => plan.filter((item) => item.exerciseId === id).length;
	const clearFilters = () => {
		change(EMPTY_QUERY);
		document.getElementById(LIBRARY_SEARCH_ID)?.focus();
	};
	const filtered = isFiltered(query);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "library",
		"aria-labelledby": LIBRARY_TITLE_ID,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: LIBRARY_TITLE_ID,
				className: "library__title",
				tabIndex: -1,
				children: "Add exercises"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "library__filters",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
						htmlFor: LIBRARY_SEARCH_ID,
						children: "Search exercises"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						id: LIBRARY_SEARCH_ID,
						type: "search",
						className: "field__control",
						value: query.text,
						placeholder: "Name, or e.g. RDL, OHP",
						autoComplete: "off",
						enterKeyHint: "search",
						onChange: (event) => change({ text: event.target.value })
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "library__selects",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FilterSelect, {
							id: "plan-library-pattern",
							label: "Movement",
							value: query.pattern,
							options: PATTERNS,
							labels: PATTERN_LABELS,
							onChange: (pattern) => change({ pattern })
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FilterSelect, {
							id: "plan-library-equipment",
							label: "Equipment",
							value: query.equipment,
							options: EQUIPMENT,
							labels: EQUIPMENT_LABELS,
							onChange: (equipment) => change({ equipment })
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FilterSelect, {
							id: "plan-library-verdict",
							label: "Today",
							value: query.verdict,
							options: VERDICT_OPTIONS,
							labels: VERDICT_LABELS,
							onChange: (verdict) => change({ verdict })
						})
					]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "library__count",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					role: "status",
					children: filtered ? `${results.length} of ${ALL_EXERCISES.length} exercises` : `${ALL_EXERCISES.length} exercises`
				}), filtered && results.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button button--small",
					onClick: clearFilters,
					children: "Clear filters"
				})]
			}),
			groups.length > 0 ? groups.map((group) => {
				const titleId = `library-group-${group.pattern}`;
				return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
					className: "library__group",
					"aria-labelledby": titleId,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
						id: titleId,
						className: "library__group-title",
						children: group.label
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
						className: "library__list",
						children: group.exercises.map((exercise) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LibraryEntry, {
							exercise,
							back,
							inPlan: inPlan(exercise.id)
						}, exercise.id))
					})]
				}, group.pattern);
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "library__none",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "No exercises match your search and filters." }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: clearFilters,
					children: "Clear filters"
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "library__own",
				children: [
					"Can’t find it? ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
						to: paths.newExercise,
						children: "Add your own"
					}),
					" ·",
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
						to: paths.ownExercises,
						children: "Your own exercises"
					})
				]
			})
		]
	});
}
/** One library filter: "All" plus each option, by its label. What comes back is checked against the options. */
function FilterSelect({ id, label, value, options, labels, onChange }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "field",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
			htmlFor: id,
			children: label
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
			id,
			className: "field__control",
			value,
			onChange: (event) => onChange(options.find((option) => option === event.target.value) ?? "all"),
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
				value: "all",
				children: "All"
			}), options.map((option) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
				value: option,
				children: labels[option]
			}, option))]
		})]
	});
}
export { ExerciseLibrary };
