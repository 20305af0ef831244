// src/data/sources.ts
var PEER_REVIEWED = "A peer-reviewed study";
var NHS_PAGE = "An NHS health information page";
var ACE = "American Council on Exercise";
var ACE_KIND = "A professional body’s exercise guide";
var SOURCES = {
	article: {
		title: "Back pain cause while working out",
		publisher: "A spine clinic in New Jersey",
		kind: "A spine clinic’s blog post",
		grade: "C",
		seen: "original",
		note: "The starting point: ten exercises that may cause lower-back pain. Used here for form cues only; its mistakes are fixed and its sales lines left out."
	},
	"nhs-back-pain": {
		title: "Back pain",
		publisher: "NHS",
		kind: NHS_PAGE,
		grade: "A",
		url: "https://www.nhs.uk/conditions/back-pain/",
		seen: "copy",
		note: "Stay active; when to get medical help."
	},
	"nhs-live-well-back-exercises": {
		title: "Exercises for back pain",
		publisher: "NHS Choices (Live Well)",
		kind: NHS_PAGE,
		grade: "A",
		url: "http://www.nhs.uk/Livewell/Backpain/Pages/Backexercises.aspx",
		seen: "original",
		note: "Keep active with back pain; gentle exercises."
	},
	"nhs-lower-back-exercises": {
		title: "Lower back pain exercises",
		publisher: "NHS (Live Well)",
		kind: NHS_PAGE,
		grade: "A",
		seen: "copy",
		note: "Gentle exercises including knee rolls; see a GP if pain is severe during them."
	},
	"nhs-111-wales-sciatica": {
		title: "Sciatica",
		publisher: "NHS 111 Wales",
		kind: NHS_PAGE,
		grade: "A",
		url: "http://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/",
		seen: "original",
		note: "Gentle exercise as soon as you can; when to see a GP; when to go to A&E."
	},
	"nhs-inform-exercises": {
		title: "Exercises for back pain",
		publisher: "NHS inform (Scotland)",
		kind: NHS_PAGE,
		grade: "A",
		seen: "copy",
		note: "Stop an exercise that makes your symptoms worse or causes new pain."
	},
	"sheffield-msk": {
		title: "Back pain",
		publisher: "Sheffield MSK service (NHS)",
		kind: NHS_PAGE,
		grade: "A",
		url: "https://sheffieldachesandpains.com/conditions/back-pain",
		seen: "original",
		note: "Movement, including lifting, bending and twisting, is essential."
	},
	gstt: {
		title: "Low back pain: physiotherapy and exercises",
		publisher: "Guy’s and St Thomas’ NHS Foundation Trust",
		kind: NHS_PAGE,
		grade: "A",
		url: "https://www.guysandstthomas.nhs.uk/health-information/low-back-pain/physiotherapy-and-exercises",
		seen: "original",
		note: "Hurt does not equal harm; build up gradually."
	},
	"nhs-ggc": {
		title: "Self-help and information: lower back",
		publisher: "NHS Greater Glasgow and Clyde",
		kind: NHS_PAGE,
		grade: "A",
		url: "https://www.nhsggc.scot/hospitals-services/services-a-to-z/musculoskeletal-msk-physiotherapy/self-help-and-information-lower-back/",
		seen: "original",
		note: "When to seek help, including leg pain below the knee."
	},
	nwch: {
		title: "Got back pain?",
		publisher: "Norfolk and Waveney Community Health (NHS) MSK service",
		kind: NHS_PAGE,
		grade: "A",
		url: "https://norfolkandwaveneycommunityhealth.nhs.uk/msk/refer-yourself/systmconnect/got-back-pain/",
		seen: "original",
		note: "New pain going into both legs: go to A&E."
	},
	"nice-ng59": {
		title: "Low back pain and sciatica in over 16s (NG59)",
		publisher: "NICE, 2016",
		kind: "A national clinical guideline",
		grade: "A",
		url: "https://ncbi.nlm.nih.gov/books/NBK410131",
		seen: "original"
	},
	"mayo-back-pain": {
		title: "Back pain: symptoms and causes",
		publisher: "Mayo Clinic",
		kind: "A hospital’s health information page",
		grade: "B",
		url: "https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906",
		seen: "original"
	},
	"mayo-neurosurgery": {
		title: "Neurosurgery: when to make an appointment",
		publisher: "Mayo Clinic Health System (La Crosse)",
		kind: "A hospital’s health information page",
		grade: "B",
		url: "https://mayoclinichealthsystem.org/locations/la-crosse/services-and-treatments/neurosurgery/when-to-make-an-appointment",
		seen: "original",
		note: "See a doctor if pain spreads down one or both legs, below the knee, or with weakness, numbness or tingling."
	},
	"mayo-symptom-checker": {
		title: "Symptom checker: low back pain (adult)",
		publisher: "Mayo Clinic",
		kind: "A hospital’s symptom checker",
		grade: "B",
		seen: "copy",
		note: "See a doctor for first back pain after 50, or with a history of cancer, osteoporosis or steroid use."
	},
	"mayo-weight-training": {
		title: "Weight training: do’s and don’ts of proper technique",
		publisher: "Mayo Clinic",
		kind: "A hospital’s health information page",
		grade: "B",
		url: "https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/weight-training/art-20045842",
		seen: "original",
		note: "Warm up with 5 to 10 minutes of brisk walking or other aerobic activity."
	},
	"mayo-weight-training-slides": {
		title: "Slide show: weight training exercises",
		publisher: "Mayo Clinic",
		kind: "A hospital’s exercise guide",
		grade: "B",
		url: "https://www.mayoclinic.org/healthy-lifestyle/fitness/multimedia/weight-training/sls-20076904?s=7",
		seen: "original"
	},
	"bjsm-2020": {
		title: "Back to basics: 10 facts every person should know about back pain",
		publisher: "O’Sullivan PB et al. British Journal of Sports Medicine, 2020",
		kind: "A peer-reviewed editorial",
		grade: "A",
		url: "https://bjsm.bmj.com/content/54/12/698",
		seen: "original",
		note: "Graduated exercise and movement in all directions is safe and healthy for the spine."
	},
	"backcare-sciatica": {
		title: "Exercises for sciatica",
		publisher: "Sinfield N, BackCare (carried by NHS Choices)",
		kind: "A back-pain charity’s exercise sheet",
		grade: "B",
		seen: "copy",
		note: "Gentle stretches including knee to chest; go gently, stop if it hurts."
	},
	"mcgill-ultimate-back-fitness": {
		title: "Ultimate Back Fitness and Performance",
		publisher: "Stuart McGill",
		kind: "A textbook",
		grade: "B",
		seen: "copy",
		note: "About 6,000 N of spine compression in the superman (a model estimate in young healthy men, pp. 227–8). No exercise is simply “safe” or “dangerous”."
	},
	"mcgill-low-back-disorders": {
		title: "Low Back Disorders: Evidence-Based Prevention and Rehabilitation",
		publisher: "Stuart McGill, Human Kinetics",
		kind: "A textbook",
		grade: "B",
		seen: "copy",
		note: "The bird dog as a gentler replacement for the superman."
	},
	"mcgill-karpowicz-2009": {
		title: "Exercises for spine stabilization: motion/motor patterns, stability progressions, and clinical technique",
		publisher: "McGill S, Karpowicz A. Archives of Physical Medicine and Rehabilitation, 2009",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://doi.org/10.1016/j.apmr.2008.06.026",
		seen: "original",
		note: "The curl-up, side plank and bird dog."
	},
	"callaghan-1998": {
		title: "The relationship between lumbar spine load and muscle activity during extensor exercises",
		publisher: "Callaghan JP, Gunning JL, McGill SM. Physical Therapy, 1998",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://academic.oup.com/ptj/article/78/1/8/2633192",
		seen: "copy",
		note: "Spine load in back-extensor exercises: the bird dog far below lifting arms and legs together."
	},
	"cholewicki-1991": {
		title: "Lumbar spine loads during the lifting of extremely heavy weights",
		publisher: "Cholewicki J, McGill SM, Norman RW. Medicine & Science in Sports & Exercise, 1991",
		kind: PEER_REVIEWED,
		grade: "A",
		seen: "copy",
		note: "Spine load in powerlifters’ deadlifts rises with the weight."
	},
	"freeman-2006": {
		title: "Quantifying muscle patterns and spine load during various forms of the push-up",
		publisher: "Freeman S, Karpowicz A, Gray J, McGill S. Medicine & Science in Sports & Exercise, 2006",
		kind: PEER_REVIEWED,
		grade: "A",
		seen: "copy",
		note: "Push-ups with moving or offset hands raised spine load."
	},
	"juker-1998": {
		title: "Quantitative intramuscular myoelectric activity of lumbar portions of psoas and the abdominal wall during a wide variety of tasks",
		publisher: "Juker D, McGill S, Kropf P, Steffen T. Medicine & Science in Sports & Exercise, 1998",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://journals.lww.com/acsm-msse/pages/articleviewer.aspx?year=1998&issue=02000&article=00020&type=fulltext",
		seen: "original",
		note: "The psoas, a hip flexor attached to the lower spine, works far harder in sit-ups and leg raises than in the curl-up."
	},
	"axler-mcgill-1997": {
		title: "Low back loads over a variety of abdominal exercises: searching for the safest abdominal challenge",
		publisher: "Axler CT, McGill SM. Medicine & Science in Sports & Exercise, 1997",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://journals.lww.com/acsm-msse/Fulltext/1997/06000/Low_back_loads_over_a_variety_of_abdominal.11.aspx",
		seen: "original",
		note: "Partial curl-ups gave the best muscle challenge for the spine load."
	},
	"contreras-schoenfeld-2011": {
		title: "To crunch or not to crunch: an evidence-based examination of spinal flexion exercises, their potential risks, and their applicability to program design",
		publisher: "Contreras B, Schoenfeld B. Strength and Conditioning Journal, 2011",
		kind: "A peer-reviewed review",
		grade: "A",
		seen: "copy",
		note: "Most evidence against bending exercises comes from lab tests on spine samples; not enough to tell healthy people to avoid crunches."
	},
	"escamilla-2006": {
		title: "An electromyographic analysis of commercial and common abdominal exercises: implications for rehabilitation and training",
		publisher: "Escamilla RF et al. Journal of Orthopaedic & Sports Physical Therapy, 2006",
		kind: PEER_REVIEWED,
		grade: "A",
		seen: "copy",
		note: "The bent-knee sit-up may be a problem for people with low back trouble; the ab slide works the abs with little lower-back or hip-flexor activity."
	},
	"veres-2010": {
		title: "The influence of torsion on disc herniation when combined with flexion",
		publisher: "Veres SP, Robertson PA, Broom ND. European Spine Journal, 2010",
		kind: "A peer-reviewed laboratory study",
		grade: "A",
		url: "https://doi.org/10.1007/s00586-010-1383-0",
		seen: "original",
		note: "Turning while bent forward under load is the combination the spine tolerates least (laboratory and earlier studies)."
	},
	"calatayud-2019": {
		title: "Tolerability and muscle activity of core muscle exercises in chronic low-back pain",
		publisher: "Calatayud J et al. International Journal of Environmental Research and Public Health, 2019",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6801665",
		seen: "original",
		note: "In 13 people with long-term back pain, front plank, curl-up and bird dog were well tolerated; the side plank mostly was not."
	},
	"fenwick-2009": {
		title: "Comparison of different rowing exercises: trunk muscle activation and lumbar spine motion, load, and stiffness",
		publisher: "Fenwick CMJ, Brown SHM, McGill SM. Journal of Strength and Conditioning Research, 2009",
		kind: PEER_REVIEWED,
		grade: "A",
		seen: "copy",
		note: "The bent-over row gave the largest spine load of the rows tested, the inverted row the lowest."
	},
	"mcgill-marshall-2012": {
		title: "Kettlebell swing, snatch, and bottoms-up carry: back and hip muscle activation, motion, and low back loads",
		publisher: "McGill SM, Marshall LW. Journal of Strength and Conditioning Research, 2012",
		kind: PEER_REVIEWED,
		grade: "A",
		seen: "copy",
		note: "About 3,200 N of spine compression in a 16 kg swing."
	},
	"mcgill-strongman-2009": {
		title: "Comparison of different strongman events: trunk muscle activation and lumbar spine motion, load, and stiffness",
		publisher: "McGill SM, McDermott A, Fenwick CMJ. Journal of Strength and Conditioning Research, 2009",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://journals.lww.com/nsca-jscr/Fulltext/2009/07000/Comparison_of_Different_Strongman_Events__Trunk.15.aspx",
		seen: "original",
		note: "Spine loads in carries, including one-sided ones."
	},
	"winwood-2014": {
		title: "A biomechanical analysis of the farmers walk, and comparison with the deadlift and unloaded walk",
		publisher: "Winwood PW, Cronin JB, Brown SR, Keogh JWL. International Journal of Sports Science & Coaching, 2014",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://doi.org/10.1260/1747-9541.9.5.1127",
		seen: "original",
		note: "The farmer’s lift kept the trunk more upright than the deadlift."
	},
	"swinton-2011": {
		title: "A biomechanical analysis of straight and hexagonal barbell deadlifts using submaximal loads",
		publisher: "Swinton PA et al. Journal of Strength and Conditioning Research, 2011",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://pubmed.ncbi.nlm.nih.gov/21659894/",
		seen: "original",
		note: "The trap-bar deadlift gave lower peak moments at the lower back than the straight-bar deadlift."
	},
	"schellenberg-2013": {
		title: "Kinetic and kinematic differences between deadlifts and goodmornings",
		publisher: "Schellenberg F et al. BMC Sports Science, Medicine and Rehabilitation, 2013",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://bmcsportsscimedrehabil.biomedcentral.com/articles/10.1186/2052-1847-5-27",
		seen: "original",
		note: "Lower-back moment rose with load; floor deadlifts bend the knees far more than good mornings."
	},
	"schellenberg-2017": {
		title: "Loading conditions in the spine, hip and knee during different executions of back extension exercises",
		publisher: "Schellenberg F et al. BMC Sports Science, Medicine and Rehabilitation, 2017",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://bmcsportsscimedrehabil.biomedcentral.com/articles/10.1186/s13102-017-0074-0",
		seen: "original",
		note: "Hip-driven back extensions gave larger moments; a one-legged, spine-driven version spared the spine."
	},
	"scj-back-extension": {
		title: "Roman chair back extension is / is not a safe and effective exercise (point / counterpoint)",
		publisher: "Schoenfeld B, Kolber MJ, Contreras B, Hanney WJ. Strength and Conditioning Journal",
		kind: "A professional journal’s debate",
		grade: "B",
		seen: "copy"
	},
	"contreras-2015": {
		title: "A comparison of gluteus maximus, biceps femoris, and vastus lateralis EMG activity in the back squat and barbell hip thrust exercises",
		publisher: "Contreras B et al. Journal of Applied Biomechanics, 2015",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://pubmed.ncbi.nlm.nih.gov/26214739/",
		seen: "original",
		note: "The hip thrust works the glutes far more than the back squat."
	},
	"russell-1989": {
		title: "A preliminary comparison of front and back squat exercises",
		publisher: "Russell et al. Research Quarterly for Exercise and Sport, 1989",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://pubmed.ncbi.nlm.nih.gov/2489844/",
		seen: "original",
		note: "More forward lean means more load on the lower-back muscles."
	},
	"diggin-squat": {
		title: "A biomechanical analysis of front versus back squat: injury implications",
		publisher: "Diggin D et al. ISBS Proceedings Archive",
		kind: "A peer-reviewed conference paper",
		grade: "A",
		url: "https://ojs.ub.uni-konstanz.de/cpa/article/view/4916",
		seen: "original",
		note: "A front-loaded squat keeps the trunk more upright than a back squat."
	},
	"farrokhi-2008": {
		title: "Trunk position influences the kinematics, kinetics, and muscle activity of the lead lower extremity during the forward lunge exercise",
		publisher: "Farrokhi S et al. Journal of Orthopaedic & Sports Physical Therapy, 2008",
		kind: PEER_REVIEWED,
		grade: "A",
		seen: "copy"
	},
	"mccurdy-2017": {
		title: "Technique, variation, and progression of the rear-foot-elevated split squat",
		publisher: "McCurdy K. Strength and Conditioning Journal, 2017",
		kind: "A professional journal’s technique guide",
		grade: "B",
		url: "https://journals.lww.com/nsca-scj/Fulltext/2017/12000/Technique,_Variation,_and_Progression_of_the.10.aspx",
		seen: "original"
	},
	"nugent-2021": {
		title: "The relationship between rowing-related low back pain and rowing biomechanics: a systematic review",
		publisher: "Nugent FJ et al. British Journal of Sports Medicine, 2021",
		kind: "A peer-reviewed systematic review",
		grade: "A",
		url: "https://bjsm.bmj.com/content/55/11/616",
		seen: "original",
		note: "Tiredness increases lower-back bending at the catch, more on the rowing machine."
	},
	"athy-2023": {
		title: "Examining the peer-reviewed published literature regarding low back pain in rowing: a scoping review",
		publisher: "Athy V et al. International Journal of Sports Physical Therapy, 2023",
		kind: "A peer-reviewed review",
		grade: "A",
		url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9897042/",
		seen: "original"
	},
	"emami-2015": {
		title: "Comparison of abdominal and lumbar muscles electromyography activity during two types of stabilization exercises",
		publisher: "Emami F, Pirouzi S, Taghizadeh S. Zahedan Journal of Research in Medical Sciences, 2015",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://brieflands.com/articles/zjrms-963",
		seen: "original"
	},
	"yun-2017": {
		title: "Changes in muscle activity of the abdominal muscles according to exercise method and speed during dead bug exercise",
		publisher: "Yun BG et al. Physical Therapy Rehabilitation Science, 2017",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://www.jptrs.org/journal/view.html?doi=10.14474/ptrs.2017.6.1.1",
		seen: "original"
	},
	"saeterbakken-2013": {
		title: "Seated vs standing shoulder press, muscle activity and strength",
		publisher: "Saeterbakken AH, Fimland MS. Journal of Strength and Conditioning Research, 2013",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://www.ncbi.nlm.nih.gov/pubmed/23096062",
		seen: "original",
		note: "People pressed about 10% more seated: the standing press needs more balance."
	},
	"asme-leg-press-2022": {
		title: "Optimizing backrest geometry to minimize spine loading in the leg press",
		publisher: "Journal of Biomechanical Engineering, 2022",
		kind: PEER_REVIEWED,
		grade: "A",
		url: "https://biomechanical.asmedigitalcollection.asme.org/biomechanical/article-split/144/3/035001/1129079/Optimizing-Backrest-Geometry-to-Minimize",
		seen: "original"
	},
	"ace-lat-pulldown": {
		title: "Lat pulldown",
		publisher: ACE,
		kind: ACE_KIND,
		grade: "B",
		url: "http://www.acefitness.org/exercise-library-details/3/35/",
		seen: "original"
	},
	"ace-pull-up": {
		title: "Pull-up",
		publisher: ACE,
		kind: ACE_KIND,
		grade: "B",
		url: "https://www.acefitness.org/acefit/fitness_programs_exercise_library_details.aspx?exerciseid=191",
		seen: "original"
	},
	"ace-seated-overhead-press": {
		title: "Seated overhead press",
		publisher: ACE,
		kind: ACE_KIND,
		grade: "B",
		url: "https://www.acefitness.org/resources/everyone/exercise-library/45/seated-overhead-press/",
		seen: "original"
	},
	"ace-standing-shoulder-press": {
		title: "Standing shoulder press",
		publisher: ACE,
		kind: ACE_KIND,
		grade: "B",
		seen: "copy",
		note: "The tendency to arch the lower back as you press up loads the spine."
	},
	"ace-hammer-curl": {
		title: "Hammer curl",
		publisher: ACE,
		kind: ACE_KIND,
		grade: "B",
		url: "https://www.acefitness.org/resources/everyone/exercise-library/10/hammer-curl/",
		seen: "original"
	},
	"ace-chest-press": {
		title: "Seated chest press (machine)",
		publisher: ACE,
		kind: ACE_KIND,
		grade: "B",
		url: "http://www.acefitness.org/acefit/exercise-library-details/5/188/",
		seen: "original"
	},
	"ace-push-up": {
		title: "Push-up exercise card",
		publisher: ACE,
		kind: ACE_KIND,
		grade: "B",
		seen: "copy",
		note: "Toes or knees on the floor, depending on how hard you need it."
	},
	"world-rugby-bench-press": {
		title: "Bench press",
		publisher: "World Rugby Passport",
		kind: "A sports governing body’s coaching guide",
		grade: "B",
		url: "https://passport.world.rugby/conditioning-for-rugby/introduction-to-conditioning-adult/general-conditioning/bench-press/?overridelang=1",
		seen: "original"
	},
	"hk-chop": {
		title: "See the chop and rotation (from Smarter Recovery)",
		publisher: "McCall P, Human Kinetics",
		kind: "A book excerpt from a sports-science publisher",
		grade: "B",
		url: "https://canada.humankinetics.com/blogs/excerpt/see-the-chop-and-rotation",
		seen: "original"
	},
	"les-mills-twist": {
		title: "The ab exercise to avoid",
		publisher: "Les Mills (physiotherapist Bryce Hastings)",
		kind: "A physiotherapist’s article for a fitness publisher",
		grade: "B",
		url: "https://www.lesmills.com/uk/fit-planet/fitness/the-ab-exercise-to-avoid/",
		seen: "original",
		note: "The Russian twist: a bent, loaded, turning lower back; the Pallof press as the anti-rotation alternative."
	},
	"cochrane-stretching-2011": {
		title: "Stretching to prevent or reduce muscle soreness after exercise",
		publisher: "Herbert RD, de Noronha M, Kamper SJ. Cochrane Database of Systematic Reviews, 2011",
		kind: "A systematic review",
		grade: "A",
		url: "https://doi.org/10.1002/14651858.CD004577.pub3",
		seen: "original"
	},
	"barbell-logic-deadlift": {
		title: "Common deadlift mistakes",
		publisher: "Barbell Logic",
		kind: "A coaching website",
		grade: "C",
		url: "https://barbell-logic.com/common-deadlift-mistakes/",
		seen: "original"
	},
	"stack-rdl": {
		title: "Romanian deadlift (RDL)",
		publisher: "STACK",
		kind: "A coaching website",
		grade: "C",
		url: "https://www.stack.com/exercise/2769/romanian-deadlift-rdl",
		seen: "original"
	},
	"t-nation-row": {
		title: "Tip: chest-supported row machine",
		publisher: "T-Nation",
		kind: "A coaching website",
		grade: "C",
		url: "https://www.t-nation.com/training/tip-chest-supported-row-machine/",
		seen: "original"
	},
	"boyle-split-squat": {
		title: "Do rear-foot-elevated split squats cause back pain?",
		publisher: "Mike Boyle",
		kind: "A strength coach’s blog",
		grade: "C",
		url: "https://strengthcoachblog.com/2015/06/30/do-rear-foot-elevated-split-squats-cause-back-pain/",
		seen: "original"
	},
	"ibji-squat": {
		title: "The squat",
		publisher: "IBJI Rehab (written by a physical therapist)",
		kind: "A rehab clinic’s blog post",
		grade: "C",
		url: "http://www.ibjirehab.com/news/the-squat",
		seen: "original"
	},
	"herts-pallof": {
		title: "Exercise of the month: Pallof press",
		publisher: "Herts Sports Village",
		kind: "A sports centre’s web page",
		grade: "C",
		url: "https://hertssportsvillage.co.uk/news-exercise-of-the-month-1182",
		seen: "original"
	}
};
/** A coaching cue with no source: shown as a coaching cue. */
var COACHING = "coaching";
export { SOURCES as n, COACHING as t };
