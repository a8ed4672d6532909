import type { Sport } from '../activity';

export interface SportReading {
  sport: Sport;
  subSport: string | null;
}

/**
 * GPX 1.1 has no sport, only a free-text `<trk><type>`. Writers use Garmin Connect's activity type
 * keys (`running`, `trail_running`, `treadmill_running`, `cycling`, `road_biking`, …), plain words
 * (Apple Watch: `running`), or Strava's numeric activity codes (`9` run, `1` ride; only these two
 * are mapped, the others are not documented well enough to trust). A missing or unknown type is
 * 'other': the file does not say it was a run, so we do not either.
 */
export function sportFromGpxType(type: string | null): SportReading {
  if (type === null) return { sport: 'other', subSport: null };
  const key = type
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (key === '9') return { sport: 'running', subSport: null };
  if (key === '1') return { sport: 'cycling', subSport: null };
  const words = key.split('_');
  const has = (pattern: RegExp): boolean => words.some((word) => pattern.test(word));
  const subSport = has(/^trail/)
    ? 'trail'
    : has(/^treadmill/)
      ? 'treadmill'
      : words[0] === 'track'
        ? 'track'
        : has(/^indoor/)
          ? 'indoor'
          : null;
  if (has(/^(run|jog)/)) return { sport: 'running', subSport };
  if (has(/^(cycl|bik|ride|e?bik)/)) return { sport: 'cycling', subSport };
  if (has(/^walk/)) return { sport: 'walking', subSport };
  if (has(/^hik/)) return { sport: 'hiking', subSport };
  if (has(/^swim/)) return { sport: 'swimming', subSport };
  return { sport: 'other', subSport: null };
}
