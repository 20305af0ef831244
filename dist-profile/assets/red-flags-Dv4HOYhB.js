import { t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
// src/data/advice.ts
var DISCLAIMER = "Spotter gives general information, not medical advice. If you are unsure whether an exercise is right for you, ask a doctor or physiotherapist.";
/** Emergency numbers to offer as tappable links: 999 in the UK, 112 across Europe, 911 in North America. */
var EMERGENCY_NUMBERS = [
	{
		number: "999",
		where: "UK"
	},
	{
		number: "112",
		where: "EU and most of the world"
	},
	{
		number: "911",
		where: "US and Canada"
	}
];
/**
* When to stop and get medical help (NHS and Mayo Clinic wording, summarised), most urgent first.
* `urgent`: call your emergency number or go to an emergency department now. `soon`: an urgent GP
* appointment or NHS 111 (elsewhere, a doctor today). `doctor`: book to see a doctor.
*/
var RED_FLAGS = {
	urgent: {
		title: "Get help now: call your emergency number or go to A&E",
		action: "Call your emergency number, or go to the nearest emergency department (A&E in the UK).",
		flags: [
			{
				id: "both-legs",
				text: "Pain, tingling, weakness or numbness in both legs",
				sources: ["nhs-back-pain", "nwch"]
			},
			{
				id: "sciatica-both-sides",
				text: "Sciatica on both sides",
				sources: ["nhs-111-wales-sciatica"]
			},
			{
				id: "legs-weak-worsening",
				text: "Weakness or numbness in both legs that is severe or getting worse",
				sources: ["nhs-111-wales-sciatica"]
			},
			{
				id: "saddle-numb",
				text: "Numbness around your genitals or buttocks",
				sources: ["nhs-back-pain"]
			},
			{
				id: "bladder-bowel",
				text: "Trouble peeing, or losing control of your bladder or bowels",
				sources: ["nhs-back-pain", "nhs-111-wales-sciatica"]
			},
			{
				id: "chest-pain",
				text: "Chest pain",
				sources: ["nhs-back-pain"]
			},
			{
				id: "after-accident",
				text: "Back pain after a serious fall or accident",
				sources: ["nhs-back-pain"]
			}
		]
	},
	soon: {
		title: "Get an urgent GP appointment or call 111",
		action: "In the UK, get an urgent GP appointment or call 111. Elsewhere, see a doctor today.",
		flags: [
			{
				id: "fever",
				text: "A high temperature (fever) with back pain",
				sources: ["nhs-back-pain"]
			},
			{
				id: "weight-loss",
				text: "Weight loss you can’t explain",
				sources: ["nhs-back-pain"]
			},
			{
				id: "lump",
				text: "A lump or a change in the shape of your back",
				sources: ["nhs-back-pain"]
			},
			{
				id: "night-pain",
				text: "Pain that is worse at night or not eased by rest",
				sources: ["nhs-back-pain", "mayo-back-pain"]
			},
			{
				id: "cough-sneeze",
				text: "Pain that gets worse when you cough, sneeze or poo",
				sources: ["nhs-back-pain"]
			},
			{
				id: "between-shoulders",
				text: "Pain high up, between your shoulders",
				sources: ["nhs-back-pain"]
			}
		]
	},
	doctor: {
		title: "See a doctor",
		action: "Book an appointment with a GP or doctor.",
		flags: [
			{
				id: "down-the-leg",
				text: "Pain that spreads down one or both legs, especially below the knee",
				sources: ["mayo-neurosurgery", "nhs-ggc"]
			},
			{
				id: "leg-weak-numb",
				text: "Weakness, numbness or tingling in one or both legs",
				sources: ["mayo-neurosurgery"]
			},
			{
				id: "below-knee-new",
				text: "Leg pain below the knee that is new, sudden or getting worse",
				sources: ["nhs-ggc"]
			},
			{
				id: "sciatica-not-better",
				text: "Sciatica that isn’t better after a few weeks of home treatment, is getting worse, or stops you doing your normal activities",
				sources: ["nhs-111-wales-sciatica"]
			},
			{
				id: "first-after-50",
				text: "Back pain for the first time after the age of 50",
				sources: ["mayo-symptom-checker"]
			},
			{
				id: "risk-history",
				text: "Back pain and a history of cancer, osteoporosis or long-term steroid use",
				sources: ["mayo-symptom-checker", "nhs-ggc"]
			}
		]
	}
};
/** The tiers in order, most urgent first. */
var RED_FLAG_TIERS = [
	"urgent",
	"soon",
	"doctor"
];
var GENERAL_ADVICE = [
	{
		id: "warm-up",
		title: "Warm up first",
		text: "Spend 5–10 minutes on brisk walking or other easy aerobic activity before you train.",
		sources: ["mayo-weight-training"]
	},
	{
		id: "cool-down",
		title: "Cool down gently",
		text: "Finish with easy movement and gentle stretches. It feels good, but it barely changes next-day soreness.",
		sources: ["cochrane-stretching-2011"]
	},
	{
		id: "soreness-vs-pain",
		title: "Soreness is normal, sharp pain is not",
		text: "Some muscle soreness a day or two after training is normal, and hurt does not mean harm. Sharp or severe pain during an exercise is different: stop that exercise.",
		sources: ["gstt", "nhs-inform-exercises"]
	},
	{
		id: "back-pain-today",
		title: "Back pain today? Stay active",
		text: "Keep moving with modest, easy work and build up gradually. Long rest tends to make back pain worse. Stop any exercise that makes the pain worse.",
		sources: [
			"nhs-live-well-back-exercises",
			"nhs-back-pain",
			"gstt",
			"nhs-inform-exercises"
		]
	},
	{
		id: "sciatica",
		title: "Sciatica? Keep gently active",
		text: "Start gentle exercise as soon as you can, keep to your normal activities, and don’t sit or lie down for long. Stop an exercise if your leg symptoms spread or get worse.",
		sources: ["nhs-111-wales-sciatica", "nhs-inform-exercises"]
	},
	{
		id: "strong-back",
		title: "Your back is strong",
		text: "Graded exercise and movement in every direction, lifting, bending and twisting included, is safe and healthy for the back. Build up step by step.",
		sources: ["bjsm-2020", "sheffield-msk"]
	}
];
var WARM_UP = GENERAL_ADVICE[0];
var COOL_DOWN = GENERAL_ADVICE[1];
/** For the About screen: how the content was checked, in plain words. */
var CONTENT_REVIEW = {
	title: "How this was checked",
	paragraphs: [
		"Spotter started from a spine clinic’s blog post about exercises that can cause back pain. Each of its claims was checked against health services (the NHS, Mayo Clinic), clinical guidelines and published studies; what they did not support was changed, and the post’s sales lines for the clinic and for a medicine were left out.",
		"Each exercise names its sources. How risky an exercise is, and today’s advice, rest on health services, guidelines, studies or professional bodies. Coaching websites are used only for form cues, and a cue with no source says it is a coaching cue.",
		"Where no study gives a rule (how heavy is too heavy on a sore day, for example), the advice is a cautious judgement, worded as “take care” with what to do. Exercises no source rates for the back are marked “not rated”.",
		"It is general information, not medical advice."
	]
};
// src/components/red-flags.tsx
var import_jsx_runtime = require_jsx_runtime();
/** "Call your emergency number: 999 (UK), 112 (…), 911 (…)", each number a link that calls it. */
function EmergencyNumbers() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
		className: "red-flags__call",
		children: [
			"Call your emergency number:",
			" ",
			EMERGENCY_NUMBERS.map((entry, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", { children: [
				index > 0 && ", ",
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
					className: "red-flags__number",
					href: `tel:${entry.number}`,
					children: entry.number
				}),
				" ",
				"(",
				entry.where,
				")"
			] }, entry.number))
		]
	});
}
/**
* When to stop and get medical help, most urgent first: what to look out for in each tier, then what to do.
* Shared by the workout's pain stop and the about screen.
*/
function RedFlags({ headingLevel = 2 }) {
	const Heading = headingLevel === 2 ? "h2" : "h3";
	const Sub = headingLevel === 2 ? "h3" : "h4";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "red-flags callout callout--danger",
		"aria-label": "Red flags: when to get medical help",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Heading, { children: "Stop and get medical help" }), RED_FLAG_TIERS.map((tier) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "red-flags__tier",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Sub, { children: RED_FLAGS[tier].title }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: RED_FLAGS[tier].flags.map((flag) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: flag.text }, flag.id)) }),
				tier === "urgent" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EmergencyNumbers, {}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "red-flags__action",
					children: RED_FLAGS[tier].action
				})
			]
		}, tier))]
	});
}
export { GENERAL_ADVICE as a, WARM_UP as c, DISCLAIMER as i, CONTENT_REVIEW as n, RED_FLAGS as o, COOL_DOWN as r, RED_FLAG_TIERS as s, RedFlags as t };
