import { r as getExercise } from "./exercises-Cf-ysjUu.js";
import { t as COACHING } from "./sources-Bm5C8Tcd.js";
// src/data/exercise-details.ts
var cue = (id, text, source = COACHING) => ({
	id,
	text,
	source
});
var fault = (id, text, plane, source = COACHING) => ({
	id,
	text,
	plane,
	source
});
var ref = (source, section) => section ? {
	source,
	section
} : { source };
var article = (section) => ref("article", section);
var NOT_RATED = "Not rated by a source: the form cues are coaching cues.";
var EXERCISE_DETAILS = {
	"sit-up": {
		works: "The “six-pack” muscle and the hip flexors",
		whyItHurts: "Each rep bends the lower back forward while the hip flexors, which attach to the lower spine, pull on it. The deep hip flexor works far harder than in a curl-up.",
		whySources: ["juker-1998", "escamilla-2006"],
		riskReason: "Repeated bending with a strong hip-flexor pull: a known problem for some people with back trouble.",
		riskSources: ["escamilla-2006", "juker-1998"],
		checkpoints: [cue("slow", "Curl up slowly: no jerking"), cue("stop-if-pain", "Stop if your lower back hurts", "nhs-inform-exercises")],
		faults: [],
		sources: [
			ref("juker-1998"),
			ref("escamilla-2006"),
			ref("nhs-inform-exercises"),
			article("Exercise 1 (headed “squats”, but about sit-ups)")
		]
	},
	squat: {
		works: "Glutes, hips, thighs and core",
		whyItHurts: "The more you lean forward, the more the lower-back muscles have to hold, and the load grows with the weight. With a bar on your back you lean more than with a weight at your chest.",
		whySources: ["russell-1989", "diggin-squat"],
		riskReason: "Back load rises with the weight and the forward lean; good form shares it with hips and knees.",
		riskSources: ["russell-1989", "diggin-squat"],
		checkpoints: [
			cue("feet", "Feet forward or turned slightly out", "article"),
			cue("gaze", "Look straight ahead: neutral gaze"),
			cue("spine", "Keep your spine neutral", "article"),
			cue("knees", "Knees track in line with your toes", "article")
		],
		faults: [fault("rounding", "Lower back rounding at the bottom: stop higher, or go lighter", "sagittal"), fault("knees-in", "Knees caving in: push them out over your toes", "other")],
		sources: [
			ref("russell-1989"),
			ref("diggin-squat"),
			article("Exercise 2: squats")
		]
	},
	deadlift: {
		works: "Glutes, hamstrings and back muscles",
		whyItHurts: "The further the bar drifts from your body, the longer the lever on your lower back, and the load climbs steeply with the weight. Reaching the bar by rounding instead of bending the knees and hinging hands that load to the lower back.",
		whySources: [
			"swinton-2011",
			"schellenberg-2013",
			"cholewicki-1991"
		],
		riskReason: "Back load rises steeply with the weight; bar path and hinge decide how much the lower back takes.",
		riskSources: ["cholewicki-1991", "schellenberg-2013"],
		checkpoints: [
			cue("bar-close", "Bar over mid-foot, touching your legs all the way", "barbell-logic-deadlift"),
			cue("knees", "Bend your knees to reach the bar: don’t reach by rounding", "schellenberg-2013"),
			cue("hinge", "Lean forward only by hinging at the hips, spine neutral"),
			cue("brace", "Brace your core", "article"),
			cue("lats", "Set your upper back: take the slack out of the bar", "barbell-logic-deadlift"),
			cue("neck", "Neutral neck: don’t look up"),
			cue("glutes", "Drive with your glutes and hamstrings", "article"),
			cue("chest-up", "Chest up, lower back straight", "article")
		],
		faults: [
			fault("rounded-back", "Lower back rounding as the bar leaves the floor: go lighter", "sagittal"),
			fault("bar-drift", "Bar drifting forward off your legs: pull it back in", "other", "barbell-logic-deadlift"),
			fault("looking-up", "Neck cranked back to look up: keep it in line with your spine", "sagittal")
		],
		sources: [
			ref("cholewicki-1991"),
			ref("schellenberg-2013"),
			ref("swinton-2011"),
			ref("barbell-logic-deadlift"),
			article("Exercise 3: deadlifts")
		]
	},
	"push-up": {
		works: "Chest, shoulders and triceps",
		whyItHurts: "You hold a plank while you press, so the trunk keeps the lower back from arching. Letting the hips sag hands that job to the lower back.",
		whySources: ["freeman-2006"],
		riskReason: "Modest back load while the body stays straight; sagging hips arch the lower back.",
		riskSources: ["freeman-2006"],
		checkpoints: [
			cue("hands", "Hands under your shoulders"),
			cue("hips-line", "Hips in line with shoulders and heels", "article"),
			cue("no-sag", "Don’t let your hips sag as you lower", "article"),
			cue("brace", "Brace your core and glutes")
		],
		faults: [fault("sag", "Hips sagging: drop to your knees or do fewer", "sagittal", "ace-push-up")],
		sources: [
			ref("freeman-2006"),
			ref("ace-push-up"),
			article("Exercise 4: push-ups")
		]
	},
	burpee: {
		works: "Whole body and heart rate",
		whyItHurts: "Each move from squat to plank and back bends the hips fast, and the hip flexors pull on the lower spine. Speed and tiredness loosen the squat and the plank.",
		whySources: ["juker-1998"],
		riskReason: "Fast, repeated hip bending against the clock, with a strong hip-flexor pull.",
		riskSources: ["juker-1998"],
		checkpoints: [
			cue("hips", "Move at the hips; spine straight and neutral", "article"),
			cue("slow", "Go slow enough for a perfect squat", "article"),
			cue("plank", "Hips level in the plank: no sag")
		],
		faults: [],
		sources: [ref("juker-1998"), article("Exercise 5: burpees")]
	},
	"toe-touch": {
		works: "Hamstring and lower-back stretch",
		whyItHurts: "Bouncing at the bottom loads the lower back at the end of its bend. Slow forward-bending stretches, like hugging your knees, are part of NHS back-pain routines.",
		whySources: [
			"backcare-sciatica",
			"gstt",
			"contreras-schoenfeld-2011"
		],
		riskReason: "Fine done slowly; bouncing at the end of the bend is what to leave out.",
		riskSources: ["contreras-schoenfeld-2011", "backcare-sciatica"],
		checkpoints: [
			cue("warm", "Warm up first: knees to chest", "article"),
			cue("slow", "Move slowly and steadily", "article"),
			cue("no-bounce", "Don’t bounce at the bottom", "article")
		],
		faults: [],
		sources: [
			ref("backcare-sciatica"),
			ref("gstt"),
			ref("contreras-schoenfeld-2011"),
			article("Exercise 6: toe touches")
		]
	},
	superman: {
		works: "Lower back, glutes and hamstrings",
		whyItHurts: "Lifting arms and legs together from lying face down arches the lower back under a high load: about 6,000 N in one estimate, several times a bird dog’s.",
		whySources: ["mcgill-ultimate-back-fitness", "callaghan-1998"],
		riskReason: "One of the highest spine loads among the back exercises measured.",
		riskSources: ["callaghan-1998", "mcgill-ultimate-back-fitness"],
		checkpoints: [cue("small", "Lift arms and legs only a little"), cue("stop-if-pain", "Stop if your back aches or spasms", "article")],
		faults: [],
		sources: [
			ref("callaghan-1998"),
			ref("mcgill-ultimate-back-fitness", "pp. 227–8"),
			ref("mcgill-low-back-disorders", "Superman and bird dog"),
			article("Exercise 7: superman")
		]
	},
	"glute-bridge": {
		works: "Glutes, hamstrings and core",
		whyItHurts: "Lifting the hips too high hands the work from the glutes to the lower back, which arches.",
		whySources: ["contreras-2015"],
		riskReason: "The glutes do the work; the lower back takes over only if you lift too high.",
		riskSources: ["contreras-2015"],
		checkpoints: [
			cue("feet-width", "Feet hip-width apart", "article"),
			cue("heels-close", "Heels close, so knees end above heels", "article"),
			cue("drive", "Drive up with glutes and core", "article"),
			cue("stop-line", "Stop when shoulders, hips and knees make a straight line", "article"),
			cue("slow", "Move slowly and gently", "article")
		],
		faults: [fault("too-high", "Lower back arching at the top: you lifted too high", "sagittal", "article")],
		sources: [ref("contreras-2015", "The loaded version: the hip thrust"), article("Exercise 8: glute bridge")]
	},
	"forearm-plank": {
		works: "The whole core",
		whyItHurts: "A still hold. Form faults, mostly sagging hips or the pelvis tipped forward, arch the lower back and can cause a pinch.",
		whySources: ["calatayud-2019"],
		riskReason: "Well tolerated by people with long-term back pain in a study.",
		riskSources: ["calatayud-2019"],
		checkpoints: [
			cue("forearms", "Forearms under your shoulders", "article"),
			cue("straight", "Body straight from head to heels", "article"),
			cue("eyes", "Eyes on the floor", "article"),
			cue("core", "Engage your core", "article"),
			cue("breathe", "Breathe evenly", "article"),
			cue("hips", "Hips neither high nor sagging", "article")
		],
		faults: [
			fault("pelvis-tipped", "Pelvis tipped forward: it arches your back", "sagittal", "article"),
			fault("hips-sag", "Hips sagging toward the floor: it arches your lower back", "sagittal", "article"),
			fault("hips-high", "Hips too high: your body makes an upside-down V", "sagittal", "article")
		],
		sources: [ref("calatayud-2019"), article("Exercise 9: forearm plank")]
	},
	"torso-twist": {
		works: "Obliques and trunk rotation",
		whyItHurts: "Turning is normal, healthy movement. What the lower back tolerates least is turning while bent forward under load, so keep this one upright and smooth.",
		whySources: ["sheffield-msk", "veres-2010"],
		riskReason: "Upright, slow turning is everyday movement; turning while bent forward under load is the concern.",
		riskSources: ["sheffield-msk", "veres-2010"],
		checkpoints: [
			cue("standing", "Stand tall: don’t bend forward as you turn"),
			cue("low-back-still", "Keep your lower back still", "article"),
			cue("rotate-mid", "Turn from your mid-back and hips", "article"),
			cue("slow", "Turn slowly, within comfort")
		],
		faults: [],
		sources: [
			ref("sheffield-msk"),
			ref("veres-2010"),
			article("Exercise 10: torso twists")
		]
	},
	"pallof-press": {
		works: "Core: resisting rotation",
		whyItHurts: "Rarely a problem: the spine stays still while the core resists turning. Letting the torso turn toward the anchor defeats the exercise.",
		whySources: ["les-mills-twist"],
		riskReason: "The spine stays tall and still: a physiotherapist’s choice over loaded twisting.",
		riskSources: ["les-mills-twist"],
		checkpoints: [
			cue("side-on", "Stand side-on to a cable or anchored band"),
			cue("breastbone", "Hold the handle at your breastbone"),
			cue("press", "Press straight out, then bring it back"),
			cue("no-rotation", "Don’t let your torso turn"),
			cue("switch", "Switch sides")
		],
		faults: [fault("turning", "Torso turning toward the anchor: use a lighter band", "other")],
		sources: [ref("les-mills-twist"), ref("herts-pallof")]
	},
	"side-plank": {
		works: "Obliques and the deep core",
		whyItHurts: "A still hold that loads one side of the trunk. In a small study of people with long-term back pain, most found it hard to tolerate.",
		whySources: ["calatayud-2019"],
		riskReason: "The spine stays still, but people with long-term back pain often find it hard to tolerate.",
		riskSources: ["calatayud-2019", "mcgill-karpowicz-2009"],
		checkpoints: [
			cue("side", "Lie on your side, feet together", "article"),
			cue("forearm", "Forearm under your shoulder", "article"),
			cue("brace", "Brace your core"),
			cue("lift", "Lift hips until your body is a straight line", "article"),
			cue("switch", "Hold, then switch sides", "article")
		],
		faults: [fault("hips-drop", "Hips dropping: rest, or do it with your knees bent", "other")],
		sources: [
			ref("calatayud-2019"),
			ref("mcgill-karpowicz-2009"),
			article("Alternatives to sit-ups")
		]
	},
	"mcgill-curl-up": {
		works: "Abs, with the lower back supported",
		whyItHurts: "Rarely a problem: the hands keep the lower back’s natural curve, so the spine barely bends. Tucking the chin hard or curling too high brings the bending back.",
		whySources: ["mcgill-karpowicz-2009", "axler-mcgill-1997"],
		riskReason: "The best muscle work for the spine load among the ab exercises measured; well tolerated with back pain.",
		riskSources: ["axler-mcgill-1997", "calatayud-2019"],
		checkpoints: [
			cue("legs", "On your back: one knee bent, one leg straight", "mcgill-karpowicz-2009"),
			cue("hands", "Hands under your lower back", "mcgill-karpowicz-2009"),
			cue("neck", "Head and neck neutral: don’t tuck your chin"),
			cue("lift", "Raise head and shoulders slightly, as one unit", "mcgill-karpowicz-2009"),
			cue("hold", "Hold about 8–10 seconds"),
			cue("switch", "Switch the bent leg halfway", "mcgill-karpowicz-2009")
		],
		faults: [fault("chin", "Chin tucked to the chest: keep your head in line with your spine", "sagittal")],
		sources: [
			ref("mcgill-karpowicz-2009"),
			ref("axler-mcgill-1997"),
			ref("calatayud-2019"),
			article("Alternatives to sit-ups")
		]
	},
	"bird-dog": {
		works: "Back muscles, glutes and core",
		whyItHurts: "Rarely a problem: one arm and the opposite leg at a time keep the spine load low. Lifting the leg too high arches the lower back.",
		whySources: ["callaghan-1998"],
		riskReason: "Low spine load while the back muscles work; well tolerated with long-term back pain.",
		riskSources: ["callaghan-1998", "calatayud-2019"],
		checkpoints: [
			cue("all-fours", "On hands and knees, spine neutral", "mcgill-karpowicz-2009"),
			cue("reach", "Reach one arm forward, the opposite leg back", "mcgill-karpowicz-2009"),
			cue("no-arch", "Don’t arch your back"),
			cue("hold", "Hold about 8–10 seconds"),
			cue("switch", "Switch sides", "mcgill-karpowicz-2009")
		],
		faults: [fault("arching", "Lower back arching: lift the leg only to hip height", "sagittal")],
		sources: [
			ref("mcgill-karpowicz-2009"),
			ref("callaghan-1998"),
			ref("calatayud-2019"),
			ref("mcgill-low-back-disorders", "Bird dog")
		]
	},
	"forward-push-up": {
		works: "Chest, shoulders, triceps and the trunk",
		whyItHurts: "With the hands well ahead of the shoulders, the trunk works harder to stay straight. Push-ups with moved or offset hands raised the spine load in a study.",
		whySources: ["freeman-2006"],
		riskReason: "More load on the back than a normal push-up.",
		riskSources: ["freeman-2006"],
		checkpoints: [
			cue("hands", "Hands about a hand’s length in front of your shoulders"),
			cue("width", "Hands shoulder-width apart", "article"),
			cue("hips-line", "Hips in line: no sag", "article")
		],
		faults: [fault("sag", "Hips sagging: go back to a normal push-up", "sagittal")],
		sources: [ref("freeman-2006"), article("Exercise 4: push-ups")]
	},
	"backward-push-up": {
		works: "Chest, shoulders, triceps and the trunk",
		whyItHurts: "With the hands behind the shoulders, the trunk works harder to stay straight. Push-ups with moved or offset hands raised the spine load in a study.",
		whySources: ["freeman-2006"],
		riskReason: "More load on the back than a normal push-up.",
		riskSources: ["freeman-2006"],
		checkpoints: [
			cue("hands", "Hands about a hand’s length behind your shoulders"),
			cue("width", "Hands shoulder-width apart", "article"),
			cue("hips-line", "Hips in line: no sag", "article")
		],
		faults: [fault("sag", "Hips sagging: go back to a normal push-up", "sagittal")],
		sources: [ref("freeman-2006"), article("Exercise 4: push-ups")]
	},
	"barbell-bench-press": {
		works: "Chest, shoulders and triceps",
		whyItHurts: "The bench holds your back. What adds load is arching hard or lifting the hips as the bar gets heavy.",
		whySources: ["world-rugby-bench-press", "ace-chest-press"],
		riskReason: "Your back rests on the bench; keep head, shoulders and glutes on it.",
		riskSources: ["world-rugby-bench-press"],
		checkpoints: [
			cue("feet", "Feet flat on the floor", "world-rugby-bench-press"),
			cue("three-points", "Head, shoulders and glutes on the bench", "world-rugby-bench-press"),
			cue("no-arch", "No extra arching of your lower back", "ace-chest-press"),
			cue("touch", "Touch your chest: no bounce", "world-rugby-bench-press"),
			cue("brace", "Brace your core")
		],
		faults: [fault("hips-lift", "Hips lifting off the bench: go lighter", "sagittal")],
		sources: [ref("world-rugby-bench-press"), ref("ace-chest-press")]
	},
	"overhead-press": {
		works: "Shoulders and triceps",
		whyItHurts: "Pressing up, people tend to arch the lower back, which adds load on the spine. Standing also needs more balance: people press about 10% less than seated.",
		whySources: ["ace-standing-shoulder-press", "saeterbakken-2013"],
		riskReason: "Weight overhead, and a pull to arch the lower back as you press.",
		riskSources: ["ace-standing-shoulder-press"],
		checkpoints: [
			cue("squeeze", "Squeeze abs and glutes so your back doesn’t arch", "ace-standing-shoulder-press"),
			cue("over-head", "Press the bar over your head, not in front"),
			cue("no-lean-back", "Pick a weight you can press without leaning back")
		],
		faults: [fault("arching", "Lower back aching at the top: check you aren’t arching", "sagittal", "ace-standing-shoulder-press")],
		sources: [ref("ace-standing-shoulder-press"), ref("saeterbakken-2013")]
	},
	"seated-dumbbell-shoulder-press": {
		works: "Shoulders and triceps",
		whyItHurts: "Rarely a problem: the backrest limits arching, and people press more seated than standing.",
		whySources: ["saeterbakken-2013", "ace-seated-overhead-press"],
		riskReason: "Back supported; press without arching.",
		riskSources: ["ace-seated-overhead-press", "saeterbakken-2013"],
		checkpoints: [
			cue("three-points", "Head, shoulders and glutes on the bench", "ace-seated-overhead-press"),
			cue("no-arch", "Press without arching your lower back", "ace-seated-overhead-press"),
			cue("feet", "Feet flat on the floor")
		],
		faults: [fault("peeling", "Lower back peeling off the backrest: go lighter", "sagittal")],
		sources: [ref("ace-seated-overhead-press"), ref("saeterbakken-2013")]
	},
	"lat-pulldown": {
		works: "Upper back (lats) and biceps",
		whyItHurts: "Leaning far back or swinging to move the weight arches the lower back.",
		whySources: ["ace-lat-pulldown"],
		riskReason: "Seated and braced; only swinging or arching adds back load.",
		riskSources: ["ace-lat-pulldown"],
		checkpoints: [
			cue("thigh-pad", "Thighs under the pad", "ace-lat-pulldown"),
			cue("lean", "A slight lean back, held still", "ace-lat-pulldown"),
			cue("brace", "Brace your core", "ace-lat-pulldown"),
			cue("no-shrug", "Don’t shrug or arch your back", "ace-lat-pulldown")
		],
		faults: [fault("rocking", "Rocking back to pull: go lighter", "sagittal")],
		sources: [ref("ace-lat-pulldown")]
	},
	"pull-up": {
		works: "Upper back (lats), biceps and grip",
		whyItHurts: "Swinging or kipping to get up arches and whips the trunk. Hanging eases sciatica for some people and aggravates it for others.",
		whySources: ["ace-pull-up"],
		riskReason: "Little back load when strict; swinging adds it.",
		riskSources: ["ace-pull-up"],
		checkpoints: [
			cue("brace", "Brace your core", "ace-pull-up"),
			cue("cross-legs", "Cross one leg over the other", "ace-pull-up"),
			cue("no-swing", "Don’t swing your body", "ace-pull-up"),
			cue("shoulders-down", "Shoulders down, away from your ears")
		],
		faults: [fault("swing", "Back arching as you swing: stop the swing, or use the pulldown", "sagittal")],
		sources: [ref("ace-pull-up")]
	},
	"bent-over-row": {
		works: "Upper back, lats and biceps",
		whyItHurts: "You hold your trunk bent forward while you row the weight: of the rows measured, this one gave the largest spine load.",
		whySources: ["fenwick-2009"],
		riskReason: "The largest spine load of the rows measured.",
		riskSources: ["fenwick-2009"],
		checkpoints: [
			cue("hinge", "Hinge with knees bent and a neutral spine"),
			cue("no-rock", "No rocking to lift the bar"),
			cue("bar-close", "Keep the bar close"),
			cue("moderate", "Pick a weight you can row without moving your trunk")
		],
		faults: [fault("rounding", "Lower back rounding: go lighter, or row with your chest supported", "sagittal")],
		sources: [ref("fenwick-2009"), ref("t-nation-row")]
	},
	"one-arm-dumbbell-row": {
		works: "Upper back, lats and biceps",
		whyItHurts: "A hand and knee on the bench hold up your trunk. One-arm rows challenge the trunk against twisting, so heaving the weight up by turning adds load.",
		whySources: ["fenwick-2009"],
		riskReason: "Trunk supported on a bench; keep it from twisting.",
		riskSources: ["fenwick-2009"],
		checkpoints: [
			cue("bench", "Hand and knee on the bench"),
			cue("flat-back", "Flat back"),
			cue("no-twist", "Torso still: don’t twist to heave")
		],
		faults: [fault("twisting", "Torso turning as you pull: go lighter", "other")],
		sources: [ref("fenwick-2009", "The standing one-arm cable row")]
	},
	"inverted-row": {
		works: "Upper back, biceps and core",
		whyItHurts: "Rarely a problem: of the rows measured it gave the lowest spine load. Sagging hips arch the lower back.",
		whySources: ["fenwick-2009"],
		riskReason: "The lowest spine load of the rows measured.",
		riskSources: ["fenwick-2009"],
		checkpoints: [
			cue("straight", "Body straight: no hip sag"),
			cue("brace", "Glutes and abs braced"),
			cue("neck", "Neck neutral")
		],
		faults: [fault("sag", "Hips sagging: bend your knees, feet flat", "sagittal")],
		sources: [ref("fenwick-2009")]
	},
	"seated-cable-row": {
		works: "Upper back, lats and biceps",
		whyItHurts: "No study rates this one for the back. Rocking forward and back to move the weight bends and arches the lower back.",
		whySources: [],
		riskReason: NOT_RATED,
		riskSources: [],
		checkpoints: [
			cue("upright", "Sit tall"),
			cue("no-lean", "Don’t lean forward or back to pull"),
			cue("slow", "Row slowly")
		],
		faults: [fault("rocking", "Rocking to move the weight: go lighter", "sagittal")],
		sources: [ref("t-nation-row", "A chest-supported row as the alternative")]
	},
	"biceps-curl": {
		works: "Biceps and forearms",
		whyItHurts: "Swinging the weight up leans you back and arches the lower back.",
		whySources: ["ace-hammer-curl"],
		riskReason: "Little back load while the torso stays still.",
		riskSources: ["ace-hammer-curl"],
		checkpoints: [
			cue("split-stance", "Stand with one foot slightly ahead"),
			cue("brace", "Brace your core"),
			cue("no-arch", "Torso tall: no arching your lower back", "ace-hammer-curl"),
			cue("elbows", "Elbows still at your sides")
		],
		faults: [fault("swinging", "Leaning back to swing it up: go lighter, or curl with your back to a wall", "sagittal")],
		sources: [ref("ace-hammer-curl")]
	},
	"forward-lunge": {
		works: "Thighs, glutes and balance",
		whyItHurts: "Mostly leg work; its back load has not been measured. A slight forward lean shifts work to the glutes and hamstrings, and that is fine.",
		whySources: ["farrokhi-2008"],
		riskReason: "Mostly leg work; a bar on your back adds some spine load.",
		riskSources: ["farrokhi-2008"],
		checkpoints: [
			cue("knee-ankle", "Front knee over the ankle, in line with your toes"),
			cue("control", "Lower under control"),
			cue("trunk", "Upright or a slight forward lean: both are fine", "farrokhi-2008"),
			cue("brace", "Brace your core")
		],
		faults: [fault("knee-in", "Front knee falling inward: shorter step, or go lighter", "other")],
		sources: [ref("farrokhi-2008")]
	},
	"bulgarian-split-squat": {
		works: "Thighs and glutes, one leg at a time",
		whyItHurts: "The front leg carries about 85% of the load, so you need less weight than in a squat, held at your sides.",
		whySources: ["mccurdy-2017"],
		riskReason: "Less weight needed than in a squat, held at your sides.",
		riskSources: ["mccurdy-2017"],
		checkpoints: [
			cue("dumbbells", "Dumbbells at your sides, no bar on your back", "boyle-split-squat"),
			cue("tall", "Torso tall"),
			cue("control", "Lower under control")
		],
		faults: [],
		sources: [ref("mccurdy-2017"), ref("boyle-split-squat")]
	},
	"step-up": {
		works: "Thighs, glutes and balance",
		whyItHurts: "No study rates this one for the back. It is mostly leg work.",
		whySources: [],
		riskReason: NOT_RATED,
		riskSources: [],
		checkpoints: [
			cue("whole-foot", "Whole foot on the step"),
			cue("knee-height", "Step no higher than your knee"),
			cue("tall", "Stand tall"),
			cue("drive", "Drive up through the front leg")
		],
		faults: [],
		sources: []
	},
	"leg-press": {
		works: "Thighs and glutes",
		whyItHurts: "Your legs push heavy weight while your lower back rests on a pad. Going too deep lets the pelvis tuck and the lower back round off the pad.",
		whySources: ["asme-leg-press-2022", "mayo-weight-training-slides"],
		riskReason: "Heavy loads with the lower back on a pad; depth decides whether it rounds.",
		riskSources: ["asme-leg-press-2022"],
		checkpoints: [
			cue("ninety", "Bend your knees to about 90 degrees", "mayo-weight-training-slides"),
			cue("back-on-pad", "Back on the pad: don’t arch it", "mayo-weight-training-slides"),
			cue("knees-out", "Knees in line: don’t let them cave in", "mayo-weight-training-slides"),
			cue("no-momentum", "Smooth: no bouncing", "mayo-weight-training-slides"),
			cue("no-lockout", "Don’t lock your knees at the top")
		],
		faults: [fault("peeling", "Lower back peeling off the pad at the bottom: go less deep", "sagittal")],
		sources: [ref("asme-leg-press-2022"), ref("mayo-weight-training-slides")]
	},
	"goblet-squat": {
		works: "Thighs, glutes and core",
		whyItHurts: "Holding the weight at your chest keeps you more upright than a bar on your back, and less lean means less load on the lower-back muscles.",
		whySources: ["diggin-squat", "russell-1989"],
		riskReason: "Front-loaded and upright: less trunk lean than a back squat.",
		riskSources: ["diggin-squat", "russell-1989"],
		checkpoints: [
			cue("chest", "Hold the weight at your chest"),
			cue("upright", "Torso upright"),
			cue("knees", "Knees over your toes"),
			cue("depth", "Go only as deep as your back stays neutral")
		],
		faults: [fault("rounding", "Lower back rounding at the bottom: stop higher", "sagittal")],
		sources: [
			ref("diggin-squat"),
			ref("russell-1989"),
			ref("ibji-squat")
		]
	},
	"trap-bar-deadlift": {
		works: "Thighs, glutes, hamstrings and back muscles",
		whyItHurts: "Standing inside the bar keeps the weight in line with your body: lower peak load on the lower back than a straight bar. People lift more with it, so the weight can creep up.",
		whySources: ["swinton-2011"],
		riskReason: "Less lower-back load than a straight-bar deadlift at the same weight.",
		riskSources: ["swinton-2011"],
		checkpoints: [
			cue("centred", "Stand centred in the frame"),
			cue("hips", "Hips back and down"),
			cue("spine", "Spine neutral"),
			cue("handles", "Handles at your sides")
		],
		faults: [fault("rounding", "Lower back rounding as you lift: go lighter", "sagittal")],
		sources: [ref("swinton-2011")]
	},
	"romanian-deadlift": {
		works: "Hamstrings, glutes and back muscles",
		whyItHurts: "No study rates this one for the back. You lower the bar by pushing the hips back with the knees nearly straight, so the lower back holds a long lever.",
		whySources: [],
		riskReason: NOT_RATED,
		riskSources: [],
		checkpoints: [
			cue("soft-knees", "Knees slightly bent, and they stay that way", "stack-rdl"),
			cue("bar-close", "Bar close, sliding down your thighs", "stack-rdl"),
			cue("hips-back", "Push your hips back", "stack-rdl"),
			cue("stop-neutral", "Stop where your back can no longer stay neutral", "stack-rdl"),
			cue("no-lean-back", "Stand tall at the top: don’t lean back", "stack-rdl")
		],
		faults: [fault("rounding", "Lower back rounding on the way down: stop higher", "sagittal", "stack-rdl")],
		sources: [ref("stack-rdl"), ref("schellenberg-2013", "A related lift: the good morning")]
	},
	"good-morning": {
		works: "Hamstrings, glutes and back muscles",
		whyItHurts: "The trunk hinges forward with a bar on your back and the knees nearly straight: at a quarter of body weight, the lower-back load matched a deadlift’s.",
		whySources: ["schellenberg-2013"],
		riskReason: "A long lever on the lower back, with the bar on your shoulders.",
		riskSources: ["schellenberg-2013"],
		checkpoints: [
			cue("light", "Light weight"),
			cue("soft-knees", "Knees slightly bent"),
			cue("horizontal", "Go no lower than level with the floor"),
			cue("neutral", "Back neutral")
		],
		faults: [fault("rounding", "Lower back rounding: stop higher, or go lighter", "sagittal")],
		sources: [ref("schellenberg-2013"), ref("schellenberg-2017", "The one-legged back extension")]
	},
	"kettlebell-swing": {
		works: "Glutes, hamstrings and heart rate",
		whyItHurts: "A fast hinge: with 16 kg, about 3,200 N of compression on the lower back, with the back muscles at about half their maximum.",
		whySources: ["mcgill-marshall-2012"],
		riskReason: "A fast, repeated hinge; form slips as you tire.",
		riskSources: ["mcgill-marshall-2012"],
		checkpoints: [
			cue("hinge", "Hinge at the hips: don’t squat it"),
			cue("neutral", "Spine neutral"),
			cue("hips", "Drive the bell with your hips"),
			cue("no-lean-back", "Stand tall at the top: don’t lean back")
		],
		faults: [fault("lean-back", "Leaning back at the top: stop at standing tall", "sagittal"), fault("rounding", "Back rounding at the bottom: go lighter and slower", "sagittal")],
		sources: [ref("mcgill-marshall-2012")]
	},
	"hip-thrust": {
		works: "Glutes and hamstrings",
		whyItHurts: "The glutes do most of the work. Pushing past a straight line at the top arches the lower back.",
		whySources: ["contreras-2015"],
		riskReason: "Glute work with your upper back on a bench; the lower back takes over only if you go too high.",
		riskSources: ["contreras-2015"],
		checkpoints: [
			cue("ribs", "Ribs down, chin tucked"),
			cue("stop-line", "Stop when shoulders, hips and knees make a straight line", "article"),
			cue("knees", "Knees at about 90 degrees at the top")
		],
		faults: [fault("too-high", "Lower back arching at the top: you went too high", "sagittal")],
		sources: [ref("contreras-2015"), article("Exercise 8: glute bridge")]
	},
	"back-extension": {
		works: "Back muscles, glutes and hamstrings",
		whyItHurts: "The lower back bends and straightens under your upper body’s weight. Driving it from the hips gave larger loads in a study than a one-legged version moved by the back.",
		whySources: ["schellenberg-2017", "scj-back-extension"],
		riskReason: "Bending and arching under load; experts disagree on who it suits.",
		riskSources: ["schellenberg-2017", "scj-back-extension"],
		checkpoints: [
			cue("pad", "Pad just below your hip crease"),
			cue("straight-line", "Rise only to a straight line"),
			cue("control", "Slow and controlled")
		],
		faults: [fault("over-arch", "Arching past straight at the top: stop at a straight line", "sagittal")],
		sources: [ref("schellenberg-2017"), ref("scj-back-extension")]
	},
	"hanging-leg-raise": {
		works: "Abs, hip flexors and grip",
		whyItHurts: "Lifting the legs works the deep hip flexor hardest; it attaches to the lower spine and adds a lot of spine load.",
		whySources: ["juker-1998"],
		riskReason: "A strong hip-flexor pull on the lower spine, while hanging.",
		riskSources: ["juker-1998"],
		checkpoints: [
			cue("no-swing", "No swinging"),
			cue("knees-first", "Start with bent knees"),
			cue("lower-slow", "Lower under control")
		],
		faults: [fault("swinging", "Body swinging: pause at the bottom", "other")],
		sources: [ref("juker-1998"), ref("axler-mcgill-1997")]
	},
	"lying-leg-raise": {
		works: "Abs and hip flexors",
		whyItHurts: "Lifting the legs works the deep hip flexor, which pulls on the lower spine; as the legs come down, the lower back tends to arch.",
		whySources: ["juker-1998"],
		riskReason: "A hip-flexor pull, and a lower back that arches as the legs come down.",
		riskSources: ["juker-1998"],
		checkpoints: [
			cue("knees-bent", "Bend your knees"),
			cue("no-arch", "Keep your back from arching"),
			cue("small", "Small range")
		],
		faults: [fault("arching", "Lower back lifting off the floor: bend the knees more, go less low", "sagittal")],
		sources: [ref("juker-1998")]
	},
	crunch: {
		works: "The “six-pack” muscle",
		whyItHurts: "A short curl with the lower back on the floor. Partial curl-ups gave the best muscle work for the spine load in a study, and evidence is not enough to tell healthy people to avoid crunches.",
		whySources: ["axler-mcgill-1997", "contreras-schoenfeld-2011"],
		riskReason: "A short bend with a small spine load; the McGill curl-up is gentler still.",
		riskSources: ["axler-mcgill-1997", "contreras-schoenfeld-2011"],
		checkpoints: [
			cue("shoulder-blades", "Shoulder blades just off the floor"),
			cue("neck", "Don’t pull on your neck"),
			cue("slow", "Slowly")
		],
		faults: [],
		sources: [ref("axler-mcgill-1997"), ref("contreras-schoenfeld-2011")]
	},
	"russian-twist": {
		works: "Obliques",
		whyItHurts: "You sit bent forward and turn side to side, often holding a weight: turning while bent forward under load is the combination the lower back tolerates least.",
		whySources: ["veres-2010", "les-mills-twist"],
		riskReason: "Turning while bent forward, often loaded: the best-supported concern among core exercises.",
		riskSources: ["veres-2010", "les-mills-twist"],
		checkpoints: [
			cue("feet-down", "Feet on the floor"),
			cue("long-spine", "Sit tall: spine long"),
			cue("upper-back", "Turn from your upper back"),
			cue("no-weight", "No weight")
		],
		faults: [],
		sources: [ref("les-mills-twist"), ref("veres-2010")]
	},
	"cable-woodchop": {
		works: "Obliques and the whole trunk",
		whyItHurts: "Turning under load. Letting the hips turn with the trunk spreads the turn over more joints.",
		whySources: ["hk-chop"],
		riskReason: "Turning under load, often fast; turn your hips with it.",
		riskSources: ["hk-chop"],
		checkpoints: [
			cue("pivot", "Turn your hips with your trunk: pivot the back foot", "hk-chop"),
			cue("long-spine", "Keep your spine long and tall", "hk-chop"),
			cue("short-range", "Stop short of the end of your range")
		],
		faults: [],
		sources: [ref("hk-chop")]
	},
	"ab-wheel-rollout": {
		works: "Abs and the whole core",
		whyItHurts: "The abs hold the lower back from arching as you roll out; in a study, the ab slide worked the abs with little lower-back or hip-flexor activity. When the abs tire, the back sags.",
		whySources: ["escamilla-2006"],
		riskReason: "Hard work for the abs; the back sags if they give out.",
		riskSources: ["escamilla-2006"],
		checkpoints: [
			cue("knees", "Start from your knees"),
			cue("short", "Short range"),
			cue("ribs", "Ribs down"),
			cue("stop-before-sag", "Stop before your back sags")
		],
		faults: [fault("sag", "Lower back aching on the way out: shorten the range", "sagittal")],
		sources: [ref("escamilla-2006")]
	},
	"dead-bug": {
		works: "Deep abs and core control",
		whyItHurts: "Rarely a problem: you lie on your back and move one arm and the opposite leg while the trunk stays still. Arching as the leg lowers is the fault to watch.",
		whySources: ["emami-2015", "yun-2017"],
		riskReason: "Little load on the back; the trunk stays still.",
		riskSources: ["emami-2015", "yun-2017"],
		checkpoints: [
			cue("back-down", "Lower back stays on the floor"),
			cue("opposite", "Move the opposite arm and leg"),
			cue("slow", "Slowly"),
			cue("stop-if-arch", "Stop if your back arches")
		],
		faults: [fault("arching", "Lower back lifting off the floor: move a shorter range", "sagittal")],
		sources: [ref("emami-2015"), ref("yun-2017")]
	},
	"farmers-carry": {
		works: "Grip, shoulders, core and legs",
		whyItHurts: "Heavy weights in both hands press down through the spine while you walk. Picking them up is a lift like a deadlift, so hinge to pick up and to set down.",
		whySources: ["mcgill-strongman-2009", "winwood-2014"],
		riskReason: "Spine load rises with the weight; the lift at each end matters most.",
		riskSources: ["mcgill-strongman-2009", "winwood-2014"],
		checkpoints: [
			cue("hinge-pick-up", "Hinge to pick up and to set down"),
			cue("tall", "Stand tall"),
			cue("brace", "Brace your core"),
			cue("short-steps", "Short steps")
		],
		faults: [],
		sources: [ref("mcgill-strongman-2009"), ref("winwood-2014")]
	},
	"suitcase-carry": {
		works: "Side core, grip and shoulders",
		whyItHurts: "A weight on one side pulls you sideways; the trunk muscles on the other side hold you straight.",
		whySources: ["mcgill-strongman-2009"],
		riskReason: "A moderate one-sided load; the trunk works to keep you straight.",
		riskSources: ["mcgill-strongman-2009"],
		checkpoints: [
			cue("tall", "Stand tall"),
			cue("no-lean", "Don’t lean toward or away from the weight"),
			cue("brace", "Brace your core"),
			cue("slow", "Walk slowly")
		],
		faults: [fault("leaning", "Leaning to one side: go lighter", "other")],
		sources: [ref("mcgill-strongman-2009")]
	},
	"rowing-machine": {
		works: "Legs, back, arms and heart rate",
		whyItHurts: "As you tire, the lower back bends more at the catch, more on the machine than on water. Long sessions are a known risk factor for back pain in rowers.",
		whySources: ["nugent-2021", "athy-2023"],
		riskReason: "Repeated bending that grows as you tire.",
		riskSources: ["nugent-2021", "athy-2023"],
		checkpoints: [
			cue("pelvis", "Tip your pelvis forward at the catch", "nugent-2021"),
			cue("sequence", "Legs, then body, then arms"),
			cue("stop-when-fading", "Stop the piece when your form fades")
		],
		faults: [fault("slumping", "Lower back slumping at the catch: slow down or stop", "sagittal")],
		sources: [ref("nugent-2021"), ref("athy-2023")]
	},
	"mountain-climber": {
		works: "Core, shoulders and heart rate",
		whyItHurts: "No study rates this one for the back. Done fast, the hips sag or pike up as you tire.",
		whySources: [],
		riskReason: NOT_RATED,
		riskSources: [],
		checkpoints: [
			cue("hands", "Hands under your shoulders"),
			cue("hips-level", "Hips level: no sag, no pike"),
			cue("slow", "Slow while you learn it")
		],
		faults: [fault("sagging", "Hips sagging: slow down", "sagittal"), fault("piking", "Hips piking up: slow down", "sagittal")],
		sources: []
	}
};
var getExerciseDetails = (id) => EXERCISE_DETAILS[id];
var getFullExercise = (id) => ({
	...getExercise(id),
	...EXERCISE_DETAILS[id]
});
export { getFullExercise as n, getExerciseDetails as t };
