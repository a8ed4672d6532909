import type { IsoDate } from '@runstrong/core';

/** The server's "today" as a calendar date (UTC: the server has no runner's time zone to go by). */
export const todayOf = (now: Date): IsoDate => now.toISOString().slice(0, 10) as IsoDate;
