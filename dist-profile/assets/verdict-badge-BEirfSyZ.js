import { t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
/* empty css                       */
// src/components/verdict-icon.tsx
var import_jsx_runtime = require_jsx_runtime();
/**
* The verdict's shape, drawn inline: it needs no emoji font (gym phones and test browsers may lack one)
* and reads without colour: a stop sign, a warning triangle, a tick.
*/
function VerdictIcon({ level }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("svg", {
		className: "verdict-icon",
		viewBox: "0 0 20 20",
		width: "1em",
		height: "1em",
		"aria-hidden": "true",
		focusable: "false",
		children: [
			level === "avoid" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
				cx: "10",
				cy: "10",
				r: "9",
				fill: "currentColor"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("rect", {
				x: "4.5",
				y: "8.5",
				width: "11",
				height: "3",
				rx: "1",
				fill: "var(--color-icon-on-solid, #fff)"
			})] }),
			level === "caution" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", {
					d: "M10 1.5 19 18H1z",
					fill: "currentColor"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("rect", {
					x: "9",
					y: "7",
					width: "2",
					height: "6",
					rx: "1",
					fill: "var(--color-icon-on-solid, #fff)"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					cx: "10",
					cy: "15.3",
					r: "1.2",
					fill: "var(--color-icon-on-solid, #fff)"
				})
			] }),
			level === "ok" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", {
				d: "M3 10.5 8 15.5 17 5",
				fill: "none",
				stroke: "currentColor",
				strokeWidth: "3",
				strokeLinecap: "round",
				strokeLinejoin: "round"
			})
		]
	});
}
// src/components/verdict-badge.tsx
var LABELS = {
	avoid: "Avoid today",
	caution: "Take care",
	ok: "OK"
};
/** The verdict as a label that reads without colour (icon + words). */
function VerdictBadge({ verdict }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
		className: `verdict-badge verdict-badge--${verdict.level}`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(VerdictIcon, { level: verdict.level }),
			" ",
			LABELS[verdict.level]
		]
	});
}
export { VerdictIcon as n, VerdictBadge as t };
