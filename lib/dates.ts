/**
 * The one way the app writes dates and times. Everything is shown in UTC and says so where a time
 * of day appears: server-rendered and browser-rendered pages then agree (no hydration mismatch
 * from the server's zone differing from the browser's), and a coach and a candidate in different
 * zones read the same time for the same session. Pure; safe in the browser and on the server.
 */
type DateInput = Date | string | number;

const DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const LONG_DATE = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const TIME = new Intl.DateTimeFormat("en", { timeStyle: "short", timeZone: "UTC" });

const asDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** "Dec 1, 2026" */
export const formatDate = (value: DateInput) => DATE.format(asDate(value));
/** "December 1, 2026" (printouts) */
export const formatLongDate = (value: DateInput) => LONG_DATE.format(asDate(value));
/** "Dec 1, 2026, 9:15 PM UTC" */
export const formatDateTime = (value: DateInput) => `${DATE_TIME.format(asDate(value))} UTC`;
/** "9:15 PM UTC" */
export const formatTime = (value: DateInput) => `${TIME.format(asDate(value))} UTC`;
/** "2026-12-01": the UTC calendar day, for file names and day buckets. */
export const isoDay = (value: DateInput) => asDate(value).toISOString().slice(0, 10);
