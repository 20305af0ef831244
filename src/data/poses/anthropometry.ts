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
export const SEGMENTS = {
  pelvis: 0.05,
  lumbar: 0.1,
  thorax: 0.138,
  neck: 0.052,
  headRadius: 0.065,
  upperArm: 0.186,
  forearm: 0.146,
  grip: 0.054,
  thigh: 0.245,
  shank: 0.246,
  footLength: 0.152,
  footWidth: 0.055,
  ankleHeight: 0.039,
  heelBack: 0.035,
} as const
