/**
 * Two weeks without a logged session is a break, not a missed session: strength fades enough
 * in that time that picking up where the runner left off risks "too heavy too soon" (A9), so
 * every exercise restarts one step lower (a choice; SPEC is silent on returning from a gap).
 */
export const LONG_GAP_DAYS = 14;
