import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { G as useTapGuard, K as announce, S as useCustomExercises, c as useDocumentTitle, g as useActions, k as usePlan, q as Link, s as paths } from "./index-B5N6klht.js";
import { r as NotRatedBadge } from "./not-rated-CO8oJl8k.js";
import { Q as EQUIPMENT_LABELS, et as PATTERN_LABELS } from "./last-time-Bl6Mqelm.js";
import { n as plural } from "./words-BZg-BVva.js";
/* empty css                         */
// src/features/custom-exercise/own-exercises-screen.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** /exercises/mine: the exercises the user added, to add to today, edit or delete; and "Add an exercise". */
function OwnExercisesScreen() {
	useDocumentTitle("Your own exercises");
	const customExercises = useCustomExercises();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "custom-screen stack",
		"aria-labelledby": "own-exercises-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "own-exercises-title",
				children: "Your own exercises"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "For exercises the library doesn’t have. Spotter doesn’t rate them: you get your own cues, and the general advice to stop on sharp pain." }),
			customExercises.length < 100 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				to: paths.newExercise,
				className: "button button--primary button--block",
				children: "Add an exercise"
			}),
			customExercises.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "card",
				children: "None yet."
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "custom-list",
				children: customExercises.map((custom) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OwnExerciseCard, { custom }, custom.id))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				to: paths.plan,
				children: "Back to today’s plan"
			}) })
		]
	});
}
function OwnExerciseCard({ custom }) {
	const plan = usePlan();
	const { exerciseAdded } = useActions();
	const { guard } = useTapGuard();
	const [added, setAdded] = (0, import_react.useState)(false);
	const inPlan = plan.filter((item) => item.exerciseId === custom.id).length;
	const add = guard(() => {
		exerciseAdded(custom.id);
		setAdded(true);
		announce(`${custom.name} added. ${plural(plan.length + 1, "exercise", "exercises")} in today’s plan.`);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		className: "card custom-card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "custom-card__header",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					className: "custom-card__name",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
						to: paths.ownExercise(custom.id),
						children: custom.name
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NotRatedBadge, {})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "muted",
				children: [
					PATTERN_LABELS[custom.pattern],
					" · ",
					custom.equipment.map((e) => EQUIPMENT_LABELS[e]).join(", "),
					" ·",
					" ",
					custom.holdSeconds === null ? "reps" : `${custom.holdSeconds} s hold`,
					" ·",
					" ",
					plural(custom.cues.length, "cue", "cues")
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "custom-card__actions",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					type: "button",
					className: "button button--primary",
					onClick: add,
					children: [
						"Add ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "visually-hidden",
							children: custom.name
						}),
						" to today"
					]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Link, {
					to: paths.ownExercise(custom.id),
					className: "button",
					children: ["Edit ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "visually-hidden",
						children: custom.name
					})]
				})]
			}),
			added ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "custom-card__done",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						"aria-hidden": "true",
						children: "✓ "
					}),
					"Added. ",
					plural(plan.length, "exercise", "exercises"),
					" in today’s plan."
				]
			}) : inPlan > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: "Already in today’s plan."
			})
		]
	});
}
export { OwnExercisesScreen };
