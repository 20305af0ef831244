import { CONDITION_INFO, type Condition } from '../data/conditions'
import { ALL_EXERCISES, type Exercise } from '../data/exercises'
import { LOAD_BANDS, LOAD_LABELS, type LoadBand } from '../data/load'
import {
  CONDITION_ADVICE,
  DEMAND_CLASS_LABELS,
  DEMAND_CLASSES,
  HANGING_ADVICE,
  RULE_OVERRIDES,
  RULE_TABLE,
  type RuleColumn,
  UNRATED_RULE,
  VERDICT_LABELS,
} from '../data/rules'
import { SOURCES, type SourceId } from '../data/sources'
import { PATTERN_LABELS, PATTERNS } from '../data/taxonomy'
import { type Profile, type Verdict, verdictFor } from './safety'

/**
 * docs/VERDICTS.md: every exercise × profile × load with its verdict and reason, generated from the data
 * and the rules so a clinician can review all of it in one read. `npm run verdicts` writes it; a test
 * fails when the committed file is out of date.
 */

const PROFILES: readonly { label: string; conditions: readonly Condition[] }[] = [
  { label: 'No condition', conditions: [] },
  { label: 'Back pain today', conditions: ['back-pain-today'] },
  { label: 'Sciatica', conditions: ['sciatica'] },
  { label: 'Both', conditions: ['back-pain-today', 'sciatica'] },
]

const COLUMN_LABELS = {
  'no-condition': 'No condition',
  'back-pain-today': CONDITION_INFO['back-pain-today'].label,
  sciatica: CONDITION_INFO.sciatica.label,
} as const satisfies Record<RuleColumn, string>

const cite = (ids: readonly SourceId[]) => (ids.length === 0 ? '' : ` [${ids.join(', ')}]`)
const escapeCell = (text: string) => text.replaceAll('|', '\\|')

function cell(verdict: Verdict, usual: boolean): string {
  const marks = [
    verdict.judgement ? 'J' : '',
    verdict.basis === 'override' ? 'S' : '',
    verdict.goLight ? `→ ${verdict.goLight}` : '',
  ].filter(Boolean)
  const note = marks.length > 0 ? ` _(${marks.join(', ')})_` : ''
  const prefix = usual ? '' : '_(not a usual load)_ '
  return escapeCell(`${prefix}**${VERDICT_LABELS[verdict.level]}**${note}: ${verdict.reason}`)
}

function exerciseSection(exercise: Exercise): string[] {
  const lines = [
    `#### ${exercise.name} (\`${exercise.id}\`)`,
    '',
    `General back risk: **${exercise.backRisk}**. Demands: ${exercise.demands.join(', ') || 'none'}` +
      `${exercise.minorDemands ? ` (with a fault or a barbell: ${exercise.minorDemands.join(', ')})` : ''}. ` +
      `Default load: ${exercise.defaultLoad}.` +
      `${exercise.variationOf ? ` Harder variation of \`${exercise.variationOf.id}\`.` : ''}` +
      `${exercise.hangs ? ` Hanging: with sciatica it adds “${HANGING_ADVICE}”` : ''}`,
    '',
    `| Profile | ${LOAD_BANDS.map((load) => LOAD_LABELS[load]).join(' | ')} |`,
    `|---|${LOAD_BANDS.map(() => '---').join('|')}|`,
  ]
  for (const profile of PROFILES) {
    const cells = LOAD_BANDS.map((load: LoadBand) =>
      cell(verdictFor(exercise, profile as Profile, load), exercise.loads.includes(load)),
    )
    lines.push(`| ${profile.label} | ${cells.join(' | ')} |`)
  }
  lines.push('')
  return lines
}

function lookFirst(): string[] {
  const unrated = ALL_EXERCISES.filter((exercise) => exercise.backRisk === 'unrated').map(
    (e) => `\`${e.id}\``,
  )
  const counts = PROFILES.map((profile) => {
    const levels = ALL_EXERCISES.flatMap((exercise) =>
      exercise.loads.map((load) => verdictFor(exercise, profile as Profile, load).level),
    )
    const count = (level: string) => levels.filter((l) => l === level).length
    return `${profile.label}: ${count('ok')} OK, ${count('caution')} take care, ${count('avoid')} avoid`
  })
  return [
    '## What to look at first',
    '',
    '1. **The rule table is judgement.** No source defines load bands or rules per demand; the table below',
    '   is a cautious reading of NHS advice (stay active, stop what makes it worse) and of studies showing',
    '   that spine load rises with the weight. Cells marked _J_ are judgement. Is each level right?',
    '2. **Heavy with back pain today.** "Go light or save it for a good day" is shown as **Avoid today** at',
    '   heavy, with "same exercise, lighter" offered as the swap. Is that too strong, or right?',
    '3. **Verdicts that moved away from the first version.** Torso twist with back pain today is now OK at',
    '   bodyweight (upright turning is everyday movement; only the clinic blog said avoid). Toe touch with',
    '   sciatica is now OK with the sciatica advice (NHS sciatica routines include forward-bending stretches).',
    '   Burpee and sit-up with back pain today are take care, not avoid. With nothing declared, the sit-up and',
    '   superman are OK (their general risk stays on the exercise page).',
    `4. **Not rated by a source:** ${unrated.join(', ')}. They are never a plain OK while a condition is`,
    '   declared. Should any of them be left out?',
    '5. **Sourced overrides** (below) replace the table for a few exercises: side plank with back pain today,',
    '   superman, Russian twist. Are there others a source supports?',
    '6. **Sciatica: no avoid except the Russian twist.** Heavy or fast lifts are take care with "go light";',
    '   every verdict carries the general advice below.',
    '',
    'Counts over each exercise’s usual loads:',
    '',
    ...counts.map((line) => `- ${line}`),
    '',
    'With a condition declared, every verdict also carries its general advice:',
    '',
    ...(['back-pain-today', 'sciatica'] as const).map(
      (condition) =>
        `- ${COLUMN_LABELS[condition]}: “${CONDITION_ADVICE[condition].text}”${cite(CONDITION_ADVICE[condition].sources)}`,
    ),
    '',
    'A pain stop on an exercise in the last 14 days makes it at least **Take care** ("You stopped this with',
    'pain on Tue: take care"). Harder variations are always at least **Take care**.',
    '',
  ]
}

function ruleTable(): string[] {
  const lines = ['## The rule table', '', 'Marks: _J_ judgement; _→ light_ the go-light target.', '']
  for (const column of ['no-condition', 'back-pain-today', 'sciatica'] as const) {
    lines.push(`### ${COLUMN_LABELS[column]}`, '')
    lines.push(`| Load | ${DEMAND_CLASSES.map((demand) => DEMAND_CLASS_LABELS[demand]).join(' | ')} |`)
    lines.push(`|---|${DEMAND_CLASSES.map(() => '---').join('|')}|`)
    for (const load of LOAD_BANDS) {
      const cells = DEMAND_CLASSES.map((demand) => {
        const rule = RULE_TABLE[column][load][demand]
        const marks = [rule.basis === 'judgement' ? 'J' : '', 'goLight' in rule ? 'go light' : '']
          .filter(Boolean)
          .join(', ')
        return escapeCell(
          `**${VERDICT_LABELS[rule.level]}**${marks ? ` _(${marks})_` : ''}: ${rule.say}${cite(rule.sources)}`,
        )
      })
      lines.push(`| ${LOAD_LABELS[load]} | ${cells.join(' | ')} |`)
    }
    lines.push('')
  }
  lines.push(
    `Not rated by a source, with a condition declared and the table saying OK: **${VERDICT_LABELS[UNRATED_RULE.level]}**: ${UNRATED_RULE.say}`,
    '',
  )
  return lines
}

function overrides(): string[] {
  const lines = [
    '## Sourced overrides',
    '',
    '| Exercise | Profile | Loads | Verdict | Sources |',
    '|---|---|---|---|---|',
  ]
  for (const rule of RULE_OVERRIDES) {
    const sources = rule.sources.map((id) => `${id} (${SOURCES[id].grade})`).join(', ')
    lines.push(
      `| \`${rule.exercise}\` | ${COLUMN_LABELS[rule.column]} | ${rule.loads.join(', ')} | ` +
        `${escapeCell(`**${VERDICT_LABELS[rule.level]}**: ${rule.say}`)} | ${sources} |`,
    )
  }
  lines.push('')
  return lines
}

export function renderVerdictsMarkdown(): string {
  const lines = [
    '# Verdicts: every exercise, profile and load',
    '',
    '<!-- Generated by `npm run verdicts` from src/data and src/domain/safety.ts. Do not edit by hand. -->',
    '',
    `${ALL_EXERCISES.length} exercises × 4 profiles × 3 loads. A load the exercise is not usually done at is`,
    'marked _(not a usual load)_. Marks: _J_ judgement, _S_ a sourced override, _→ light_ the load the',
    'advice says to go to. Source ids are listed in src/data/sources.ts with their grade (A, B or C).',
    '',
    ...lookFirst(),
    ...ruleTable(),
    ...overrides(),
    '## Every exercise, by movement pattern',
    '',
  ]
  for (const pattern of PATTERNS) {
    const exercises = ALL_EXERCISES.filter((exercise) => exercise.pattern === pattern)
    if (exercises.length === 0) continue
    lines.push(`### ${PATTERN_LABELS[pattern]}`, '')
    for (const exercise of exercises) lines.push(...exerciseSection(exercise))
  }
  return `${lines.join('\n').trimEnd()}\n`
}
