import type { Activity, ImportProblem, ParseResult } from '../activity';
import { attrOf, childOf, childrenOf, textOf } from '../xml/nodes';
import { parseXmlSafely } from '../xml/safe-xml';
import { parseXsdDateTime } from '../xml/xsd-datetime';
import { readLap } from './read-lap';
import { buildTcxActivity } from './tcx-activity';
import { sportFromTcx } from './tcx-sport';

const refuse = (file: string, code: ImportProblem['code'], message: string): ParseResult => ({
  activities: [],
  problems: [{ file, code, message }],
});

/**
 * The `<Activity>` elements of a TrainingCenterDatabase: those directly under `<Activities>`, then
 * the legs of any `<MultiSportSession>` (FirstSport, then each NextSport), in document order within
 * each kind. Courses and workouts are plans, not recordings, and are not read.
 */
function activityElements(database: unknown): unknown[] {
  const activities = childOf(database, 'Activities');
  const multisport = childrenOf(activities, 'MultiSportSession').flatMap((session) => [
    ...childrenOf(childOf(session, 'FirstSport'), 'Activity'),
    ...childrenOf(session, 'NextSport').flatMap((next) => childrenOf(next, 'Activity')),
  ]);
  return [...childrenOf(activities, 'Activity'), ...multisport];
}

/**
 * A TCX file: one activity per `<Activity>`; `indexInFile` is its position among them. How laps
 * and trackpoints are reconciled is described in tcx-activity.ts.
 */
export function parseTcx(text: string, file: string): ParseResult {
  const xml = parseXmlSafely(text, file);
  if (!xml.ok) return { activities: [], problems: [xml.problem] };
  const database = childOf(xml.document, 'TrainingCenterDatabase');
  if (database === undefined) {
    const root = Object.keys(xml.document)[0] ?? 'nothing';
    return refuse(file, 'unsupported-format', `This is not TCX: its root element is <${root}>.`);
  }
  const activities: Activity[] = [];
  activityElements(database).forEach((element, indexInFile) => {
    const activity = buildTcxActivity({
      file,
      indexInFile,
      sport: sportFromTcx(attrOf(element, 'Sport')),
      id: parseXsdDateTime(textOf(childOf(element, 'Id')) ?? ''),
      laps: childrenOf(element, 'Lap').map(readLap),
    });
    if (activity !== null) activities.push(activity);
  });
  if (activities.length === 0) {
    return refuse(
      file,
      'not-an-activity',
      'The TCX holds no recorded activity (no <Activity> with a start, a lap or a trackpoint).',
    );
  }
  return { activities, problems: [] };
}
