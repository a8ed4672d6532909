import type { Sport } from '../activity';

/**
 * TCX's `Sport` attribute is one of Running, Biking, Other (Sport_t in TrainingCenterDatabasev2.xsd).
 * It has no sub-sport, so a treadmill run is just "Running" with no positions: `subSport` stays
 * null because the file does not say treadmill (`hasGps: false` says what it does say).
 */
export function sportFromTcx(attribute: string | null): Sport {
  switch (attribute?.trim().toLowerCase()) {
    case 'running':
      return 'running';
    case 'biking':
      return 'cycling';
    default:
      return 'other';
  }
}
