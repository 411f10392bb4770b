export {
  medianWorkingDays,
  mediansByPermit,
  monthlyTotals,
  statisticsRows,
  weightedMedian,
  windowStatistics,
  type DecisionPair,
  type MonthlyCount,
  type MonthTotals,
  type PermitMedian,
  type RowField,
  type StatisticsRow,
  type WindowStatistics,
} from "./aggregate";
export {
  addMonths,
  dateRangeOf,
  isMonth,
  lastCompleteMonths,
  MAX_STATISTICS_MONTHS,
  monthCount,
  monthOf,
  monthsBetween,
  statisticsWindow,
} from "./months";
export { publish, publishComputed, publishCount, share, SMALL_CELL_THRESHOLD, type Cell, type Published } from "./suppression";
