import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { A as useProfile, F as useUndo, G as useTapGuard, I as useWorkout, J as useLocation, K as announce, L as verdictContext, Y as useNavigate, _ as useBackToday, c as useDocumentTitle, d as encodeRoutine, f as ratedItems, g as useActions, j as useRoutines, k as usePlan, q as Link, s as paths, w as useExerciseViews } from "./index-B5N6klht.js";
import { n as plural } from "./words-BZg-BVva.js";
import { n as sharedRoutineUrl, t as shareOrCopy } from "./share-D8OPNaTJ.js";
import { t as SourceCitation } from "./source-citation-CKgHEGUT.js";
import { tt as starterRoutine } from "./last-time-Bl6Mqelm.js";
import { t as routineDose } from "./routines-CS_M7bK8.js";
import { r as getExercise } from "./exercises-Cf-ysjUu.js";
import { a as verdictFor } from "./safety-C0SAiv0v.js";
// src/components/share-routine.css
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
// src/components/share-routine.tsx
var import_jsx_runtime = require_jsx_runtime();
/**
* "Share": a link that carries the routine itself (its name and exercises, never the user's history or back
* profile), through the phone's share sheet or the clipboard. Where neither works, the link is shown to copy.
*/
function ShareRoutine({ name, items, label = "Share", accessibleName }) {
	const { units } = useProfile();
	const [status, setStatus] = (0, import_react.useState)(null);
	const share = async () => {
		setStatus(null);
		const url = sharedRoutineUrl(await encodeRoutine({
			name,
			items: [...items]
		}, units));
		const result = await shareOrCopy({
			title: `Spotter routine: ${name}`,
			url
		});
		if (result === "copied") {
			setStatus({ kind: "copied" });
			announce("Link copied");
		} else if (result === "failed") setStatus({
			kind: "manual",
			url
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "share-routine",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--small",
				"aria-label": accessibleName,
				onClick: share,
				children: label
			}),
			status?.kind === "copied" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "share-routine__status",
				children: "Link copied"
			}),
			status?.kind === "manual" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "share-routine__manual",
				children: ["Copy this link to share it", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "text",
					readOnly: true,
					value: status.url,
					onFocus: (e) => e.currentTarget.select()
				})]
			})
		]
	});
}
// src/features/routines/verdict-summary.ts
/** How a routine's exercises stand for the back today, in words: "All OK today", "1 to avoid, 2 to take care". */
function verdictSummary(items, back) {
	const counts = {
		ok: 0,
		caution: 0,
		avoid: 0
	};
	const rated = ratedItems(items);
	const unrated = items.length - rated.length;
	const notRated = unrated > 0 ? `${unrated} not rated by Spotter` : "";
	for (const item of rated) {
		const verdict = verdictFor(getExercise(item.exerciseId), back.profile, item.load, verdictContext(back, item.exerciseId));
		counts[verdict.level] += 1;
	}
	if (rated.length === 0) return `Today: ${notRated}`;
	if (counts.avoid === 0 && counts.caution === 0) return notRated ? `Today: the others OK for your back, ${notRated}` : "Today: all OK for your back";
	const parts = [];
	if (counts.avoid > 0) parts.push(`${counts.avoid} to avoid`);
	if (counts.caution > 0) parts.push(`${counts.caution} to take care with`);
	if (notRated) parts.push(notRated);
	return `Today: ${parts.join(", ")}`;
}
// src/features/routines/routine-card.tsx
var routineTitleId = (id) => `routine-${id}`;
/** One routine: its exercises and today's verdicts in a line, Start, Share, and the less used tools below. */
function RoutineCard({ routine, index, count, onMove, onDuplicate, onDelete }) {
	const { routineUsed, routineRenamed } = useActions();
	const units = useProfile().units;
	const back = useBackToday();
	const view = useExerciseViews();
	const underWay = useWorkout() !== null;
	const navigate = useNavigate();
	const { guard } = useTapGuard();
	const [renaming, setRenaming] = (0, import_react.useState)(false);
	const starter = starterRoutine(routine.id);
	const titleId = routineTitleId(routine.id);
	const start = () => {
		routineUsed(routine.items);
		announce(`Today’s plan is now ${routine.name}`);
		navigate(paths.plan);
	};
	const rename = (event) => {
		event.preventDefault();
		const name = new FormData(event.currentTarget).get("name");
		if (typeof name === "string") routineRenamed(routine.id, name);
		setRenaming(false);
		requestAnimationFrame(() => document.getElementById(titleId)?.focus());
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		className: "card routine-card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
				id: titleId,
				className: "routine-card__name",
				tabIndex: -1,
				children: routine.name
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "routine-card__summary",
				children: [
					plural(routine.items.length, "exercise", "exercises"),
					" · ",
					verdictSummary(routine.items, back)
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "routine-card__items",
				children: routine.items.map((item, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "routine-card__exercise",
						children: view(item.exerciseId).name
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "muted",
						children: routineDose(item, units)
					})
				] }, i))
			}),
			starter && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "routine-card__source",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: starter.about }), starter.sources.length === 1 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "muted",
					children: [
						"A starter routine from Spotter. Source:",
						" ",
						starter.sources.map((id) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceCitation, { id }, id))
					]
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
					className: "routine-card__sources muted",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("summary", { children: [
						"A starter routine from Spotter. Sources: each exercise’s own (",
						starter.sources.length,
						")"
					] }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: starter.sources.map((id) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SourceCitation, { id }) }, id)) })]
				})]
			}),
			renaming ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				className: "routine-card__rename",
				onSubmit: rename,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
						htmlFor: `${titleId}-name`,
						children: "New name"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						id: `${titleId}-name`,
						name: "name",
						defaultValue: routine.name,
						maxLength: 60,
						autoComplete: "off",
						autoFocus: true
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "row",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "submit",
							className: "button button--small button--primary",
							children: "Save name"
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							className: "button button--small",
							onClick: () => setRenaming(false),
							children: "Cancel"
						})]
					})
				]
			}) : null,
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "routine-card__actions row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button button--primary",
					"aria-label": `Start ${routine.name}`,
					disabled: underWay,
					onClick: guard(start),
					children: "Start"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareRoutine, {
					name: routine.name,
					items: routine.items,
					accessibleName: `Share ${routine.name}`
				})]
			}),
			underWay && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: "Finish today’s workout before starting another routine."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "routine-card__tools row",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button button--small",
						"aria-label": `Rename ${routine.name}`,
						onClick: () => setRenaming(true),
						children: "Rename"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button button--small",
						"aria-label": `Duplicate ${routine.name}`,
						onClick: onDuplicate,
						children: "Duplicate"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button button--small",
						"aria-label": `Move ${routine.name} up`,
						disabled: index === 0,
						onClick: () => onMove(-1),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							"aria-hidden": "true",
							children: "↑"
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button button--small",
						"aria-label": `Move ${routine.name} down`,
						disabled: index === count - 1,
						onClick: () => onMove(1),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							"aria-hidden": "true",
							children: "↓"
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button button--small button--danger",
						"aria-label": `Delete ${routine.name}`,
						onClick: onDelete,
						children: "Delete"
					})
				]
			})
		]
	});
}
// src/features/routines/todays-plan.tsx
/** Today's plan: save it as a named routine, or share it by link. */
function TodaysPlan() {
	const plan = usePlan();
	const routines = useRoutines();
	const { routineSaved } = useActions();
	const { guard } = useTapGuard();
	const [saved, setSaved] = (0, import_react.useState)(null);
	const full = routines.length >= 50;
	const items = plan.map(({ key: _key, swappedFrom: _from, ...item }) => item);
	const save = (event) => {
		event.preventDefault();
		const form = event.currentTarget;
		const raw = new FormData(form).get("name");
		const name = typeof raw === "string" && raw.trim() ? raw.trim() : "My routine";
		routineSaved(name);
		setSaved(name);
		announce(`Saved today’s plan as ${name}`);
		form.reset();
	};
	if (plan.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "card stack",
		"aria-labelledby": "todays-plan-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "todays-plan-title",
			children: "Today’s plan"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Nothing planned yet. Start from a routine below, or pick exercises on the plan." })]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "card stack",
		"aria-labelledby": "todays-plan-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "todays-plan-title",
				children: "Today’s plan"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [plural(plan.length, "exercise", "exercises"), ". Save it to start another day from it, or share it."] }),
			full ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
				"You have ",
				50,
				" routines, the most Spotter keeps. Delete one to save another."
			] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				className: "routine-save",
				onSubmit: guard(save),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
					htmlFor: "routine-name",
					children: "Routine name"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "routine-save__row",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						id: "routine-name",
						name: "name",
						maxLength: 60,
						placeholder: "My routine",
						autoComplete: "off"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "submit",
						className: "button button--primary",
						children: "Save as routine"
					})]
				})]
			}),
			saved && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "routine-save__done",
				children: [
					"Saved as “",
					saved,
					"”."
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ShareRoutine, {
					name: "Today’s plan",
					items,
					label: "Share today’s plan"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
					className: "button button--small",
					to: paths.plan,
					children: "Back to the plan"
				})]
			})
		]
	});
}
// src/features/routines/routines-screen.tsx
/**
* /routines: saved plans to start a day from. Save today's plan as one, start today's plan from one in a
* tap, rename, reorder, duplicate, share and delete them (delete can be undone).
*/
function RoutinesScreen() {
	useDocumentTitle("Routines");
	const routines = useRoutines();
	const undo = useUndo();
	const { routineMoved, routineDeleted, routineDuplicated, undoTaken } = useActions();
	const { guard } = useTapGuard();
	const focusNext = (0, import_react.useRef)(null);
	const [, rerender] = (0, import_react.useState)(0);
	const { hash } = useLocation();
	(0, import_react.useEffect)(() => {
		if (!focusNext.current) return;
		document.getElementById(focusNext.current)?.focus();
		focusNext.current = null;
	});
	(0, import_react.useEffect)(() => {
		if (hash === "#save") document.getElementById("routine-name")?.focus();
	}, [hash]);
	const focusAfter = (id) => {
		focusNext.current = id;
		rerender((n) => n + 1);
	};
	const deleted = undo?.kind === "routine-deleted" ? undo : null;
	const remove = (id, name) => {
		routineDeleted(id);
		announce(`Deleted ${name}`);
		focusAfter("routine-undo");
	};
	const takeBack = () => {
		if (!deleted) return;
		undoTaken();
		announce("Routine put back");
		focusAfter(routineTitleId(deleted.key));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "routines-screen stack",
		"aria-labelledby": "routines-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "routines-title",
				children: "Routines"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TodaysPlan, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				"aria-labelledby": "routine-list-title",
				className: "stack",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
						id: "routine-list-title",
						children: "Your routines"
					}),
					routines.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "card",
						children: "No routines yet. Save today’s plan as one to start a day from it in one tap."
					}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
						className: "muted",
						children: [plural(routines.length, "routine", "routines"), ". Start one to make it today’s plan."]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
						className: "routine-list",
						children: routines.map((routine, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RoutineCard, {
							routine,
							index,
							count: routines.length,
							onMove: (by) => {
								routineMoved(routine.id, by);
								announce(`Moved ${routine.name} to position ${index + by + 1} of ${routines.length}`);
							},
							onDuplicate: () => {
								routineDuplicated(routine.id);
								announce(`Duplicated ${routine.name}`);
							},
							onDelete: guard(() => remove(routine.id, routine.name))
						}, routine.id))
					})] }),
					deleted && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "routine-undo",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
							className: "routine-undo__text",
							children: "Routine deleted."
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							id: "routine-undo",
							type: "button",
							className: "button button--small",
							onClick: guard(takeBack),
							children: "Undo"
						})]
					})
				]
			})
		]
	});
}
export { RoutinesScreen };
