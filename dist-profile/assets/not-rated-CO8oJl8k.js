/* empty css                       */
import { t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
// src/components/not-rated.tsx
var import_jsx_runtime = require_jsx_runtime();
var NOT_RATED = "Not rated by Spotter";
/** Where a verdict would show, for one of the user's own exercises: a neutral chip, never a verdict. */
function NotRatedBadge() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
		className: "verdict-badge verdict-badge--unrated",
		children: NOT_RATED
	});
}
/** The one line the plan and the workout show under the chip. */
var NOT_RATED_LINE = "Your own exercise: Spotter doesn’t know it, so it can’t say how it suits your back. Stop if you feel sharp pain.";
export { NOT_RATED_LINE as n, NotRatedBadge as r, NOT_RATED as t };
