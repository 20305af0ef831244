import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { t as ConditionToggles } from "./condition-toggles-C_NHDgvn.js";
import { A as useProfile, C as useExerciseView, D as useLastTime, F as useUndo, G as useTapGuard, I as useWorkout, K as announce, L as verdictContext, Y as useNavigate, _ as useBackToday, c as useDocumentTitle, f as ratedItems, g as useActions, k as usePlan, n as loadedLibrary, q as Link, s as paths, t as loadLibrary, w as useExerciseViews } from "./index-B5N6klht.js";
import { t as useOnClient } from "./use-on-client-BRqdqCnx.js";
import { X as LIMITS, at as UNITS, it as LOAD_LABELS, nt as LOAD_BANDS, ut as CONDITION_INFO } from "./last-time-Bl6Mqelm.js";
import { n as VerdictIcon, t as VerdictBadge } from "./verdict-badge-BEirfSyZ.js";
import { r as getExercise } from "./exercises-Cf-ysjUu.js";
import { a as verdictFor, i as summarisePlan, n as hasSaferOptions, o as CONDITION_ADVICE, r as saferAlternatives } from "./safety-C0SAiv0v.js";
import { t as agree } from "./words-BZg-BVva.js";
import { a as LazyFigureThumbnail, i as itemIds, n as LIBRARY_TITLE_ID, r as PLAN_EMPTY_ID } from "./plan-ids-JHJVSNJt.js";
import { r as NotRatedBadge } from "./not-rated-CO8oJl8k.js";
import { t as Stepper } from "./stepper-a8XN7Asm.js";
// src/features/plan/back-check-in.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
var DAY = new Intl.DateTimeFormat("en-GB", { weekday: "long" });
/**
* On a later day, "back pain today" from an earlier day is not reused silently: the plan asks once, at the
* top, with one tap for each answer. Until then the verdicts leave it out.
*/
function BackCheckIn() {
	const back = useBackToday();
	const { todaySetOn } = useProfile();
	const { backCheckedIn } = useActions();
	if (!back.askAboutToday) return null;
	const said = back.stale.map((c) => CONDITION_INFO[c].label.toLowerCase()).join(" and ");
	const when = todaySetOn ? ` on ${DAY.format(/* @__PURE__ */ new Date(`${todaySetOn}T12:00:00`))}` : "";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "callout callout--info back-check-in",
		"aria-labelledby": "back-check-in-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "back-check-in-title",
				className: "back-check-in__title",
				children: "How’s your back today?"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "back-check-in__said",
				children: [
					"You said ",
					said,
					when,
					". Until you answer, today’s verdicts leave it out."
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "back-check-in__answers",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: () => backCheckedIn("still-sore"),
					children: "Still sore"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: () => backCheckedIn("fine"),
					children: "Fine today"
				})]
			})
		]
	});
}
// src/features/plan/plan-attention.tsx
var names = (items) => items.map((item) => getExercise(item.exerciseId).name).join(", ");
/**
* The plan's headline warning, e.g. "2 exercises need attention". The status region is always in the
* page, so screen readers hear it change when a condition is toggled.
*/
function PlanAttention() {
	const plan = usePlan();
	const back = useBackToday();
	const summary = summarisePlan(ratedItems(plan), back.profile, { painStops: back.painStops });
	const avoid = summary.attention.filter((item) => item.verdict.level === "avoid");
	const caution = summary.attention.filter((item) => item.verdict.level === "caution");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		role: "status",
		className: "plan-attention",
		children: summary.headline && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: `callout ${avoid.length > 0 ? "callout--danger" : "callout--caution"}`,
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "plan-attention__headline",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictIcon, { level: avoid.length > 0 ? "avoid" : "caution" }),
						" ",
						summary.headline
					]
				}),
				avoid.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "plan-attention__line",
					children: [
						"Avoid today: ",
						names(avoid),
						"."
					]
				}),
				caution.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "plan-attention__line",
					children: [
						"Take care: ",
						names(caution),
						"."
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "plan-attention__line",
					children: [
						"Swap or remove ",
						agree(summary.attention.length, "it", "them"),
						" below, or go lighter."
					]
				})
			]
		})
	});
}
// src/features/plan/empty-plan.tsx
var goToLibrary = () => {
	const title = document.getElementById(LIBRARY_TITLE_ID);
	title?.focus();
	title?.scrollIntoView?.({
		block: "start",
		behavior: "smooth"
	});
};
function EmptyPlan() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		id: PLAN_EMPTY_ID,
		className: "plan-empty",
		tabIndex: -1,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "plan-empty__title",
				children: "Nothing planned yet."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Pick exercises from the library below. Each one shows how safe it is for your back today, and a safer swap where there is one." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
				type: "button",
				className: "button",
				onClick: goToLibrary,
				children: ["Browse exercises ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					"aria-hidden": "true",
					children: "↓"
				})]
			})
		]
	});
}
// src/features/plan/dose.ts
/** A weight as it reads: "40 kg", "42.5 kg". */
var formatWeight = (weight, units) => `${weight} ${units}`;
/** Sets × reps, or sets × hold: "3 × 8", "3 × 30 s", "3 × 5 × 10 s". */
function formatSetsReps(item) {
	if (item.holdSeconds === null) return `${item.sets} × ${item.reps}`;
	return item.reps === 1 ? `${item.sets} × ${item.holdSeconds} s` : `${item.sets} × ${item.reps} × ${item.holdSeconds} s`;
}
/**
* A plan item's dose on one line: "3 × 8 · Heavy · 40 kg", "3 × 10 · Bodyweight". Without the load band
* (`withLoad: false`) where the band has its own button beside it.
*/
var formatDose = (item, units, withLoad = true) => doseParts(item, units, withLoad).join(" · ");
/** The dose's parts, each read as one piece ("3 × 8", "40 kg"): a narrow button wraps between them only. */
function doseParts(item, units, withLoad = true) {
	const parts = withLoad ? [formatSetsReps(item), LOAD_LABELS[item.load]] : [formatSetsReps(item)];
	if (item.weight !== null && item.load !== "bodyweight") parts.push(formatWeight(item.weight, units));
	return parts;
}
// src/features/plan/prescription-editor.tsx
/** Sets, reps (or holds), load and rest of one plan item, with big steppers; and the last values used. */
function PrescriptionEditor({ item, exercise, index, count, units, onMove, onClose }) {
	const { prescriptionChanged } = useActions();
	const ids = itemIds(item.key);
	const loadId = (0, import_react.useId)();
	const last = useLastTime(item.exerciseId);
	const change = (patch) => prescriptionChanged(item.key, patch);
	const isHold = item.holdSeconds !== null;
	const lastText = last && `${formatSetsReps({
		sets: last.sets,
		reps: last.reps,
		holdSeconds: isHold ? last.holdSeconds : null
	})}${last.weight !== null ? ` at ${formatWeight(last.weight, units)}` : ""}`;
	const takeLast = () => {
		if (!last) return;
		change({
			sets: last.sets,
			reps: last.reps,
			...isHold && last.holdSeconds !== null ? { holdSeconds: last.holdSeconds } : {},
			...last.load ? { load: last.load } : {},
			weight: last.weight
		});
		announce(`${exercise.name}: ${lastText}, as last time`);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		id: ids.editor,
		className: "dose-editor",
		"aria-labelledby": ids.editorTitle,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h4", {
				id: ids.editorTitle,
				className: "visually-hidden",
				children: ["Sets, reps and load of ", exercise.name]
			}),
			last && lastText && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "dose-editor__last",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: ["Last time: ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: lastText })] }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					type: "button",
					className: "button button--small",
					onClick: takeLast,
					children: ["Use ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "visually-hidden",
						children: "last time’s values"
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "dose-editor__steppers",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
						label: "Sets",
						value: item.sets,
						step: 1,
						min: LIMITS.sets.min,
						max: LIMITS.sets.max,
						onChange: (sets) => change({ sets })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
						label: isHold ? "Holds" : "Reps",
						value: item.reps,
						step: 1,
						min: LIMITS.reps.min,
						max: LIMITS.reps.max,
						onChange: (reps) => change({ reps })
					}),
					item.holdSeconds !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
						label: "Hold",
						unit: "s",
						value: item.holdSeconds,
						step: 5,
						min: LIMITS.holdSeconds.min,
						max: LIMITS.holdSeconds.max,
						onChange: (holdSeconds) => change({ holdSeconds })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
						label: "Rest",
						unit: "s",
						value: item.restSeconds,
						step: 15,
						min: LIMITS.restSeconds.min,
						max: LIMITS.restSeconds.max,
						onChange: (restSeconds) => change({ restSeconds })
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
				className: "segmented",
				"aria-describedby": `${loadId}-why`,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", {
						className: "segmented__legend",
						children: "Load"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
						className: "segmented__options",
						children: LOAD_BANDS.map((band) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
							className: "segmented__option",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								type: "radio",
								name: `${loadId}-load`,
								value: band,
								checked: item.load === band,
								onChange: () => change({ load: band })
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: LOAD_LABELS[band] })]
						}, band))
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						id: `${loadId}-why`,
						className: "segmented__hint muted",
						children: "The back-safety advice reads this."
					})
				]
			}),
			item.load !== "bodyweight" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
				label: "Weight",
				unit: units,
				decimal: true,
				value: item.weight ?? 0,
				step: units === "kg" ? 2.5 : 5,
				min: LIMITS.weight.min,
				max: LIMITS.weight.max,
				onChange: (weight) => change({ weight: weight > 0 ? weight : null })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "dose-editor__footer",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "plan-item__move",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						id: ids.up,
						type: "button",
						className: "button plan-item__icon-button",
						disabled: index === 0,
						onClick: () => onMove(-1),
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							"aria-hidden": "true",
							children: "↑"
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
							className: "visually-hidden",
							children: [
								"Move ",
								exercise.name,
								" up"
							]
						})]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						id: ids.down,
						type: "button",
						className: "button plan-item__icon-button",
						disabled: index === count - 1,
						onClick: () => onMove(1),
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							"aria-hidden": "true",
							children: "↓"
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
							className: "visually-hidden",
							children: [
								"Move ",
								exercise.name,
								" down"
							]
						})]
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					type: "button",
					className: "button",
					onClick: onClose,
					children: ["Done ", /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "visually-hidden",
						children: ["editing ", exercise.name]
					})]
				})]
			})
		]
	});
}
// src/features/plan/shared-advice.ts
/** The advice a declared condition adds to every exercise: the plan says it once, above the list. */
var SHARED = new Set(Object.values(CONDITION_ADVICE).map((advice) => advice.text));
/** What a plan card says under its verdict: why, when it needs care, and the advice for this exercise only. */
var cardLines = (verdict) => [...verdict.level === "ok" ? [] : [verdict.reason], ...verdict.advice.filter((line) => !SHARED.has(line))];
// src/features/plan/swap-panel.tsx
/** Safer swaps for one plan item, best first; or, when none is sourced, what to do instead. */
function SwapPanel({ itemKey, exercise, profile, load, context, onSwap, onLighter, onRemove, onClose }) {
	const ids = itemIds(itemKey);
	const safer = saferAlternatives(exercise, profile, load, context);
	const closeOnEscape = (event) => {
		if (event.key === "Escape") {
			event.stopPropagation();
			onClose();
		}
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		id: ids.panel,
		className: "swap-panel",
		"aria-labelledby": ids.panelTitle,
		onKeyDown: closeOnEscape,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "swap-panel__header",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h4", {
				id: ids.panelTitle,
				className: "swap-panel__title",
				tabIndex: -1,
				children: ["Safer swaps for ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "swap-panel__name",
					children: exercise.name
				})]
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--small",
				onClick: onClose,
				children: "Close"
			})]
		}), safer.kind === "alternatives" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
			className: "swap-panel__options",
			children: safer.options.map((option) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
				className: "swap-option",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "swap-option__header",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LazyFigureThumbnail, { exerciseId: option.exercise.id }),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "swap-option__name",
								children: option.exercise.name
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict: option.verdict })
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "swap-option__why",
						children: option.why
					}),
					option.kind === "exercise" ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						type: "button",
						className: "button button--primary button--block",
						onClick: (event) => onSwap(option.exercise.id, event),
						children: ["Swap to ", option.exercise.name]
					}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						type: "button",
						className: "button button--primary button--block",
						onClick: (event) => onLighter(option.load, event),
						children: [
							"Go ",
							LOAD_LABELS[option.load].toLowerCase(),
							" instead"
						]
					})
				]
			}, `${option.kind}-${option.exercise.id}`))
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "swap-panel__none",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: safer.message }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
				type: "button",
				className: "button button--danger button--block",
				onClick: onRemove,
				children: ["Remove ", exercise.name]
			})]
		})]
	});
}
// src/features/plan/undo-bar.tsx
var undoText = (undo, view) => {
	const name = (id) => id ? view(id).name : "";
	switch (undo.kind) {
		case "swap": return `Swapped ${name(undo.from)} for ${name(undo.to)}.`;
		case "remove": return `Removed ${name(undo.from)}.`;
		case "import": return "Imported your data file.";
		case "routine-deleted": return "Routine deleted.";
		case "plan-replaced": return "Today’s plan replaced by the routine.";
	}
};
/** Shown where the change happened, until the plan changes again. The change itself was announced. */
function UndoBar({ undo, onUndo }) {
	const view = useExerciseViews();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "undo-bar",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "undo-bar__text",
			children: undoText(undo, view)
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			className: "button button--small undo-bar__button",
			onClick: onUndo,
			children: "Undo"
		})]
	});
}
// src/features/plan/plan-item-card.tsx
/**
* One exercise in the plan, compact: its name and verdict, then its dose ("3 × 8 · Heavy · 40 kg", which
* opens the steppers), Swap and Remove. Why it needs care shows only when it does.
*/
function PlanItemCard({ item, index, count, units, swapOpen, editOpen, undo, onMove, onRemove, onSwapToggled, onEditToggled, onSwap, onUndo }) {
	const exercise = useExerciseView(item.exerciseId);
	const back = useBackToday();
	const rated = exercise.rated ? getExercise(exercise.rated) : null;
	const context = verdictContext(back, rated?.id);
	const verdict = rated && verdictFor(rated, back.profile, item.load, context);
	const ids = itemIds(item.key);
	const lines = verdict ? cardLines(verdict) : [];
	const canSwap = rated !== null && (verdict?.level !== "ok" || hasSaferOptions(rated, back.profile, item.load, context));
	const { prescriptionChanged } = useActions();
	const nextLoad = exercise.loads[(exercise.loads.indexOf(item.load) + 1) % exercise.loads.length] ?? item.load;
	const changeLoad = (load) => prescriptionChanged(item.key, { load });
	const { guard } = useTapGuard();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		className: `plan-item plan-item--${verdict?.level ?? "unrated"}`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "plan-item__header",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "plan-item__number",
						"aria-hidden": "true",
						children: index + 1
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
						className: "plan-item__title",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
							id: ids.link,
							to: rated ? `/exercises/${exercise.id}` : `/exercises/custom/${exercise.id}`,
							children: exercise.name
						})
					}),
					verdict ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NotRatedBadge, {})
				]
			}),
			verdict && lines.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "plan-item__reason",
				children: lines.map((line) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: line }, line))
			}),
			!verdict && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "plan-item__reason",
				children: "Your own exercise: Spotter doesn’t know it, so it can’t say how it suits your back. Stop if you feel sharp pain."
			}),
			item.swappedFrom && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "plan-item__swapped",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						"aria-hidden": "true",
						children: "⇄"
					}),
					" Swapped from ",
					getExercise(item.swappedFrom).name
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "plan-item__actions",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						id: ids.dose,
						type: "button",
						className: "button plan-item__dose",
						"aria-expanded": editOpen,
						"aria-controls": editOpen ? ids.editor : void 0,
						"aria-label": `Sets, reps and load of ${exercise.name}: ${formatDose(item, units)}`,
						onClick: onEditToggled,
						children: doseParts(item, units, exercise.loads.length <= 1).map((part, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
							className: "plan-item__dose-part",
							children: [
								i > 0 && "· ",
								part,
								" "
							]
						}, part))
					}),
					exercise.loads.length > 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button plan-item__load",
						"aria-label": `Load of ${exercise.name}: ${LOAD_LABELS[item.load].toLowerCase()}. Change to ${LOAD_LABELS[nextLoad].toLowerCase()}`,
						onClick: () => changeLoad(nextLoad),
						children: LOAD_LABELS[item.load]
					}),
					canSwap && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						id: ids.swap,
						type: "button",
						className: `button plan-item__swap ${verdict?.level === "ok" ? "" : "button--primary"}`,
						"aria-expanded": swapOpen,
						"aria-controls": swapOpen ? ids.panel : void 0,
						onClick: onSwapToggled,
						children: ["Swap ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "visually-hidden",
							children: exercise.name
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
						type: "button",
						className: "button plan-item__icon-button plan-item__remove",
						onClick: guard(onRemove),
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							"aria-hidden": "true",
							children: "✕"
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
							className: "visually-hidden",
							children: ["Remove ", exercise.name]
						})]
					})
				]
			}),
			editOpen && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PrescriptionEditor, {
				item,
				exercise,
				index,
				count,
				units,
				onMove,
				onClose: onEditToggled
			}),
			undo && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UndoBar, {
				undo,
				onUndo: guard(onUndo)
			}),
			swapOpen && rated && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SwapPanel, {
				itemKey: item.key,
				exercise: rated,
				profile: back.profile,
				load: item.load,
				context,
				onSwap: (to, event) => guard(() => onSwap(to))(event),
				onLighter: (load, event) => guard(() => {
					changeLoad(load);
					onSwapToggled();
				})(event),
				onRemove: guard(onRemove),
				onClose: onSwapToggled
			})
		]
	});
}
// src/features/plan/use-focus-after-render.ts
/**
* Ask for an element to be focused once the next render has committed: after a swap, a move or a
* removal, the element that had focus may be gone or disabled, so focus goes somewhere sensible.
* The caller must also cause a render (every plan action does). Scrolling honours the CSS
* scroll-margin in plan.css, which keeps targets clear of the fixed bottom navigation.
*/
function useFocusAfterRender() {
	const pending = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		const request = pending.current;
		if (!request) return;
		pending.current = null;
		const element = document.getElementById(request.id);
		element?.focus({ preventScroll: true });
		(request.revealId && document.getElementById(request.revealId) || element)?.scrollIntoView?.({ block: "nearest" });
	});
	return (0, import_react.useCallback)((id, revealId) => {
		pending.current = {
			id,
			revealId
		};
	}, []);
}
// src/features/plan/plan-list.tsx
/** Today's plan in order, with move, remove and swap; at most one swap panel open at a time. */
function PlanList() {
	const plan = usePlan();
	const profile = useProfile();
	const undo = useUndo();
	const { planItemRemoved, planItemMoved, exerciseSwapped, undoTaken } = useActions();
	const [openKey, setOpenKey] = (0, import_react.useState)(null);
	const [editKey, setEditKey] = (0, import_react.useState)(null);
	const focusAfterRender = useFocusAfterRender();
	const view = useExerciseViews();
	const nameOf = (id) => view(id).name;
	const remove = (index) => {
		const item = plan[index];
		if (!item) return;
		const neighbour = plan[index + 1] ?? plan[index - 1];
		planItemRemoved(item.key);
		if (openKey === item.key) setOpenKey(null);
		announce(`Removed ${nameOf(item.exerciseId)} from today’s plan`);
		focusAfterRender(neighbour ? itemIds(neighbour.key).link : PLAN_EMPTY_ID);
	};
	const move = (index, by) => {
		const item = plan[index];
		if (!item) return;
		const to = index + by;
		planItemMoved(item.key, by);
		announce(`Moved ${nameOf(item.exerciseId)} to position ${to + 1} of ${plan.length}`);
		const ids = itemIds(item.key);
		const atTop = to === 0;
		const atBottom = to === plan.length - 1;
		focusAfterRender(by < 0 ? atTop ? ids.down : ids.up : atBottom ? ids.up : ids.down);
	};
	const toggleSwap = (key) => {
		const opening = openKey !== key;
		setOpenKey(opening ? key : null);
		if (opening) focusAfterRender(itemIds(key).panelTitle, itemIds(key).panel);
		else focusAfterRender(itemIds(key).swap);
	};
	const toggleEdit = (key) => {
		const opening = editKey !== key;
		setEditKey(opening ? key : null);
		if (!opening) focusAfterRender(itemIds(key).dose);
	};
	const swap = (key, from, to) => {
		exerciseSwapped(key, to);
		setOpenKey(null);
		announce(`Swapped ${nameOf(from)} for ${nameOf(to)}`);
		focusAfterRender(itemIds(key).link);
	};
	const takeBack = () => {
		if (!undo) return;
		undoTaken();
		announce(undo.kind === "remove" ? "Exercise put back" : undo.kind === "swap" ? "Swap undone" : "Undone");
		if (undo.kind === "remove" || undo.kind === "swap") focusAfterRender(itemIds(undo.key).link);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "plan-list",
		"aria-labelledby": "plan-list-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "plan-list-title",
			className: "visually-hidden",
			children: "Exercises in today’s plan"
		}), plan.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EmptyPlan, {}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
			className: "plan-list__items",
			"aria-labelledby": "plan-list-title",
			children: plan.map((item, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PlanItemCard, {
				item,
				index,
				count: plan.length,
				units: profile.units,
				swapOpen: openKey === item.key,
				editOpen: editKey === item.key,
				undo: undo?.kind === "swap" && undo.key === item.key ? undo : null,
				onMove: (by) => move(index, by),
				onRemove: () => remove(index),
				onSwapToggled: () => toggleSwap(item.key),
				onEditToggled: () => toggleEdit(item.key),
				onSwap: (to) => swap(item.key, item.exerciseId, to),
				onUndo: takeBack
			}, item.key))
		}), (undo?.kind === "remove" || undo?.kind === "plan-replaced") && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UndoBar, {
			undo,
			onUndo: takeBack
		})] })]
	});
}
// src/features/plan/plan-routines.tsx
/** Under the plan: save it as a routine, or start from one (the routines screen). */
function PlanRoutines() {
	const planned = usePlan().length > 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("nav", {
		className: "plan-routines row",
		"aria-label": "Routines",
		children: [planned && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
			className: "button button--small",
			to: paths.saveRoutine,
			children: "Save as routine"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
			className: "button button--small",
			to: paths.routines,
			children: "Start from a routine"
		})]
	});
}
/**
* About how long a session takes, in whole minutes: each set's reps (about 3 s each, or the hold), a rest
* after each set but the session's last, and the warm-up and cool-down. An estimate for the plan's summary
* ("~40 min"), not a target.
*/
function estimateMinutes(items) {
	if (items.length === 0) return 0;
	let seconds = 600;
	for (const item of items) {
		const perRep = item.holdSeconds ?? 3;
		seconds += item.sets * (item.reps * perRep + item.restSeconds);
	}
	seconds -= items.at(-1)?.restSeconds ?? 0;
	return Math.max(1, Math.round(seconds / 60));
}
// src/features/plan/plan-summary-bar.tsx
/**
* "5 exercises · ~40 min · Start", kept above the navigation. Start starts the workout and opens it at the
* warm-up: one tap from the plan.
*/
function PlanSummaryBar() {
	const plan = usePlan();
	const underWay = useWorkout() !== null;
	const { workoutStarted } = useActions();
	const navigate = useNavigate();
	const { guard } = useTapGuard();
	if (plan.length === 0) return null;
	const start = () => {
		if (!underWay) workoutStarted();
		navigate(paths.workout);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "plan-summary",
		"aria-labelledby": "plan-summary-text",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			id: "plan-summary-text",
			className: "plan-summary__text",
			children: [
				plan.length,
				" ",
				plan.length === 1 ? "exercise" : "exercises",
				" · ~",
				estimateMinutes(plan),
				" min"
			]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			className: "button button--primary plan-summary__start",
			"aria-label": underWay ? void 0 : "Start workout",
			onClick: guard(start),
			children: underWay ? "Continue workout" : "Start"
		})]
	});
}
// src/features/plan/today-advice.tsx
/**
* The advice a declared condition gives for every exercise (sciatica: stop if the leg symptoms spread),
* said once above the plan rather than on each card.
*/
function TodayAdvice() {
	const lines = useBackToday().profile.conditions.map((condition) => CONDITION_ADVICE[condition].text);
	if (lines.length === 0) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "today-advice",
		"aria-labelledby": "today-advice-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "today-advice-title",
			className: "today-advice__title",
			children: "For every exercise today"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "today-advice__list",
			children: lines.map((line) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: line }, line))
		})]
	});
}
// src/features/plan/units-toggle.tsx
/** Weights in kg or lb: one setting for the whole app. */
function UnitsToggle() {
	const { units } = useProfile();
	const { unitsChanged } = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
		className: "segmented segmented--small units-toggle",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", {
			className: "visually-hidden",
			children: "Weights in"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			className: "segmented__options",
			children: UNITS.map((unit) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "segmented__option",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "radio",
					name: "units",
					value: unit,
					checked: units === unit,
					onChange: () => unitsChanged(unit)
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: unit })]
			}, unit))
		})]
	});
}
// src/features/plan/plan-screen.tsx
var LazyLibrary = (0, import_react.lazy)(async () => ({ default: (await loadLibrary()).ExerciseLibrary }));
/**
* Home: the back profile, today's plan with its warnings and swaps, and the library to add from.
* The warning callout sits under the profile, so ticking a condition never moves the checkbox
* out from under the thumb.
*/
function PlanScreen() {
	useDocumentTitle("Today’s plan");
	const LoadedLibrary = loadedLibrary();
	const onClient = useOnClient();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "plan-screen",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "plan-screen__header",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", { children: "Today’s plan" }), onClient && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(UnitsToggle, {})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "plan-personal",
				"aria-busy": !onClient,
				children: [!onClient && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "plan-personal__loading muted",
					children: "Loading your plan…"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: onClient ? "plan-personal__content" : "plan-personal__content plan-personal__content--pending",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(BackCheckIn, {}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ConditionToggles, {}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PlanAttention, {}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TodayAdvice, {}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PlanList, {}),
						onClient && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PlanRoutines, {})
					]
				})]
			}),
			onClient && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PlanSummaryBar, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.Suspense, {
				fallback: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "muted",
					"data-loading": "",
					children: "Loading exercises…"
				}),
				children: LoadedLibrary ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LoadedLibrary, {}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LazyLibrary, {})
			})
		]
	});
}
export { PlanScreen };
