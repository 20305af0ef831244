import { a as __toESM, i as __exportAll, n as require_react, t as require_jsx_runtime } from "./jsx-runtime-Dq8_Q5KF.js";
// src/data/poses/build.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* Shorthands for writing poses. Angles are absolute segment angles (0 up, 90 forward, 180 down, 270 back).
*/
/** A limb by its segment angles; the hand or foot defaults to following the forearm or, for legs, flat. */
var limb = (upper, lower, end) => ({
	upper,
	lower,
	end
});
/** A limb whose end is fixed at (x, y): the elbow or knee is solved. */
var reach = (point, x, y, end) => ({
	reach: point,
	at: {
		x,
		y
	},
	end
});
var STRAIGHT_LEG = limb(180, 180, 90);
var HANGING_ARM = limb(180, 180, 180);
var NEUTRAL_LUMBAR = -6;
var NEUTRAL_THORACIC = 8;
/**
* The three spine angles for a trunk leaning `lean` degrees from upright, with the lower back bent by
* `lumbar` and the upper back by `thoracic` (flexion positive: rounding; negative: arching).
* Neutral is a slight inward curve low (−6) and outward curve high (+8): it reads as a flat back. The pelvis turns the other
* way by half the lumbar bend, so the whole trunk still points about `lean`.
*/
function spine(lean, lumbar = NEUTRAL_LUMBAR, thoracic = NEUTRAL_THORACIC) {
	const pelvis = lean - lumbar / 2 - thoracic / 4;
	return {
		pelvis,
		lumbar: pelvis + lumbar,
		thorax: pelvis + lumbar + thoracic
	};
}
/** A pose; the far arm and leg mirror the near ones unless given. */
var pose = ({ back, head, arm, farArm, leg, farLeg, anchor, at, rests }) => ({
	...back,
	head: head ?? back.thorax,
	arm,
	farArm: farArm ?? arm,
	leg,
	farLeg: farLeg ?? leg,
	anchor: {
		point: anchor,
		at
	},
	...rests ? { rests } : {}
});
/** Both feet's heels and toes on the floor (or a surface at `y`). */
var feetOn = (y = 0) => [
	{
		point: "heel",
		y
	},
	{
		point: "toe",
		y
	},
	{
		point: "farHeel",
		y
	},
	{
		point: "farToe",
		y
	}
];
var restOn = (y, ...points) => points.map((point) => ({
	point,
	y
}));
/** Half the body's depth: where the spine runs when lying on the floor. */
var LYING = .055;
/**
* Arms holding a bar on the upper back (back squat, good morning), turned with the upper back so the bar
* rides on it: elbows down and back, hands just behind the neck.
*/
var barOnBack = (thorax) => limb(thorax + 215, thorax - 5, thorax + 80);
/** Arms holding a weight at the chest (goblet squat): elbows down, hands under the chin. */
var weightAtChest = (thorax) => limb(thorax + 165, thorax + 10, thorax + 90);
/** Arms crossed on the chest (sit-up, crunch). */
var armsCrossed = (thorax) => limb(thorax + 160, thorax + 35, thorax + 60);
/** A variation of a pose (a fault, or the other end of a movement). */
var vary = (base, c) => ({
	...base,
	...c.back ?? {},
	head: c.head ?? (c.back ? c.back.thorax : base.head),
	arm: c.arm ?? base.arm,
	farArm: c.farArm ?? c.arm ?? base.farArm,
	leg: c.leg ?? base.leg,
	farLeg: c.farLeg ?? c.leg ?? base.farLeg,
	anchor: {
		point: c.anchor ?? base.anchor.point,
		at: c.at ?? base.anchor.at
	}
});
// src/data/poses/conditioning.ts
var HANDS_DOWN = {
	anchor: "grip",
	at: {
		x: .3,
		y: .02
	}
};
var ARMS_STRAIGHT_DOWN = limb(180, 180, 90);
var catchPose = pose({
	back: spine(24),
	arm: reach("grip", .8, .34, 90),
	leg: reach("heel", .52, .1, 62),
	anchor: "hip",
	at: {
		x: .27,
		y: .25
	}
});
var climberStart = pose({
	...HANDS_DOWN,
	back: spine(74),
	arm: ARMS_STRAIGHT_DOWN,
	leg: reach("toe", -.08, .05, 160),
	farLeg: reach("toe", -.5, 0, 166),
	rests: restOn(0, "farToe")
});
var CONDITIONING_POSES = {
	burpee: {
		thumbnail: "start",
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose({
					...HANDS_DOWN,
					back: spine(84),
					arm: ARMS_STRAIGHT_DOWN,
					leg: reach("toe", -.02, 0, 130),
					rests: restOn(0, "toe", "farToe")
				}),
				alt: "squatting with the hands on the floor, back flat"
			},
			end: {
				pose: pose({
					...HANDS_DOWN,
					back: spine(76),
					arm: ARMS_STRAIGHT_DOWN,
					leg: reach("toe", -.5, 0, 166),
					rests: restOn(0, "toe", "farToe")
				}),
				alt: "feet stepped or jumped back to a plank, hips level"
			}
		},
		faults: []
	},
	"mountain-climber": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: climberStart,
				alt: "a plank on the hands, one knee drawn toward the chest, hips level"
			},
			end: {
				pose: pose({
					...HANDS_DOWN,
					back: spine(74),
					arm: ARMS_STRAIGHT_DOWN,
					leg: reach("toe", -.5, 0, 166),
					farLeg: reach("toe", -.08, .05, 160),
					rests: restOn(0, "toe")
				}),
				alt: "legs switched, hips still level"
			}
		},
		faults: [{
			id: "sagging",
			label: "Sagging",
			of: "start",
			mark: "lumbar",
			pose: vary(climberStart, {
				back: spine(70, -38, 0),
				head: 72,
				leg: reach("toe", -.5, 0, 166)
			}),
			alt: "the hips sagging toward the floor, lower back arched"
		}]
	},
	"rowing-machine": {
		thumbnail: "start",
		equipment: [
			{ kind: "floor" },
			{
				kind: "rower",
				from: -.45,
				to: .9
			},
			{
				kind: "pad",
				at: {
					x: .53,
					y: .1
				},
				angle: 62,
				length: .18,
				offset: {
					x: .03,
					y: -.03
				}
			},
			{
				kind: "pad",
				at: "hip",
				offset: {
					x: 0,
					y: -.065
				},
				angle: 90,
				length: .14
			},
			{
				kind: "cable",
				from: {
					x: .84,
					y: .12
				},
				to: "grip"
			}
		],
		movement: {
			start: {
				pose: catchPose,
				alt: "at the catch: shins upright, leaning forward from the hips, pelvis tipped forward, arms long"
			},
			end: {
				pose: pose({
					back: spine(-18),
					arm: reach("grip", .13, .4, 90),
					leg: reach("heel", .52, .1, 62),
					anchor: "hip",
					at: {
						x: .06,
						y: .25
					}
				}),
				alt: "at the finish: legs long, leaning back slightly, the handle at the lower ribs"
			}
		},
		faults: [{
			id: "slumping",
			label: "Rounded",
			of: "start",
			mark: "lumbar",
			pose: vary(catchPose, {
				back: spine(32, 38, 22),
				head: 60
			}),
			alt: "at the catch the lower back rounds, pelvis tucked"
		}]
	},
	"farmers-carry": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }, {
			kind: "dumbbell",
			at: "grip"
		}],
		movement: {
			start: {
				pose: pose({
					back: spine(2),
					arm: HANGING_ARM,
					leg: reach("heel", .16, 0, 84),
					farLeg: reach("heel", -.254, .071, 118),
					anchor: "hip",
					at: {
						x: 0,
						y: .49
					},
					rests: restOn(0, "heel", "farToe")
				}),
				alt: "walking tall, a heavy dumbbell in each hand"
			},
			end: {
				pose: pose({
					back: spine(2),
					arm: HANGING_ARM,
					leg: reach("heel", -.254, .071, 118),
					farLeg: reach("heel", .16, 0, 84),
					anchor: "hip",
					at: {
						x: 0,
						y: .49
					},
					rests: restOn(0, "toe", "farHeel")
				}),
				alt: "short steps, shoulders level, torso upright"
			}
		},
		faults: []
	},
	"suitcase-carry": {
		view: "front",
		equipment: [{ kind: "floor" }, {
			kind: "dumbbell",
			at: "grip"
		}],
		movement: { hold: {
			pose: pose({
				back: spine(0, 0, 0),
				arm: limb(186, 186, 186),
				farArm: limb(172, 172, 172),
				leg: reach("heel", -.09, 0, 90),
				farLeg: reach("heel", .05, 0, 90),
				anchor: "hip",
				at: {
					x: 0,
					y: .52
				},
				rests: feetOn()
			}),
			alt: "standing tall, one dumbbell in one hand, shoulders level"
		} },
		faults: [{
			id: "leaning",
			label: "Leaning",
			of: "hold",
			mark: "lumbar",
			pose: pose({
				back: spine(-14, -16, -4),
				arm: limb(192, 192, 192),
				farArm: limb(160, 160, 160),
				leg: reach("heel", -.09, 0, 90),
				farLeg: reach("heel", .05, 0, 90),
				anchor: "hip",
				at: {
					x: 0,
					y: .52
				},
				rests: feetOn()
			}),
			alt: "leaning toward the weight"
		}]
	}
};
// src/data/poses/core.ts
var STAND$3 = {
	anchor: "heel",
	at: {
		x: 0,
		y: 0
	},
	rests: feetOn()
};
var ON_BACK = {
	anchor: "hip",
	at: {
		x: 0,
		y: LYING
	}
};
/** On the forearms and toes, body straight at `lean`. */
var forearmPlank = pose({
	back: spine(76),
	arm: reach("wrist", .86, .03, 90),
	leg: limb(256, 256, 166),
	anchor: "toe",
	at: {
		x: 0,
		y: 0
	},
	rests: restOn(0, "toe", "farToe")
});
var sidePlank = pose({
	back: spine(70, 0, 0),
	head: 70,
	arm: reach("wrist", .86, .03, 90),
	farArm: limb(0, 0, 0),
	leg: limb(250, 250, 90),
	anchor: "heel",
	at: {
		x: 0,
		y: 0
	}
});
var birdDogBase = {
	back: spine(70),
	arm: reach("grip", .36, .02, 90),
	leg: limb(180, 270, 270),
	anchor: "farKnee",
	at: {
		x: 0,
		y: .03
	}
};
var birdDogReach = pose({
	...birdDogBase,
	farArm: limb(88, 88, 88),
	leg: limb(271, 271, 181),
	farLeg: birdDogBase.leg
});
var deadBugStart = pose({
	...ON_BACK,
	back: spine(-90),
	arm: limb(0, 0, 0),
	leg: limb(0, 90, 0)
});
var deadBugReach = vary(deadBugStart, {
	farArm: limb(-82, -82, -82),
	leg: limb(78, 80, 0),
	farLeg: limb(0, 90, 0)
});
var curlUpBase = {
	...ON_BACK,
	arm: limb(96, 84, 90),
	leg: limb(90, 90, 0),
	farLeg: reach("heel", .3, 0, 90)
};
var curlUpTop = pose({
	...curlUpBase,
	back: spine(-86, -6, 20)
});
var legRaiseDown = pose({
	back: spine(-90),
	arm: limb(90, 90, 90),
	leg: limb(76, 82, 22),
	anchor: "neck",
	at: {
		x: -.288,
		y: LYING
	}
});
var wheelOut = pose({
	back: spine(86),
	arm: reach("grip", .8, .05, 90),
	leg: limb(236, 270, 270),
	anchor: "knee",
	at: {
		x: 0,
		y: .03
	}
});
var supermanUp = pose({
	back: spine(82, -14, 0),
	arm: limb(80, 80, 80),
	leg: limb(276, 276, 276),
	anchor: "hip",
	at: {
		x: 0,
		y: LYING
	}
});
var CORE_POSES = {
	"forearm-plank": {
		equipment: [{ kind: "floor" }],
		movement: { hold: {
			pose: forearmPlank,
			alt: "forearms under the shoulders, body in a straight line from head to heels"
		} },
		faults: [{
			id: "hips-sag",
			label: "Sagging",
			of: "hold",
			mark: "lumbar",
			pose: vary(forearmPlank, {
				back: spine(72, -38, 0),
				leg: limb(262, 262, 172)
			}),
			alt: "hips sagging toward the floor, lower back arched"
		}, {
			id: "hips-high",
			label: "Hips high",
			of: "hold",
			mark: "pelvis",
			pose: vary(forearmPlank, {
				back: spine(112),
				leg: limb(238, 238, 148)
			}),
			alt: "hips too high, the body an upside-down V"
		}]
	},
	"side-plank": {
		view: "front",
		equipment: [{ kind: "floor" }],
		movement: { hold: {
			pose: sidePlank,
			alt: "on one forearm, feet stacked, hips lifted until the body is a straight line"
		} },
		faults: [{
			id: "hips-drop",
			label: "Hips dropping",
			of: "hold",
			mark: "lumbar",
			pose: vary(sidePlank, {
				back: spine(68, -38, 0),
				head: 70,
				leg: limb(258, 258, 90)
			}),
			alt: "hips dropping toward the floor"
		}]
	},
	"bird-dog": {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose(birdDogBase),
				alt: "on hands and knees, back flat"
			},
			end: {
				pose: birdDogReach,
				alt: "one arm reaching forward and the opposite leg back, level with the back"
			}
		},
		faults: [{
			id: "arching",
			label: "Arching",
			of: "end",
			mark: "lumbar",
			pose: vary(birdDogReach, {
				back: spine(70, -38, 0),
				leg: limb(302, 302, 212),
				farLeg: limb(180, 270, 270)
			}),
			alt: "the leg lifted too high, lower back arched"
		}]
	},
	"dead-bug": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: deadBugStart,
				alt: "on the back, arms up, knees bent over the hips"
			},
			end: {
				pose: deadBugReach,
				alt: "one arm back overhead and the opposite leg straightened, lower back still on the floor"
			}
		},
		faults: [{
			id: "arching",
			label: "Arching",
			of: "end",
			mark: "lumbar",
			pose: vary(deadBugReach, {
				back: spine(-84, -38, -4),
				head: -90
			}),
			alt: "the lower back arching off the floor"
		}]
	},
	"mcgill-curl-up": {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose({
					...curlUpBase,
					back: spine(-90)
				}),
				alt: "on the back, one knee bent, hands under the lower back"
			},
			end: {
				pose: curlUpTop,
				alt: "head and shoulders raised slightly as one unit, chin not tucked"
			}
		},
		faults: [{
			id: "chin",
			label: "Chin tucked",
			of: "end",
			mark: "neck",
			pose: vary(curlUpTop, { head: -10 }),
			alt: "the chin tucked to the chest"
		}]
	},
	"sit-up": {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose({
					...ON_BACK,
					back: spine(-90),
					arm: armsCrossed(spine(-90).thorax),
					leg: reach("heel", .4, 0, 90)
				}),
				alt: "on the back, knees bent, arms crossed on the chest"
			},
			end: {
				pose: pose({
					...ON_BACK,
					back: spine(-18, 20, 20),
					arm: armsCrossed(spine(-18, 20, 20).thorax),
					leg: reach("heel", .4, 0, 90)
				}),
				alt: "curled all the way up to sitting"
			}
		},
		faults: []
	},
	crunch: {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose({
					...ON_BACK,
					back: spine(-90),
					arm: armsCrossed(spine(-90).thorax),
					leg: reach("heel", .4, 0, 90)
				}),
				alt: "on the back, knees bent, arms crossed on the chest"
			},
			end: {
				pose: pose({
					...ON_BACK,
					back: spine(-84, 0, 28),
					arm: armsCrossed(spine(-84, 0, 28).thorax),
					leg: reach("heel", .4, 0, 90)
				}),
				alt: "shoulder blades just off the floor, lower back down"
			}
		},
		faults: []
	},
	superman: {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose({
					back: spine(90),
					arm: limb(90, 90, 90),
					leg: limb(270, 270, 270),
					anchor: "hip",
					at: {
						x: 0,
						y: LYING
					}
				}),
				alt: "lying face down, arms reaching forward"
			},
			end: {
				pose: supermanUp,
				alt: "arms and legs lifted only a little"
			}
		},
		faults: [{
			id: "too-high",
			label: "Arched",
			of: "end",
			mark: "lumbar",
			pose: vary(supermanUp, {
				back: spine(62, -50, -6),
				arm: limb(55, 55, 55),
				leg: limb(292, 292, 292)
			}),
			alt: "arms and legs lifted high, lower back strongly arched"
		}]
	},
	"lying-leg-raise": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: vary(legRaiseDown, { leg: limb(12, 26, -34) }),
				alt: "on the back, legs raised, knees slightly bent"
			},
			end: {
				pose: legRaiseDown,
				alt: "legs lowered slowly, lower back kept on the floor"
			}
		},
		faults: [{
			id: "arching",
			label: "Arching",
			of: "end",
			mark: "lumbar",
			pose: vary(legRaiseDown, {
				back: spine(-82, -38, -6),
				head: -90
			}),
			alt: "the lower back arching off the floor as the legs go down"
		}]
	},
	"hanging-leg-raise": {
		equipment: [{
			kind: "bar",
			at: {
				x: 0,
				y: 1.25
			}
		}],
		movement: {
			start: {
				pose: pose({
					back: spine(0),
					arm: limb(0, 0, 0),
					leg: limb(178, 180, 130),
					anchor: "grip",
					at: {
						x: 0,
						y: 1.25
					}
				}),
				alt: "hanging from the bar, body still"
			},
			end: {
				pose: pose({
					back: spine(-8, 12, 4),
					arm: limb(0, 0, 0),
					leg: limb(90, 176, 120),
					anchor: "grip",
					at: {
						x: 0,
						y: 1.25
					}
				}),
				alt: "knees raised to hip height, slowly, without swinging"
			}
		},
		faults: []
	},
	"ab-wheel-rollout": {
		equipment: [{ kind: "floor" }, {
			kind: "wheel",
			at: "grip"
		}],
		movement: {
			start: {
				pose: pose({
					back: spine(65),
					arm: reach("grip", .26, .05, 90),
					leg: limb(176, 270, 270),
					anchor: "knee",
					at: {
						x: 0,
						y: .03
					}
				}),
				alt: "kneeling, hands on the wheel under the shoulders"
			},
			end: {
				pose: wheelOut,
				alt: "rolled out only as far as the back stays flat, ribs down"
			}
		},
		faults: [{
			id: "sag",
			label: "Sagging",
			of: "end",
			mark: "lumbar",
			pose: vary(wheelOut, {
				back: spine(80, -38, 0),
				leg: limb(250, 270, 270)
			}),
			alt: "rolled out too far, hips sagging, lower back arched"
		}]
	},
	"russian-twist": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "plate",
				at: "grip",
				plate: .06
			},
			{
				kind: "turn",
				at: "t12"
			}
		],
		movement: {
			start: {
				pose: pose({
					...ON_BACK,
					back: spine(-38),
					arm: limb(150, 70, 70),
					leg: reach("heel", .42, 0, 90)
				}),
				alt: "seated, leaning back a little, feet down, a plate held at the chest"
			},
			end: {
				pose: pose({
					...ON_BACK,
					back: spine(-34),
					arm: limb(152, 105, 105),
					leg: reach("heel", .42, 0, 90)
				}),
				alt: "turned to one side, the plate lowered beside the hip"
			}
		},
		faults: []
	},
	"torso-twist": {
		equipment: [{ kind: "floor" }, {
			kind: "turn",
			at: "t12"
		}],
		movement: {
			start: {
				pose: pose({
					...STAND$3,
					back: spine(3),
					arm: limb(150, 85, 90),
					leg: STRAIGHT_LEG
				}),
				alt: "standing tall, hands together in front of the chest"
			},
			end: {
				pose: pose({
					...STAND$3,
					back: spine(3),
					arm: limb(160, 60, 80),
					farArm: limb(130, 100, 100),
					leg: STRAIGHT_LEG
				}),
				alt: "turned slowly from the mid-back and hips, lower back still"
			}
		},
		faults: []
	},
	"pallof-press": {
		equipment: [{ kind: "floor" }, {
			kind: "cable",
			from: {
				x: -.42,
				y: .66
			},
			to: "grip"
		}],
		movement: {
			start: {
				pose: pose({
					...STAND$3,
					back: spine(4),
					arm: limb(168, 40, 90),
					leg: limb(170, 188, 90)
				}),
				alt: "standing side-on to the cable, the handle held at the breastbone"
			},
			end: {
				pose: pose({
					...STAND$3,
					back: spine(4),
					arm: limb(92, 92, 92),
					leg: limb(170, 188, 90)
				}),
				alt: "the handle pressed straight out, torso not turning"
			}
		},
		faults: []
	},
	"cable-woodchop": {
		view: "front",
		equipment: [{ kind: "floor" }, {
			kind: "cable",
			from: {
				x: -.5,
				y: 1.15
			},
			to: "grip"
		}],
		movement: {
			start: {
				pose: pose({
					back: spine(0, 0, 0),
					arm: reach("grip", -.34, 1, -40),
					leg: reach("heel", -.16, 0, 90),
					farLeg: reach("heel", .12, 0, 90),
					anchor: "hip",
					at: {
						x: 0,
						y: .51
					},
					rests: restOn(0, "heel", "farHeel")
				}),
				alt: "feet apart, both hands on the handle high on one side"
			},
			end: {
				pose: pose({
					back: spine(4, 0, 0),
					arm: reach("grip", .3, .42, 150),
					leg: reach("heel", -.16, 0, 90),
					farLeg: reach("heel", .12, 0, 90),
					anchor: "hip",
					at: {
						x: .02,
						y: .5
					},
					rests: restOn(0, "heel", "farHeel")
				}),
				alt: "the handle pulled down across the body to the other hip, hips turning too"
			}
		},
		faults: []
	}
};
// src/data/poses/hinge.ts
/** A full-size (45 cm) plate's radius for a 1.75 m lifter. */
var PLATE = .129;
var STAND$2 = {
	anchor: "heel",
	at: {
		x: 0,
		y: 0
	},
	rests: feetOn()
};
var standingTall = pose({
	...STAND$2,
	back: spine(2),
	arm: HANGING_ARM,
	leg: STRAIGHT_LEG
});
var deadliftStart = pose({
	...STAND$2,
	back: spine(66),
	head: 72,
	arm: reach("grip", .1, PLATE, 180),
	leg: limb(120, 200, 90)
});
var rdlBottom = pose({
	...STAND$2,
	back: spine(78),
	head: 84,
	arm: reach("grip", .09, .19, 180),
	leg: limb(152, 176, 90)
});
var goodMorningBottom = pose({
	...STAND$2,
	back: spine(82),
	arm: barOnBack(spine(82).thorax),
	leg: limb(168, 178, 90)
});
var trapBarStart = pose({
	...STAND$2,
	back: spine(53),
	head: 60,
	arm: reach("grip", .075, PLATE, 180),
	leg: limb(108, 206, 90)
});
var swingBottom = pose({
	...STAND$2,
	back: spine(68),
	head: 76,
	arm: limb(220, 220, 220),
	leg: limb(158, 190, 90)
});
var swingTop = pose({
	...STAND$2,
	back: spine(0),
	arm: limb(92, 92, 92),
	leg: STRAIGHT_LEG
});
var rowStart = pose({
	...STAND$2,
	back: spine(62),
	head: 70,
	arm: HANGING_ARM,
	leg: limb(150, 196, 90)
});
var HINGE_POSES = {
	deadlift: {
		thumbnail: "start",
		equipment: [{ kind: "floor" }, {
			kind: "barbell",
			at: "grip",
			plate: PLATE
		}],
		movement: {
			start: {
				pose: deadliftStart,
				alt: "the bar against the shins over the middle of the feet, hips back, back flat"
			},
			end: {
				pose: pose({
					...STAND$2,
					back: spine(2),
					arm: reach("grip", .1, .43, 180),
					leg: STRAIGHT_LEG
				}),
				alt: "standing tall, the bar at the thighs"
			}
		},
		faults: [{
			id: "rounded-back",
			label: "Rounded",
			of: "start",
			mark: "lumbar",
			pose: vary(deadliftStart, {
				back: spine(72, 38, 22),
				head: 90,
				leg: limb(140, 194, 90),
				arm: reach("grip", .1, .15, 180)
			}),
			alt: "the lower back rounded as the bar leaves the floor"
		}, {
			id: "looking-up",
			label: "Neck back",
			of: "start",
			mark: "neck",
			pose: vary(deadliftStart, { head: 20 }),
			alt: "the neck cranked back to look up"
		}]
	},
	"romanian-deadlift": {
		equipment: [{ kind: "floor" }, {
			kind: "barbell",
			at: "grip",
			plate: PLATE
		}],
		movement: {
			start: {
				pose: pose({
					...STAND$2,
					back: spine(2),
					arm: reach("grip", .1, .43, 180),
					leg: limb(172, 182, 90)
				}),
				alt: "standing tall, the bar at the thighs, knees soft"
			},
			end: {
				pose: rdlBottom,
				alt: "hips pushed back, knees slightly bent, the bar just below the knees and close to the legs, back flat"
			}
		},
		faults: [{
			id: "rounding",
			label: "Rounded",
			of: "end",
			mark: "lumbar",
			pose: vary(rdlBottom, {
				back: spine(76, 38, 24),
				head: 96,
				arm: reach("grip", .1, .15, 180)
			}),
			alt: "the lower back rounded to reach lower"
		}]
	},
	"good-morning": {
		equipment: [{ kind: "floor" }, {
			kind: "barbell",
			at: "grip",
			plate: .09
		}],
		movement: {
			start: {
				pose: pose({
					...STAND$2,
					back: spine(2),
					arm: barOnBack(spine(2).thorax),
					leg: limb(176, 180, 90)
				}),
				alt: "standing tall, the bar across the upper back"
			},
			end: {
				pose: goodMorningBottom,
				alt: "hinged at the hips until the chest is nearly level, knees slightly bent, back flat"
			}
		},
		faults: [{
			id: "rounding",
			label: "Rounded",
			of: "end",
			mark: "lumbar",
			pose: {
				...goodMorningBottom,
				...spine(92, 38, 22),
				head: 110,
				arm: barOnBack(spine(92, 38, 22).thorax)
			},
			alt: "the lower back rounded at the bottom"
		}]
	},
	"trap-bar-deadlift": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }, {
			kind: "barbell",
			at: "grip",
			plate: PLATE
		}],
		movement: {
			start: {
				pose: trapBarStart,
				alt: "standing inside the bar, handles at the sides, hips back and down, back flat"
			},
			end: {
				pose: pose({
					...STAND$2,
					back: spine(2),
					arm: reach("grip", .06, .43, 180),
					leg: STRAIGHT_LEG
				}),
				alt: "standing tall, the handles at the sides"
			}
		},
		faults: [{
			id: "rounding",
			label: "Rounded",
			of: "start",
			mark: "lumbar",
			pose: vary(trapBarStart, {
				back: spine(60, 38, 20),
				head: 76,
				leg: limb(118, 202, 90),
				arm: reach("grip", .075, .15, 180)
			}),
			alt: "the lower back rounded as the bar leaves the floor"
		}]
	},
	"kettlebell-swing": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }, {
			kind: "kettlebell",
			at: "grip"
		}],
		movement: {
			start: {
				pose: swingBottom,
				alt: "hinged at the hips, the bell swung back between the legs, back flat"
			},
			end: {
				pose: swingTop,
				alt: "standing tall, hips through, arms out level with the chest"
			}
		},
		faults: [{
			id: "lean-back",
			label: "Leaning back",
			of: "end",
			mark: "lumbar",
			pose: vary(swingTop, {
				back: spine(-14, -38, 0),
				head: -20,
				arm: limb(80, 80, 80)
			}),
			alt: "leaning back at the top, lower back arched"
		}, {
			id: "rounding",
			label: "Rounded",
			of: "start",
			mark: "lumbar",
			pose: vary(swingBottom, {
				back: spine(74, 38, 22),
				head: 96
			}),
			alt: "the back rounded at the bottom of the swing"
		}]
	},
	"bent-over-row": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }, {
			kind: "barbell",
			at: "grip",
			plate: .1
		}],
		movement: {
			start: {
				pose: rowStart,
				alt: "hinged forward, knees bent, back flat, the bar hanging below the shoulders"
			},
			end: {
				pose: vary(rowStart, { arm: limb(285, 175, 175) }),
				alt: "the bar pulled to the lower ribs, elbows back, back still flat"
			}
		},
		faults: [{
			id: "rounding",
			label: "Rounded",
			of: "start",
			mark: "lumbar",
			pose: vary(rowStart, {
				back: spine(72, 38, 22),
				head: 88,
				leg: limb(160, 190, 90)
			}),
			alt: "the lower back rounded"
		}]
	},
	"toe-touch": {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: standingTall,
				alt: "standing tall, arms by the sides"
			},
			end: {
				pose: pose({
					...STAND$2,
					back: spine(104, 30, 30),
					head: 160,
					arm: limb(168, 168, 168),
					leg: limb(170, 185, 90)
				}),
				alt: "bent forward slowly, reaching toward the toes, knees soft"
			}
		},
		faults: []
	},
	"back-extension": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "frame",
				points: [
					{
						x: -.42,
						y: 0
					},
					{
						x: .04,
						y: .4
					},
					{
						x: .04,
						y: 0
					}
				]
			},
			{
				kind: "pad",
				at: {
					x: .07,
					y: .46
				},
				angle: 135,
				length: .14
			},
			{
				kind: "pad",
				at: {
					x: -.36,
					y: .085
				},
				angle: 135,
				length: .06
			}
		],
		movement: {
			start: {
				pose: pose({
					back: spine(168),
					head: 168,
					arm: armsCrossed(spine(168).thorax),
					leg: limb(225, 225, 135),
					anchor: "hip",
					at: {
						x: 0,
						y: .53
					}
				}),
				alt: "hips on the pad, heels hooked, the body folded down over the pad"
			},
			end: {
				pose: pose({
					back: spine(45),
					arm: armsCrossed(spine(45).thorax),
					leg: limb(225, 225, 135),
					anchor: "hip",
					at: {
						x: 0,
						y: .53
					}
				}),
				alt: "raised only to a straight line from heels to head"
			}
		},
		faults: [{
			id: "over-arch",
			label: "Arched",
			of: "end",
			mark: "lumbar",
			pose: pose({
				back: spine(22, -38, 0),
				head: 0,
				arm: armsCrossed(spine(22, -38, 0).thorax),
				leg: limb(225, 225, 135),
				anchor: "hip",
				at: {
					x: 0,
					y: .53
				}
			}),
			alt: "raised past the straight line, lower back arched"
		}]
	}
};
// src/data/poses/legs.ts
var STAND$1 = {
	anchor: "heel",
	at: {
		x: 0,
		y: 0
	},
	rests: feetOn()
};
var squatBottom = pose({
	...STAND$1,
	back: spine(44),
	head: 30,
	arm: barOnBack(spine(44).thorax),
	leg: limb(96, 212, 90)
});
var gobletBottom = pose({
	...STAND$1,
	back: spine(24),
	head: 10,
	arm: weightAtChest(spine(24).thorax),
	leg: limb(86, 220, 90)
});
var legPressSled = {
	kind: "pad",
	at: "heel",
	offset: {
		x: -.04,
		y: .07
	},
	angle: 135,
	length: .22
};
var legPressBack = spine(-58);
var legPressDeep = pose({
	back: legPressBack,
	arm: limb(140, 120, 120),
	leg: reach("heel", .2, .55, -30),
	anchor: "hip",
	at: {
		x: 0,
		y: .32
	}
});
var bridgeTop = pose({
	back: spine(-128),
	head: -90,
	arm: limb(90, 90, 90),
	leg: reach("heel", .46, 0, 90),
	anchor: "neck",
	at: {
		x: 0,
		y: LYING
	},
	rests: restOn(0, "heel", "toe")
});
var thrustTop = pose({
	back: spine(-90),
	head: -55,
	arm: reach("grip", .3, .37, 90),
	leg: reach("heel", .55, 0, 90),
	anchor: "neck",
	at: {
		x: 0,
		y: .3
	},
	rests: restOn(0, "heel", "toe")
});
var LEG_POSES = {
	squat: {
		equipment: [{ kind: "floor" }, {
			kind: "barbell",
			at: "grip",
			plate: .09
		}],
		movement: {
			start: {
				pose: pose({
					...STAND$1,
					back: spine(4),
					arm: barOnBack(spine(4).thorax),
					leg: STRAIGHT_LEG
				}),
				alt: "standing tall, the bar across the upper back"
			},
			end: {
				pose: squatBottom,
				alt: "squatting until the thighs are about level, knees over the toes, back flat"
			}
		},
		faults: [{
			id: "rounding",
			label: "Rounding",
			of: "end",
			mark: "lumbar",
			pose: vary(squatBottom, {
				back: spine(40, 38, 12),
				head: 40,
				leg: limb(88, 214, 90)
			}),
			alt: "at the bottom the pelvis tucks under and the lower back rounds"
		}]
	},
	"goblet-squat": {
		equipment: [{ kind: "floor" }, {
			kind: "kettlebell",
			at: "grip",
			hold: "horns"
		}],
		movement: {
			start: {
				pose: pose({
					...STAND$1,
					back: spine(4),
					arm: weightAtChest(spine(4).thorax),
					leg: STRAIGHT_LEG
				}),
				alt: "standing tall, a kettlebell held at the chest"
			},
			end: {
				pose: gobletBottom,
				alt: "squatting deep with the chest up, the weight at the chest, back flat"
			}
		},
		faults: [{
			id: "rounding",
			label: "Rounding",
			of: "end",
			mark: "lumbar",
			pose: vary(gobletBottom, {
				back: spine(26, 38, 10),
				head: 20,
				arm: weightAtChest(spine(26, 38, 10).thorax),
				leg: limb(80, 222, 90)
			}),
			alt: "too deep: the pelvis tucks under and the lower back rounds"
		}]
	},
	"forward-lunge": {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose({
					back: spine(3),
					arm: HANGING_ARM,
					leg: reach("heel", .2, 0, 90),
					farLeg: reach("toe", -.26, 0, 128),
					anchor: "hip",
					at: {
						x: 0,
						y: .46
					},
					rests: restOn(0, "heel", "toe", "farToe")
				}),
				alt: "standing tall in a long stride, back heel up"
			},
			end: {
				pose: pose({
					back: spine(5),
					arm: HANGING_ARM,
					leg: reach("heel", .2, 0, 90),
					farLeg: reach("toe", -.3, 0, 150),
					anchor: "hip",
					at: {
						x: -.02,
						y: .3
					},
					rests: restOn(0, "heel", "toe", "farToe")
				}),
				alt: "lowered until the front knee is bent about 90 degrees over the ankle, torso upright"
			}
		},
		faults: []
	},
	"bulgarian-split-squat": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "bench",
				from: -.62,
				to: -.3,
				top: .26
			},
			{
				kind: "dumbbell",
				at: "grip"
			}
		],
		movement: {
			start: {
				pose: pose({
					back: spine(8),
					arm: HANGING_ARM,
					leg: reach("heel", .2, 0, 90),
					farLeg: reach("ankle", -.4, .3, 250),
					anchor: "hip",
					at: {
						x: 0,
						y: .47
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "the back foot on a bench, dumbbells at the sides, standing tall"
			},
			end: {
				pose: pose({
					back: spine(12),
					arm: HANGING_ARM,
					leg: reach("heel", .2, 0, 90),
					farLeg: reach("ankle", -.4, .3, 250),
					anchor: "hip",
					at: {
						x: -.02,
						y: .3
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "lowered on the front leg, torso tall, the back knee toward the floor"
			}
		},
		faults: []
	},
	"step-up": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }, {
			kind: "box",
			from: .08,
			to: .48,
			top: .24
		}],
		movement: {
			start: {
				pose: pose({
					back: spine(14),
					arm: HANGING_ARM,
					leg: reach("heel", .13, .24, 90),
					farLeg: reach("heel", -.2, 0, 90),
					anchor: "hip",
					at: {
						x: .03,
						y: .5
					},
					rests: [...restOn(.24, "heel", "toe"), ...restOn(0, "farHeel", "farToe")]
				}),
				alt: "the whole front foot on the step, the back foot on the floor"
			},
			end: {
				pose: pose({
					back: spine(3),
					arm: HANGING_ARM,
					leg: reach("heel", .13, .24, 90),
					farLeg: reach("heel", .3, .5, 120),
					anchor: "hip",
					at: {
						x: .165,
						y: .77
					},
					rests: restOn(.24, "heel", "toe")
				}),
				alt: "standing tall on the step, the other knee raised"
			}
		},
		faults: []
	},
	"leg-press": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "frame",
				points: [{
					x: -.02,
					y: 0
				}, {
					x: -.02,
					y: .24
				}]
			},
			{
				kind: "frame",
				points: [
					{
						x: .12,
						y: .3
					},
					{
						x: .5,
						y: .72
					},
					{
						x: .5,
						y: 0
					}
				]
			},
			{
				kind: "pad",
				at: {
					x: .02,
					y: .255
				},
				angle: 80,
				length: .14
			},
			{
				kind: "pad",
				at: {
					x: -.19,
					y: .345
				},
				angle: -58,
				length: .32
			},
			legPressSled
		],
		movement: {
			start: {
				pose: pose({
					back: legPressBack,
					arm: limb(140, 120, 120),
					leg: reach("heel", .3, .66, -30),
					anchor: "hip",
					at: {
						x: 0,
						y: .32
					}
				}),
				alt: "seated back against the pad, feet on the sled, legs long but knees not locked"
			},
			end: {
				pose: legPressDeep,
				alt: "the sled lowered until the knees are bent about 90 degrees, lower back still on the pad"
			}
		},
		faults: [{
			id: "peeling",
			label: "Tucked",
			of: "end",
			mark: "lumbar",
			pose: vary(legPressDeep, {
				back: spine(-48, 30, 6),
				leg: reach("heel", .17, .52, -30)
			}),
			alt: "too deep: the pelvis tucks and the lower back peels off the pad"
		}]
	},
	"glute-bridge": {
		equipment: [{ kind: "floor" }],
		movement: {
			start: {
				pose: pose({
					back: spine(-90),
					arm: limb(90, 90, 90),
					leg: reach("heel", .46, 0, 90),
					anchor: "neck",
					at: {
						x: 0,
						y: LYING
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "lying on the back, knees bent, feet flat near the hips"
			},
			end: {
				pose: bridgeTop,
				alt: "hips raised until shoulders, hips and knees make a straight line"
			}
		},
		faults: [{
			id: "too-high",
			label: "Arched",
			of: "end",
			mark: "lumbar",
			pose: vary(bridgeTop, {
				back: spine(-136, -30, -4),
				head: -120
			}),
			alt: "hips pushed too high, lower back arched"
		}]
	},
	"hip-thrust": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "bench",
				from: -.5,
				to: .03,
				top: .245
			},
			{
				kind: "barbell",
				at: "grip",
				plate: .129
			}
		],
		movement: {
			start: {
				pose: pose({
					back: spine(-54),
					head: -30,
					arm: reach("grip", .24, .2, 90),
					leg: reach("heel", .55, 0, 90),
					anchor: "neck",
					at: {
						x: 0,
						y: .3
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "upper back against a bench, the bar over the hips, hips low"
			},
			end: {
				pose: thrustTop,
				alt: "hips driven up until shoulders, hips and knees are level, chin tucked"
			}
		},
		faults: [{
			id: "too-high",
			label: "Arched",
			of: "end",
			mark: "lumbar",
			pose: vary(thrustTop, {
				back: spine(-98, -30, -4),
				head: -80,
				arm: reach("grip", .28, .45, 90)
			}),
			alt: "hips pushed past level, lower back arched at the top"
		}]
	}
};
// src/data/poses/upper.ts
var STAND = {
	anchor: "heel",
	at: {
		x: 0,
		y: 0
	},
	rests: feetOn()
};
/** A push-up on the toes, body straight at `lean`, hands flat on the floor at `handX`. */
var pushUp = (lean, handX) => pose({
	back: spine(lean),
	arm: reach("grip", handX, .02, 90),
	leg: limb(lean + 180, lean + 180, lean + 90),
	anchor: "toe",
	at: {
		x: 0,
		y: 0
	},
	rests: restOn(0, "toe", "farToe")
});
var pushUpFault = (handX) => vary(pushUp(60, handX), {
	back: spine(56, -38, 0),
	leg: limb(248, 248, 158),
	head: 62
});
var pushUpVariant = (handX, where) => ({
	thumbnail: "start",
	equipment: [{ kind: "floor" }],
	movement: {
		start: {
			pose: pushUp(60, handX),
			alt: `hands flat ${where}, arms straight, body in a straight line from head to heels`
		},
		end: {
			pose: pushUp(80, handX),
			alt: "lowered until the chest is near the floor, body still straight"
		}
	},
	faults: [{
		id: "sag",
		label: "Sagging",
		of: "start",
		mark: "lumbar",
		pose: pushUpFault(handX),
		alt: "hips sagging toward the floor, lower back arched"
	}]
});
var ohpTop = pose({
	...STAND,
	back: spine(3),
	arm: limb(-2, -2, -2),
	leg: STRAIGHT_LEG
});
var pulldownEnd = pose({
	back: spine(-14),
	arm: reach("grip", .1, .66, 20),
	leg: reach("heel", .36, 0, 90),
	anchor: "hip",
	at: {
		x: 0,
		y: .33
	},
	rests: restOn(0, "heel", "toe")
});
var curlTop = pose({
	...STAND,
	back: spine(3),
	arm: limb(178, 35, 35),
	leg: STRAIGHT_LEG
});
var benchBottom = pose({
	back: spine(-90),
	arm: limb(140, 2, 2),
	leg: reach("heel", .5, 0, 90),
	anchor: "neck",
	at: {
		x: 0,
		y: .26 + LYING
	},
	rests: restOn(0, "heel", "toe")
});
var pullUpHang = pose({
	back: spine(0),
	arm: limb(0, 0, 0),
	leg: limb(172, 220, 130),
	anchor: "grip",
	at: {
		x: 0,
		y: 1.25
	}
});
var UPPER_POSES = {
	"push-up": pushUpVariant(.7, "under the shoulders"),
	"forward-push-up": pushUpVariant(.8, "a hand’s length in front of the shoulders"),
	"backward-push-up": pushUpVariant(.6, "a hand’s length behind the shoulders"),
	"barbell-bench-press": {
		thumbnail: "start",
		equipment: [
			{ kind: "floor" },
			{
				kind: "bench",
				from: -.22,
				to: .46,
				top: .26
			},
			{
				kind: "barbell",
				at: "grip",
				plate: .129
			}
		],
		movement: {
			start: {
				pose: vary(benchBottom, { arm: limb(8, 8, 8) }),
				alt: "lying on a bench, feet on the floor, the bar held over the shoulders on straight arms"
			},
			end: {
				pose: benchBottom,
				alt: "the bar lowered to touch the chest, head, shoulders and hips on the bench"
			}
		},
		faults: [{
			id: "hips-lift",
			label: "Hips up",
			of: "end",
			mark: "lumbar",
			pose: vary(benchBottom, {
				back: spine(-72, -38, 0),
				head: -90
			}),
			alt: "hips lifted off the bench, lower back arched"
		}]
	},
	"overhead-press": {
		equipment: [{ kind: "floor" }, {
			kind: "barbell",
			at: "grip",
			plate: .09
		}],
		movement: {
			start: {
				pose: pose({
					...STAND,
					back: spine(3),
					arm: limb(162, 10, 30),
					leg: STRAIGHT_LEG
				}),
				alt: "standing tall, the bar at the top of the chest"
			},
			end: {
				pose: ohpTop,
				alt: "the bar pressed straight up over the head, ribs down, back straight"
			}
		},
		faults: [{
			id: "arching",
			label: "Arching",
			of: "end",
			mark: "lumbar",
			pose: vary(ohpTop, {
				back: spine(-14, -38, 0),
				head: -6,
				arm: limb(5, 5, 5)
			}),
			alt: "leaning back to press, lower back arched"
		}]
	},
	"seated-dumbbell-shoulder-press": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "bench",
				from: -.16,
				to: .2,
				top: .26
			},
			{
				kind: "pad",
				at: {
					x: -.09,
					y: .56
				},
				angle: 0,
				length: .42
			},
			{
				kind: "dumbbell",
				at: "grip"
			}
		],
		movement: {
			start: {
				pose: pose({
					back: spine(0),
					arm: limb(172, 12, 12),
					leg: reach("heel", .42, 0, 90),
					anchor: "hip",
					at: {
						x: 0,
						y: .31
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "seated against an upright bench, dumbbells at the shoulders"
			},
			end: {
				pose: pose({
					back: spine(0),
					arm: limb(0, 0, 0),
					leg: reach("heel", .42, 0, 90),
					anchor: "hip",
					at: {
						x: 0,
						y: .31
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "dumbbells pressed overhead, back against the pad"
			}
		},
		faults: []
	},
	"lat-pulldown": {
		thumbnail: "start",
		equipment: [
			{ kind: "floor" },
			{
				kind: "box",
				from: -.16,
				to: .14,
				top: .27
			},
			{
				kind: "pad",
				at: {
					x: .2,
					y: .41
				},
				angle: 90,
				length: .1
			},
			{
				kind: "cable",
				from: {
					x: .06,
					y: 1.2
				},
				to: "grip"
			}
		],
		movement: {
			start: {
				pose: pose({
					back: spine(-4),
					arm: reach("grip", .05, 1, 0),
					leg: reach("heel", .36, 0, 90),
					anchor: "hip",
					at: {
						x: 0,
						y: .33
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "seated, thighs under the pad, arms up holding the bar"
			},
			end: {
				pose: pulldownEnd,
				alt: "the bar pulled to the upper chest, leaning back only slightly, held still"
			}
		},
		faults: [{
			id: "rocking",
			label: "Arching",
			of: "end",
			mark: "lumbar",
			pose: vary(pulldownEnd, {
				back: spine(-36, -38, 0),
				head: -30,
				arm: reach("grip", .02, .6, 20)
			}),
			alt: "leaning far back, lower back arched"
		}]
	},
	"pull-up": {
		thumbnail: "start",
		equipment: [{
			kind: "bar",
			at: {
				x: 0,
				y: 1.25
			}
		}],
		movement: {
			start: {
				pose: pullUpHang,
				alt: "hanging from the bar on straight arms, legs crossed, body still"
			},
			end: {
				pose: vary(pullUpHang, { arm: limb(172, 12, 12) }),
				alt: "pulled up until the chin is over the bar, no swinging"
			}
		},
		faults: [{
			id: "swing",
			label: "Arching",
			of: "start",
			mark: "lumbar",
			pose: vary(pullUpHang, {
				back: spine(-8, -38, -6),
				head: -16,
				leg: limb(200, 235, 150)
			}),
			alt: "swinging: the body arched, legs kicked back"
		}]
	},
	"inverted-row": {
		thumbnail: "start",
		equipment: [{ kind: "floor" }, {
			kind: "bar",
			at: {
				x: -.78,
				y: .55
			},
			upright: "down"
		}],
		movement: {
			start: {
				pose: pose({
					back: spine(-76),
					arm: reach("grip", -.78, .55, 0),
					leg: limb(104, 104, 14),
					anchor: "heel",
					at: {
						x: 0,
						y: 0
					},
					rests: restOn(0, "heel", "farHeel")
				}),
				alt: "hanging under a bar on straight arms, heels on the floor, body straight"
			},
			end: {
				pose: pose({
					back: spine(-58),
					arm: reach("grip", -.78, .55, 0),
					leg: limb(122, 122, 32),
					anchor: "heel",
					at: {
						x: 0,
						y: 0
					},
					rests: restOn(0, "heel", "farHeel")
				}),
				alt: "the chest pulled to the bar, body still straight"
			}
		},
		faults: []
	},
	"one-arm-dumbbell-row": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "bench",
				from: -.42,
				to: .32,
				top: .26
			},
			{
				kind: "dumbbell",
				at: "grip"
			}
		],
		movement: {
			start: {
				pose: pose({
					back: spine(78),
					arm: HANGING_ARM,
					farArm: reach("grip", .25, .28, 90),
					leg: reach("heel", -.14, 0, 90),
					farLeg: limb(180, 270, 270),
					anchor: "farKnee",
					at: {
						x: -.05,
						y: .29
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "one knee and one hand on a bench, back flat, the dumbbell hanging"
			},
			end: {
				pose: pose({
					back: spine(78),
					arm: limb(300, 182, 182),
					farArm: reach("grip", .25, .28, 90),
					leg: reach("heel", -.14, 0, 90),
					farLeg: limb(180, 270, 270),
					anchor: "farKnee",
					at: {
						x: -.05,
						y: .29
					},
					rests: restOn(0, "heel", "toe")
				}),
				alt: "the dumbbell rowed to the hip, torso still and square"
			}
		},
		faults: []
	},
	"biceps-curl": {
		equipment: [{ kind: "floor" }, {
			kind: "dumbbell",
			at: "grip"
		}],
		movement: {
			start: {
				pose: pose({
					...STAND,
					back: spine(3),
					arm: limb(178, 178, 178),
					leg: STRAIGHT_LEG
				}),
				alt: "standing tall, dumbbells at the sides"
			},
			end: {
				pose: curlTop,
				alt: "dumbbells curled up, elbows still by the sides, torso upright"
			}
		},
		faults: [{
			id: "swinging",
			label: "Leaning back",
			of: "end",
			mark: "lumbar",
			pose: vary(curlTop, {
				back: spine(-16, -38, 0),
				head: -10,
				arm: limb(160, 20, 20)
			}),
			alt: "leaning back to swing the weight up, lower back arched"
		}]
	},
	"seated-cable-row": {
		equipment: [
			{ kind: "floor" },
			{
				kind: "box",
				from: -.3,
				to: .12,
				top: .145
			},
			{
				kind: "pad",
				at: {
					x: .6,
					y: .12
				},
				angle: 20,
				length: .2
			},
			{
				kind: "cable",
				from: {
					x: .7,
					y: .26
				},
				to: "grip"
			}
		],
		movement: {
			start: {
				pose: pose({
					back: spine(10),
					arm: reach("grip", .4, .32, 90),
					leg: reach("heel", .53, .05, 20),
					anchor: "hip",
					at: {
						x: 0,
						y: .2
					}
				}),
				alt: "seated tall, feet on the plate, knees soft, arms reaching forward"
			},
			end: {
				pose: pose({
					back: spine(3),
					arm: reach("grip", .15, .33, 90),
					leg: reach("heel", .53, .05, 20),
					anchor: "hip",
					at: {
						x: 0,
						y: .2
					}
				}),
				alt: "the handle pulled to the stomach, torso still upright"
			}
		},
		faults: []
	}
};
var table = {
	...HINGE_POSES,
	...LEG_POSES,
	...UPPER_POSES,
	...CORE_POSES,
	...CONDITIONING_POSES
};
var getExercisePoses = (id) => table[id];
Object.fromEntries(Object.entries(table).map(([id, poses]) => [id, poses.faults.map((fault) => ({
	id: fault.id,
	label: fault.label,
	plane: poses.view === "front" ? "frontal" : "sagittal"
}))]));
// src/data/poses/anthropometry.ts
/**
* Segment lengths as fractions of body height H, from Drillis & Contini's table as given in D. A. Winter,
* "Biomechanics and Motor Control of Human Movement" (4th ed., 2009), fig. 4.1: upper arm 0.186 H,
* forearm 0.146 H, hand 0.108 H, thigh 0.245 H (hip 0.530 H to knee 0.285 H), leg 0.246 H (knee 0.285 H
* to ankle 0.039 H), foot 0.152 H long and 0.055 H wide with the ankle 0.039 H above the sole, shoulder 0.818 H,
* chin 0.870 H, head 0.130 H (chin to crown).
*
* Ours, not the table's: the trunk (hip 0.530 H to shoulder 0.818 H = 0.288 H) is split into pelvis 0.05,
* lumbar 0.10 and thoracic 0.138, so the spine can bend in two places; the neck runs from the shoulders
* to the chin (0.870 − 0.818 = 0.052 H); the grip is at half the hand's length; the heel is 0.035 H
* behind the ankle.
*/
var SEGMENTS = {
	pelvis: .05,
	lumbar: .1,
	thorax: .138,
	neck: .052,
	headRadius: .065,
	upperArm: .186,
	forearm: .146,
	grip: .054,
	thigh: .245,
	shank: .246,
	footLength: .152,
	footWidth: .055,
	ankleHeight: .039,
	heelBack: .035
};
// src/domain/figure-kinematics.ts
var RAD = Math.PI / 180;
var direction = (degrees) => ({
	x: Math.sin(degrees * RAD),
	y: Math.cos(degrees * RAD)
});
var add$1 = (a, b, scale = 1) => ({
	x: a.x + b.x * scale,
	y: a.y + b.y * scale
});
var sub = (a, b) => ({
	x: a.x - b.x,
	y: a.y - b.y
});
var distance = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);
/** The segment angle of the line from `a` to `b`, in (-180, 180]. */
var angleOf = (a, b) => Math.atan2(b.x - a.x, b.y - a.y) / RAD;
/** An angle folded into (-180, 180]. */
var wrap = (degrees) => {
	const folded = ((degrees + 180) % 360 + 360) % 360;
	return folded === 0 ? 180 : folded - 180;
};
var isReach = (limb) => "reach" in limb;
var farName = (point) => `far${point[0]?.toUpperCase()}${point.slice(1)}`;
var named = (side, point) => side === "near" ? point : farName(point);
/** The foot as drawn: heel to toe from the side; seen from the front, only its width (Winter: 0.055 H). */
var footOf = (view) => view === "side" ? {
	length: SEGMENTS.footLength,
	back: SEGMENTS.heelBack
} : {
	length: SEGMENTS.footWidth,
	back: SEGMENTS.footWidth / 2
};
/** The foot's heel and toe from its ankle and angle (heel to toe). */
function footFromAnkle(ankle, angle, foot) {
	const along = direction(angle);
	const up = direction(angle - 90);
	const heel = add$1(add$1(ankle, along, -foot.back), up, -SEGMENTS.ankleHeight);
	return {
		heel,
		toe: add$1(heel, along, foot.length)
	};
}
/** Where the ankle (or wrist) must be for the limb's end to touch `reach.at`. */
function limbJointFor(limb, foot) {
	const along = direction(limb.end);
	switch (limb.reach) {
		case "wrist":
		case "ankle": return limb.at;
		case "grip": return add$1(limb.at, along, -SEGMENTS.grip);
		case "heel": return add$1(add$1(limb.at, direction(limb.end - 90), SEGMENTS.ankleHeight), along, foot.back);
		case "toe": return add$1(add$1(limb.at, direction(limb.end - 90), SEGMENTS.ankleHeight), along, foot.back - foot.length);
	}
}
/**
* Two-link inverse kinematics: the middle joint between `root` and `target`. Knees bend with the shank
* turning back from the thigh, elbows with the forearm turning forward of the upper arm; a target out of
* reach straightens the limb toward it.
*/
function solveMiddle(root, target, first, second, kind) {
	const span = Math.min(Math.max(distance(root, target), Math.abs(first - second) + 1e-6), first + second - 1e-6);
	const cos = (first * first + span * span - second * second) / (2 * first * span);
	const opening = Math.acos(Math.min(1, Math.max(-1, cos))) / RAD;
	const toward = angleOf(root, target);
	return add$1(root, direction(kind === "leg" ? toward - opening : toward + opening), first);
}
function limbPoints(root, limb, kind, side, foot) {
	const [first, second] = kind === "arm" ? [SEGMENTS.upperArm, SEGMENTS.forearm] : [SEGMENTS.thigh, SEGMENTS.shank];
	let middle;
	let joint;
	if (isReach(limb)) {
		joint = limbJointFor(limb, foot);
		middle = solveMiddle(root, joint, first, second, kind);
		joint = add$1(middle, direction(angleOf(middle, joint)), second);
	} else {
		middle = add$1(root, direction(limb.upper), first);
		joint = add$1(middle, direction(limb.lower), second);
	}
	if (kind === "arm") return {
		[named(side, "elbow")]: middle,
		[named(side, "wrist")]: joint,
		[named(side, "grip")]: add$1(joint, direction(limb.end), SEGMENTS.grip)
	};
	const { heel, toe } = footFromAnkle(joint, limb.end, foot);
	return {
		[named(side, "knee")]: middle,
		[named(side, "ankle")]: joint,
		[named(side, "heel")]: heel,
		[named(side, "toe")]: toe
	};
}
var translate = (points, by) => Object.fromEntries(Object.entries(points).map(([name, at]) => [name, add$1(at, by)]));
/** The joints' positions for a pose. Throws when the anchor is on a limb whose end is fixed (no angles). */
function solvePose(pose, view = "side") {
	const foot = footOf(view);
	const hip = {
		x: 0,
		y: 0
	};
	const sacrum = add$1(hip, direction(pose.pelvis), SEGMENTS.pelvis);
	const t12 = add$1(sacrum, direction(pose.lumbar), SEGMENTS.lumbar);
	const neck = add$1(t12, direction(pose.thorax), SEGMENTS.thorax);
	const crown = add$1(neck, direction(pose.head), SEGMENTS.neck);
	let points = {
		hip,
		sacrum,
		t12,
		neck,
		crown,
		head: add$1(crown, direction(pose.head), SEGMENTS.headRadius)
	};
	const limbs = [
		[
			pose.arm,
			"arm",
			"near",
			neck
		],
		[
			pose.farArm,
			"arm",
			"far",
			neck
		],
		[
			pose.leg,
			"leg",
			"near",
			hip
		],
		[
			pose.farLeg,
			"leg",
			"far",
			hip
		]
	];
	for (const [limb, kind, side, root] of limbs) if (!isReach(limb)) points = {
		...points,
		...limbPoints(root, limb, kind, side, foot)
	};
	const pinned = points[pose.anchor.point];
	if (!pinned) throw new Error(`figure: the anchor ${pose.anchor.point} is on a limb posed by reach`);
	points = translate(points, sub(pose.anchor.at, pinned));
	for (const [limb, kind, side] of limbs) if (isReach(limb)) {
		const root = kind === "arm" ? points.neck : points.hip;
		if (root) points = {
			...points,
			...limbPoints(root, limb, kind, side, foot)
		};
	}
	return points;
}
var lerp = (a, b, t) => a + (b - a) * t;
/** An angle's way from `a` to `b` the short way round (a leg never swings through the floor). */
var lerpAngle = (a, b, t) => a + wrap(b - a) * t;
var lerpVec = (a, b, t) => ({
	x: lerp(a.x, b.x, t),
	y: lerp(a.y, b.y, t)
});
function lerpLimb(a, b, t) {
	if (isReach(a) && isReach(b) && a.reach === b.reach) return {
		reach: a.reach,
		at: lerpVec(a.at, b.at, t),
		end: lerpAngle(a.end, b.end, t)
	};
	if (!isReach(a) && !isReach(b)) return {
		upper: lerpAngle(a.upper, b.upper, t),
		lower: lerpAngle(a.lower, b.lower, t),
		end: lerpAngle(a.end, b.end, t)
	};
}
/** The pose with every limb given by its segment angles (a fixed end's solved elbow or knee read back). */
function anglesOf(pose, view = "side") {
	const g = solvePose(pose, view);
	const read = (limb, root, middle, joint) => isReach(limb) ? {
		upper: angleOf(root, middle),
		lower: angleOf(middle, joint),
		end: limb.end
	} : limb;
	return {
		...pose,
		arm: read(pose.arm, g.neck, g.elbow, g.wrist),
		farArm: read(pose.farArm, g.neck, g.farElbow, g.farWrist),
		leg: read(pose.leg, g.hip, g.knee, g.ankle),
		farLeg: read(pose.farLeg, g.hip, g.farKnee, g.farAnkle)
	};
}
var LIMBS = [
	"arm",
	"farArm",
	"leg",
	"farLeg"
];
/**
* The pose a fraction `t` of the way from `a` to `b`: every angle (and every fixed point) moves
* linearly, so the joints turn at a steady rate. A limb fixed in one pose and free in the other moves
* by its angles. Both poses must pin the same point.
*/
function interpolatePose(a, b, t, view = "side") {
	if (a.anchor.point !== b.anchor.point) throw new Error("figure: the two poses pin different points");
	let asAngles;
	const byAngles = () => {
		asAngles ??= [anglesOf(a, view), anglesOf(b, view)];
		return asAngles;
	};
	const limbs = Object.fromEntries(LIMBS.map((name) => {
		const direct = lerpLimb(a[name], b[name], t);
		if (direct) return [name, direct];
		const [from, to] = byAngles();
		return [name, lerpLimb(from[name], to[name], t)];
	}));
	return {
		pelvis: lerpAngle(a.pelvis, b.pelvis, t),
		lumbar: lerpAngle(a.lumbar, b.lumbar, t),
		thorax: lerpAngle(a.thorax, b.thorax, t),
		head: lerpAngle(a.head, b.head, t),
		...limbs,
		anchor: {
			point: a.anchor.point,
			at: lerpVec(a.anchor.at, b.anchor.at, t)
		}
	};
}
/**
* The spine as three smooth pieces (pelvis, lumbar, thoracic) through hip, sacrum, T12 and the neck,
* each node's tangent halfway between its two segments, so a bent lower back shows as a curve.
*/
function spineCurve(g) {
	const nodes = [
		g.hip,
		g.sacrum,
		g.t12,
		g.neck
	];
	const segAngle = (i) => angleOf(nodes[i], nodes[i + 1]);
	const mean = (a, b) => a + wrap(b - a) / 2;
	const tangents = [
		segAngle(0),
		mean(segAngle(0), segAngle(1)),
		mean(segAngle(1), segAngle(2)),
		segAngle(2)
	];
	const piece = (i) => {
		const from = nodes[i];
		const to = nodes[i + 1];
		const third = distance(from, to) / 3;
		return {
			from,
			c1: add$1(from, direction(tangents[i] ?? 0), third),
			c2: add$1(to, direction(tangents[i + 1] ?? 0), -third),
			to
		};
	};
	return {
		pelvis: piece(0),
		lumbar: piece(1),
		thorax: piece(2)
	};
}
// src/components/figure-drawing.tsx
var import_jsx_runtime = require_jsx_runtime();
/** SVG user units per body height. */
var SCALE = 100;
var sx = (v) => +(v.x * SCALE).toFixed(2);
var sy = (v) => +(-v.y * SCALE).toFixed(2);
var pt = (v) => `${sx(v)} ${sy(v)}`;
var add = (a, b, k = 1) => ({
	x: a.x + b.x * k,
	y: a.y + b.y * k
});
/** Stroke widths in body heights: thick enough to read as a body on a 56 px thumbnail. */
var WIDTH = {
	trunk: .1,
	thigh: .07,
	shank: .055,
	upperArm: .055,
	forearm: .045,
	neck: .045
};
var placeOf = (place, g) => typeof place === "string" ? g[place] : place;
/** Where a piece of equipment reaches, for the view box. */
function equipmentPoints(item, g) {
	const around = (c, r) => [add(c, {
		x: -r,
		y: -r
	}), add(c, {
		x: r,
		y: r
	})];
	switch (item.kind) {
		case "floor": return [];
		case "bench":
		case "box": return [{
			x: item.from,
			y: 0
		}, {
			x: item.to,
			y: item.top
		}];
		case "barbell":
		case "plate": return around(placeOf(item.at, g), item.plate);
		case "dumbbell":
		case "kettlebell":
		case "wheel": return around(placeOf(item.at, g), .08);
		case "turn": return around(g[item.at], .09);
		case "cable":
		case "band": return [item.from, placeOf(item.to, g)];
		case "bar": {
			const at = placeOf(item.at, g);
			return [at, add(at, {
				x: 0,
				y: item.upright === "down" ? -.05 : .08
			})];
		}
		case "pad": {
			const at = add(placeOf(item.at, g), item.offset ?? {
				x: 0,
				y: 0
			});
			const half = direction(item.angle);
			return [add(at, half, item.length / 2), add(at, half, -item.length / 2)];
		}
		case "frame": return [...item.points];
		case "rower": return [{
			x: item.from,
			y: 0
		}, {
			x: item.to,
			y: .2
		}];
	}
}
/** Every still pose of an exercise, plus a few in between, so the view box holds the whole movement. */
function allPoses(poses) {
	const m = poses.movement;
	return [..."hold" in m ? [m.hold.pose] : [
		0,
		.25,
		.5,
		.75,
		1
	].map((t) => interpolatePose(m.start.pose, m.end.pose, t, poses.view)), ...poses.faults.map((fault) => fault.pose)];
}
var boxCache = /* @__PURE__ */ new WeakMap();
/** One view box for all of an exercise's figures, so start, end and fault are drawn at the same scale. */
function viewBoxOf(poses) {
	const cached = boxCache.get(poses);
	if (cached) return cached;
	const box = {
		minX: Infinity,
		minY: Infinity,
		maxX: -Infinity,
		maxY: -Infinity
	};
	const grow = (v, r = 0) => {
		box.minX = Math.min(box.minX, v.x - r);
		box.maxX = Math.max(box.maxX, v.x + r);
		box.minY = Math.min(box.minY, v.y - r);
		box.maxY = Math.max(box.maxY, v.y + r);
	};
	for (const pose of allPoses(poses)) {
		const g = solvePose(pose, poses.view);
		for (const [name, at] of Object.entries(g)) grow(at, name === "head" ? SEGMENTS.headRadius : .045);
		for (const item of poses.equipment) for (const at of equipmentPoints(item, g)) grow(at);
	}
	grow({
		x: box.minX,
		y: 0
	});
	const pad = .05;
	const result = {
		minX: box.minX - pad,
		minY: box.minY - pad,
		maxX: box.maxX + pad,
		maxY: box.maxY + pad
	};
	boxCache.set(poses, result);
	return result;
}
var piecePath = (p) => `M${pt(p.from)} C${pt(p.c1)} ${pt(p.c2)} ${pt(p.to)}`;
function Segment({ from, to, width, className }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
		className,
		x1: sx(from),
		y1: sy(from),
		x2: sx(to),
		y2: sy(to),
		strokeWidth: width * SCALE
	});
}
function Limbs({ g, side, view }) {
	const far = side === "far";
	const p = (near, farPoint) => g[far ? farPoint : near];
	const className = far && view === "side" ? "figure__far" : "figure__body";
	const heel = p("heel", "farHeel");
	const toe = p("toe", "farToe");
	const ankle = p("ankle", "farAnkle");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Segment, {
			className,
			from: g.hip,
			to: p("knee", "farKnee"),
			width: WIDTH.thigh
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Segment, {
			className,
			from: p("knee", "farKnee"),
			to: ankle,
			width: WIDTH.shank
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", {
			className: `${className} figure__foot`,
			d: `M${pt(ankle)} L${pt(heel)} L${pt(toe)} Z`
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Segment, {
			className,
			from: g.neck,
			to: p("elbow", "farElbow"),
			width: WIDTH.upperArm
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Segment, {
			className,
			from: p("elbow", "farElbow"),
			to: p("wrist", "farWrist"),
			width: WIDTH.forearm
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Segment, {
			className,
			from: p("wrist", "farWrist"),
			to: p("grip", "farGrip"),
			width: WIDTH.forearm
		})
	] });
}
/** Drawn behind the body: what it stands, sits or lies on, and what it pulls against. */
var BEHIND = /* @__PURE__ */ new Set([
	"floor",
	"bench",
	"box",
	"frame",
	"rower",
	"cable",
	"band",
	"bar",
	"pad"
]);
function EquipmentItem({ item, g, box }) {
	switch (item.kind) {
		case "floor": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
			className: "figure__floor",
			x1: box.minX * SCALE,
			x2: box.maxX * SCALE,
			y1: 0,
			y2: 0
		});
		case "bench":
		case "box": {
			const legs = item.kind === "bench";
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("rect", {
					x: item.from * SCALE,
					y: -item.top * SCALE,
					width: (item.to - item.from) * SCALE,
					height: (legs ? .05 : item.top) * SCALE,
					rx: 1.5
				}), legs && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
					x1: (item.from + .05) * SCALE,
					x2: (item.from + .05) * SCALE,
					y1: -item.top * SCALE,
					y2: 0
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
					x1: (item.to - .05) * SCALE,
					x2: (item.to - .05) * SCALE,
					y1: -item.top * SCALE,
					y2: 0
				})] })]
			});
		}
		case "barbell":
		case "plate": {
			const at = placeOf(item.at, g);
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					className: "figure__plate",
					cx: sx(at),
					cy: sy(at),
					r: item.plate * SCALE
				}), item.kind === "barbell" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					className: "figure__bar-end",
					cx: sx(at),
					cy: sy(at),
					r: 2.2
				})]
			});
		}
		case "dumbbell": {
			const at = g[item.at];
			const along = direction(angleOf(item.at === "grip" ? g.wrist : g.farWrist, at) + 90);
			const a = add(at, along, -.055);
			const b = add(at, along, .055);
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment figure__weight",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
						x1: sx(a),
						y1: sy(a),
						x2: sx(b),
						y2: sy(b),
						strokeWidth: 2.5
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
						x1: sx(add(a, along, -.015)),
						y1: sy(add(a, along, -.015)),
						x2: sx(add(a, along, .02)),
						y2: sy(add(a, along, .02)),
						strokeWidth: 7
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
						x1: sx(add(b, along, -.02)),
						y1: sy(add(b, along, -.02)),
						x2: sx(add(b, along, .015)),
						y2: sy(add(b, along, .015)),
						strokeWidth: 7
					})
				]
			});
		}
		case "kettlebell": {
			const at = placeOf(item.at, g);
			const bell = add(at, {
				x: 0,
				y: item.hold === "horns" ? -.045 : -.065
			});
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment figure__weight",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					cx: sx(bell),
					cy: sy(bell),
					r: 4.8
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", {
					className: "figure__handle",
					d: `M${sx(bell) - 3.2} ${sy(bell) - 3} Q${sx(at)} ${sy(at) - 4} ${sx(bell) + 3.2} ${sy(bell) - 3}`
				})]
			});
		}
		case "cable":
		case "band": {
			const to = placeOf(item.to, g);
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
					className: item.kind === "band" ? "figure__band" : "figure__cable",
					x1: sx(item.from),
					y1: sy(item.from),
					x2: sx(to),
					y2: sy(to)
				}), item.kind === "cable" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					cx: sx(item.from),
					cy: sy(item.from),
					r: 2.8
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					className: "figure__bar-end",
					cx: sx(to),
					cy: sy(to),
					r: 2.2
				})] })]
			});
		}
		case "bar": {
			const at = placeOf(item.at, g);
			const end = add(at, {
				x: 0,
				y: item.upright === "down" ? -at.y : box.maxY - at.y
			});
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
					className: "figure__upright",
					x1: sx(at),
					y1: sy(at),
					x2: sx(end),
					y2: sy(end)
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					cx: sx(at),
					cy: sy(at),
					r: 2.6
				})]
			});
		}
		case "pad": {
			const at = add(placeOf(item.at, g), item.offset ?? {
				x: 0,
				y: 0
			});
			const half = direction(item.angle);
			const a = add(at, half, -item.length / 2);
			const b = add(at, half, item.length / 2);
			return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
				className: "figure__pad",
				x1: sx(a),
				y1: sy(a),
				x2: sx(b),
				y2: sy(b)
			});
		}
		case "frame": return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("polyline", {
			className: "figure__frame",
			points: item.points.map(pt).join(" ")
		});
		case "wheel": {
			const at = placeOf(item.at, g);
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					className: "figure__plate",
					cx: sx(at),
					cy: sy(at),
					r: 5
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
					className: "figure__bar-end",
					cx: sx(at),
					cy: sy(at),
					r: 1.6
				})]
			});
		}
		case "turn": {
			const c = g[item.at];
			const rx = 9;
			const ry = 3.5;
			const [x, y] = [sx(c), sy(c)];
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__turn",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", { d: `M${x + rx * .7} ${y + ry * .7} A${rx} ${ry} 0 1 1 ${x + rx} ${y - .5}` }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", { d: `M${x + rx - 2.6} ${y - 2.4} L${x + rx} ${y - .5} L${x + rx + 2} ${y - 3}` })]
			});
		}
		case "rower": {
			const fly = {
				x: item.to - .06,
				y: .12
			};
			return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("g", {
				className: "figure__equipment",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
						className: "figure__frame",
						x1: item.from * SCALE,
						x2: item.to * SCALE,
						y1: -2.5,
						y2: -2.5
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
						className: "figure__plate",
						cx: sx(fly),
						cy: sy(fly),
						r: 8
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("line", {
						className: "figure__frame",
						x1: sx(fly),
						y1: sy(fly),
						x2: sx(fly),
						y2: 0
					})
				]
			});
		}
	}
}
/** One still drawing of a pose, with its equipment. */
function FigureSvg({ poses, pose, label, fault, className }) {
	const view = poses.view ?? "side";
	const g = solvePose(pose, view);
	const box = viewBoxOf(poses);
	const spine = spineCurve(g);
	const marked = (part) => fault?.mark === part || fault?.mark === "lumbar" && part === "pelvis";
	const partClass = (part) => marked(part) ? "figure__fault" : "figure__spine";
	const width = (box.maxX - box.minX) * SCALE;
	const height = (box.maxY - box.minY) * SCALE;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("svg", {
		className: `figure${className ? ` ${className}` : ""}`,
		viewBox: `${(box.minX * SCALE).toFixed(1)} ${(-box.maxY * SCALE).toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`,
		role: "img",
		"aria-label": label,
		"aria-hidden": label ? void 0 : true,
		focusable: "false",
		children: [
			poses.equipment.filter((item) => BEHIND.has(item.kind)).map((item, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EquipmentItem, {
				item,
				g,
				box
			}, i)),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Limbs, {
				g,
				side: "far",
				view
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Segment, {
				className: partClass("neck"),
				from: g.neck,
				to: g.crown,
				width: WIDTH.neck
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("circle", {
				className: "figure__head",
				cx: sx(g.head),
				cy: sy(g.head),
				r: SEGMENTS.headRadius * SCALE
			}),
			[
				"pelvis",
				"lumbar",
				"thorax"
			].map((part) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", {
				className: partClass(part),
				d: piecePath(spine[part]),
				strokeWidth: WIDTH.trunk * SCALE
			}, part)),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Limbs, {
				g,
				side: "near",
				view
			}),
			poses.equipment.filter((item) => !BEHIND.has(item.kind)).map((item, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EquipmentItem, {
				item,
				g,
				box
			}, i)),
			fault && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FaultLabel, {
				g,
				mark: fault.mark,
				text: fault.label,
				box
			})
		]
	});
}
/** The fault's words beside the marked part, on the back's side of it, kept inside the view box. */
function FaultLabel({ g, mark, text, box }) {
	const [from, to] = mark === "neck" ? [g.neck, g.crown] : mark === "pelvis" ? [g.hip, g.sacrum] : mark === "lumbar" ? [g.hip, g.t12] : [g.t12, g.neck];
	const middle = {
		x: (from.x + to.x) / 2,
		y: (from.y + to.y) / 2
	};
	const outward = direction(angleOf(from, to) - 90);
	const size = Math.max(box.maxX - box.minX, box.maxY - box.minY) * .085;
	const at = add(middle, outward, .1);
	const anchor = outward.x < -.3 ? "end" : outward.x > .3 ? "start" : "middle";
	const y = Math.min(Math.max(at.y, box.minY + size), box.maxY - size * .2);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("text", {
		className: "figure__label",
		x: sx(at),
		y: sy({
			x: 0,
			y
		}),
		textAnchor: anchor,
		fontSize: size * SCALE,
		dominantBaseline: "middle",
		children: text
	});
}
// src/components/exercise-figure.tsx
var exercise_figure_exports = /* @__PURE__ */ __exportAll({ FigureThumbnail: () => FigureThumbnail });
/** One movement cycle: hold the start, move, hold the end, move back. A steady tempo, about 4 s a rep. */
var CYCLE_MS = 4e3;
var HOLD_MS = 500;
/** How far from start (0) to end (1) the figure is, `ms` into the movement: eased at both ends. */
function movementPhase(ms) {
	const at = (ms % CYCLE_MS + CYCLE_MS) % CYCLE_MS;
	const move = CYCLE_MS / 2 - HOLD_MS;
	const linear = at < HOLD_MS ? 0 : at < CYCLE_MS / 2 ? (at - HOLD_MS) / move : at < 2500 ? 1 : 1 - (at - CYCLE_MS / 2 - HOLD_MS) / move;
	return (1 - Math.cos(Math.PI * linear)) / 2;
}
var REDUCED_MOTION = "(prefers-reduced-motion: reduce)";
var subscribeReducedMotion = (onChange) => {
	const query = typeof window.matchMedia === "function" ? window.matchMedia(REDUCED_MOTION) : void 0;
	query?.addEventListener("change", onChange);
	return () => query?.removeEventListener("change", onChange);
};
var prefersReducedMotion = () => typeof window.matchMedia === "function" && window.matchMedia(REDUCED_MOTION).matches;
/** The user's reduced-motion setting, kept up to date. */
function useReducedMotion() {
	return (0, import_react.useSyncExternalStore)(subscribeReducedMotion, prefersReducedMotion, () => false);
}
/** Whether the element is on screen and the tab is showing: no animating what nobody sees. */
function useOnScreen(ref) {
	const [inView, setInView] = (0, import_react.useState)(true);
	const [tabShown, setTabShown] = (0, import_react.useState)(() => document.visibilityState !== "hidden");
	(0, import_react.useEffect)(() => {
		const onVisibility = () => setTabShown(document.visibilityState !== "hidden");
		document.addEventListener("visibilitychange", onVisibility);
		const element = ref.current;
		const observer = element && typeof IntersectionObserver === "function" ? new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true)) : void 0;
		if (element) observer?.observe(element);
		return () => {
			document.removeEventListener("visibilitychange", onVisibility);
			observer?.disconnect();
		};
	}, [ref]);
	return inView && tabShown;
}
/** "Side view" or "Front view": how every text alternative starts. */
var viewName = (poses) => poses.view === "front" ? "Front view" : "Side view";
var sentence = (text) => `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
/** The frame a thumbnail shows: the position the exercise is known by. */
function thumbnailFrame(poses) {
	const m = poses.movement;
	if ("hold" in m) return m.hold;
	return poses.thumbnail === "start" ? m.start : m.end;
}
/**
* The exercise drawn moving between its start and end at a steady tempo, with a play/pause button.
* With reduced motion: the start and end side by side, still. A hold: the hold position.
*/
function ExerciseFigure({ exerciseId, size = "large" }) {
	const reduced = useReducedMotion();
	const poses = getExercisePoses(exerciseId);
	const m = poses.movement;
	const className = `exercise-figure exercise-figure--${size}`;
	const view = viewName(poses);
	if ("hold" in m) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		className,
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FigureSvg, {
			poses,
			pose: m.hold.pose,
			label: `${view}: ${m.hold.alt}`
		})
	});
	if (reduced) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("ul", {
		className: `${className} exercise-figure__stills`,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FigureSvg, {
			poses,
			pose: m.start.pose,
			label: `${view}, start: ${m.start.alt}`
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "exercise-figure__caption",
			children: "Start"
		})] }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FigureSvg, {
			poses,
			pose: m.end.pose,
			label: `${view}, end: ${m.end.alt}`
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "exercise-figure__caption",
			children: "End"
		})] })]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MovingFigure, {
		poses,
		className
	});
}
function MovingFigure({ poses, className }) {
	const m = poses.movement;
	const ref = (0, import_react.useRef)(null);
	const [playing, setPlaying] = (0, import_react.useState)(true);
	const [phase, setPhase] = (0, import_react.useState)(0);
	const elapsed = (0, import_react.useRef)(0);
	const onScreen = useOnScreen(ref);
	const running = playing && onScreen;
	(0, import_react.useEffect)(() => {
		if (!running || typeof requestAnimationFrame !== "function") return;
		let last = performance.now();
		let frame = requestAnimationFrame(function tick(now) {
			elapsed.current += Math.max(0, now - last);
			last = now;
			setPhase(movementPhase(elapsed.current));
			frame = requestAnimationFrame(tick);
		});
		return () => cancelAnimationFrame(frame);
	}, [running]);
	const pose = interpolatePose(m.start.pose, m.end.pose, phase, poses.view);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className,
		ref,
		"data-running": running,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FigureSvg, {
			poses,
			pose,
			label: `${viewName(poses)}: ${m.start.alt}; then ${m.end.alt}`
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
			type: "button",
			className: "button button--small exercise-figure__toggle",
			onClick: () => setPlaying(!playing),
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				"aria-hidden": "true",
				children: playing ? "❚❚" : "▶"
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				className: "visually-hidden",
				children: playing ? "Pause movement" : "Play movement"
			})]
		})]
	});
}
/** A still of one right position of an exercise, named for screen readers. */
function RightFigure({ exerciseId, of }) {
	const poses = getExercisePoses(exerciseId);
	const m = poses.movement;
	const frame = "hold" in m ? m.hold : of === "end" ? m.end : m.start;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FigureSvg, {
		poses,
		pose: frame.pose,
		label: `${viewName(poses)}, right: ${frame.alt}`
	});
}
/** A fault drawn: the faulty part in the warning colour, with its few words. */
function FaultFigure({ exerciseId, faultId }) {
	const poses = getExercisePoses(exerciseId);
	const fault = poses.faults.find((f) => f.id === faultId);
	if (!fault) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FigureSvg, {
		poses,
		pose: fault.pose,
		fault,
		label: `${viewName(poses)}, the fault: ${fault.alt}`
	});
}
/** A small still for lists, hidden from screen readers (the exercise's name is read beside it). */
function FigureThumbnail({ exerciseId }) {
	const poses = getExercisePoses(exerciseId);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FigureSvg, {
		poses,
		pose: thumbnailFrame(poses).pose
	});
}
export { sentence as a, exercise_figure_exports as i, FaultFigure as n, getExercisePoses as o, RightFigure as r, ExerciseFigure as t };
