import type { Activity } from './activity';

/**
 * An activity as JSON for people and scripts (`runstrong import --format json`, the server's
 * activity list): issue 5's public fields first, in its order, then the extra ones. One function,
 * so the CLI and the API can never name or order them differently.
 */
export const activityJson = (a: Activity) => ({
  file: a.file,
  sport: a.sport,
  start: a.start,
  elapsedSeconds: a.elapsedSeconds,
  movingSeconds: a.movingSeconds,
  distanceMeters: a.distanceMeters,
  elevationGainMeters: a.elevationGainMeters,
  avgHeartRate: a.avgHeartRate,
  maxHeartRate: a.maxHeartRate,
  laps: a.laps,
  format: a.format,
  indexInFile: a.indexInFile,
  subSport: a.subSport,
  startIsDeviceRelative: a.startIsDeviceRelative,
  hasGps: a.hasGps,
});
