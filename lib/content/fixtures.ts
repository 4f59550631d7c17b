/** Answers with known structure, shared by the content tests. */

/** A complete STAR answer: one sentence per part, in order. */
export const STAR_ANSWER = [
  "At my last job, our checkout service kept timing out during sales.",
  "My task was to find the cause before the holiday launch.",
  "I profiled the service and rewrote the slowest database query.",
  "As a result, timeouts fell by 80% and we shipped on time.",
].join(" ");

/** Situation and action only: no task, no result. */
export const NO_RESULT_ANSWER = "When I was at university, a group project was falling behind. I organised a weekly meeting and I shared a plan.";

export const HEDGY_ANSWER = "I guess I kind of helped with the migration and stuff. Maybe it went well, I think maybe. Things like that.";
