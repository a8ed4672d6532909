/** A multipart/form-data body as a browser would send it, built by the platform's own FormData. */
export const multipartBody = async (
  files: readonly { name: string; bytes: Uint8Array | string }[],
  field = 'files',
): Promise<{ payload: Buffer; headers: Record<string, string> }> => {
  const form = new FormData();
  for (const file of files) {
    // A copy, so the Blob gets a plain ArrayBuffer whatever the source view sat on.
    const part = typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes);
    form.append(field, new Blob([part]), file.name);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  };
};

/** A real fixture from ../shared/fixtures/activities (beside the checkout, as CI lays it out). */
export const activityFixture = (path: string): URL =>
  new URL(`../../../../../shared/fixtures/activities/${path}`, import.meta.url);

export interface SyntheticRun {
  /** ISO-8601 with offset, e.g. 2026-12-06T08:00:00Z. */
  start: string;
  km: number;
  minutes: number;
  heartRate: number;
}

/**
 * A GPX 1.1 track along a meridian: a point every 10 s (the parser counts gaps over 30 s as
 * pauses), evenly spaced, with Garmin's
 * TrackPointExtension heart rate — runs with exactly the distance, time and heart rate a test
 * needs. 1 km northward is 1/111.195 of a degree of latitude on the haversine's 6371 km sphere.
 */
export const syntheticGpx = (run: SyntheticRun): string => {
  const startMs = Date.parse(run.start);
  const degreesPerKm = 1 / ((6371 * Math.PI) / 180);
  const points: string[] = [];
  const steps = run.minutes * 6;
  for (let step = 0; step <= steps; step++) {
    const lat = 45 + run.km * (step / steps) * degreesPerKm;
    const time = new Date(startMs + step * 10_000).toISOString();
    points.push(
      `<trkpt lat="${lat.toFixed(7)}" lon="7.0000000"><time>${time}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${run.heartRate}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="RunStrong tests" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><type>running</type><trkseg>
${points.join('\n')}
</trkseg></trk>
</gpx>
`;
};
