/** Thresholds of the plausibility rules, in one place so they are tuned, not hunted. */

/** An event this many days or more after the article's date is implausibly far ahead. */
export const MAX_DAYS_AHEAD = 366;
/** An event this many days or more before the article's date is implausibly old news. */
export const MAX_DAYS_BEFORE = 366;
