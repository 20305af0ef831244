// src/data/exercise-core.ts
/**
* Every exercise id, in the order the library lists them within a movement pattern.
* `ExerciseId` is a union of these literals, so a misspelt id anywhere in the dataset is a compile error.
*/
var EXERCISE_IDS = [
	"sit-up",
	"squat",
	"deadlift",
	"push-up",
	"burpee",
	"toe-touch",
	"superman",
	"glute-bridge",
	"forearm-plank",
	"torso-twist",
	"pallof-press",
	"side-plank",
	"mcgill-curl-up",
	"bird-dog",
	"forward-push-up",
	"backward-push-up",
	"barbell-bench-press",
	"overhead-press",
	"seated-dumbbell-shoulder-press",
	"lat-pulldown",
	"pull-up",
	"bent-over-row",
	"one-arm-dumbbell-row",
	"inverted-row",
	"seated-cable-row",
	"biceps-curl",
	"forward-lunge",
	"bulgarian-split-squat",
	"step-up",
	"leg-press",
	"goblet-squat",
	"trap-bar-deadlift",
	"romanian-deadlift",
	"good-morning",
	"kettlebell-swing",
	"hip-thrust",
	"back-extension",
	"hanging-leg-raise",
	"lying-leg-raise",
	"crunch",
	"russian-twist",
	"cable-woodchop",
	"ab-wheel-rollout",
	"dead-bug",
	"farmers-carry",
	"suitcase-carry",
	"rowing-machine",
	"mountain-climber"
];
var BW = ["bodyweight"];
var BW_LIGHT = ["bodyweight", "light"];
var ANY = [
	"bodyweight",
	"light",
	"heavy"
];
var LOADED = ["light", "heavy"];
var EXERCISE_CORE = {
	"sit-up": {
		name: "Sit-up",
		defaultLoad: "bodyweight",
		loads: BW_LIGHT,
		checkpointIds: ["slow", "stop-if-pain"]
	},
	squat: {
		name: "Squat",
		defaultLoad: "light",
		loads: ANY,
		checkpointIds: [
			"feet",
			"gaze",
			"spine",
			"knees"
		]
	},
	deadlift: {
		name: "Deadlift",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"bar-close",
			"knees",
			"hinge",
			"brace",
			"lats",
			"neck",
			"glutes",
			"chest-up"
		]
	},
	"push-up": {
		name: "Push-up",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"hands",
			"hips-line",
			"no-sag",
			"brace"
		]
	},
	burpee: {
		name: "Burpee",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"hips",
			"slow",
			"plank"
		]
	},
	"toe-touch": {
		name: "Toe touch",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"warm",
			"slow",
			"no-bounce"
		]
	},
	superman: {
		name: "Superman",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: ["small", "stop-if-pain"]
	},
	"glute-bridge": {
		name: "Glute bridge",
		defaultLoad: "bodyweight",
		loads: BW_LIGHT,
		checkpointIds: [
			"feet-width",
			"heels-close",
			"drive",
			"stop-line",
			"slow"
		]
	},
	"forearm-plank": {
		name: "Forearm plank",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"forearms",
			"straight",
			"eyes",
			"core",
			"breathe",
			"hips"
		],
		holdSeconds: 30
	},
	"torso-twist": {
		name: "Torso twist",
		defaultLoad: "bodyweight",
		loads: BW_LIGHT,
		checkpointIds: [
			"standing",
			"low-back-still",
			"rotate-mid",
			"slow"
		]
	},
	"pallof-press": {
		name: "Pallof press",
		defaultLoad: "light",
		loads: ["light"],
		checkpointIds: [
			"side-on",
			"breastbone",
			"press",
			"no-rotation",
			"switch"
		]
	},
	"side-plank": {
		name: "Side plank",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"side",
			"forearm",
			"brace",
			"lift",
			"switch"
		],
		holdSeconds: 10
	},
	"mcgill-curl-up": {
		name: "McGill curl-up",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"legs",
			"hands",
			"neck",
			"lift",
			"hold",
			"switch"
		],
		holdSeconds: 10
	},
	"bird-dog": {
		name: "Bird dog",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"all-fours",
			"reach",
			"no-arch",
			"hold",
			"switch"
		],
		holdSeconds: 10
	},
	"forward-push-up": {
		name: "Forward push-up",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"hands",
			"width",
			"hips-line"
		]
	},
	"backward-push-up": {
		name: "Backward push-up",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"hands",
			"width",
			"hips-line"
		]
	},
	"barbell-bench-press": {
		name: "Bench press",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"feet",
			"three-points",
			"no-arch",
			"touch",
			"brace"
		]
	},
	"overhead-press": {
		name: "Standing overhead press",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"squeeze",
			"over-head",
			"no-lean-back"
		]
	},
	"seated-dumbbell-shoulder-press": {
		name: "Seated dumbbell shoulder press",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"three-points",
			"no-arch",
			"feet"
		]
	},
	"lat-pulldown": {
		name: "Lat pulldown",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"thigh-pad",
			"lean",
			"brace",
			"no-shrug"
		]
	},
	"pull-up": {
		name: "Pull-up",
		defaultLoad: "bodyweight",
		loads: BW_LIGHT,
		checkpointIds: [
			"brace",
			"cross-legs",
			"no-swing",
			"shoulders-down"
		]
	},
	"bent-over-row": {
		name: "Bent-over row",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"hinge",
			"no-rock",
			"bar-close",
			"moderate"
		]
	},
	"one-arm-dumbbell-row": {
		name: "One-arm dumbbell row",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"bench",
			"flat-back",
			"no-twist"
		]
	},
	"inverted-row": {
		name: "Inverted row",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"straight",
			"brace",
			"neck"
		]
	},
	"seated-cable-row": {
		name: "Seated cable row",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"upright",
			"no-lean",
			"slow"
		]
	},
	"biceps-curl": {
		name: "Biceps curl",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"split-stance",
			"brace",
			"no-arch",
			"elbows"
		]
	},
	"forward-lunge": {
		name: "Lunge",
		defaultLoad: "bodyweight",
		loads: ANY,
		checkpointIds: [
			"knee-ankle",
			"control",
			"trunk",
			"brace"
		]
	},
	"bulgarian-split-squat": {
		name: "Bulgarian split squat",
		defaultLoad: "light",
		loads: ANY,
		checkpointIds: [
			"dumbbells",
			"tall",
			"control"
		]
	},
	"step-up": {
		name: "Step-up",
		defaultLoad: "bodyweight",
		loads: ANY,
		checkpointIds: [
			"whole-foot",
			"knee-height",
			"tall",
			"drive"
		]
	},
	"leg-press": {
		name: "Leg press",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"ninety",
			"back-on-pad",
			"knees-out",
			"no-momentum",
			"no-lockout"
		]
	},
	"goblet-squat": {
		name: "Goblet squat",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"chest",
			"upright",
			"knees",
			"depth"
		]
	},
	"trap-bar-deadlift": {
		name: "Trap-bar deadlift",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"centred",
			"hips",
			"spine",
			"handles"
		]
	},
	"romanian-deadlift": {
		name: "Romanian deadlift",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"soft-knees",
			"bar-close",
			"hips-back",
			"stop-neutral",
			"no-lean-back"
		]
	},
	"good-morning": {
		name: "Good morning",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"light",
			"soft-knees",
			"horizontal",
			"neutral"
		]
	},
	"kettlebell-swing": {
		name: "Kettlebell swing",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"hinge",
			"neutral",
			"hips",
			"no-lean-back"
		]
	},
	"hip-thrust": {
		name: "Hip thrust",
		defaultLoad: "light",
		loads: ANY,
		checkpointIds: [
			"ribs",
			"stop-line",
			"knees"
		]
	},
	"back-extension": {
		name: "Back extension",
		defaultLoad: "bodyweight",
		loads: ANY,
		checkpointIds: [
			"pad",
			"straight-line",
			"control"
		]
	},
	"hanging-leg-raise": {
		name: "Hanging leg raise",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"no-swing",
			"knees-first",
			"lower-slow"
		]
	},
	"lying-leg-raise": {
		name: "Lying leg raise",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"knees-bent",
			"no-arch",
			"small"
		]
	},
	crunch: {
		name: "Crunch",
		defaultLoad: "bodyweight",
		loads: BW_LIGHT,
		checkpointIds: [
			"shoulder-blades",
			"neck",
			"slow"
		]
	},
	"russian-twist": {
		name: "Russian twist",
		defaultLoad: "bodyweight",
		loads: BW_LIGHT,
		checkpointIds: [
			"feet-down",
			"long-spine",
			"upper-back",
			"no-weight"
		]
	},
	"cable-woodchop": {
		name: "Cable woodchop",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"pivot",
			"long-spine",
			"short-range"
		]
	},
	"ab-wheel-rollout": {
		name: "Ab wheel rollout",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"knees",
			"short",
			"ribs",
			"stop-before-sag"
		]
	},
	"dead-bug": {
		name: "Dead bug",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"back-down",
			"opposite",
			"slow",
			"stop-if-arch"
		]
	},
	"farmers-carry": {
		name: "Farmer’s carry",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"hinge-pick-up",
			"tall",
			"brace",
			"short-steps"
		]
	},
	"suitcase-carry": {
		name: "Suitcase carry",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"tall",
			"no-lean",
			"brace",
			"slow"
		]
	},
	"rowing-machine": {
		name: "Rowing machine",
		defaultLoad: "light",
		loads: LOADED,
		checkpointIds: [
			"pelvis",
			"sequence",
			"stop-when-fading"
		]
	},
	"mountain-climber": {
		name: "Mountain climber",
		defaultLoad: "bodyweight",
		loads: BW,
		checkpointIds: [
			"hands",
			"hips-level",
			"slow"
		]
	}
};
var isExerciseIdSet = new Set(EXERCISE_IDS);
var isExerciseId = (value) => typeof value === "string" && isExerciseIdSet.has(value);
var getExerciseCore = (id) => ({
	id,
	...EXERCISE_CORE[id]
});
// src/data/conditions.ts
/** Conditions the user can declare in their back profile. */
var CONDITIONS = ["back-pain-today", "sciatica"];
var CONDITION_INFO = {
	"back-pain-today": {
		label: "Back pain today",
		description: "Your lower back hurts today. Keep moving with easy work: staying active helps back pain more than rest.",
		lasts: "today"
	},
	sciatica: {
		label: "Sciatica / nerve pain down the leg",
		description: "Pain, tingling or numbness that runs from the back down one leg.",
		lasts: "until-changed"
	}
};
// src/domain/conditions-in-force.ts
/**
* Which declared conditions apply today. A condition that lasts until changed (sciatica) always does; one
* that is about a day (back pain today) only on the day it was set. `today` and `todaySetOn` are local
* calendar days, YYYY-MM-DD.
*/
function conditionsInForce(profile, today) {
	const declared = CONDITIONS.filter((condition) => profile.conditions.includes(condition));
	const isToday = profile.todaySetOn === today;
	const inForce = declared.filter((condition) => CONDITION_INFO[condition].lasts === "until-changed" || isToday);
	const stale = declared.filter((condition) => !inForce.includes(condition));
	return {
		inForce,
		stale,
		askAboutToday: stale.length > 0
	};
}
/** A date's local calendar day as YYYY-MM-DD. */
function localDay(date) {
	const pad = (n) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
// src/data/load.ts
/**
* How heavy the user plans to go, per plan item. Spine load rises with the load lifted (measured at set
* loads in several studies), but no source defines bands: these three and their wording are a judgement,
* kept coarse on purpose so one tap changes them.
*/
var LOAD_BANDS = [
	"bodyweight",
	"light",
	"heavy"
];
var LOAD_LABELS = {
	bodyweight: "Bodyweight",
	light: "Light",
	heavy: "Heavy"
};
/** One line under the load choice, so "light" means the same to everyone. */
var LOAD_HINTS = {
	bodyweight: "No added weight",
	light: "Easy: many reps left in the tank",
	heavy: "Hard: only a few reps left in the tank"
};
var LOAD_ORDER = {
	bodyweight: 0,
	light: 1,
	heavy: 2
};
/** Negative when `a` is lighter than `b`. */
var compareLoad = (a, b) => LOAD_ORDER[a] - LOAD_ORDER[b];
var UNITS = ["kg", "lb"];
// src/data/routines.ts
var hold = (exerciseId) => ({
	exerciseId,
	load: "bodyweight",
	weight: null,
	sets: 3,
	reps: 5,
	holdSeconds: 10,
	restSeconds: 60
});
var light = (exerciseId) => ({
	exerciseId,
	load: "light",
	weight: null,
	sets: 3,
	reps: 8,
	holdSeconds: null,
	restSeconds: 120
});
var bodyweight = (exerciseId) => ({
	exerciseId,
	load: "bodyweight",
	weight: null,
	sets: 3,
	reps: 10,
	holdSeconds: null,
	restSeconds: 60
});
var STARTER_ROUTINES = [{
	id: "r-starter-big-three",
	name: "Sore-back day: McGill’s big three",
	about: "The curl-up, side plank and bird dog that McGill’s work puts together for a sore back.",
	sources: ["mcgill-karpowicz-2009"],
	items: [
		hold("mcgill-curl-up"),
		hold("side-plank"),
		hold("bird-dog")
	]
}, {
	id: "r-starter-full-body",
	name: "Full body, back-friendly",
	about: "Six exercises from the library, each OK for a back with nothing declared at this load: legs, hinge, pull, press and core.",
	sources: [
		"diggin-squat",
		"russell-1989",
		"swinton-2011",
		"fenwick-2009",
		"ace-seated-overhead-press",
		"saeterbakken-2013",
		"les-mills-twist",
		"emami-2015",
		"yun-2017"
	],
	items: [
		light("goblet-squat"),
		light("trap-bar-deadlift"),
		bodyweight("inverted-row"),
		light("seated-dumbbell-shoulder-press"),
		light("pallof-press"),
		bodyweight("dead-bug")
	]
}];
/** A starter routine by its id, while the user keeps it (renamed or not). */
var starterRoutine = (id) => STARTER_ROUTINES.find((routine) => routine.id === id);
// src/data/taxonomy.ts
/**
* The typed vocabularies the exercise table uses: movement patterns, equipment and spinal demands.
* Kept apart from `./exercises` so the rules and the search can name them without the table itself.
*/
/** Movement patterns, in the order the library groups them. */
var PATTERNS = [
	"squat",
	"hinge",
	"lunge",
	"horizontal-push",
	"vertical-push",
	"horizontal-pull",
	"vertical-pull",
	"carry",
	"flexion",
	"anti-extension",
	"rotation",
	"side",
	"extension",
	"conditioning",
	"mobility",
	"arms"
];
var PATTERN_LABELS = {
	squat: "Squat",
	hinge: "Hinge and bridge",
	lunge: "Lunge and single leg",
	"horizontal-push": "Push (chest)",
	"vertical-push": "Push (overhead)",
	"horizontal-pull": "Row",
	"vertical-pull": "Pull-down and pull-up",
	carry: "Carry",
	flexion: "Curl-ups and leg raises",
	"anti-extension": "Planks and holds",
	rotation: "Twist and anti-twist",
	side: "Side holds",
	extension: "Back extension",
	conditioning: "Conditioning",
	mobility: "Mobility",
	arms: "Arms"
};
var EQUIPMENT = [
	"bodyweight",
	"barbell",
	"dumbbell",
	"kettlebell",
	"trap-bar",
	"bench",
	"cable",
	"band",
	"machine",
	"pull-up-bar",
	"rings",
	"roman-chair",
	"ab-wheel",
	"rower",
	"plate"
];
var EQUIPMENT_LABELS = {
	bodyweight: "No equipment",
	barbell: "Barbell",
	dumbbell: "Dumbbells",
	kettlebell: "Kettlebell",
	"trap-bar": "Trap bar",
	bench: "Bench",
	cable: "Cable",
	band: "Band",
	machine: "Machine",
	"pull-up-bar": "Pull-up bar",
	rings: "Rings or straps",
	"roman-chair": "Roman chair",
	"ab-wheel": "Ab wheel",
	rower: "Rowing machine",
	plate: "Weight plate"
};
// src/domain/prescription.ts
/** Steppers' limits, also what saved data is held to. */
var LIMITS = {
	sets: {
		min: 1,
		max: 10
	},
	reps: {
		min: 1,
		max: 50
	},
	holdSeconds: {
		min: 5,
		max: 300
	},
	restSeconds: {
		min: 0,
		max: 600
	},
	weight: {
		min: 0,
		max: 1e3
	}
};
/**
* Defaults are a coaching convention, not a sourced dose: holds as the exercise's hold (a long hold once a
* set, short holds five times), loaded lifts 3 × 8 with a longer rest, bodyweight moves 3 × 10.
*/
function defaultPrescription(exercise) {
	const hold = exercise.holdSeconds ?? null;
	if (hold !== null) return {
		load: exercise.defaultLoad,
		sets: 3,
		reps: hold >= 20 ? 1 : 5,
		holdSeconds: hold,
		restSeconds: 60
	};
	const loaded = exercise.defaultLoad !== "bodyweight";
	return {
		load: exercise.defaultLoad,
		sets: 3,
		reps: loaded ? 8 : 10,
		holdSeconds: null,
		restSeconds: loaded ? 120 : 60
	};
}
var clampTo = (limit, value) => Math.max(limit.min, Math.min(limit.max, Math.round(value)));
// src/store/exercise-view.ts
var isCustomExerciseId = (value) => typeof value === "string" && /^c-[a-z0-9][a-z0-9-]{0,60}$/.test(value);
/** Any load suits an exercise Spotter doesn't know; it starts with none unless it uses equipment. */
var customDefaultLoad = (custom) => custom.equipment.every((e) => e === "bodyweight") ? "bodyweight" : "light";
var DELETED_EXERCISE_NAME = "Deleted exercise";
function exerciseView(id, customExercises) {
	if (isExerciseId(id)) {
		const exercise = getExerciseCore(id);
		return {
			id,
			name: exercise.name,
			checkpointIds: exercise.checkpointIds,
			cues: [],
			holdSeconds: exercise.holdSeconds,
			loads: exercise.loads,
			defaultLoad: exercise.defaultLoad,
			rated: id,
			deleted: false
		};
	}
	const custom = customExercises.find((c) => c.id === id);
	return {
		id,
		name: custom?.name ?? DELETED_EXERCISE_NAME,
		checkpointIds: custom?.cues.map((cue) => cue.id) ?? [],
		cues: custom?.cues ?? [],
		holdSeconds: custom?.holdSeconds ?? void 0,
		loads: LOAD_BANDS,
		defaultLoad: custom ? customDefaultLoad(custom) : "bodyweight",
		rated: null,
		deleted: !custom
	};
}
/** Whether an id names an exercise there is: a built-in one, or one of the user's own that exists. */
var isKnownExercise = (id, customExercises) => isExerciseId(id) || isCustomExerciseId(id) && customExercises.some((c) => c.id === id);
// src/store/own.ts
/**
* A record's own value for a key that came from data (storage, a file, a link). Plain `record[key]` would
* find `constructor`, `toString` or `__proto__` on the prototype and hand back a function.
*/
var own = (record, key) => Object.hasOwn(record, key) ? record[key] : void 0;
var counter = 0;
/** A short unique key. Not crypto.randomUUID: that is missing on plain-http origins. */
function newKey(prefix = "p") {
	counter += 1;
	return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
var lastsToday = (condition) => CONDITION_INFO[condition].lasts === "today";
function toggleCondition(data, condition, now) {
	const today = localDay(now);
	if (lastsToday(condition) && data.profile.todaySetOn !== today && data.profile.conditions.includes(condition)) return {
		...data,
		profile: {
			...data.profile,
			todaySetOn: today
		}
	};
	const conditions = data.profile.conditions.includes(condition) ? data.profile.conditions.filter((c) => c !== condition) : [...data.profile.conditions, condition];
	const todaySetOn = lastsToday(condition) ? today : data.profile.todaySetOn;
	return {
		...data,
		profile: {
			...data.profile,
			conditions,
			todaySetOn
		}
	};
}
/** The answer to "How is your back today?" on a later day: still sore keeps today's conditions, fine clears them. */
function checkInBack(data, answer, now) {
	const conditions = answer === "fine" ? data.profile.conditions.filter((c) => !lastsToday(c)) : data.profile.conditions;
	return {
		...data,
		profile: {
			...data.profile,
			conditions,
			todaySetOn: localDay(now)
		}
	};
}
function changeUnits(data, units) {
	return data.profile.units === units ? data : {
		...data,
		profile: {
			...data.profile,
			units
		}
	};
}
/** A plan item for an exercise with its usual dose. */
function newPlanItem(exerciseId, key = newKey(), customExercises = []) {
	return {
		key,
		exerciseId,
		weight: null,
		...defaultPrescription(exerciseView(exerciseId, customExercises))
	};
}
function addExercise(data, exerciseId, key = newKey()) {
	if (data.plan.length >= 40 || !isKnownExercise(exerciseId, data.customExercises)) return data;
	return {
		...data,
		plan: [...data.plan, newPlanItem(exerciseId, key, data.customExercises)]
	};
}
function removeItem(data, key) {
	const index = data.plan.findIndex((item) => item.key === key);
	if (index < 0) return data;
	const { [key]: _removed, ...ticks } = data.ticks;
	const plan = data.plan.filter((item) => item.key !== key);
	return {
		...data,
		plan,
		ticks,
		workout: data.workout && withoutItem(data.workout, key, index, plan.length)
	};
}
/**
* Mid-workout removal keeps the user on the exercise they were on. What the removed item already recorded
* (sets, a pain stop) stays in the workout's entries, so it still reaches History.
*/
function withoutItem(workout, key, index, planLength) {
	const step = workout.step > index + 1 ? workout.step - 1 : workout.step;
	const rest = workout.rest?.key === key ? null : workout.rest;
	const hold = workout.hold?.key === key ? null : workout.hold;
	return {
		...workout,
		step: Math.min(step, planLength + 1),
		rest,
		hold
	};
}
/** The list with the matching element moved one place up or down; the same list when it can't move. */
function moveOne(list, matches, by) {
	const from = list.findIndex(matches);
	const to = from + by;
	if (from < 0 || to < 0 || to >= list.length) return list;
	const moved = [...list];
	const [element] = moved.splice(from, 1);
	if (element === void 0) return list;
	moved.splice(to, 0, element);
	return moved;
}
function moveItem(data, key, by) {
	const plan = moveOne(data.plan, (item) => item.key === key, by);
	return plan === data.plan ? data : {
		...data,
		plan: [...plan]
	};
}
/**
* Replace the item in place: same key, same position, the new exercise with its own usual dose (a plank
* is not done for 8 reps at 40 kg). Its ticks no longer apply. Mid-workout, what the old exercise recorded
* stays with it (a pain stop is never credited to the replacement), and the replacement starts clean.
*/
function swapItem(data, key, to) {
	const index = data.plan.findIndex((item) => item.key === key);
	const current = data.plan[index];
	if (!current || current.exerciseId === to || !isExerciseId(current.exerciseId)) return data;
	const current_ = current.exerciseId;
	const replaced = {
		...newPlanItem(to, key),
		swappedFrom: current.swappedFrom ?? current_
	};
	if (replaced.swappedFrom === to) delete replaced.swappedFrom;
	const plan = data.plan.map((item, i) => i === index ? replaced : item);
	const { [key]: _cleared, ...ticks } = data.ticks;
	const workout = data.workout && closeEntry(data.workout, current);
	return {
		...data,
		plan,
		ticks,
		workout
	};
}
/** The swapped-out exercise's entry ends as it was ('swapped' unless it already ended). */
function closeEntry(workout, item) {
	const entry = currentEntry(workout, item);
	const rest = workout.rest?.key === item.key ? null : workout.rest;
	const hold = workout.hold?.key === item.key ? null : workout.hold;
	if (!entry) return {
		...workout,
		rest,
		hold
	};
	const closed = {
		...entry,
		outcome: entry.outcome ?? "swapped"
	};
	return {
		...workout,
		rest,
		hold,
		entries: workout.entries.map((e) => e === entry ? closed : e)
	};
}
function changePrescription(data, key, patch) {
	const item = data.plan.find((p) => p.key === key);
	if (!item) return data;
	const next = { ...item };
	if (patch.load !== void 0) {
		next.load = patch.load;
		if (patch.load === "bodyweight") next.weight = null;
	}
	if (patch.weight !== void 0) next.weight = patch.weight === null ? null : clampTo(LIMITS.weight, patch.weight * 2) / 2;
	if (patch.sets !== void 0) next.sets = clampTo(LIMITS.sets, patch.sets);
	if (patch.reps !== void 0) next.reps = clampTo(LIMITS.reps, patch.reps);
	if (patch.holdSeconds !== void 0 && item.holdSeconds !== null && patch.holdSeconds !== null) next.holdSeconds = clampTo(LIMITS.holdSeconds, patch.holdSeconds);
	if (patch.restSeconds !== void 0) next.restSeconds = clampTo(LIMITS.restSeconds, patch.restSeconds);
	if (next.weight !== null && next.load === "bodyweight") next.load = "light";
	if (Object.keys(next).every((k) => next[k] === item[k])) return data;
	return {
		...data,
		plan: data.plan.map((p) => p.key === key ? next : p)
	};
}
function toggleCheckpoint(data, key, checkpointId) {
	const item = data.plan.find((p) => p.key === key);
	if (!item) return data;
	if (!exerciseView(item.exerciseId, data.customExercises).checkpointIds.includes(checkpointId)) return data;
	const current = own(data.ticks, key) ?? [];
	const next = current.includes(checkpointId) ? current.filter((id) => id !== checkpointId) : [...current, checkpointId];
	const { [key]: _previous, ...others } = data.ticks;
	return {
		...data,
		ticks: next.length > 0 ? {
			...others,
			[key]: next
		} : others
	};
}
var lastStep = (data) => data.plan.length + 1;
/** The entry the plan item is recording into now, if it has started. */
function currentEntry(workout, item) {
	return workout.entries.findLast((e) => e.key === item.key && e.exerciseId === item.exerciseId);
}
/** Change the current entry of an item (opening it if need be) and whatever else the change implies. */
function withEntry(data, key, change) {
	const workout = data.workout;
	const item = data.plan.find((p) => p.key === key);
	if (!workout || !item) return data;
	const next = change(currentEntry(workout, item) ?? {
		key,
		exerciseId: item.exerciseId,
		load: item.load,
		sets: []
	}, item, workout);
	return next ? {
		...data,
		workout: next
	} : data;
}
var replaceEntry = (workout, old, next) => workout.entries.includes(old) ? workout.entries.map((e) => e === old ? next : e) : [...workout.entries, next];
function startWorkout(data, now) {
	if (data.workout) return data;
	return {
		...data,
		workout: {
			startedAt: now.toISOString(),
			step: 0,
			entries: [],
			rest: null,
			hold: null
		}
	};
}
var goTo = (data, step) => {
	if (!data.workout) return data;
	const clamped = Math.max(0, Math.min(lastStep(data), step));
	if (clamped === data.workout.step) return data;
	return {
		...data,
		workout: {
			...data.workout,
			step: clamped,
			rest: null,
			hold: null
		}
	};
};
var advanceStep = (data) => goTo(data, (data.workout?.step ?? 0) + 1);
var goBackStep = (data) => goTo(data, (data.workout?.step ?? 0) - 1);
/** The step after a plan item's own: where finishing or skipping it leads. */
var stepAfter = (data, key) => data.plan.findIndex((p) => p.key === key) + 2;
/** A set ticked as done, with what the user did. The rest starts, unless that was the workout's last set. */
function completeSet(data, key, done, now) {
	return withEntry(data, key, (entry, item, workout) => {
		if (entry.outcome) return null;
		const set = {
			reps: clampTo(LIMITS.reps, done.reps),
			weight: done.weight === null ? null : clampTo(LIMITS.weight, done.weight * 2) / 2,
			holdSeconds: item.holdSeconds === null || done.holdSeconds === null ? null : Math.max(0, done.holdSeconds),
			at: now.toISOString()
		};
		const sets = [...entry.sets, set];
		const finished = sets.length >= item.sets;
		const next = {
			...entry,
			sets,
			...finished ? { outcome: "done" } : {}
		};
		const lastOfWorkout = finished && data.plan.at(-1)?.key === key;
		const rest = item.restSeconds > 0 && !lastOfWorkout ? {
			key,
			endsAt: new Date(now.getTime() + item.restSeconds * 1e3).toISOString()
		} : null;
		return {
			...workout,
			entries: replaceEntry(workout, entry, next),
			rest,
			hold: null
		};
	});
}
/** Take back the last set ticked (a mis-tap). */
function undoSet(data, key) {
	return withEntry(data, key, (entry, _item, workout) => {
		if (entry.sets.length === 0 || entry.outcome === "pain-stop" || entry.outcome === "swapped") return null;
		const { outcome: _o, ...open } = entry;
		const next = {
			...open,
			sets: entry.sets.slice(0, -1)
		};
		return {
			...workout,
			entries: replaceEntry(workout, entry, next),
			rest: null
		};
	});
}
function adjustRest(data, bySeconds, now) {
	const rest = data.workout?.rest;
	if (!data.workout || !rest) return data;
	const endsAt = Date.parse(rest.endsAt) + bySeconds * 1e3;
	const next = endsAt <= now.getTime() ? null : {
		...rest,
		endsAt: new Date(endsAt).toISOString()
	};
	return {
		...data,
		workout: {
			...data.workout,
			rest: next
		}
	};
}
function skipRest(data) {
	return data.workout?.rest ? {
		...data,
		workout: {
			...data.workout,
			rest: null
		}
	} : data;
}
function startHold(data, key, now) {
	if (!data.workout || !data.plan.some((p) => p.key === key)) return data;
	return {
		...data,
		workout: {
			...data.workout,
			hold: {
				key,
				startedAt: now.toISOString()
			},
			rest: null
		}
	};
}
function stopHold(data) {
	return data.workout?.hold ? {
		...data,
		workout: {
			...data.workout,
			hold: null
		}
	} : data;
}
/** End an exercise as done or skipped and move on to the next step. */
function endExercise(data, key, outcome) {
	return goTo(withEntry(data, key, (entry, _item, workout) => {
		if (entry.outcome) return workout;
		const next = {
			...entry,
			outcome: entry.sets.length > 0 ? "done" : outcome
		};
		return {
			...workout,
			entries: replaceEntry(workout, entry, next)
		};
	}), stepAfter(data, key));
}
/** Sharp pain: the exercise stops here. The user stays on it to choose what next. */
function stopOnPain(data, key, now) {
	return withEntry(data, key, (entry, _item, workout) => {
		if (entry.outcome === "pain-stop") return null;
		const next = {
			...entry,
			outcome: "pain-stop",
			painStop: {
				at: now.toISOString(),
				set: entry.sets.length + 1
			}
		};
		return {
			...workout,
			entries: replaceEntry(workout, entry, next),
			rest: null,
			hold: null
		};
	});
}
/**
* A back-pain rating (0–10) before or after the workout; the same rating again, or null, clears it.
* Optional: nothing else depends on it.
*/
function ratePain(data, when, rating) {
	const workout = data.workout;
	if (!workout) return data;
	if (rating !== null && !(Number.isInteger(rating) && rating >= 0 && rating <= 10)) return data;
	const pain = workout.pain ?? {
		before: null,
		after: null
	};
	const next = rating === pain[when] ? null : rating;
	if (next === pain[when]) return data;
	return {
		...data,
		workout: {
			...workout,
			pain: {
				...pain,
				[when]: next
			}
		}
	};
}
/** Take back a pain stop tapped by mistake: the exercise is open again. */
function withdrawPainStop(data, key) {
	return withEntry(data, key, (entry, _item, workout) => {
		if (entry.outcome !== "pain-stop") return null;
		const { outcome: _o, painStop: _p, ...open } = entry;
		return {
			...workout,
			entries: replaceEntry(workout, entry, open)
		};
	});
}
/**
* End the workout. 'all': the session goes to History. 'pain-stops': the user discarded it, and only its
* pain stops are kept, since that is the record that matters most (nothing is saved when there were none).
*/
function finishWorkout(data, now, keep = "all", id = newKey("s")) {
	if (!data.workout) return data;
	const record = sessionRecord(data, data.workout, now, keep, id);
	const history = record ? [record, ...data.history] : data.history;
	return {
		...data,
		workout: null,
		ticks: {},
		history
	};
}
/** The id of a workout's draft record: its pain stops, kept durably until the workout ends. */
var draftId = (startedAt) => `w-${startedAt.replace(/[^0-9]/g, "").slice(0, 17)}`;
/**
* The workout's pain stops so far, as a session record: kept durably while the workout runs, so a pain stop
* survives a browser killed mid-workout. Null when there are none.
*/
function painStopDraft(data, now, id) {
	return data.workout ? sessionRecord(data, data.workout, now, "pain-stops", id) : null;
}
/** Sessions found in durable storage that History lacks (a browser killed before its copy was written). */
function recoverSessions(data, found) {
	const known = new Set(data.history.map((s) => s.id));
	const startedAt = new Set(data.history.map((s) => s.startedAt));
	const missing = found.filter((s) => !known.has(s.id) && !(s.kept === "pain-stops" && startedAt.has(s.startedAt)));
	if (missing.length === 0) return data;
	const history = [...data.history, ...missing].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
	return {
		...data,
		history
	};
}
function sessionRecord(data, workout, now, keep, id) {
	const toItem = (entry, swappedFrom) => ({
		exerciseId: entry.exerciseId,
		name: exerciseView(entry.exerciseId, data.customExercises).name,
		outcome: entry.outcome ?? (entry.sets.length > 0 ? "done" : "skipped"),
		...swappedFrom ? { swappedFrom } : {},
		load: entry.load,
		sets: entry.sets,
		...entry.painStop ? { painStop: entry.painStop } : {}
	});
	const planKeys = new Set(data.plan.map((p) => p.key));
	const items = [];
	for (const item of data.plan) {
		const entries = workout.entries.filter((e) => e.key === item.key);
		for (const entry of entries) items.push(toItem(entry, entry === entries.at(-1) ? item.swappedFrom : void 0));
		if (!entries.some((e) => e.exerciseId === item.exerciseId)) items.push({
			exerciseId: item.exerciseId,
			name: exerciseView(item.exerciseId, data.customExercises).name,
			outcome: "skipped",
			...item.swappedFrom ? { swappedFrom: item.swappedFrom } : {},
			load: item.load,
			sets: []
		});
	}
	for (const entry of workout.entries) if (!planKeys.has(entry.key) && (entry.sets.length > 0 || entry.painStop)) items.push(toItem(entry));
	const kept = keep === "all" ? items : items.filter((i) => i.outcome === "pain-stop");
	if (kept.length === 0 && keep === "pain-stops") return null;
	return {
		id,
		startedAt: workout.startedAt,
		finishedAt: now.toISOString(),
		conditions: [...data.profile.conditions],
		units: data.profile.units,
		kept: keep,
		...workout.pain && (workout.pain.before !== null || workout.pain.after !== null) ? { pain: { ...workout.pain } } : {},
		items: kept
	};
}
/** Counts for a finished session's summary. */
function sessionCounts(record) {
	const count = (outcome) => record.items.filter((item) => item.outcome === outcome).length;
	return {
		done: count("done"),
		skipped: count("skipped"),
		"pain-stop": count("pain-stop"),
		swapped: count("swapped"),
		swappedBefore: record.items.filter((item) => item.swappedFrom).length,
		sets: record.items.reduce((n, item) => n + item.sets.length, 0)
	};
}
var routineItem = ({ exerciseId, load, weight, sets, reps, holdSeconds, restSeconds }) => ({
	exerciseId,
	load,
	weight,
	sets,
	reps,
	holdSeconds,
	restSeconds
});
var cleanName = (name, fallback) => name.replace(/\s+/g, " ").trim().slice(0, 60) || fallback;
/** Save today's plan (exercises, order, sets, reps, load, rest) as a named routine. */
function saveRoutine(data, name, id = newKey("r")) {
	if (data.plan.length === 0 || data.routines.length >= 50) return data;
	const routine = {
		id,
		name: cleanName(name, "My routine"),
		items: data.plan.map(routineItem)
	};
	return {
		...data,
		routines: [...data.routines, routine]
	};
}
/** Add a routine from elsewhere (a shared link, a starter), under a fresh id. */
function addRoutine(data, routine, id = newKey("r")) {
	if (routine.items.length === 0 || data.routines.length >= 50) return data;
	const items = routine.items.slice(0, 40);
	return {
		...data,
		routines: [...data.routines, {
			id,
			name: cleanName(routine.name, "Shared routine"),
			items
		}]
	};
}
/**
* Start today's plan from a routine: its exercises replace the plan (the store offers undo). Not while a
* workout is under way: the plan it runs would change under it.
*/
function planFromRoutine(data, items) {
	if (data.workout || items.length === 0) return data;
	const plan = items.slice(0, 40).map((item) => ({
		...item,
		key: newKey()
	}));
	return {
		...data,
		plan,
		ticks: {}
	};
}
function renameRoutine(data, id, name) {
	const routine = data.routines.find((r) => r.id === id);
	if (!routine) return data;
	const next = cleanName(name, routine.name);
	if (next === routine.name) return data;
	return {
		...data,
		routines: data.routines.map((r) => r.id === id ? {
			...r,
			name: next
		} : r)
	};
}
function moveRoutine(data, id, by) {
	const routines = moveOne(data.routines, (routine) => routine.id === id, by);
	return routines === data.routines ? data : {
		...data,
		routines: [...routines]
	};
}
function duplicateRoutine(data, id, newId = newKey("r")) {
	const index = data.routines.findIndex((r) => r.id === id);
	const routine = data.routines[index];
	if (!routine || data.routines.length >= 50) return data;
	const copy = {
		...routine,
		id: newId,
		name: cleanName(`${routine.name} (copy)`, routine.name)
	};
	const routines = [
		...data.routines.slice(0, index + 1),
		copy,
		...data.routines.slice(index + 1)
	];
	return {
		...data,
		routines
	};
}
function deleteRoutine(data, id) {
	return data.routines.some((r) => r.id === id) ? {
		...data,
		routines: data.routines.filter((r) => r.id !== id)
	} : data;
}
var cleanText = (text, max) => text.replace(/\s+/g, " ").trim().slice(0, max);
/**
* Add or edit one of the user's own exercises. Editing keeps a cue's id while its text stays the same, so
* its ticks follow it; ticks of removed cues go. Plan items and routine items follow a change between
* reps and a hold. Not while the workout under way uses it: the exercise would change under it.
*/
function saveCustomExercise(data, input, id = newKey("c")) {
	const name = cleanText(input.name, 60);
	if (!name || input.equipment.length === 0) return data;
	const before = data.customExercises.find((c) => c.id === id);
	if (!before && data.customExercises.length >= 100) return data;
	if (before && customExerciseUses(data, id).inWorkout) return data;
	const used = /* @__PURE__ */ new Set();
	const cues = [];
	for (const line of input.cues) {
		const text = cleanText(line, 160);
		if (!text || cues.length >= 10) continue;
		const kept = before?.cues.find((cue) => cue.text === text && !used.has(cue.id));
		let cueId = kept?.id ?? `cue-${cues.length + 1}`;
		for (let n = cues.length + 1; used.has(cueId) || !kept && before?.cues.some((c) => c.id === cueId); n++) cueId = `cue-${n}`;
		used.add(cueId);
		cues.push({
			id: cueId,
			text
		});
	}
	const holdSeconds = input.holdSeconds === null ? null : clampTo(LIMITS.holdSeconds, input.holdSeconds);
	const custom = {
		id,
		name,
		pattern: input.pattern,
		equipment: [...new Set(input.equipment)],
		cues,
		holdSeconds
	};
	const customExercises = before ? data.customExercises.map((c) => c.id === id ? custom : c) : [...data.customExercises, custom];
	if (!before) return {
		...data,
		customExercises
	};
	const followHold = (item) => item.exerciseId !== id || item.holdSeconds === null === (holdSeconds === null) ? item : {
		...item,
		holdSeconds
	};
	const ticks = {};
	for (const item of data.plan) {
		const itemTicks = own(data.ticks, item.key);
		if (!itemTicks) continue;
		const kept = item.exerciseId === id ? itemTicks.filter((t) => used.has(t)) : itemTicks;
		if (kept.length > 0) ticks[item.key] = kept;
	}
	return {
		...data,
		customExercises,
		plan: data.plan.map(followHold),
		ticks,
		routines: data.routines.map((r) => ({
			...r,
			items: r.items.map(followHold)
		}))
	};
}
/** Where one of the user's own exercises is used: today's plan, routines, the workout under way. */
function customExerciseUses(data, id) {
	const routines = data.routines.filter((r) => r.items.some((item) => item.exerciseId === id));
	return {
		inPlan: data.plan.some((item) => item.exerciseId === id),
		inWorkout: data.workout !== null && data.plan.some((item) => item.exerciseId === id),
		routines: routines.map((r) => r.name),
		/** Routines with nothing else in them: deleting the exercise deletes them. */
		emptied: routines.filter((r) => r.items.every((item) => item.exerciseId === id)).map((r) => r.name)
	};
}
/**
* Delete one of the user's own exercises, and take it out of today's plan and the routines that use it (a
* routine left empty goes too; the screen says which first). Not while the workout under way uses it.
* History keeps it: each session stores the names it needs.
*/
function deleteCustomExercise(data, id) {
	if (!data.customExercises.some((c) => c.id === id) || customExerciseUses(data, id).inWorkout) return data;
	const plan = data.plan.filter((item) => item.exerciseId !== id);
	const planKeys = new Set(plan.map((item) => item.key));
	const ticks = Object.fromEntries(Object.entries(data.ticks).filter(([key]) => planKeys.has(key)));
	const routines = data.routines.map((r) => ({
		...r,
		items: r.items.filter((item) => item.exerciseId !== id)
	})).filter((r) => r.items.length > 0);
	return {
		...data,
		customExercises: data.customExercises.filter((c) => c.id !== id),
		plan,
		ticks,
		routines
	};
}
// src/store/types.ts
/** The starter routines, as a new user's saved routines (theirs to edit or delete). */
var starterRoutines = () => STARTER_ROUTINES.map(({ id, name, items }) => ({
	id,
	name,
	items: items.map((item) => ({ ...item }))
}));
/** What a new user starts with: nothing but the starter routines. */
var emptyData = () => ({
	profile: {
		conditions: [],
		todaySetOn: null,
		units: "kg"
	},
	plan: [],
	ticks: {},
	workout: null,
	history: [],
	routines: starterRoutines(),
	customExercises: []
});
/** The most sessions kept: about 27 years of daily training. More is not a real history. */
var MAX_HISTORY = 1e4;
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isString = (value) => typeof value === "string";
/** A timestamp as Spotter writes them (`Date.toISOString()`), in a plausible year. */
var isIsoDate = (value) => {
	if (!isString(value) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return false;
	const time = Date.parse(value);
	return !Number.isNaN(time) && new Date(time).getUTCFullYear() >= 2e3 && new Date(time).getUTCFullYear() < 2200;
};
var isLocalDay = (value) => isString(value) && /^\d{4}-\d{2}-\d{2}$/.test(value);
/** Keys Spotter makes (`p-…`, `s-…`). Anything else, `__proto__` or `constructor` included, is not ours. */
var isOwnKey = (value) => isString(value) && /^[a-z]{1,3}-[a-z0-9][a-z0-9-]{0,60}$/.test(value);
var OUTCOMES = [
	"done",
	"skipped",
	"pain-stop",
	"swapped"
];
var isOutcome = (value) => OUTCOMES.includes(value);
var isCondition = (value) => CONDITIONS.includes(value);
var isLoad = (value) => LOAD_BANDS.includes(value);
var isUnits = (value) => UNITS.includes(value);
var inRange = (value, limit) => typeof value === "number" && Number.isInteger(value) && value >= limit.min && value <= limit.max;
var isWeight = (value) => value === null || typeof value === "number" && Number.isFinite(value) && value >= LIMITS.weight.min && value <= LIMITS.weight.max;
var STATE_FIELDS = [
	"profile",
	"plan",
	"ticks",
	"workout",
	"history",
	"routines",
	"customExercises"
];
/**
* Validate a saved state of the current version. Keeps every valid part; says what it left out.
* Plan items with unknown exercise ids are left out (reported separately); history keeps them, since each
* session stores the names it needs.
*/
function sanitise(state) {
	const problems = [];
	const unknownIds = [];
	const data = emptyData();
	if (!isRecord(state)) return {
		data,
		problems: ["the saved data is not in Spotter’s format"],
		unknownIds
	};
	const unknownFields = Object.keys(state).filter((k) => !STATE_FIELDS.includes(k));
	if (unknownFields.length > 0) problems.push(`fields Spotter doesn’t know (${unknownFields.join(", ")})`);
	readProfile(state.profile, data, problems);
	readCustomExercises(state.customExercises, data, problems);
	readPlan(state.plan, data, problems, unknownIds);
	readTicks(state.ticks, data, problems);
	readWorkout(state.workout, data, problems);
	readHistory(state.history, data, problems);
	readRoutines(state.routines, data, problems, unknownIds);
	return {
		data,
		problems,
		unknownIds
	};
}
function readProfile(raw, data, problems) {
	if (raw === void 0) return;
	if (!isRecord(raw) || !Array.isArray(raw.conditions)) {
		problems.push("your back profile");
		return;
	}
	const conditions = raw.conditions.filter(isCondition);
	if (conditions.length !== raw.conditions.length) problems.push("a back condition Spotter doesn’t know");
	data.profile.conditions = [...new Set(conditions)];
	if (isLocalDay(raw.todaySetOn)) data.profile.todaySetOn = raw.todaySetOn;
	else if (raw.todaySetOn !== null) problems.push("the day your back profile was set");
	if (isUnits(raw.units)) data.profile.units = raw.units;
	else problems.push("your units");
}
var isPattern = (value) => PATTERNS.includes(value);
var isEquipment = (value) => EQUIPMENT.includes(value);
var isText = (value, max) => isString(value) && value.trim().length > 0 && value.length <= max;
var isCueId = (value) => isString(value) && /^cue-[0-9]{1,3}$/.test(value);
/** One of the user's own exercises: every field checked, as any saved data is. */
function readCustomExercise(raw) {
	if (!isRecord(raw) || !isCustomExerciseId(raw.id) || !isText(raw.name, 60)) return null;
	if (!isPattern(raw.pattern) || !Array.isArray(raw.equipment) || !Array.isArray(raw.cues)) return null;
	if (raw.equipment.length === 0 || raw.equipment.length > EQUIPMENT.length) return null;
	if (!raw.equipment.every(isEquipment) || raw.cues.length > 10) return null;
	if (!(raw.holdSeconds === null || inRange(raw.holdSeconds, LIMITS.holdSeconds))) return null;
	const cues = [];
	for (const cue of raw.cues) {
		if (!isRecord(cue) || !isCueId(cue.id) || !isText(cue.text, 160)) return null;
		if (cues.some((c) => c.id === cue.id)) return null;
		cues.push({
			id: cue.id,
			text: cue.text
		});
	}
	return {
		id: raw.id,
		name: raw.name,
		pattern: raw.pattern,
		equipment: [...new Set(raw.equipment)],
		cues,
		holdSeconds: raw.holdSeconds
	};
}
function readCustomExercises(raw, data, problems) {
	if (raw === void 0) return;
	if (!Array.isArray(raw)) {
		problems.push("your own exercises");
		return;
	}
	for (const rawExercise of raw) {
		const custom = readCustomExercise(rawExercise);
		if (!custom || data.customExercises.some((c) => c.id === custom.id)) {
			problems.push("one of your own exercises");
			continue;
		}
		if (data.customExercises.length >= 100) {
			problems.push(`your own exercises past the first 100`);
			break;
		}
		data.customExercises.push(custom);
	}
}
function readPlanItem(raw, problems, unknownIds, customExercises) {
	if (!isRecord(raw) || !isOwnKey(raw.key) || !isString(raw.exerciseId)) {
		problems.push("an exercise in the plan");
		return null;
	}
	if (!isKnownExercise(raw.exerciseId, customExercises)) {
		unknownIds.push(raw.exerciseId);
		return null;
	}
	const exercise = exerciseView(raw.exerciseId, customExercises);
	const hold = exercise.holdSeconds !== void 0;
	if (!(isLoad(raw.load) && isWeight(raw.weight) && inRange(raw.sets, LIMITS.sets) && inRange(raw.reps, LIMITS.reps) && (hold ? inRange(raw.holdSeconds, LIMITS.holdSeconds) : raw.holdSeconds === null) && inRange(raw.restSeconds, LIMITS.restSeconds))) {
		problems.push(`the sets or load of ${exercise.name} in the plan`);
		return null;
	}
	const item = {
		key: raw.key,
		exerciseId: raw.exerciseId,
		load: raw.load,
		weight: raw.weight,
		sets: raw.sets,
		reps: raw.reps,
		holdSeconds: raw.holdSeconds ?? null,
		restSeconds: raw.restSeconds
	};
	if (isExerciseId(raw.swappedFrom)) item.swappedFrom = raw.swappedFrom;
	return item;
}
function readPlan(raw, data, problems, unknownIds) {
	if (raw === void 0) return;
	if (!Array.isArray(raw)) {
		problems.push("today’s plan");
		return;
	}
	const keys = /* @__PURE__ */ new Set();
	for (const rawItem of raw) {
		const item = readPlanItem(rawItem, problems, unknownIds, data.customExercises);
		if (!item) continue;
		if (keys.has(item.key)) {
			problems.push("a repeated exercise in the plan");
			continue;
		}
		if (data.plan.length >= 40) {
			problems.push(`exercises past the first 40 in the plan`);
			break;
		}
		keys.add(item.key);
		data.plan.push(item);
	}
}
/** Ticks: only for items in the plan, only their exercise's checkpoints. */
function readTicks(raw, data, problems) {
	if (raw === void 0) return;
	if (!isRecord(raw)) {
		problems.push("ticked checkpoints");
		return;
	}
	const planKeys = new Set(data.plan.map((item) => item.key));
	if (Object.keys(raw).some((key) => !planKeys.has(key))) problems.push("ticks of exercises not in the plan");
	for (const item of data.plan) {
		const ticks = own(raw, item.key);
		if (ticks === void 0) continue;
		if (!Array.isArray(ticks)) {
			problems.push("ticked checkpoints");
			continue;
		}
		const valid = new Set(exerciseView(item.exerciseId, data.customExercises).checkpointIds);
		const kept = [...new Set(ticks.filter((id) => isString(id) && valid.has(id)))];
		if (kept.length !== ticks.length) problems.push("ticks of checkpoints Spotter doesn’t know");
		if (kept.length > 0) data.ticks[item.key] = kept;
	}
}
function readSet(raw) {
	if (!isRecord(raw) || !inRange(raw.reps, LIMITS.reps) || !isWeight(raw.weight) || !isIsoDate(raw.at)) return null;
	const hold = raw.holdSeconds;
	if (hold !== null && !(typeof hold === "number" && Number.isFinite(hold) && hold >= 0 && hold < 3600)) return null;
	return {
		reps: raw.reps,
		weight: raw.weight,
		holdSeconds: hold,
		at: raw.at
	};
}
var readSets = (raw) => {
	if (!Array.isArray(raw) || raw.length > 100) return null;
	const sets = raw.map(readSet);
	return sets.every((s) => s !== null) ? sets : null;
};
var readPainStop = (raw) => {
	if (raw === void 0) return void 0;
	return isRecord(raw) && isIsoDate(raw.at) && inRange(raw.set, {
		min: 1,
		max: 101
	}) ? {
		at: raw.at,
		set: raw.set
	} : null;
};
var isRating = (value) => value === null || inRange(value, {
	min: 0,
	max: 10
});
/** Pain ratings: absent (undefined) is "not rated"; anything else not two ratings is damage (null). */
function readPain(raw) {
	if (raw === void 0) return void 0;
	if (!isRecord(raw) || !isRating(raw.before) || !isRating(raw.after)) return null;
	return {
		before: raw.before,
		after: raw.after
	};
}
function readEntry(raw, customExercises) {
	if (!isRecord(raw) || !isOwnKey(raw.key) || !isKnownExercise(raw.exerciseId, customExercises)) return null;
	if (!isLoad(raw.load)) return null;
	const sets = readSets(raw.sets);
	const painStop = readPainStop(raw.painStop);
	if (!sets || painStop === null) return null;
	if (raw.outcome !== void 0 && !isOutcome(raw.outcome)) return null;
	const entry = {
		key: raw.key,
		exerciseId: raw.exerciseId,
		load: raw.load,
		sets
	};
	if (isOutcome(raw.outcome)) entry.outcome = raw.outcome;
	if (painStop) entry.painStop = painStop;
	return entry;
}
function readWorkout(raw, data, problems) {
	if (raw === void 0 || raw === null) return;
	if (!isRecord(raw) || !isIsoDate(raw.startedAt) || !inRange(raw.step, {
		min: 0,
		max: 1e4
	})) {
		problems.push("the workout in progress");
		return;
	}
	const entries = [];
	for (const rawEntry of Array.isArray(raw.entries) ? raw.entries : []) {
		const entry = readEntry(rawEntry, data.customExercises);
		if (entry) entries.push(entry);
		else problems.push("part of the workout in progress");
	}
	if (!Array.isArray(raw.entries)) problems.push("the workout’s sets");
	const planKeys = new Set(data.plan.map((item) => item.key));
	const pain = readPain(raw.pain);
	if (pain === null) problems.push("your back-pain ratings for the workout in progress");
	const timer = (value, at) => isRecord(value) && isString(value.key) && planKeys.has(value.key) && isIsoDate(value[at]) ? {
		key: value.key,
		[at]: value[at]
	} : null;
	const workout = {
		startedAt: raw.startedAt,
		step: Math.min(data.plan.length + 1, raw.step),
		entries,
		rest: timer(raw.rest, "endsAt"),
		hold: timer(raw.hold, "startedAt")
	};
	if (pain) workout.pain = pain;
	data.workout = workout;
}
function readSessionItem(raw) {
	if (!isRecord(raw) || !isString(raw.exerciseId) || !isString(raw.name) || !isOutcome(raw.outcome)) return null;
	const sets = readSets(raw.sets);
	const painStop = readPainStop(raw.painStop);
	if (!sets || painStop === null || !(raw.load === null || isLoad(raw.load))) return null;
	const item = {
		exerciseId: raw.exerciseId,
		name: raw.name,
		outcome: raw.outcome,
		load: raw.load,
		sets
	};
	if (isString(raw.swappedFrom)) item.swappedFrom = raw.swappedFrom;
	if (painStop) item.painStop = painStop;
	return item;
}
function readSession(raw) {
	if (!isRecord(raw) || !isOwnKey(raw.id) || !isIsoDate(raw.startedAt) || !isIsoDate(raw.finishedAt)) return null;
	if (!Array.isArray(raw.items) || raw.items.length > 200 || !isUnits(raw.units)) return null;
	if (raw.kept !== "all" && raw.kept !== "pain-stops") return null;
	const items = raw.items.map(readSessionItem);
	if (!items.every((item) => item !== null)) return null;
	const pain = readPain(raw.pain);
	if (pain === null) return null;
	let conditions = null;
	if (Array.isArray(raw.conditions)) conditions = [...new Set(raw.conditions.filter(isCondition))];
	else if (raw.conditions !== null) return null;
	return {
		id: raw.id,
		startedAt: raw.startedAt,
		finishedAt: raw.finishedAt,
		conditions,
		units: raw.units,
		kept: raw.kept,
		...pain ? { pain } : {},
		items
	};
}
function readHistory(raw, data, problems) {
	if (raw === void 0) return;
	if (!Array.isArray(raw)) {
		problems.push("your history");
		return;
	}
	const ids = /* @__PURE__ */ new Set();
	for (const rawSession of raw) {
		const record = readSession(rawSession);
		if (!record) {
			problems.push("a session in your history");
			continue;
		}
		if (ids.has(record.id)) {
			problems.push("a repeated session in your history");
			continue;
		}
		if (data.history.length >= 1e4) {
			problems.push(`sessions past the newest ${MAX_HISTORY.toLocaleString("en-GB")}`);
			break;
		}
		ids.add(record.id);
		data.history.push(record);
	}
}
/** A routine's item: a plan item without its key. */
function readRoutineItem(raw, unknownIds, customExercises) {
	if (isRecord(raw) && isString(raw.exerciseId) && !isKnownExercise(raw.exerciseId, customExercises)) {
		unknownIds.push(raw.exerciseId);
		return "unknown";
	}
	const item = readPlanItem(isRecord(raw) ? {
		...raw,
		key: "p-routine"
	} : raw, [], unknownIds, customExercises);
	if (!item) return null;
	const { key: _key, swappedFrom: _swap, ...rest } = item;
	return rest;
}
/**
* A routine, as saved or as it arrives in a shared link (validated exactly alike). A link knows no custom
* exercises: the opener's own are not the sender's.
*/
function readRoutine(raw, unknownIds, customExercises = []) {
	if (!isRecord(raw) || !isString(raw.name) || raw.name.length > 240 || !Array.isArray(raw.items)) return null;
	if (raw.items.length === 0 || raw.items.length > 40) return null;
	const items = [];
	let complete = true;
	for (const rawItem of raw.items) {
		const item = readRoutineItem(rawItem, unknownIds, customExercises);
		if (item === null) return null;
		if (item === "unknown") complete = false;
		else items.push(item);
	}
	if (items.length === 0) return null;
	return {
		routine: {
			name: raw.name.slice(0, 60),
			items
		},
		complete
	};
}
function readRoutines(raw, data, problems, unknownIds) {
	data.routines = [];
	if (raw === void 0) return;
	if (!Array.isArray(raw)) {
		problems.push("your routines");
		return;
	}
	const ids = /* @__PURE__ */ new Set();
	for (const rawRoutine of raw) {
		const read = isRecord(rawRoutine) && isOwnKey(rawRoutine.id) ? readRoutine(rawRoutine, unknownIds, data.customExercises) : null;
		const id = isRecord(rawRoutine) ? rawRoutine.id : void 0;
		if (!read || !isString(id) || ids.has(id) || data.routines.length >= 50) {
			problems.push("a routine");
			continue;
		}
		ids.add(id);
		data.routines.push({
			id,
			...read.routine
		});
	}
}
/**
* Old shapes, one step at a time: MIGRATIONS[v] turns a version-v state into version v + 1.
* A step changes only what its version changed; validation afterwards deals with anything malformed.
*/
var MIGRATIONS = {
	1: (state) => {
		if (!isRecord(state) || !Array.isArray(state.history)) return state;
		return {
			...state,
			history: state.history.map((session) => isRecord(session) ? {
				...session,
				conditions: null
			} : session)
		};
	},
	2: (state) => {
		if (!isRecord(state)) return state;
		const plan = Array.isArray(state.plan) ? state.plan.map(migratePlanItem) : state.plan;
		return {
			...state,
			routines: starterRoutines(),
			customExercises: [],
			profile: isRecord(state.profile) ? {
				...state.profile,
				todaySetOn: null,
				units: "kg"
			} : state.profile,
			plan,
			workout: migrateWorkout(state.workout, Array.isArray(plan) ? plan : []),
			history: Array.isArray(state.history) ? state.history.map((session) => isRecord(session) ? {
				...session,
				units: "kg",
				kept: "all",
				items: Array.isArray(session.items) ? session.items.map((item) => isRecord(item) ? {
					...item,
					load: null,
					sets: []
				} : item) : session.items
			} : session) : state.history
		};
	}
};
function migratePlanItem(item) {
	if (!isRecord(item) || !isExerciseId(item.exerciseId)) return item;
	const exercise = getExerciseCore(item.exerciseId);
	const hold = exercise.holdSeconds ?? null;
	const loaded = exercise.defaultLoad !== "bodyweight";
	return {
		...item,
		load: exercise.defaultLoad,
		weight: null,
		sets: 3,
		reps: hold === null ? loaded ? 8 : 10 : hold >= 20 ? 1 : 5,
		holdSeconds: hold,
		restSeconds: hold === null && loaded ? 120 : 60
	};
}
/** Version 2 kept one outcome per plan item; version 3 an entry per exercise, with its sets (none then). */
function migrateWorkout(workout, plan) {
	if (!isRecord(workout)) return workout;
	const { outcomes, ...rest } = workout;
	const entries = [];
	if (isRecord(outcomes)) for (const item of plan) {
		if (!isRecord(item) || !isString(item.key)) continue;
		const outcome = own(outcomes, item.key);
		if (outcome === void 0) continue;
		entries.push({
			key: item.key,
			exerciseId: item.exerciseId,
			load: item.load,
			sets: [],
			outcome
		});
	}
	return {
		...rest,
		entries,
		rest: null,
		hold: null
	};
}
function migrate(state, fromVersion) {
	let current = state;
	for (let v = fromVersion; v < 3; v++) {
		const step = MIGRATIONS[v];
		if (!step) throw new Error(`it comes from an unknown version of Spotter (${fromVersion})`);
		current = step(current);
	}
	return current;
}
/** Read the raw saved text of an envelope `{ version, revision, state }`. */
function readSaved(raw) {
	const none = {
		data: emptyData(),
		unknownIds: [],
		newerVersion: null,
		revision: 0
	};
	if (raw === null) return {
		...none,
		problems: [],
		unreadable: false
	};
	let envelope;
	try {
		envelope = JSON.parse(raw);
	} catch {
		return {
			...none,
			problems: ["it isn’t in a format Spotter can read"],
			unreadable: true
		};
	}
	if (!isRecord(envelope) || typeof envelope.version !== "number" || !("state" in envelope)) return {
		...none,
		problems: ["it isn’t in Spotter’s format"],
		unreadable: true
	};
	const revision = typeof envelope.revision === "number" && Number.isSafeInteger(envelope.revision) ? envelope.revision : 0;
	if (envelope.version > 3) return {
		...none,
		revision,
		newerVersion: envelope.version,
		problems: ["it was saved by a newer version of Spotter"],
		unreadable: true
	};
	let state;
	try {
		state = migrate(envelope.state, envelope.version);
	} catch (error) {
		return {
			...none,
			problems: [error instanceof Error ? error.message : String(error)],
			unreadable: true
		};
	}
	const result = sanitise(state);
	const unreadable = result.problems.length > 0 && isEmpty(result.data);
	return {
		...result,
		unreadable,
		newerVersion: null,
		revision
	};
}
/** The text Spotter saves. */
var envelope = (data, revision) => JSON.stringify({
	version: 3,
	revision,
	state: data
});
/** Nothing of the user's own: the starter routines alone don't count. */
var isEmpty = (data) => data.plan.length === 0 && data.history.length === 0 && data.routines.every((routine) => starterRoutine(routine.id) !== void 0) && data.customExercises.length === 0 && data.profile.conditions.length === 0 && !data.workout;
/** A summary of things left out, for a notice: each kind once. */
var describeProblems = (problems) => [...new Set(problems)].join("; ");
// src/store/last-time.ts
var POUNDS_PER_KG = 2.20462;
/** A weight in other units, to the nearest half. */
var convertWeight = (weight, from, to) => {
	if (from === to) return weight;
	const converted = from === "kg" ? weight * POUNDS_PER_KG : weight / POUNDS_PER_KG;
	return Math.round(converted * 2) / 2;
};
/**
* The newest finished session in which the exercise had at least one set done, as the user would repeat
* it; null if there is none. Weights come back in `units`, converted if the session used the others.
*/
function lastTimeFor(history, exerciseId, units) {
	let best = null;
	for (const session of history) {
		const index = session.items.findLastIndex((item) => item.exerciseId === exerciseId && item.sets.length > 0);
		if (index < 0) continue;
		if (!best || Date.parse(session.startedAt) > Date.parse(best.session.startedAt)) best = {
			session,
			index
		};
	}
	if (!best) return null;
	const item = best.session.items[best.index];
	const last = item?.sets.at(-1);
	if (!item || !last) return null;
	return {
		at: best.session.startedAt,
		sets: item.sets.length,
		reps: last.reps,
		weight: last.weight === null ? null : convertWeight(last.weight, best.session.units, units),
		holdSeconds: last.holdSeconds,
		load: item.load,
		units
	};
}
export { PATTERNS as $, planFromRoutine as A, startWorkout as B, endExercise as C, moveRoutine as D, moveItem as E, saveCustomExercise as F, toggleCondition as G, stopOnPain as H, saveRoutine as I, exerciseView as J, undoSet as K, sessionCounts as L, recoverSessions as M, removeItem as N, newKey as O, renameRoutine as P, EQUIPMENT_LABELS as Q, skipRest as R, duplicateRoutine as S, goBackStep as T, swapItem as U, stopHold as V, toggleCheckpoint as W, LIMITS as X, isCustomExerciseId as Y, EQUIPMENT as Z, currentEntry as _, readRoutine as a, UNITS as at, deleteRoutine as b, emptyData as c, localDay as ct, adjustRest as d, EXERCISE_CORE as dt, PATTERN_LABELS as et, advanceStep as f, EXERCISE_IDS as ft, completeSet as g, checkInBack as h, envelope as i, LOAD_LABELS as it, ratePain as j, painStopDraft as k, addExercise as l, CONDITIONS as lt, changeUnits as m, lastTimeFor as n, LOAD_BANDS as nt, readSaved as o, compareLoad as ot, changePrescription as p, isExerciseId as pt, withdrawPainStop as q, describeProblems as r, LOAD_HINTS as rt, readSession as s, conditionsInForce as st, convertWeight as t, starterRoutine as tt, addRoutine as u, CONDITION_INFO as ut, customExerciseUses as v, finishWorkout as w, draftId as x, deleteCustomExercise as y, startHold as z };
