import { dt as EXERCISE_CORE, ft as EXERCISE_IDS } from "./last-time-Bl6Mqelm.js";
// src/data/exercises.ts
/**
* The exercise's general back risk, whatever the profile (shown on its page, not on the plan card).
* 'unrated': no A or B source rates it; its cues are coaching cues and its verdicts are never a plain OK
* when a condition is declared.
*/
var BACK_RISKS = [
	"low",
	"moderate",
	"high",
	"unrated"
];
var HARDER_PUSH_UP = "A harder variation, not an easier one: the lower back works harder. Only on a pain-free day.";
var EXERCISES = {
	"sit-up": {
		aliases: ["bent-knee sit-up"],
		pattern: "flexion",
		equipment: ["bodyweight"],
		demands: ["FLX", "HF"],
		areas: ["core"],
		backRisk: "high",
		alternatives: [
			{
				id: "mcgill-curl-up",
				why: "Hands keep the lower back’s curve; the spine barely bends."
			},
			{
				id: "side-plank",
				why: "Works the whole core, obliques too, with the spine still."
			},
			{
				id: "pallof-press",
				why: "Trains the core to resist turning, standing tall."
			}
		]
	},
	squat: {
		aliases: [
			"back squat",
			"barbell squat",
			"air squat",
			"bodyweight squat"
		],
		pattern: "squat",
		equipment: ["bodyweight", "barbell"],
		demands: ["LEV", "AX"],
		areas: ["legs", "full-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "goblet-squat",
			why: "Weight at the chest keeps you more upright."
		}, {
			id: "bulgarian-split-squat",
			why: "Dumbbells at your sides, no bar on the back."
		}]
	},
	deadlift: {
		aliases: [
			"conventional deadlift",
			"barbell deadlift",
			"DL"
		],
		pattern: "hinge",
		equipment: ["barbell"],
		demands: ["LEV", "AX"],
		areas: [
			"legs",
			"back",
			"full-body"
		],
		backRisk: "moderate",
		alternatives: [{
			id: "trap-bar-deadlift",
			why: "Weight at your sides: less load on the lower back."
		}, {
			id: "hip-thrust",
			why: "Glutes and hamstrings, with your back on a bench."
		}]
	},
	"push-up": {
		aliases: ["press-up", "knee push-up"],
		pattern: "horizontal-push",
		equipment: ["bodyweight"],
		demands: ["EXT"],
		areas: ["upper-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "barbell-bench-press",
			why: "Same muscles, lying on a bench that holds your back."
		}],
		instead: "Do them from your knees, or do fewer.",
		harderVariations: ["forward-push-up", "backward-push-up"]
	},
	burpee: {
		aliases: ["squat thrust"],
		pattern: "conditioning",
		equipment: ["bodyweight"],
		demands: [
			"BAL",
			"HF",
			"FAT"
		],
		areas: ["full-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "rowing-machine",
			why: "Steady cardio without jumps or fast bending."
		}],
		instead: "Skip it today."
	},
	"toe-touch": {
		aliases: [
			"standing toe touch",
			"forward fold",
			"hamstring stretch"
		],
		pattern: "mobility",
		equipment: ["bodyweight"],
		demands: ["FLX"],
		minorDemands: ["BAL"],
		areas: ["back", "legs"],
		backRisk: "moderate",
		alternatives: [],
		instead: "Skip it, or lie on your back and hug your knees to your chest."
	},
	superman: {
		aliases: ["prone superman", "superman hold"],
		pattern: "extension",
		equipment: ["bodyweight"],
		demands: ["EXT"],
		areas: ["back"],
		backRisk: "high",
		alternatives: [{
			id: "bird-dog",
			why: "One arm and the opposite leg: a fraction of the spine load."
		}]
	},
	"glute-bridge": {
		aliases: ["bridge", "hip bridge"],
		pattern: "hinge",
		equipment: ["bodyweight"],
		demands: ["EXT"],
		areas: ["legs", "core"],
		backRisk: "low",
		alternatives: []
	},
	"forearm-plank": {
		aliases: [
			"plank",
			"front plank",
			"elbow plank"
		],
		pattern: "anti-extension",
		equipment: ["bodyweight"],
		demands: ["EXT"],
		areas: ["core"],
		backRisk: "low",
		alternatives: []
	},
	"torso-twist": {
		aliases: ["standing twist", "trunk rotation"],
		pattern: "rotation",
		equipment: ["bodyweight"],
		demands: ["ROT"],
		areas: ["core"],
		backRisk: "moderate",
		alternatives: [{
			id: "pallof-press",
			why: "The same muscles resist turning, so the lower back stays still."
		}]
	},
	"pallof-press": {
		aliases: ["anti-rotation press", "band press-out"],
		pattern: "rotation",
		equipment: ["cable", "band"],
		demands: [],
		areas: ["core"],
		backRisk: "low",
		alternatives: []
	},
	"side-plank": {
		aliases: ["side bridge", "lateral plank"],
		pattern: "side",
		equipment: ["bodyweight"],
		demands: ["LAT"],
		areas: ["core"],
		backRisk: "low",
		alternatives: [{
			id: "forearm-plank",
			why: "Better tolerated by people with long-term back pain."
		}]
	},
	"mcgill-curl-up": {
		aliases: ["curl-up"],
		pattern: "flexion",
		equipment: ["bodyweight"],
		demands: [],
		areas: ["core"],
		backRisk: "low",
		alternatives: []
	},
	"bird-dog": {
		aliases: ["quadruped arm and leg raise"],
		pattern: "extension",
		equipment: ["bodyweight"],
		demands: [],
		minorDemands: ["EXT"],
		areas: ["back", "core"],
		backRisk: "low",
		alternatives: []
	},
	"forward-push-up": {
		aliases: ["hands-forward push-up"],
		pattern: "horizontal-push",
		equipment: ["bodyweight"],
		demands: ["EXT"],
		areas: ["upper-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "push-up",
			why: "Hands under the shoulders: less work for the lower back."
		}],
		variationOf: {
			id: "push-up",
			caution: HARDER_PUSH_UP
		}
	},
	"backward-push-up": {
		aliases: ["hands-back push-up"],
		pattern: "horizontal-push",
		equipment: ["bodyweight"],
		demands: ["EXT"],
		areas: ["upper-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "push-up",
			why: "Hands under the shoulders: less work for the lower back."
		}],
		variationOf: {
			id: "push-up",
			caution: HARDER_PUSH_UP
		}
	},
	"barbell-bench-press": {
		aliases: [
			"bench",
			"flat bench",
			"BP",
			"barbell bench",
			"dumbbell bench press"
		],
		pattern: "horizontal-push",
		equipment: ["barbell", "bench"],
		demands: ["EXT"],
		areas: ["upper-body"],
		backRisk: "low",
		alternatives: []
	},
	"overhead-press": {
		aliases: [
			"OHP",
			"military press",
			"shoulder press",
			"strict press",
			"overhead press"
		],
		pattern: "vertical-push",
		equipment: ["barbell", "dumbbell"],
		demands: ["AX", "EXT"],
		areas: ["upper-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "seated-dumbbell-shoulder-press",
			why: "Seated with back support: much less arching."
		}]
	},
	"seated-dumbbell-shoulder-press": {
		aliases: [
			"seated shoulder press",
			"seated DB press",
			"seated overhead press"
		],
		pattern: "vertical-push",
		equipment: ["dumbbell", "bench"],
		demands: ["EXT"],
		areas: ["upper-body"],
		backRisk: "low",
		alternatives: []
	},
	"lat-pulldown": {
		aliases: [
			"pulldown",
			"cable pulldown",
			"lat machine"
		],
		pattern: "vertical-pull",
		equipment: ["cable", "machine"],
		demands: ["EXT"],
		minorDemands: ["BAL"],
		areas: ["upper-body", "back"],
		backRisk: "low",
		alternatives: []
	},
	"pull-up": {
		aliases: ["chin-up", "chins"],
		pattern: "vertical-pull",
		equipment: ["pull-up-bar"],
		demands: ["EXT"],
		minorDemands: ["BAL"],
		areas: ["upper-body", "back"],
		backRisk: "low",
		alternatives: [{
			id: "lat-pulldown",
			why: "The same pull, seated: no hanging, no swinging."
		}],
		hangs: true
	},
	"bent-over-row": {
		aliases: [
			"barbell row",
			"BOR",
			"Pendlay row"
		],
		pattern: "horizontal-pull",
		equipment: ["barbell"],
		demands: [
			"LEV",
			"FLX",
			"BAL"
		],
		areas: ["back", "upper-body"],
		backRisk: "high",
		alternatives: [{
			id: "inverted-row",
			why: "The lowest spine load of the rows measured."
		}, {
			id: "one-arm-dumbbell-row",
			why: "A hand and knee on a bench hold your trunk."
		}]
	},
	"one-arm-dumbbell-row": {
		aliases: [
			"DB row",
			"dumbbell row",
			"single-arm row",
			"one arm row"
		],
		pattern: "horizontal-pull",
		equipment: ["dumbbell", "bench"],
		demands: ["ROT"],
		areas: ["back", "upper-body"],
		backRisk: "low",
		alternatives: []
	},
	"inverted-row": {
		aliases: [
			"body row",
			"Australian pull-up",
			"TRX row",
			"ring row"
		],
		pattern: "horizontal-pull",
		equipment: ["barbell", "rings"],
		demands: ["EXT"],
		areas: ["back", "upper-body"],
		backRisk: "low",
		alternatives: []
	},
	"seated-cable-row": {
		aliases: [
			"seated row",
			"cable row",
			"low row"
		],
		pattern: "horizontal-pull",
		equipment: ["cable"],
		demands: [],
		minorDemands: ["FLX", "EXT"],
		areas: ["back", "upper-body"],
		backRisk: "unrated",
		alternatives: [{
			id: "inverted-row",
			why: "Rated by a study: the lowest spine load of the rows measured."
		}]
	},
	"biceps-curl": {
		aliases: [
			"curls",
			"hammer curl",
			"dumbbell curl",
			"barbell curl",
			"arm curl"
		],
		pattern: "arms",
		equipment: ["dumbbell", "barbell"],
		demands: ["EXT"],
		minorDemands: ["BAL"],
		areas: ["upper-body"],
		backRisk: "low",
		alternatives: []
	},
	"forward-lunge": {
		aliases: [
			"walking lunge",
			"front lunge",
			"forward lunge",
			"reverse lunge"
		],
		pattern: "lunge",
		equipment: [
			"bodyweight",
			"dumbbell",
			"barbell"
		],
		demands: [],
		minorDemands: ["AX"],
		areas: ["legs"],
		backRisk: "low",
		alternatives: []
	},
	"bulgarian-split-squat": {
		aliases: [
			"BSS",
			"RFESS",
			"rear-foot-elevated split squat"
		],
		pattern: "lunge",
		equipment: ["dumbbell", "bench"],
		demands: [],
		minorDemands: ["AX"],
		areas: ["legs"],
		backRisk: "low",
		alternatives: []
	},
	"step-up": {
		aliases: ["box step-up", "bench step-up"],
		pattern: "lunge",
		equipment: [
			"bodyweight",
			"bench",
			"dumbbell"
		],
		demands: [],
		areas: ["legs"],
		backRisk: "unrated",
		alternatives: []
	},
	"leg-press": {
		aliases: [
			"45° leg press",
			"sled press",
			"leg press machine"
		],
		pattern: "squat",
		equipment: ["machine"],
		demands: ["FLX", "AX"],
		areas: ["legs"],
		backRisk: "moderate",
		alternatives: [{
			id: "goblet-squat",
			why: "You choose the depth; no pad tucking your pelvis."
		}, {
			id: "bulgarian-split-squat",
			why: "One leg at a time, with lighter weights."
		}]
	},
	"goblet-squat": {
		aliases: [
			"goblet",
			"KB squat",
			"kettlebell squat",
			"dumbbell squat"
		],
		pattern: "squat",
		equipment: ["dumbbell", "kettlebell"],
		demands: [],
		minorDemands: ["AX"],
		areas: ["legs", "full-body"],
		backRisk: "low",
		alternatives: []
	},
	"trap-bar-deadlift": {
		aliases: [
			"hex bar deadlift",
			"hex bar",
			"trap bar",
			"hex deadlift"
		],
		pattern: "hinge",
		equipment: ["trap-bar"],
		demands: ["LEV", "AX"],
		areas: [
			"legs",
			"back",
			"full-body"
		],
		backRisk: "moderate",
		alternatives: [{
			id: "hip-thrust",
			why: "Glutes and hamstrings, with your back on a bench."
		}]
	},
	"romanian-deadlift": {
		aliases: [
			"RDL",
			"stiff-leg deadlift",
			"SLDL"
		],
		pattern: "hinge",
		equipment: ["barbell", "dumbbell"],
		demands: ["LEV"],
		minorDemands: ["FLX"],
		areas: ["legs", "back"],
		backRisk: "unrated",
		alternatives: [{
			id: "hip-thrust",
			why: "Glutes and hamstrings, with your back on a bench."
		}]
	},
	"good-morning": {
		aliases: ["GM", "barbell good morning"],
		pattern: "hinge",
		equipment: ["barbell"],
		demands: [
			"LEV",
			"AX",
			"FLX"
		],
		areas: ["legs", "back"],
		backRisk: "high",
		alternatives: [{
			id: "hip-thrust",
			why: "Glutes and hamstrings, with your back on a bench."
		}, {
			id: "back-extension",
			why: "One leg, moving from the back: far less load in a study."
		}]
	},
	"kettlebell-swing": {
		aliases: [
			"KB swing",
			"swings",
			"Russian swing"
		],
		pattern: "hinge",
		equipment: ["kettlebell"],
		demands: [
			"BAL",
			"LEV",
			"FAT"
		],
		areas: ["legs", "full-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "hip-thrust",
			why: "The same hip drive, slow, with your back on a bench."
		}, {
			id: "glute-bridge",
			why: "The same hip drive, slow, on the floor."
		}]
	},
	"hip-thrust": {
		aliases: ["barbell hip thrust", "bench hip thrust"],
		pattern: "hinge",
		equipment: ["barbell", "bench"],
		demands: ["EXT"],
		areas: ["legs"],
		backRisk: "low",
		alternatives: [{
			id: "glute-bridge",
			why: "The same move on the floor, without the bar."
		}]
	},
	"back-extension": {
		aliases: [
			"hyperextension",
			"hypers",
			"Roman chair"
		],
		pattern: "extension",
		equipment: ["roman-chair"],
		demands: ["FLX", "EXT"],
		areas: ["back"],
		backRisk: "moderate",
		alternatives: [{
			id: "bird-dog",
			why: "Works the back muscles with a fraction of the spine load."
		}]
	},
	"hanging-leg-raise": {
		aliases: [
			"HLR",
			"hanging knee raise",
			"toes to bar"
		],
		pattern: "flexion",
		equipment: ["pull-up-bar"],
		demands: [
			"HF",
			"BAL",
			"FLX"
		],
		areas: ["core"],
		backRisk: "moderate",
		alternatives: [{
			id: "mcgill-curl-up",
			why: "The best muscle work for the spine load in a study."
		}, {
			id: "dead-bug",
			why: "Lying on your back, one limb at a time."
		}],
		hangs: true
	},
	"lying-leg-raise": {
		aliases: [
			"leg raises",
			"leg lifts",
			"lying leg lift"
		],
		pattern: "flexion",
		equipment: ["bodyweight"],
		demands: ["HF", "EXT"],
		areas: ["core"],
		backRisk: "moderate",
		alternatives: [{
			id: "mcgill-curl-up",
			why: "The best muscle work for the spine load in a study."
		}, {
			id: "dead-bug",
			why: "One leg at a time, back kept on the floor."
		}]
	},
	crunch: {
		aliases: ["ab crunch", "abdominal crunch"],
		pattern: "flexion",
		equipment: ["bodyweight"],
		demands: ["FLX"],
		areas: ["core"],
		backRisk: "low",
		alternatives: [{
			id: "mcgill-curl-up",
			why: "Hands keep the lower back’s curve; the spine barely bends."
		}]
	},
	"russian-twist": {
		aliases: ["seated twist", "seated Russian twist"],
		pattern: "rotation",
		equipment: ["bodyweight", "plate"],
		demands: ["ROT+FLX", "BAL"],
		areas: ["core"],
		backRisk: "high",
		alternatives: [{
			id: "pallof-press",
			why: "Trains the core to resist turning, with the spine tall."
		}, {
			id: "side-plank",
			why: "Works the obliques with the spine still."
		}]
	},
	"cable-woodchop": {
		aliases: [
			"woodchop",
			"cable chop",
			"woodchopper"
		],
		pattern: "rotation",
		equipment: ["cable", "band"],
		demands: ["ROT", "BAL"],
		areas: ["core"],
		backRisk: "moderate",
		alternatives: [{
			id: "pallof-press",
			why: "Resists turning instead of turning under load."
		}]
	},
	"ab-wheel-rollout": {
		aliases: [
			"ab wheel",
			"ab roller",
			"rollout",
			"ab rollout"
		],
		pattern: "anti-extension",
		equipment: ["ab-wheel"],
		demands: ["EXT", "FAT"],
		areas: ["core"],
		backRisk: "moderate",
		alternatives: [{
			id: "forearm-plank",
			why: "The same brace, held still; well tolerated with back pain."
		}, {
			id: "dead-bug",
			why: "Lying on your back, one limb at a time."
		}]
	},
	"dead-bug": {
		aliases: ["dying bug"],
		pattern: "anti-extension",
		equipment: ["bodyweight"],
		demands: ["EXT"],
		areas: ["core"],
		backRisk: "low",
		alternatives: []
	},
	"farmers-carry": {
		aliases: ["farmer’s walk", "loaded carry"],
		pattern: "carry",
		equipment: [
			"dumbbell",
			"kettlebell",
			"trap-bar"
		],
		demands: [
			"AX",
			"LEV",
			"FAT"
		],
		areas: ["full-body"],
		backRisk: "moderate",
		alternatives: [{
			id: "suitcase-carry",
			why: "One lighter weight: less load down the spine."
		}]
	},
	"suitcase-carry": {
		aliases: [
			"single-arm carry",
			"one-arm carry",
			"suitcase walk"
		],
		pattern: "carry",
		equipment: ["dumbbell", "kettlebell"],
		demands: ["LAT"],
		areas: ["core", "full-body"],
		backRisk: "low",
		alternatives: []
	},
	"rowing-machine": {
		aliases: [
			"rower",
			"erg",
			"ergometer",
			"Concept2",
			"indoor rowing"
		],
		pattern: "conditioning",
		equipment: ["rower"],
		demands: ["FLX", "FAT"],
		areas: ["full-body"],
		backRisk: "moderate",
		alternatives: [],
		instead: "Try an exercise bike or a brisk walk."
	},
	"mountain-climber": {
		aliases: ["climbers", "running plank"],
		pattern: "conditioning",
		equipment: ["bodyweight"],
		demands: ["BAL", "FAT"],
		areas: ["core", "full-body"],
		backRisk: "unrated",
		alternatives: [{
			id: "forearm-plank",
			why: "The same plank position, held still."
		}, {
			id: "dead-bug",
			why: "Alternating legs, lying on your back."
		}]
	}
};
var getExercise = (id) => ({
	id,
	...EXERCISE_CORE[id],
	...EXERCISES[id]
});
var ALL_EXERCISES = EXERCISE_IDS.map(getExercise);
export { BACK_RISKS as n, getExercise as r, ALL_EXERCISES as t };
