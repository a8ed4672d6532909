/**
 * An instant read from an xsd:dateTime (GPX `<time>`, TCX `<Time>`/`<Id>`/`StartTime`), with the
 * text kept as the file wrote it so that `+01:00` stays `+01:00` and `Z` stays `Z`.
 */
export interface Instant {
  /** Milliseconds since 1970-01-01T00:00:00Z (may carry a fraction from sub-millisecond digits). */
  ms: number;
  /** ISO-8601 with an offset: the file's text, with `Z` added when the file gave no offset. */
  iso: string;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses `2025-05-02T15:51:15.692Z`, `2020-12-27T15:43:49.000+01:00`, `2012-12-26T21:29:53Z`.
 * Our own parser rather than `Date.parse`: that one reads an offset-less time as *local* time,
 * which would make the result depend on the machine's time zone. GPX 1.1 says its times are UTC,
 * and Garmin writes TCX times in UTC, so an offset-less time is taken as UTC (and `Z` is added).
 * Returns null for anything that is not a real date and time.
 */
export function parseXsdDateTime(text: string): Instant | null {
  const trimmed = text.trim();
  const m = DATE_TIME.exec(trimmed);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Years below 1000 would need special handling in Date.UTC (0–99 mean 1900–1999); no activity
  // file is that old.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  let iso = trimmed;
  if (offset === undefined) {
    iso = `${trimmed}Z`;
  } else if (offset !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2));
    if (offsetHours > 14 || offsetMins > 59) return null;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
    if (!offset.includes(':')) {
      // `+0100` is not xsd; write the extended form so the result is one consistent ISO format.
      iso = `${trimmed.slice(0, -offset.length)}${offset.slice(0, 3)}:${offset.slice(3)}`;
    }
  }
  const ms =
    Date.UTC(year, month - 1, day, hour, minute, second) +
    (fraction === undefined ? 0 : Number(`0${fraction}`) * 1000) -
    offsetMinutes * 60_000;
  return { ms, iso };
}
