import type { ParseResult } from '../activity';

/**
 * A Strava activities.csv names its files relative to the export's root, where it sits itself
 * ("activities/123.fit.gz"): the names are placed beside the CSV, so that `export/activities.csv`
 * or `export_1.zip/activities.csv` name `…/activities/123.fit.gz`, as those files are called
 * when imported too. A row without a file keeps the CSV's own name.
 */
export const placeCsvFiles = (csv: string, result: ParseResult): ParseResult => {
  const folder = csv.slice(0, Math.max(csv.lastIndexOf('/'), csv.lastIndexOf('\\')) + 1);
  const place = (file: string): string => (file === csv ? file : `${folder}${file}`);
  return {
    activities: result.activities.map((a) => ({ ...a, file: place(a.file) })),
    problems: result.problems.map((p) => ({ ...p, file: place(p.file) })),
  };
};
