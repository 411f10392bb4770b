export {
  addDays,
  bangkokInstant,
  bangkokMinutesOfDay,
  fromDayNumber,
  isIsoDate,
  toBangkokDate,
  toDayNumber,
  weekday,
  type Weekday,
} from "./bangkok-date";
export { buildWorkCalendar, type Holiday, type WorkCalendar } from "./work-calendar";
export { addOfficeMinutes, DEFAULT_OFFICE_HOURS, officeHoursOf, type OfficeDue, type OfficeHours } from "./office-hours";
export {
  explainCalendarDays,
  explainWorkingDays,
  whyClosed,
  type DueDateExplanation,
  type SkippedDay,
} from "./explain";
