import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { G as useTapGuard, K as announce, X as useParams, Y as useNavigate, b as useCustomExercise, c as useDocumentTitle, g as useActions, q as Link, x as useCustomExerciseUses } from "./index-B5N6klht.js";
import { r as NotRatedBadge, t as NOT_RATED } from "./not-rated-CO8oJl8k.js";
import { $ as PATTERNS, Q as EQUIPMENT_LABELS, X as LIMITS, Y as isCustomExerciseId, Z as EQUIPMENT, et as PATTERN_LABELS } from "./last-time-Bl6Mqelm.js";
import { t as RedFlags } from "./red-flags-Dv4HOYhB.js";
/* empty css                         */
// src/features/custom-exercise/custom-exercise-form.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
var HOLD_DEFAULT = 20;
/**
* Name, movement, equipment, reps or a hold, and the user's own cues (one a line; each is ticked before
* the first set, like a built-in checkpoint). Errors are said plainly next to the field, and focus moves
* to the first.
*/
function CustomExerciseForm({ initial, blocked = null, onSave }) {
	const id = (0, import_react.useId)();
	const [name, setName] = (0, import_react.useState)(initial?.name ?? "");
	const [pattern, setPattern] = (0, import_react.useState)(initial?.pattern ?? "squat");
	const [equipment, setEquipment] = (0, import_react.useState)(initial?.equipment ?? ["bodyweight"]);
	const [isHold, setIsHold] = (0, import_react.useState)(initial ? initial.holdSeconds !== null : false);
	const [hold, setHold] = (0, import_react.useState)(String(initial?.holdSeconds ?? HOLD_DEFAULT));
	const [cues, setCues] = (0, import_react.useState)(initial ? initial.cues.map((c) => c.text) : [""]);
	const [errors, setErrors] = (0, import_react.useState)({});
	const focusCue = (0, import_react.useRef)(null);
	const holdNumber = Number(hold);
	const validate = () => {
		const found = {};
		if (!name.trim()) found.name = "Give it a name.";
		if (equipment.length === 0) found.equipment = "Choose at least one. “No equipment” counts.";
		const { min, max } = LIMITS.holdSeconds;
		if (isHold && !(Number.isInteger(holdNumber) && holdNumber >= min && holdNumber <= max)) found.hold = `A hold is ${min} to ${max} seconds.`;
		return found;
	};
	const submit = (event) => {
		event.preventDefault();
		const found = validate();
		setErrors(found);
		const first = [
			"name",
			"equipment",
			"hold"
		].find((field) => found[field]);
		if (first) {
			document.getElementById(`${id}-${first}`)?.focus();
			return;
		}
		onSave({
			name,
			pattern,
			equipment,
			cues,
			holdSeconds: isHold ? holdNumber : null
		});
	};
	const toggleEquipment = (item) => setEquipment((list) => list.includes(item) ? list.filter((e) => e !== item) : [...list, item]);
	const addCue = () => {
		focusCue.current = cues.length;
		setCues([...cues, ""]);
	};
	const removeCue = (index) => {
		focusCue.current = null;
		setCues(cues.filter((_, i) => i !== index));
		document.getElementById(`${id}-add-cue`)?.focus();
	};
	const errorProps = (field) => errors[field] ? {
		"aria-invalid": true,
		"aria-describedby": `${id}-${field}-error`
	} : {};
	const errorText = (field) => errors[field] ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		id: `${id}-${field}-error`,
		className: "custom-form__error",
		children: errors[field]
	}) : null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
		className: "custom-form stack",
		noValidate: true,
		onSubmit: submit,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "custom-form__field",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
						htmlFor: `${id}-name`,
						children: "Name"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						id: `${id}-name`,
						type: "text",
						autoComplete: "off",
						maxLength: 60,
						value: name,
						onChange: (e) => setName(e.target.value),
						...errorProps("name")
					}),
					errorText("name")
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "custom-form__field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
					htmlFor: `${id}-pattern`,
					children: "Movement"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
					id: `${id}-pattern`,
					value: pattern,
					onChange: (e) => setPattern(e.target.value),
					children: PATTERNS.map((p) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
						value: p,
						children: PATTERN_LABELS[p]
					}, p))
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
				className: "custom-form__choices",
				...errorProps("equipment"),
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Equipment" }),
					errorText("equipment"),
					EQUIPMENT.map((item, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "custom-form__choice",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							id: index === 0 ? `${id}-equipment` : void 0,
							type: "checkbox",
							checked: equipment.includes(item),
							onChange: () => toggleEquipment(item)
						}), EQUIPMENT_LABELS[item]]
					}, item))
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
				className: "custom-form__choices",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Done as" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "custom-form__choice",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "radio",
							name: `${id}-kind`,
							checked: !isHold,
							onChange: () => setIsHold(false)
						}), "Reps"]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "custom-form__choice",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "radio",
							name: `${id}-kind`,
							checked: isHold,
							onChange: () => setIsHold(true)
						}), "A hold"]
					}),
					isHold && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "custom-form__field",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
								htmlFor: `${id}-hold`,
								children: "Seconds each hold"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								id: `${id}-hold`,
								type: "number",
								inputMode: "numeric",
								min: LIMITS.holdSeconds.min,
								max: LIMITS.holdSeconds.max,
								value: hold,
								onChange: (e) => setHold(e.target.value),
								...errorProps("hold")
							}),
							errorText("hold")
						]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
				className: "custom-form__cues",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Your cues" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "muted",
						children: "Short lines to tick before the first set, like “Brace before each rep”. They are your own coaching cues."
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", { children: cues.map((cue, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
						className: "custom-form__cue",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
								htmlFor: `${id}-cue-${index}`,
								className: "visually-hidden",
								children: ["Cue ", index + 1]
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								id: `${id}-cue-${index}`,
								ref: (element) => {
									if (element && focusCue.current === index) {
										focusCue.current = null;
										element.focus();
									}
								},
								type: "text",
								autoComplete: "off",
								maxLength: 160,
								value: cue,
								onChange: (e) => setCues(cues.map((c, i) => i === index ? e.target.value : c))
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
								type: "button",
								className: "button",
								onClick: () => removeCue(index),
								children: ["Remove ", /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
									className: "visually-hidden",
									children: ["cue ", index + 1]
								})]
							})
						]
					}, index)) }),
					cues.length < 10 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						id: `${id}-add-cue`,
						type: "button",
						className: "button",
						onClick: addCue,
						children: "Add a cue"
					})
				]
			}),
			blocked && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "callout callout--info",
				children: blocked
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "submit",
				className: "button button--primary button--block",
				disabled: blocked !== null,
				children: initial ? "Save changes" : "Save exercise"
			})
		]
	});
}
// src/features/custom-exercise/not-rated-advice.tsx
/** The general advice in full, for one of the user's own exercises: stop on sharp pain; the red flags. */
function NotRatedAdvice({ headingLevel = 2 }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "not-rated",
		"aria-label": NOT_RATED,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "callout callout--info",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(headingLevel === 2 ? "h2" : "h3", { children: NOT_RATED }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "You added this exercise, so Spotter has no research on it and gives it no verdict for your back. Go gently the first time, keep to your own cues, and stop if you feel sharp pain." })]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
			className: "not-rated__flags",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: "When to stop and get medical help" }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RedFlags, { headingLevel: 3 })]
		})]
	});
}
// src/features/custom-exercise/custom-exercise-screen.tsx
var MINE = "/exercises/mine";
/** /exercises/new: add an exercise the library lacks. */
function NewExerciseScreen() {
	useDocumentTitle("Add your own exercise");
	const { customExerciseSaved } = useActions();
	const navigate = useNavigate();
	const [refused, setRefused] = (0, import_react.useState)(false);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "custom-screen stack",
		"aria-labelledby": "new-exercise-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "new-exercise-title",
				children: "Add your own exercise"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Spotter won’t rate it: it has no research on an exercise you add. It shows your own cues, and the general advice to stop on sharp pain." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CustomExerciseForm, { onSave: (input) => {
				if (!customExerciseSaved(input)) return setRefused(true);
				announce(`${input.name.trim()} saved`);
				navigate(MINE);
			} }),
			refused && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "callout callout--danger",
				role: "alert",
				children: "It couldn’t be saved: you have as many exercises of your own as Spotter keeps."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				to: MINE,
				children: "Your own exercises"
			}) })
		]
	});
}
/** /exercises/custom/:id: one of the user's own exercises: not rated, the general advice, edit, delete. */
function CustomExerciseScreen() {
	const { id } = useParams();
	const custom = useCustomExercise(id ?? "");
	if (!custom || !isCustomExerciseId(id)) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MissingExercise, {});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CustomExerciseDetails, { custom }, custom.id);
}
function MissingExercise() {
	useDocumentTitle("Exercise not found");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "custom-screen stack",
		"aria-labelledby": "missing-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "missing-title",
				children: "This exercise isn’t here"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "It may have been deleted, or the link is wrong." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				to: MINE,
				children: "Your own exercises"
			}) })
		]
	});
}
function CustomExerciseDetails({ custom }) {
	useDocumentTitle(custom.name);
	const { customExerciseSaved } = useActions();
	const uses = useCustomExerciseUses(custom.id);
	const [saved, setSaved] = (0, import_react.useState)(false);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "custom-screen stack",
		"aria-labelledby": "custom-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "custom-title",
				children: custom.name
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NotRatedBadge, {}) }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NotRatedAdvice, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", { children: "Edit" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CustomExerciseForm, {
				initial: custom,
				blocked: uses.inWorkout ? "It’s in the workout under way: finish the workout to change it." : null,
				onSave: (input) => {
					customExerciseSaved(input, custom.id);
					setSaved(true);
					announce("Changes saved");
				}
			}),
			saved && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "custom-screen__done",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					"aria-hidden": "true",
					children: "✓ "
				}), "Changes saved."]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DeleteExercise, { custom }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				to: MINE,
				children: "Your own exercises"
			}) })
		]
	});
}
var list = (names) => names.map((n) => `“${n}”`).join(", ");
/** Delete, after saying where it is used: today's plan and routines lose it (a routine left empty goes too). */
function DeleteExercise({ custom }) {
	const uses = useCustomExerciseUses(custom.id);
	const { customExerciseDeleted } = useActions();
	const navigate = useNavigate();
	const { guard } = useTapGuard();
	const [asking, setAsking] = (0, import_react.useState)(false);
	const questionRef = (0, import_react.useRef)(null);
	const places = [uses.inPlan ? "today’s plan" : null, uses.routines.length > 0 ? `${uses.routines.length === 1 ? "the routine" : "the routines"} ${list(uses.routines)}` : null].filter((p) => p !== null);
	const remove = guard(() => {
		customExerciseDeleted(custom.id);
		announce(`${custom.name} deleted${places.length > 0 ? `, and taken out of ${places.join(" and ")}` : ""}`);
		navigate(MINE);
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "custom-delete",
		"aria-labelledby": "custom-delete-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "custom-delete-title",
			children: "Delete"
		}), uses.inWorkout ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "It’s in the workout under way: finish the workout to delete it." }) : !asking ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			className: "button",
			onClick: () => {
				setAsking(true);
				requestAnimationFrame(() => questionRef.current?.focus());
			},
			children: "Delete this exercise"
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "callout callout--caution stack",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h3", {
					ref: questionRef,
					tabIndex: -1,
					children: [
						"Delete ",
						custom.name,
						"?"
					]
				}),
				places.length > 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
					"It’s in ",
					places.join(" and "),
					". Deleting it takes it out of",
					" ",
					places.length === 1 && !uses.inPlan && uses.routines.length === 1 ? "it" : "them",
					"."
				] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "It isn’t in today’s plan or any routine." }),
				uses.emptied.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
					uses.emptied.length === 1 ? "The routine" : "The routines",
					" ",
					list(uses.emptied),
					" ",
					uses.emptied.length === 1 ? "has" : "have",
					" nothing else in",
					" ",
					uses.emptied.length === 1 ? "it" : "them",
					", so",
					" ",
					uses.emptied.length === 1 ? "it goes" : "they go",
					" too."
				] }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "History keeps the sessions you did with it." }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "custom-card__actions",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button button--danger",
						onClick: remove,
						children: "Delete"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button",
						onClick: () => setAsking(false),
						children: "Keep it"
					})]
				})
			]
		})]
	});
}
export { CustomExerciseScreen, NewExerciseScreen };
