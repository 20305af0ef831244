import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { A as useProfile, G as useTapGuard, I as useWorkout, J as useLocation, K as announce, L as verdictContext, Y as useNavigate, _ as useBackToday, c as useDocumentTitle, f as ratedItems, g as useActions, j as useRoutines, q as Link, s as paths, u as decodeRoutine } from "./index-B5N6klht.js";
import { t as VerdictBadge } from "./verdict-badge-BEirfSyZ.js";
import { r as getExercise } from "./exercises-Cf-ysjUu.js";
import { a as verdictFor } from "./safety-C0SAiv0v.js";
import { n as plural } from "./words-BZg-BVva.js";
import { t as routineDose } from "./routines-CS_M7bK8.js";
// src/features/routines/shared-screen.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** The link code in a location's fragment (`#r=…`), or '' when there is none. */
var codeIn = (hash) => new URLSearchParams(hash.replace(/^#/, "")).get("r") ?? "";
/**
* /shared#r=…: a routine someone sent by link, read only, with today's verdicts for this user's own back.
* Nothing is saved until they choose "Save as routine" or "Use for today". A bad link says so and changes
* nothing.
*/
function SharedScreen() {
	useDocumentTitle("Shared routine");
	const { hash } = useLocation();
	const [link, setLink] = (0, import_react.useState)(null);
	const code = codeIn(hash);
	const { units } = useProfile();
	(0, import_react.useEffect)(() => {
		let live = true;
		decodeRoutine(code, units).then((result) => {
			if (live) setLink({
				code,
				result
			});
		});
		return () => {
			live = false;
		};
	}, [code, units]);
	const result = link?.code === code ? link.result : null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "shared-screen stack",
		"aria-labelledby": "shared-title",
		"aria-busy": result === null,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
			id: "shared-title",
			children: "Shared routine"
		}), result === null ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "muted",
			children: "Opening the link…"
		}) : result.ok ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SharedPreview, {
			routine: result.routine,
			leftOut: result.leftOut
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "stack",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "callout callout--caution",
				role: "alert",
				children: result.error
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				className: "button",
				to: paths.plan,
				children: "Today’s plan"
			})]
		})]
	});
}
function SharedPreview({ routine, leftOut }) {
	const back = useBackToday();
	const units = useProfile().units;
	const routines = useRoutines();
	const underWay = useWorkout() !== null;
	const { routineAdded, routineUsed } = useActions();
	const navigate = useNavigate();
	const { guard } = useTapGuard();
	const [saved, setSaved] = (0, import_react.useState)(false);
	const full = routines.length >= 50;
	const save = () => {
		routineAdded(routine);
		setSaved(true);
		announce(`Saved ${routine.name} to your routines`);
	};
	const use = () => {
		routineUsed(routine.items);
		announce(`Today’s plan is now ${routine.name}`);
		navigate(paths.plan);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "card",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					className: "shared-screen__name",
					children: routine.name
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "muted",
					children: [plural(routine.items.length, "exercise", "exercises"), ", sent to you as a link. Only the routine travels. Nothing is saved until you choose."]
				}),
				leftOut.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "callout callout--info",
					children: [
						"Left out, not in this version of Spotter: ",
						leftOut.join(", "),
						"."
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: "For your back today" }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
					className: "shared-items",
					children: ratedItems(routine.items).map((item, index) => {
						const exercise = getExercise(item.exerciseId);
						const verdict = verdictFor(exercise, back.profile, item.load, verdictContext(back, item.exerciseId));
						return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
							className: `shared-item shared-item--${verdict.level}`,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
								className: "shared-item__header",
								children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
									to: paths.exercise(exercise.id),
									className: "shared-item__name",
									children: exercise.name
								}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
									className: "muted shared-item__dose",
									children: routineDose(item, units)
								})] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict })]
							}), verdict.level !== "ok" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
								className: "shared-item__reason",
								children: verdict.reason
							})]
						}, index);
					})
				})
			]
		}),
		saved ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			className: "routine-save__done",
			children: ["Saved to your routines. ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				to: paths.routines,
				children: "See your routines"
			})]
		}) : full ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			"You have ",
			50,
			" routines, the most Spotter keeps. Delete one to save this one."
		] }) : null,
		/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "row",
			children: [!saved && !full && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button",
				onClick: guard(save),
				children: "Save as routine"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--primary",
				disabled: underWay,
				onClick: guard(use),
				children: "Use for today"
			})]
		}),
		underWay && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "muted",
			children: "Finish today’s workout before using another routine for today."
		})
	] });
}
export { SharedScreen };
