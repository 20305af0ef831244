import { expect, test } from 'vitest'
import { auditVerdict } from '../../scripts/audit.mjs'

/** A report as `npm audit --json` prints it (npm 7+), with the given advisories. */
const report = (vulnerabilities: Record<string, { severity: string; isDirect?: boolean }>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }
  for (const { severity } of Object.values(vulnerabilities)) {
    counts[severity as keyof typeof counts] += 1
    counts.total += 1
  }
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, v]) => [name, { name, isDirect: false, ...v }]),
    ),
    metadata: { vulnerabilities: counts },
  })
}

test('a registry that refuses the audit endpoint is reported as “could not run”, and CI goes on', () => {
  // What this registry answers (405 on the bulk advisory endpoint), as npm prints it.
  const refused = JSON.stringify({
    message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    error: { summary: '', detail: '' },
  })
  expect(auditVerdict(refused)).toEqual({
    ran: false,
    fail: false,
    message: expect.stringContaining('405 Method Not Allowed'),
  })
  expect(auditVerdict('')).toMatchObject({ ran: false, fail: false })
})

test('a high or critical advisory in a production dependency fails CI, naming it', () => {
  const verdict = auditVerdict(report({ 'react-router': { severity: 'high', isDirect: true } }))
  expect(verdict).toMatchObject({ ran: true, fail: true })
  expect(verdict.message).toContain('react-router (high, direct)')
  expect(auditVerdict(report({ cookie: { severity: 'critical' } }))).toMatchObject({ fail: true })
})

test('a clean audit, or only low and moderate advisories, passes', () => {
  expect(auditVerdict(report({}))).toEqual({
    ran: true,
    fail: false,
    message: 'no known advisories in production dependencies.',
  })
  const lower = auditVerdict(report({ cookie: { severity: 'moderate' }, ms: { severity: 'low' } }))
  expect(lower).toMatchObject({ ran: true, fail: false })
  expect(lower.message).toContain('cookie (moderate)')
})
