// CI size budget: the gzip size of the JavaScript that dist/index.html loads at startup (the definition
// `npm run bench` uses, bench/initial-js.mjs) must stay within bench/size-budget.json. Build first.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { initialJs } from '../bench/initial-js.mjs'

const BUDGET_FILE = 'bench/size-budget.json'
const root = fileURLToPath(new URL('..', import.meta.url))
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

function readBudget() {
  const budget = JSON.parse(readFileSync(`${root}/${BUDGET_FILE}`, 'utf8')).initialJsGzipBytes
  if (!Number.isInteger(budget) || budget <= 0) {
    throw new Error(`${BUDGET_FILE}: initialJsGzipBytes must be a positive integer`)
  }
  return budget
}

function check() {
  const budget = readBudget()
  const { gzip, files } = initialJs(`${root}/dist`)
  const report = `initial JS ${gzip} B gzip (${kib(gzip)} in ${files.length} file(s)), budget ${budget} B (${kib(budget)})`
  if (gzip <= budget) {
    console.log(`size: ok, ${report}`)
    return 0
  }
  console.error(`size: OVER BUDGET by ${gzip - budget} B: ${report}`)
  for (const file of files) console.error(`  ${file.url}: ${file.gzip} B gzip`)
  console.error(
    `Shrink the startup JavaScript (lazy-load a route, drop a dependency), or raise ${BUDGET_FILE} on purpose.`,
  )
  return 1
}

try {
  process.exitCode = check()
} catch (error) {
  console.error(`size: ${error.message}`)
  process.exitCode = 1
}
