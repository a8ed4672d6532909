export * from './activity';
export { type DetectedFormat, detectFormat } from './detect/detect-format';
export { parseFit } from './fit/parse-fit';
export { parseGpx } from './gpx/parse-gpx';
export { parseStravaActivitiesCsv } from './strava/parse-strava-csv';
export { parseTcx } from './tcx/parse-tcx';
