import { a as __toESM, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
// src/components/stepper.css
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
// src/components/stepper.tsx
var import_jsx_runtime = require_jsx_runtime();
var format = (value) => Number.isInteger(value) ? String(value) : value.toFixed(1);
/**
* A number with big − and + buttons for a sweaty thumb, and the number itself typed where it is long
* (a weight of 102.5). While typing, what is typed stays as typed; each valid number is passed on at once.
*/
function Stepper({ label, value, step, min, max, unit, decimal = false, size = "normal", onChange }) {
	const id = (0, import_react.useId)();
	const [typed, setTyped] = (0, import_react.useState)(null);
	const clamp = (n) => Math.max(min, Math.min(max, n));
	const by = (delta) => {
		setTyped(null);
		const next = clamp(Math.round((value + delta) / step) * step);
		if (next !== value) onChange(next);
	};
	const lower = label.toLowerCase();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: `stepper stepper--${size}`,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
			htmlFor: `${id}-input`,
			className: "stepper__label",
			children: label
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "stepper__row",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					type: "button",
					className: "button stepper__button",
					disabled: value <= min,
					onClick: () => by(-step),
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						"aria-hidden": "true",
						children: "−"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "visually-hidden",
						children: ["Less ", lower]
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "stepper__value",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						id: `${id}-input`,
						className: "stepper__input",
						type: "text",
						inputMode: decimal ? "decimal" : "numeric",
						autoComplete: "off",
						enterKeyHint: "done",
						value: typed ?? format(value),
						style: { width: `${Math.max(2, (typed ?? format(value)).length) + .5}ch` },
						onFocus: (event) => event.target.select(),
						onChange: (event) => {
							const text = event.target.value;
							setTyped(text);
							const n = Number(text.replace(",", "."));
							if (text.trim() !== "" && Number.isFinite(n)) onChange(clamp(decimal ? n : Math.round(n)));
						},
						onBlur: () => setTyped(null),
						onKeyDown: (event) => {
							if (event.key === "Enter") event.currentTarget.blur();
						}
					}), unit && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "stepper__unit",
						children: unit
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					type: "button",
					className: "button stepper__button",
					disabled: value >= max,
					onClick: () => by(step),
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						"aria-hidden": "true",
						children: "+"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "visually-hidden",
						children: ["More ", lower]
					})]
				})
			]
		})]
	});
}
export { Stepper as t };
