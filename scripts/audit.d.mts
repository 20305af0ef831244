export interface AuditVerdict {
  /** Whether the registry answered with an audit report at all. */
  ran: boolean
  /** Whether CI should fail: only when the audit ran and found high or critical advisories. */
  fail: boolean
  message: string
}
export declare function auditVerdict(output: string): AuditVerdict
