import type { Sport } from '../activity';

interface SportReading {
  sport: Sport;
  subSport: string | null;
}

/**
 * Strava activity types (its "sport types": Run, Trail Run, Virtual Run, Ride, Gravel Ride, …),
 * keyed without spaces or hyphens. A refinement of a sport we know goes in `subSport`.
 */
const KNOWN: Readonly<Record<string, SportReading>> = {
  run: { sport: 'running', subSport: null },
  trailrun: { sport: 'running', subSport: 'trail' },
  virtualrun: { sport: 'running', subSport: 'virtual' },
  ride: { sport: 'cycling', subSport: null },
  mountainbikeride: { sport: 'cycling', subSport: 'mountain' },
  gravelride: { sport: 'cycling', subSport: 'gravel' },
  ebikeride: { sport: 'cycling', subSport: 'e-bike' },
  emountainbikeride: { sport: 'cycling', subSport: 'e-mountain-bike' },
  virtualride: { sport: 'cycling', subSport: 'virtual' },
  velomobile: { sport: 'cycling', subSport: 'velomobile' },
  handcycle: { sport: 'cycling', subSport: 'handcycle' },
  walk: { sport: 'walking', subSport: null },
  hike: { sport: 'hiking', subSport: null },
  swim: { sport: 'swimming', subSport: null },
};

/**
 * Sport from the "Activity Type" column. Types outside our Sport list (Nordic Ski, Alpine Ski,
 * Sail, Snowshoe, Canoe, Weight Training, …) are 'other' with Strava's name kept as the subSport
 * ('nordic-ski'), because the file does say what they were and a coach weighs a ski day
 * differently from a sail.
 */
export function sportFromStravaType(type: string | null): SportReading {
  if (type === null) return { sport: 'other', subSport: null };
  const key = type.toLowerCase().replace(/[\s-]+/g, '');
  if (Object.hasOwn(KNOWN, key)) return KNOWN[key] ?? { sport: 'other', subSport: null };
  const kebab = type.trim().toLowerCase().replace(/\s+/g, '-');
  return { sport: 'other', subSport: kebab === '' ? null : kebab };
}
