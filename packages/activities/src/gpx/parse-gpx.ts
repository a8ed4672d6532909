import type { Activity, ImportProblem, ParseResult } from '../activity';
import { summarizeTrack, type TrackSegment } from '../geo/track-summary';
import { childOf, childrenOf, textOf } from '../xml/nodes';
import { parseXmlSafely } from '../xml/safe-xml';
import { sportFromGpxType } from './gpx-sport';
import { readGpxPoint } from './read-gpx-point';

const refuse = (file: string, code: ImportProblem['code'], message: string): ParseResult => ({
  activities: [],
  problems: [{ file, code, message }],
});

/**
 * A GPX 1.1 file: one activity per `<trk>` (all its `<trkseg>`s). `indexInFile` is the track's
 * position among the file's `<trk>` elements. Points without a readable `<time>` are skipped; a
 * track with no timed point is a drawn route, not a recording, and gives no activity. Routes
 * (`<rte>`) and waypoints are not activities either. GPX has no laps.
 */
export function parseGpx(text: string, file: string): ParseResult {
  const xml = parseXmlSafely(text, file);
  if (!xml.ok) return { activities: [], problems: [xml.problem] };
  const gpx = childOf(xml.document, 'gpx');
  if (gpx === undefined) {
    const root = Object.keys(xml.document)[0] ?? 'nothing';
    return refuse(file, 'unsupported-format', `This is not GPX: its root element is <${root}>.`);
  }
  const activities: Activity[] = [];
  childrenOf(gpx, 'trk').forEach((trk, indexInFile) => {
    const segments: TrackSegment[] = childrenOf(trk, 'trkseg').map((trkseg) =>
      childrenOf(trkseg, 'trkpt').flatMap((trkpt) => readGpxPoint(trkpt) ?? []),
    );
    const summary = summarizeTrack(segments);
    if (summary === null) return;
    const { sport, subSport } = sportFromGpxType(textOf(childOf(trk, 'type')));
    activities.push({
      file,
      format: 'gpx',
      indexInFile,
      sport,
      subSport,
      start: summary.first.iso,
      startIsDeviceRelative: false,
      elapsedSeconds: summary.elapsedSeconds,
      movingSeconds: summary.movingSeconds,
      distanceMeters: summary.distanceMeters,
      elevationGainMeters: summary.elevationGainMeters,
      avgHeartRate: summary.avgHeartRate,
      maxHeartRate: summary.maxHeartRate,
      laps: [],
      hasGps: summary.hasGps,
    });
  });
  if (activities.length === 0) {
    return refuse(
      file,
      'not-an-activity',
      'The GPX holds no recorded track (no <trk> with timestamped points): a route or waypoints only.',
    );
  }
  return { activities, problems: [] };
}
