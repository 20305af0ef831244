import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
import { A as useProfile, C as useExerciseView, E as useItemTicks, G as useTapGuard, I as useWorkout, K as announce, L as verdictContext, M as useSaveStatus, N as useSessionSave, T as useHistory, _ as useBackToday, c as useDocumentTitle, f as ratedItems, g as useActions, k as usePlan, l as currentDataFile, q as Link, s as paths, v as useCurrentEntries, w as useExerciseViews, y as useCurrentEntry } from "./index-B5N6klht.js";
import { t as downloadText } from "./download-D8ux53oC.js";
import { c as WARM_UP, r as COOL_DOWN, t as RedFlags } from "./red-flags-Dv4HOYhB.js";
import { t as ExerciseFigure } from "./exercise-figure-Cz6N0nFN.js";
import { r as NotRatedBadge } from "./not-rated-CO8oJl8k.js";
import { t as VerdictBadge } from "./verdict-badge-BEirfSyZ.js";
import { n as getFullExercise } from "./exercise-details-Dp4MNc5g.js";
import { r as getExercise } from "./exercises-Cf-ysjUu.js";
import { a as verdictFor, i as summarisePlan, r as saferAlternatives } from "./safety-C0SAiv0v.js";
import { t as Stepper } from "./stepper-a8XN7Asm.js";
import { L as sessionCounts, X as LIMITS } from "./last-time-Bl6Mqelm.js";
import { n as plural, t as agree } from "./words-BZg-BVva.js";
// src/features/workout/no-plan.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** Nothing to train: point back to the plan. Ends a workout left over from an emptied plan. */
function NoPlan({ workoutOpen }) {
	const { workoutFinished } = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "stack",
		"aria-labelledby": "workout-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "workout-title",
				children: "Workout"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Your plan for today is empty. Add the exercises you want to do, then come back here to start." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
				className: "button button--primary button--block",
				to: paths.plan,
				children: "Go to today’s plan"
			}),
			workoutOpen && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--block",
				onClick: () => workoutFinished("pain-stops"),
				children: "End the unfinished workout"
			})
		]
	});
}
// src/features/workout/session-summary.tsx
var DATE = new Intl.DateTimeFormat(void 0, {
	dateStyle: "full",
	timeStyle: "short"
});
/**
* Right after ending a workout: what was kept. It says "saved" only when it was: with storage full, it says
* so and offers the session (with everything else) as a file Spotter can import.
*/
function SessionSummary({ record }) {
	const heading = (0, import_react.useRef)(null);
	const durable = useSessionSave();
	const thisSession = durable?.id === record.id ? durable.status : null;
	const failed = useSaveStatus() === "not-saved" || thisSession === "not-saved";
	const saving = !failed && thisSession === "saving";
	const saved = !failed;
	(0, import_react.useEffect)(() => heading.current?.focus(), []);
	const counts = sessionCounts(record);
	const tiles = [
		{
			key: "sets",
			n: counts.sets,
			label: counts.sets === 1 ? "set" : "sets"
		},
		{
			key: "done",
			n: counts.done,
			label: "done"
		},
		{
			key: "skipped",
			n: counts.skipped,
			label: "skipped"
		},
		{
			key: "swapped",
			n: counts.swapped,
			label: "swapped"
		},
		{
			key: "pain",
			n: counts["pain-stop"],
			label: counts["pain-stop"] === 1 ? "pain stop" : "pain stops"
		}
	];
	const download = () => {
		const file = currentDataFile();
		downloadText(file.name, file.text);
		announce("Your workout was downloaded as a Spotter data file.");
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "session-summary",
		"aria-labelledby": "summary-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "summary-title",
				ref: heading,
				tabIndex: -1,
				children: failed ? "Not saved: storage is full" : saving ? "Saving your workout…" : "Workout saved"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("time", {
					dateTime: record.finishedAt,
					children: DATE.format(new Date(record.finishedAt))
				})
			}),
			!saved && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "callout callout--danger",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "This phone’s storage for Spotter is full, so this workout will be gone when Spotter closes. Download it to keep it: the file can be imported again from About." }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button button--primary button--block",
					onClick: download,
					children: "Download this workout"
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "summary-tiles",
				"aria-label": "This workout",
				children: tiles.map((tile) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					className: `summary-tiles__tile${tile.key === "pain" && tile.n > 0 ? " summary-tiles__tile--pain" : ""}`,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "summary-tiles__n",
							children: tile.n
						}),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: tile.label })
					]
				}, tile.key))
			}),
			counts["pain-stop"] > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "callout callout--caution",
				children: "You stopped for pain. If it hasn’t eased by tomorrow, or you notice any red-flag signs, get it checked."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "stack",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
					className: `button button--block${saved ? " button--primary" : ""}`,
					to: paths.history,
					children: "See History"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
					className: "button button--block",
					to: paths.plan,
					children: "Back to today’s plan"
				})]
			})
		]
	});
}
// src/features/workout/use-wake-lock.ts
var isSupported = () => typeof navigator !== "undefined" && "wakeLock" in navigator && !!navigator.wakeLock;
/**
* Keep the screen on while `enabled`. The browser drops the lock whenever the page is hidden
* (screen locked, app switched), so it is asked for again each time the page becomes visible.
* Released when disabled or unmounted.
*/
function useWakeLock(enabled) {
	const [supported] = (0, import_react.useState)(isSupported);
	const [active, setActive] = (0, import_react.useState)(false);
	const [failed, setFailed] = (0, import_react.useState)(false);
	(0, import_react.useEffect)(() => {
		if (!supported || !enabled) return;
		let sentinel = null;
		let pending = false;
		let disposed = false;
		const onRelease = () => {
			sentinel = null;
			if (!disposed) setActive(false);
		};
		const acquire = async () => {
			if (disposed || sentinel || pending || document.visibilityState !== "visible") return;
			pending = true;
			try {
				const lock = await navigator.wakeLock.request("screen");
				if (disposed) {
					await lock.release();
					return;
				}
				sentinel = lock;
				lock.addEventListener("release", onRelease);
				setActive(true);
				setFailed(false);
			} catch {
				if (!disposed) setFailed(true);
			} finally {
				pending = false;
			}
		};
		const onVisibilityChange = () => {
			if (document.visibilityState === "visible") acquire();
		};
		acquire();
		document.addEventListener("visibilitychange", onVisibilityChange);
		return () => {
			disposed = true;
			document.removeEventListener("visibilitychange", onVisibilityChange);
			const lock = sentinel;
			sentinel = null;
			if (lock) {
				lock.removeEventListener("release", onRelease);
				lock.release().catch(() => {});
			}
			setActive(false);
		};
	}, [supported, enabled]);
	return {
		supported,
		active,
		failed
	};
}
// src/features/workout/wake-lock-toggle.tsx
/** "Keep screen on", so the phone doesn't lock between sets. Says so plainly where it can't. */
function WakeLockToggle({ enabled, onToggle, state }) {
	if (!state.supported) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		className: "wake-lock wake-lock--unsupported muted",
		children: "Screen lock control not supported on this device"
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "wake-lock",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			className: "button button--small wake-lock__toggle",
			"aria-pressed": enabled,
			onClick: onToggle,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: ["Keep screen on", /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
				"aria-hidden": "true",
				children: [": ", enabled ? "on" : "off"]
			})] })
		}), enabled && state.failed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "wake-lock__failed muted",
			role: "status",
			children: "The phone didn’t allow it (battery saver?). It may lock as usual."
		})]
	});
}
// src/features/workout/action-bar.tsx
/**
* The bar at the bottom of every workout step, always on screen, with the step's main action where the
* thumb rests. The step's content is padded by its height (workout.css), so it never covers anything.
*/
function ActionBar({ children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		className: "action-bar",
		"data-action-bar": "",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			className: "action-bar__inner",
			children
		})
	});
}
// src/features/workout/pain-rating.tsx
var RATINGS = Array.from({ length: 11 }, (_, i) => i);
/**
* One optional tap: how much the back hurts now, 0 (none) to 10 (the worst). Kept with the session for the
* record a physio reads. Tapping the same number again clears it.
*/
function PainRating({ when }) {
	const rating = useWorkout()?.pain?.[when] ?? null;
	const { painRated } = useActions();
	const id = `pain-rating-${when}`;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
		className: "pain-rating",
		"aria-describedby": `${id}-hint`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", {
				className: "pain-rating__legend",
				children: "Back pain right now? (optional)"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				id: `${id}-hint`,
				className: "muted pain-rating__hint",
				children: "0 is none, 10 the worst. For your record; it changes nothing else."
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "pain-rating__scale",
				children: RATINGS.map((n) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button pain-rating__button",
					"aria-pressed": rating === n,
					"aria-label": `${n} out of 10`,
					onClick: () => painRated(when, n),
					children: n
				}, n))
			})
		]
	});
}
// src/features/workout/cool-down-step.tsx
function CoolDownStep({ headingRef, onFinish }) {
	const { stepWentBack } = useActions();
	const guard = useTapGuard();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
		className: "workout-step",
		"aria-labelledby": "workout-step-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "workout-step__eyebrow",
				children: "Last step"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "workout-step-title",
				ref: headingRef,
				tabIndex: -1,
				children: COOL_DOWN.title
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "workout-step__lead",
				children: COOL_DOWN.text
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PainRating, { when: "after" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "workout-actions__pair",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: guard.guard(stepWentBack),
					children: "Previous"
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionBar, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--primary button--block workout-big",
				onClick: () => guard.accept() && onFinish(),
				children: "Finish and save"
			}) })
		]
	});
}
// src/features/workout/end-workout.tsx
/**
* "End workout": save what was done (the default), or discard it after a second, explicit tap. A pain stop
* is kept in History either way: it is the record that matters most.
*/
function EndWorkoutConfirm({ onCancel, onSaved }) {
	const { workoutFinished } = useActions();
	const painStops = useCurrentEntries().filter((entry) => entry.outcome === "pain-stop").length;
	const [discarding, setDiscarding] = (0, import_react.useState)(false);
	const first = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => first.current?.focus(), []);
	const save = () => {
		workoutFinished("all");
		onSaved();
	};
	const discard = () => {
		workoutFinished("pain-stops");
		announce(painStops > 0 ? "Workout discarded. Its pain stops are kept in History." : "Workout discarded.");
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "callout callout--caution end-workout",
		"aria-labelledby": "end-workout-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "end-workout-title",
			className: "end-workout__title",
			children: "End this workout?"
		}), discarding ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: "Discard the sets you did today?" }),
			" They won’t appear in History.",
			" ",
			painStops > 0 ? `Your ${painStops === 1 ? "pain stop is" : `${painStops} pain stops are`} kept in History.` : "",
			" ",
			"Your plan stays as it is."
		] }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "workout-actions__pair",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button",
				ref: first,
				onClick: () => setDiscarding(false),
				children: "Don’t discard"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--danger",
				onClick: discard,
				children: "Discard"
			})]
		})] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Save what you did to History and end here. Your plan stays as it is." }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--primary button--block",
				ref: first,
				onClick: save,
				children: "Save and end"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "workout-actions__pair",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: onCancel,
					children: "Keep going"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: () => setDiscarding(true),
					children: "Discard…"
				})]
			})
		] })]
	});
}
// src/features/workout/beep.ts
function audioContextConstructor() {
	if (typeof window === "undefined") return null;
	const w = window;
	return w.AudioContext ?? w.webkitAudioContext ?? null;
}
function createBeeper() {
	const Context = audioContextConstructor();
	if (!Context) return null;
	let context;
	try {
		context = new Context();
		context.resume().catch(() => {});
	} catch {
		return null;
	}
	const tone = (startAt) => {
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.type = "sine";
		oscillator.frequency.value = 880;
		gain.gain.setValueAtTime(1e-4, startAt);
		gain.gain.exponentialRampToValueAtTime(.4, startAt + .02);
		gain.gain.exponentialRampToValueAtTime(1e-4, startAt + .18);
		oscillator.connect(gain).connect(context.destination);
		oscillator.start(startAt);
		oscillator.stop(startAt + .2);
	};
	return {
		beep: () => {
			try {
				context.resume().catch(() => {});
				tone(context.currentTime);
				tone(context.currentTime + .3);
			} catch {}
		},
		close: () => {
			context.close().catch(() => {});
		}
	};
}
/** Buzz twice where the phone can (Android); a no-op elsewhere (iOS Safari has no vibrate). */
function vibrateDone() {
	try {
		navigator.vibrate?.([
			200,
			100,
			200
		]);
	} catch {}
}
var shared = null;
/** Make the workout's one beeper, in a tap (iOS allows sound only from a context made in a gesture). */
function primeBeeper() {
	shared ??= createBeeper();
}
/** The end of a hold or a rest: a double beep where sound was primed, and a buzz where the phone can. */
function signalEnd() {
	vibrateDone();
	shared?.beep();
}
// src/features/workout/checkpoint-list.tsx
/**
* The form checkpoints as real checkboxes, one big tap row each, ticked before the first set. Ticks live in
* the store. A tap just after moving on ticks nothing (the second half of a double tap).
*/
function CheckpointList({ itemKey, checkpoints }) {
	const ticks = useItemTicks(itemKey);
	const { checkpointToggled } = useActions();
	const guard = useTapGuard();
	const checked = checkpoints.filter((c) => ticks.includes(c.id)).length;
	const all = checkpoints.length > 0 && checked === checkpoints.length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "checkpoints",
		"aria-labelledby": "checkpoints-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "checkpoints__header",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "checkpoints-title",
				children: "Check your form"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: `checkpoints__count${all ? " checkpoints__count--all" : ""}`,
				children: [
					checked,
					" of ",
					checkpoints.length,
					" checked"
				]
			})]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("fieldset", {
			className: "checkpoints__list",
			"aria-labelledby": "checkpoints-title",
			children: checkpoints.map((checkpoint) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "checkpoint",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "checkbox",
					className: "checkpoint__box",
					checked: ticks.includes(checkpoint.id),
					onChange: () => guard.accepts() && checkpointToggled(itemKey, checkpoint.id)
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "checkpoint__text",
					children: checkpoint.text
				})]
			}, checkpoint.id))
		})]
	});
}
// src/features/workout/cues.ts
/**
* The checkpoint to show as "the cue for this set". All of them are ticked before the first set; from the
* second set on, one at a time, going round the list: set 2 shows the first, set 3 the second, and so on.
*/
function cueForSet(checkpoints, setNumber) {
	if (checkpoints.length === 0 || setNumber < 2) return void 0;
	return checkpoints[(setNumber - 2) % checkpoints.length];
}
// src/features/workout/current-set.tsx
/** "Set 2 of 3": its reps (or holds) and load, changed in place with big steppers. */
function CurrentSet({ draft, of, bodyweight, isHold, units, onChange, children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "current-set",
		"aria-labelledby": "current-set-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", {
				id: "current-set-title",
				className: "current-set__title",
				children: [
					"Set ",
					draft.set,
					" of ",
					of
				]
			}),
			children,
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "current-set__steppers",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
						label: isHold ? "Holds" : "Reps",
						size: "big",
						value: draft.reps,
						step: 1,
						min: LIMITS.reps.min,
						max: LIMITS.reps.max,
						onChange: (reps) => onChange({ reps })
					}),
					isHold && draft.holdSeconds !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
						label: "Seconds held",
						size: "big",
						value: draft.holdSeconds,
						step: 5,
						min: 0,
						max: LIMITS.holdSeconds.max,
						unit: "s",
						onChange: (holdSeconds) => onChange({ holdSeconds })
					}),
					!bodyweight && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stepper, {
						label: "Weight",
						size: "big",
						decimal: true,
						value: draft.weight ?? 0,
						step: units === "kg" ? 2.5 : 5,
						min: LIMITS.weight.min,
						max: LIMITS.weight.max,
						unit: units,
						onChange: (weight) => onChange({ weight: weight > 0 ? weight : null })
					})
				]
			})
		]
	});
}
/** A finish seen later than this was missed (the phone was locked): show it, but don't beep. */
var FRESH_FINISH_MS = 2e3;
var toMs = (seconds) => Number.isFinite(seconds) ? Math.max(0, seconds) * 1e3 : 0;
function createHoldTimer(holdSeconds, readySeconds = 3) {
	return {
		readyMs: toMs(readySeconds),
		holdMs: toMs(holdSeconds),
		startedAt: null
	};
}
function holdView(timer, now) {
	const { readyMs, holdMs, startedAt } = timer;
	if (startedAt === null) return view("idle", holdMs, 0, 0);
	const elapsed = Math.max(0, now - startedAt);
	if (elapsed < readyMs) return view("get-ready", readyMs - elapsed, 0, 0);
	const held = elapsed - readyMs;
	if (held < holdMs) return view("holding", holdMs - held, held / holdMs, 0);
	return view("done", 0, 1, held - holdMs);
}
function view(phase, msLeft, progress, lateByMs) {
	return {
		phase,
		msLeft,
		secondsLeft: Math.ceil(msLeft / 1e3),
		progress,
		lateByMs
	};
}
/** True while the countdown runs (getting ready or holding). */
var isRunning = (v) => v.phase === "get-ready" || v.phase === "holding";
/** Done, and seen close enough to the end that a beep still means "now". */
var isFreshFinish = (v, toleranceMs = FRESH_FINISH_MS) => v.phase === "done" && v.lateByMs <= toleranceMs;
/** 30 → "0:30", 75 → "1:15". */
function formatClock(totalSeconds) {
	const seconds = Math.max(0, Math.ceil(totalSeconds));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
// src/features/workout/hold-timer-panel.tsx
var PHASE_LABEL = {
	idle: "Ready when you are",
	"get-ready": "Get ready",
	holding: "Hold",
	done: "Done"
};
function timerLabel(v, seconds) {
	switch (v.phase) {
		case "idle": return `Hold timer: ${seconds} seconds, not started`;
		case "get-ready": return `Get ready: ${v.secondsLeft}`;
		case "holding": return `Hold: ${v.secondsLeft} seconds left`;
		case "done": return `Hold finished: ${seconds} seconds`;
	}
}
/** A big countdown for a hold (plank, curl-up…): 3 s to get ready, then the hold. */
function HoldTimerPanel({ seconds, timer }) {
	const v = timer.view;
	const shown = v.phase === "get-ready" ? String(v.secondsLeft) : formatClock(v.secondsLeft);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "hold-timer",
		"aria-labelledby": "hold-timer-title",
		"data-phase": v.phase,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h3", {
				id: "hold-timer-title",
				className: "visually-hidden",
				children: [
					"Hold for ",
					seconds,
					" seconds"
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "hold-timer__face",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "hold-timer__phase",
						"aria-hidden": "true",
						children: PHASE_LABEL[v.phase]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "hold-timer__time",
						role: "timer",
						"aria-label": timerLabel(v, seconds),
						children: shown
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
						className: "hold-timer__bar",
						"aria-hidden": "true",
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
							className: "hold-timer__fill",
							style: { transform: `scaleX(${v.progress})` }
						})
					})
				]
			}),
			isRunning(v) ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--block hold-timer__button",
				onClick: timer.cancel,
				children: "Cancel hold"
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--block hold-timer__button hold-timer__start",
				onClick: timer.start,
				children: v.phase === "done" ? "Start again" : `Start ${seconds} s hold`
			})
		]
	});
}
// src/features/workout/pain-panel.tsx
/** After "Sharp pain: stop": stop, a safer exercise instead, and when to get help. */
function PainPanel({ exerciseName, headingRef, onWithdraw, children }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "pain-panel",
		"aria-labelledby": "pain-panel-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "callout callout--danger pain-panel__stop",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					id: "pain-panel-title",
					ref: headingRef,
					tabIndex: -1,
					children: "Stop this exercise."
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Sharp or severe pain means stop, not push through. Spotter keeps this pain stop in History, even if you discard the rest of the workout." })]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				className: "card pain-panel__safer",
				"aria-labelledby": "pain-safer-title",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h3", {
					id: "pain-safer-title",
					children: ["Instead of ", exerciseName.toLowerCase()]
				}), children]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(RedFlags, { headingLevel: 3 }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--block",
				onClick: onWithdraw,
				children: "I tapped stop by mistake"
			})
		]
	});
}
/** A rest is over when the clock passes its end: a locked phone shows the right time the moment it wakes. */
var restMsLeft = (endsAt, now) => Math.max(0, Date.parse(endsAt) - now);
/** The rest after a set: big time left, 15 s less or more, skip; sound and a buzz at the end. */
function RestPanel({ endsAt, now, next }) {
	const { restAdjusted, restSkipped } = useActions();
	const msLeft = restMsLeft(endsAt, now);
	const secondsLeft = Math.ceil(msLeft / 1e3);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "rest-panel",
		"aria-labelledby": "rest-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", {
				id: "rest-title",
				className: "rest-panel__title",
				children: ["Rest, then ", next]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "rest-panel__time",
				role: "timer",
				"aria-label": `Rest: ${secondsLeft} seconds left`,
				children: formatClock(secondsLeft)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "rest-panel__buttons",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button",
						"aria-label": "−15 s rest",
						onClick: () => restAdjusted(-15),
						children: "−15 s"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button",
						"aria-label": "+15 s rest",
						onClick: () => restAdjusted(15),
						children: "+15 s"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "button",
						onClick: restSkipped,
						children: "Skip rest"
					})
				]
			})
		]
	});
}
/**
* Says when a rest seen running ends: a beep and a buzz if the end is seen as it happens, only the words if
* the phone was locked through it. Once per rest (its end time identifies it).
*/
function useRestEndSignal(endsAt, now) {
	const running = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		if (endsAt === null) return;
		const late = now - Date.parse(endsAt);
		if (late < 0) {
			running.current = endsAt;
			return;
		}
		if (running.current !== endsAt) return;
		running.current = null;
		announce("Rest over");
		if (late <= 2e3) signalEnd();
	}, [endsAt, now]);
}
// src/features/workout/safer-swaps.tsx
/** The safer exercises to swap to, best first, each with why and one button; or what to do instead. */
function SaferSwaps({ exercise, profile, load, onSwap }) {
	const safer = saferAlternatives(exercise, profile, load);
	if (safer.kind === "none") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		className: "safer-swaps__none",
		children: safer.message
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
		className: "safer-swaps",
		children: safer.options.map((option) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
			className: "safer-swaps__option",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "safer-swaps__name",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: option.exercise.name }), option.verdict.level !== "ok" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [" ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict: option.verdict })] })]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "safer-swaps__why muted",
					children: option.why
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					type: "button",
					className: "button button--block",
					onClick: () => onSwap(option.exercise.id),
					children: ["Swap to ", option.exercise.name]
				})
			]
		}, option.exercise.id))
	});
}
/**
* The wall clock (Date.now(): on iOS, performance.now() can stand still while the phone sleeps), redrawn
* while `running` and at once when the phone wakes.
*/
function useNow(running) {
	const [now, setNow] = (0, import_react.useState)(() => Date.now());
	(0, import_react.useEffect)(() => {
		if (!running) return;
		const redraw = () => setNow(Date.now());
		redraw();
		const id = window.setInterval(redraw, 200);
		document.addEventListener("visibilitychange", redraw);
		return () => {
			window.clearInterval(id);
			document.removeEventListener("visibilitychange", redraw);
		};
	}, [running]);
	return running ? now : Date.now();
}
// src/features/workout/use-hold-timer.ts
/**
* The hold timer of a plan item. When it started lives in the workout (the store), so leaving the screen
* and coming back keeps its time; every view of it is computed from that start and the clock.
* `onFinished(seconds)` runs once when a hold ends, with the seconds held; `onCancelled(seconds)` with the
* seconds held so far.
*/
function useHoldTimer(itemKey, seconds, onFinished, onCancelled) {
	const hold = useWorkout()?.hold;
	const { holdStarted, holdStopped } = useActions();
	const startedAt = hold && hold.key === itemKey ? Date.parse(hold.startedAt) : null;
	const timer = {
		...createHoldTimer(seconds),
		startedAt: Number.isFinite(startedAt) ? startedAt : null
	};
	const view = holdView(timer, useNow(isRunning(holdView(timer, Date.now()))));
	const alertedFor = (0, import_react.useRef)(null);
	const finished = (0, import_react.useRef)(onFinished);
	finished.current = onFinished;
	(0, import_react.useEffect)(() => {
		if (view.phase === "holding") announce("Hold now");
	}, [view.phase]);
	(0, import_react.useEffect)(() => {
		if (view.phase !== "done" || timer.startedAt === null || alertedFor.current === timer.startedAt) return;
		alertedFor.current = timer.startedAt;
		announce(`Hold finished: ${seconds} seconds`);
		finished.current(seconds);
		if (isFreshFinish(view)) signalEnd();
	}, [
		view,
		timer.startedAt,
		seconds
	]);
	return {
		view,
		start: () => {
			primeBeeper();
			holdStarted(itemKey);
		},
		cancel: () => {
			if (view.phase === "holding") onCancelled(Math.floor((seconds * 1e3 - view.msLeft) / 1e3));
			holdStopped();
		}
	};
}
// src/features/workout/exercise-step.tsx
var OUTCOME_NOTE = {
	skipped: "You skipped this.",
	swapped: "You swapped this for a safer one."
};
/**
* One exercise mid-workout: the form checkpoints before the first set, then set after set with a rest and
* one cue between them, a hold timer where it's a hold, and a way out on pain. The main action ("Set done",
* then "Next exercise") sits in the bar at the bottom; "Sharp pain" is in the bar at the top.
*/
function ExerciseStep({ item, position, total, entry, rest, profile, context, units, headingRef, onSaveAndEnd }) {
	const { setCompleted, setUndone, exerciseFinished, exerciseSkipped, exerciseSwapped, stepWentBack } = useActions();
	const guard = useTapGuard();
	const view = useExerciseView(item.exerciseId);
	const exercise = view.rated ? getFullExercise(view.rated) : null;
	const verdict = exercise && verdictFor(exercise, profile, item.load, context);
	const checkpoints = exercise ? exercise.checkpoints : view.cues;
	const sets = entry?.sets ?? [];
	const setNumber = sets.length + 1;
	const outcome = entry?.outcome;
	const allSetsDone = sets.length >= item.sets || outcome === "done";
	const closed = allSetsDone || outcome !== void 0;
	const isHold = item.holdSeconds !== null;
	const isLast = position === total;
	const lastSet = sets.at(-1);
	const defaults = {
		set: setNumber,
		reps: lastSet?.reps ?? item.reps,
		weight: item.load === "bodyweight" ? null : lastSet?.weight ?? item.weight,
		holdSeconds: item.holdSeconds
	};
	const [edited, setEdited] = (0, import_react.useState)(null);
	const draft = edited && edited.set === setNumber ? edited : defaults;
	const change = (patch) => setEdited({
		...draft,
		...patch
	});
	const hold = useHoldTimer(item.key, item.holdSeconds ?? 0, (held) => change({ holdSeconds: held }), (held) => held > 0 && change({ holdSeconds: held }));
	const restEndsAt = rest?.key === item.key ? rest.endsAt : null;
	const now = useNow(restEndsAt !== null && restMsLeft(restEndsAt, Date.now()) > 0);
	useRestEndSignal(restEndsAt, now);
	const resting = restEndsAt !== null && restMsLeft(restEndsAt, now) > 0;
	const setDone = () => {
		if (!guard.accept()) return;
		primeBeeper();
		setCompleted(item.key, {
			reps: draft.reps,
			weight: draft.weight,
			holdSeconds: draft.holdSeconds
		});
		announce(setNumber >= item.sets ? `Set ${setNumber} done. All ${item.sets} sets done.` : `Set ${setNumber} done`);
	};
	const next = () => {
		if (guard.accept()) exerciseFinished(item.key);
	};
	const skip = () => {
		if (guard.accept()) exerciseSkipped(item.key);
	};
	const swap = (to) => {
		exerciseSwapped(item.key, to);
		announce(`Swapped ${view.name} for ${getExercise(to).name}`);
	};
	if (outcome === "pain-stop") return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
		className: "workout-step",
		"aria-labelledby": "workout-step-title",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StepHeader, {
			name: view.name,
			verdict,
			position,
			total,
			headingRef
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PainStopped, {
			item,
			name: view.name,
			exercise,
			profile,
			onSwap: swap,
			onSkip: skip,
			onSaveAndEnd
		})]
	});
	const cue = cueForSet(checkpoints, setNumber);
	const mainLabel = allSetsDone || closed ? isLast ? "Next: cool-down" : "Next exercise" : "Set done";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
		className: "workout-step",
		"aria-labelledby": "workout-step-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StepHeader, {
				name: view.name,
				verdict,
				position,
				total,
				headingRef
			}),
			item.swappedFrom && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "muted workout-step__swapped",
				children: [
					"Swapped in for ",
					getExercise(item.swappedFrom).name.toLowerCase(),
					"."
				]
			}),
			exercise && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseFigure, {
				exerciseId: exercise.id,
				size: "compact"
			}),
			outcome && outcome !== "done" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "callout callout--info",
				children: OUTCOME_NOTE[outcome]
			}),
			resting && restEndsAt && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RestPanel, {
				endsAt: restEndsAt,
				now,
				next: allSetsDone ? isLast ? "the cool-down" : "the next exercise" : `set ${setNumber}`
			}),
			sets.length === 0 && !closed && checkpoints.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CheckpointList, {
				itemKey: item.key,
				checkpoints
			}),
			cue && !closed && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				className: "set-cue",
				"aria-labelledby": "set-cue-title",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					id: "set-cue-title",
					className: "set-cue__title",
					children: "The cue for this set"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "set-cue__text",
					children: cue.text
				})]
			}),
			!closed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CurrentSet, {
				draft,
				of: item.sets,
				bodyweight: item.load === "bodyweight",
				isHold,
				units,
				onChange: change,
				children: isHold && item.holdSeconds !== null && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(HoldTimerPanel, {
					seconds: item.holdSeconds,
					timer: hold
				})
			}),
			allSetsDone && outcome !== "skipped" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "callout callout--ok workout-step__all-done",
				children: [
					"All ",
					sets.length,
					" ",
					sets.length === 1 ? "set" : "sets",
					" done."
				]
			}),
			sets.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SetLog, {
				sets,
				units,
				canUndo: outcome === void 0 || outcome === "done",
				onUndo: () => {
					setUndone(item.key);
					announce(`Set ${sets.length} taken back`);
				}
			}),
			exercise && exercise.faults.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				className: "faults",
				"aria-labelledby": "faults-title",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
					id: "faults-title",
					children: "If you feel a pinch, check…"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: exercise.faults.map((fault) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: fault.text }, fault.id)) })]
			}),
			exercise && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
				className: "workout-swap",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", {
					className: "button button--block",
					children: "Swap for a safer one"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SaferSwaps, {
					exercise,
					profile,
					load: item.load,
					onSwap: swap
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "workout-actions__pair",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: guard.guard(stepWentBack),
					children: "Previous"
				}), !closed && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button",
					onClick: skip,
					children: sets.length > 0 ? "Skip the rest" : "Skip exercise"
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionBar, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--primary button--block workout-big",
				onClick: closed ? next : setDone,
				children: mainLabel
			}) })
		]
	});
}
/** Where you are, the exercise, and today's verdict (with why, when it isn't OK, and its advice). */
function StepHeader({ name, verdict, position, total, headingRef }) {
	const lines = !verdict ? [] : verdict.level === "ok" ? verdict.advice : [verdict.reason, ...verdict.advice];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
		className: "workout-step__header",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "workout-step__eyebrow",
				children: [
					"Exercise ",
					position,
					" of ",
					total
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "workout-step-title",
				ref: headingRef,
				tabIndex: -1,
				children: name
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "workout-step__verdict",
				children: [
					verdict ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NotRatedBadge, {}),
					lines.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
						className: "workout-step__reason",
						children: lines.map((line) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: line }, line))
					}),
					!verdict && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "workout-step__reason",
						children: "Your own exercise: Spotter doesn’t know it, so it can’t say how it suits your back. Stop if you feel sharp pain."
					})
				]
			})
		]
	});
}
var formatSet = (set, units) => [set.holdSeconds !== null ? `${set.reps} × ${set.holdSeconds} s` : `${set.reps} reps`, set.weight !== null ? `${set.weight} ${units}` : null].filter(Boolean).join(" · ");
/** The sets ticked so far, and a way to take back the last one (a mis-tap). */
function SetLog({ sets, units, canUndo, onUndo }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "set-log",
		"aria-labelledby": "set-log-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "set-log-title",
				className: "visually-hidden",
				children: "Sets done"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
				className: "set-log__list",
				"aria-labelledby": "set-log-title",
				children: sets.map((set, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					className: "set-log__set",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							"aria-hidden": "true",
							children: "✓"
						}),
						" Set ",
						index + 1,
						": ",
						formatSet(set, units)
					]
				}, index))
			}),
			canUndo && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
				type: "button",
				className: "button button--small",
				onClick: onUndo,
				children: ["Undo set ", sets.length]
			})
		]
	});
}
/** After "Sharp pain": no "Continue". A safer exercise instead, skipping this one, or ending and saving. */
function PainStopped({ item, name, exercise, profile, onSwap, onSkip, onSaveAndEnd }) {
	const { painStopWithdrawn } = useActions();
	const painRef = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => painRef.current?.focus(), []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PainPanel, {
		exerciseName: name,
		headingRef: painRef,
		onWithdraw: () => {
			painStopWithdrawn(item.key);
			announce(`${name}: pain stop taken back`);
		},
		children: exercise ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SaferSwaps, {
			exercise,
			profile,
			load: item.load,
			onSwap
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: "Spotter doesn’t know your own exercises, so it can’t suggest a safer one. Skip it today." })
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionBar, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "action-bar__pair",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			className: "button workout-big",
			onClick: onSkip,
			children: "Skip exercise"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			className: "button button--primary workout-big",
			onClick: onSaveAndEnd,
			children: "Save and end"
		})]
	}) })] });
}
// src/features/workout/warm-up-step.tsx
function WarmUpStep({ headingRef }) {
	const { stepAdvanced } = useActions();
	const guard = useTapGuard();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("article", {
		className: "workout-step",
		"aria-labelledby": "workout-step-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "workout-step__eyebrow",
				children: "Before you start"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "workout-step-title",
				ref: headingRef,
				tabIndex: -1,
				children: WARM_UP.title
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "workout-step__lead",
				children: WARM_UP.text
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PainRating, { when: "before" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionBar, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--primary button--block workout-big",
				onClick: () => guard.accept() && stepAdvanced(),
				children: "I’m warmed up"
			}) })
		]
	});
}
// src/features/workout/workout-in-progress.tsx
/**
* The workout itself: warm-up (step 0), one exercise per step, cool-down (last step). "Sharp pain" and "End
* workout" stay in the bar at the top; each step's main action is in the bar at the bottom.
*/
function WorkoutInProgress({ workout, wakeLock, onFinished }) {
	const plan = usePlan();
	const profile = useProfile();
	const back = useBackToday();
	const { workoutFinished, painStopped } = useActions();
	const [confirmingEnd, setConfirmingEnd] = (0, import_react.useState)(false);
	const headingRef = (0, import_react.useRef)(null);
	const total = plan.length;
	const step = Math.max(0, Math.min(workout.step, total + 1));
	const item = step >= 1 && step <= total ? plan[step - 1] : void 0;
	const entry = useCurrentEntry(item);
	const view = useExerciseViews();
	const name = item ? view(item.exerciseId).name : "";
	useDocumentTitle(step === 0 ? "Warm-up" : item ? `${name} (${step} of ${total})` : "Cool-down");
	const shownStep = (0, import_react.useRef)(step);
	(0, import_react.useEffect)(() => {
		if (shownStep.current !== step) document.scrollingElement?.scrollTo?.({ top: 0 });
		shownStep.current = step;
		headingRef.current?.focus({ preventScroll: true });
	}, [step]);
	const saveAndEnd = () => {
		workoutFinished("all");
		onFinished();
	};
	const stopForPain = () => {
		if (!item) return;
		painStopped(item.key);
		announce(`${name} stopped: sharp pain`);
	};
	const canStopForPain = item !== void 0 && entry?.outcome !== "pain-stop";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "workout",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "workout-toolbar",
				children: [canStopForPain && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button button--danger workout-toolbar__pain",
					onClick: stopForPain,
					children: "Sharp pain: stop"
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "button workout-toolbar__end",
					"aria-expanded": confirmingEnd,
					onClick: () => setConfirmingEnd((open) => !open),
					children: "End workout"
				})]
			}),
			confirmingEnd && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EndWorkoutConfirm, {
				onCancel: () => setConfirmingEnd(false),
				onSaved: onFinished
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "workout-subbar",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Link, {
					to: paths.plan,
					className: "workout-subbar__plan",
					"aria-label": "Back to today’s plan",
					children: "‹ Plan"
				}), wakeLock]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(StepDots, {
				step,
				total
			}),
			step === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WarmUpStep, { headingRef }),
			item && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ExerciseStep, {
				item,
				position: step,
				total,
				entry,
				rest: workout.rest,
				profile: back.profile,
				context: verdictContext(back, item.exerciseId),
				units: profile.units,
				headingRef,
				onSaveAndEnd: saveAndEnd
			}, `${item.key}:${item.exerciseId}`),
			step === total + 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CoolDownStep, {
				headingRef,
				onFinish: saveAndEnd
			})
		]
	}) });
}
/** Where you are, at a glance: one segment per step. Decorative: the step's own text says it in words. */
function StepDots({ step, total }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
		className: "step-dots",
		"aria-hidden": "true",
		children: Array.from({ length: total + 2 }, (_, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { className: `step-dots__dot${i < step ? " step-dots__dot--past" : ""}${i === step ? " step-dots__dot--now" : ""}` }, i))
	});
}
// src/features/workout/workout-start.tsx
/** Before the workout: today's exercises, a word about any to avoid, and Start. */
function WorkoutStart({ plan, wakeLock, onStart }) {
	const back = useBackToday();
	const { guard } = useTapGuard();
	const view = useExerciseViews();
	const summary = summarisePlan(ratedItems(plan), back.profile, { painStops: back.painStops });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "workout-start",
		"aria-labelledby": "workout-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				id: "workout-title",
				children: "Workout"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "muted",
				children: [
					"Today: ",
					plan.length,
					" ",
					plan.length === 1 ? "exercise" : "exercises",
					", with a warm-up first and a cool-down at the end."
				]
			}),
			summary.avoidCount > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "callout callout--danger",
				children: [
					plural(summary.avoidCount, "exercise is", "exercises are"),
					" marked “Avoid today”.",
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Link, {
						to: paths.plan,
						children: [
							"Swap ",
							agree(summary.avoidCount, "it", "them"),
							" on the plan"
						]
					}),
					", or skip",
					" ",
					agree(summary.avoidCount, "it", "them"),
					" when you get there."
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
				className: "workout-start__list",
				"aria-label": "Today’s exercises",
				children: plan.map((item) => {
					const exercise = view(item.exerciseId);
					const verdict = exercise.rated && verdictFor(getExercise(exercise.rated), back.profile, item.load, verdictContext(back, item.exerciseId));
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
						className: "workout-start__item",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "workout-start__name",
								children: exercise.name
							}),
							exercise.holdSeconds !== void 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
								className: "muted workout-start__hold",
								children: [exercise.holdSeconds, " s hold"]
							}),
							verdict ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictBadge, { verdict }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NotRatedBadge, {})
						]
					}, item.key);
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "button button--primary button--block workout-big",
				onClick: guard(onStart),
				children: "Start workout"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "workout-start__wake",
				children: wakeLock
			})
		]
	});
}
// src/features/workout/workout-screen.tsx
/** /workout: start, go through the steps, finish. Where you are lives in the store, so a reload keeps it. */
function WorkoutScreen() {
	useDocumentTitle("Workout");
	const plan = usePlan();
	const workout = useWorkout();
	const history = useHistory();
	const { workoutStarted } = useActions();
	const [justFinished, setJustFinished] = (0, import_react.useState)(false);
	const [keepScreenOn, setKeepScreenOn] = (0, import_react.useState)(true);
	const latest = history[0];
	const showSummary = justFinished && !workout && latest !== void 0;
	const wakeLockState = useWakeLock(keepScreenOn && plan.length > 0 && !showSummary);
	const wakeLock = /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WakeLockToggle, {
		enabled: keepScreenOn,
		onToggle: () => setKeepScreenOn((on) => !on),
		state: wakeLockState
	});
	if (showSummary) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SessionSummary, { record: latest });
	if (plan.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NoPlan, { workoutOpen: workout !== null });
	if (!workout) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WorkoutStart, {
		plan,
		wakeLock,
		onStart: () => {
			setJustFinished(false);
			workoutStarted();
		}
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(WorkoutInProgress, {
		workout,
		wakeLock,
		onFinished: () => setJustFinished(true)
	});
}
export { WorkoutScreen };
