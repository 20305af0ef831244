import { lt as CONDITIONS, ut as CONDITION_INFO } from "./last-time-Bl6Mqelm.js";
import { _ as useBackToday, g as useActions } from "./index-B5N6klht.js";
import { t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
// src/components/condition-toggles.tsx
var import_jsx_runtime = require_jsx_runtime();
/** The back profile: one big checkbox per condition. Shared by the plan and about screens. */
function ConditionToggles({ legend = "My back today" }) {
	const { conditions } = useBackToday().profile;
	const { conditionToggled } = useActions();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
		className: "condition-toggles",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: legend }), CONDITIONS.map((condition) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
			className: "condition-toggles__option",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				type: "checkbox",
				checked: conditions.includes(condition),
				onChange: () => conditionToggled(condition)
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: CONDITION_INFO[condition].label })]
		}, condition))]
	});
}
export { ConditionToggles as t };
