export {
  computeDue,
  cureDeadline,
  decisionDueDate,
  isDeficiencyExpired,
  stepDueDates,
  type Due,
  type PeriodStart,
} from "./deadlines";
export { delayNoticeSchedule, NOTICE_PERIOD_DAYS, resultNoticeDueDate, type DelayNotice, type SevenDayUnit } from "./notices";
export {
  deadlineStatus,
  DUE_SOON_WORKING_DAYS,
  overdueByWorkingDays,
  type DeadlineState,
  type DeadlineStatus,
} from "./status";
export { explainDueDate, type DueExplanation } from "./explain-due-date";
