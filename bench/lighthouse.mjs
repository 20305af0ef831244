// Lighthouse 12, default (mobile) config: simulated slow 4G and 4× CPU slowdown, in a fresh Chromium per run.
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, requireChromium } from './chromium.mjs'
import { median } from './stats.mjs'

const CATEGORIES = ['performance', 'accessibility', 'best-practices']
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
}

/** Scores (0–100) and metrics (ms; CLS unitless) of one report; throws when any is missing. */
function summarise(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  const summary = {}
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score
    if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${id} score`)
    summary[id] = Math.round(score * 100)
  }
  for (const [key, id] of Object.entries(METRICS)) {
    const value = lhr.audits[id]?.numericValue
    if (typeof value !== 'number')
      throw new Error(`Lighthouse gave no ${id}: ${lhr.audits[id]?.errorMessage}`)
    summary[key] = value
  }
  for (const warning of lhr.runWarnings)
    console.warn(`  lighthouse warning (${lhr.finalDisplayedUrl}): ${warning}`)
  return summary
}

/** One Lighthouse run of `url`. */
export async function lighthouseOnce(url) {
  const chrome = await launch({ chromePath: requireChromium(), chromeFlags: CHROMIUM_FLAGS })
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES })
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
    return summarise(result.lhr)
  } finally {
    chrome.kill()
  }
}

/** The median of each score and metric over several runs' summaries. */
export function medianOfRuns(runs) {
  const keys = Object.keys(runs[0] ?? {})
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]))
}
