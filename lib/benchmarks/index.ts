// Public pure API of lib/benchmarks (safe on server and client). The database service lives in
// ./contributions (server code) and is imported from there directly.
export {
  QUANTUM,
  addContribution,
  aggregateOf,
  applyDelta,
  binIndex,
  combineDeltas,
  contributionDelta,
  emptyAggregate,
  mean,
  percentileOf,
  quantize,
  removeContribution,
  standardDeviation,
  variance,
  type Aggregate,
  type AggregateDelta,
} from "./aggregate";
export {
  METRICS,
  extractMetricValues,
  getMetric,
  type MetricBins,
  type MetricDefinition,
  type MetricDirection,
  type MetricId,
  type MetricInputs,
} from "./catalogue";
export { DEFAULT_MIN_COHORT, cohortView, describeCohort, type CohortView, type MetricAggregate } from "./cohort";
export { metricValuesFromStored, type StoredAnswerColumns } from "./stored-values";
