import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { exampleProfile } from '../testing/fixtures';
import {
  activityFixture,
  multipartBody,
  type SyntheticRun,
  syntheticGpx,
} from '../testing/multipart';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';

interface ActivityBody {
  id: string;
  file: string;
  sport: string;
  start: string | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  classification: { kind: string; race: boolean; reasons: string[] } | null;
}
interface ImportBody {
  imported: ActivityBody[];
  alreadyStored: number;
  duplicatesMerged: number;
  files: number;
  problems: { file: string; code: string; message: string }[];
  adaptation: { signals: { kind: string; evidence: string }[]; changes: { kind: string }[] };
}
interface PlanDay {
  date: string;
  sessions: {
    id: string;
    kind: string;
    notes: string[];
    movedFrom?: string;
    exercises: { sets: number }[];
  }[];
}

const GPX = 'gpx/garmin-connect-run-hr.gpx';
const TCX_TWO_RUNS = 'tcx/garmin-fr910xt-two-runs.tcx';

const upload = async (
  who: Client,
  files: readonly { name: string; bytes: Uint8Array | string }[],
) => {
  const { payload, headers } = await multipartBody(files);
  return who.request('POST', '/api/activities', payload, headers);
};
const fixture = (path: string) => ({
  name: path.split('/').pop() ?? path,
  bytes: new Uint8Array(readFileSync(activityFixture(path))),
});
const listOf = async (who: Client): Promise<ActivityBody[]> => {
  const response = await who.request('GET', '/api/activities');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { activities: ActivityBody[] }).activities;
};
const gpxRun = (run: SyntheticRun) => ({
  name: `${run.start.slice(0, 10)}.gpx`,
  bytes: syntheticGpx(run),
});
/** The date `days` after an ISO date (UTC). */
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('activities API', (kind) => {
  let t: TestApp;
  let runner: Client;
  let other: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    runner = await signUp(t);
    other = await signUp(t);
  });
  afterAll(() => t.close());

  describe('upload', () => {
    it('imports real files, reports a bad one by code, and keeps the good ones', async () => {
      const response = await upload(runner, [
        fixture(GPX),
        fixture(TCX_TWO_RUNS),
        { name: 'bad.fit', bytes: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) },
      ]);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as ImportBody;
      // One run in the GPX, two in the TCX (its name says so; the TCX parser's tests check them).
      expect(body.imported).toHaveLength(3);
      // The GPX names no sport (no <type>), so it is kept as 'other' and not classified.
      expect(body.imported.map((a) => a.sport).sort()).toEqual(['other', 'running', 'running']);
      expect(body.problems).toHaveLength(1);
      expect(body.problems[0]).toMatchObject({ file: 'bad.fit' });
      expect(body.problems[0]?.code).toMatch(/^(unsupported-format|corrupted|truncated)$/);
      expect(body.problems[0]?.message.length).toBeGreaterThan(10);
      const listed = await listOf(runner);
      expect(listed.map((a) => a.id).sort()).toEqual(body.imported.map((a) => a.id).sort());
      // Newest first.
      const starts = listed.map((a) => Date.parse(a.start ?? ''));
      expect([...starts].sort((a, b) => b - a)).toEqual(starts);
      for (const activity of listed) {
        if (activity.sport !== 'running') {
          expect(activity.classification).toBeNull();
          continue;
        }
        expect(activity.classification?.kind).toMatch(/^(easy|quality|long)$/);
        expect(activity.classification?.reasons.length).toBeGreaterThan(0);
      }
    });

    it('classifies a real interval session (800 m reps, 400 m jogs) as quality, saying why', async () => {
      const who = await signUp(t);
      const response = await upload(who, [fixture('tcx/garmin-fr945-run-workout-16laps.tcx')]);
      expect(response.statusCode, response.body).toBe(200);
      const [run] = (response.json() as ImportBody).imported;
      expect(run?.classification?.kind).toBe('quality');
      expect(run?.classification?.reasons.join(' ')).toMatch(/^Lap structure: 6 laps/);
    });

    it('keeps a run once when the same file comes again', async () => {
      const before = await listOf(runner);
      const response = await upload(runner, [fixture(GPX)]);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as ImportBody;
      expect(body.imported).toEqual([]);
      expect(body.alreadyStored).toBe(1);
      expect(await listOf(runner)).toHaveLength(before.length);
    });

    it('answers 422 no-activities with every problem when no file gives a run, storing nothing', async () => {
      const before = await listOf(runner);
      const response = await upload(runner, [
        { name: 'notes.txt', bytes: 'just some words' },
        { name: 'cut.gpx', bytes: '<?xml version="1.0"?><gpx version="1.1"><trk><trkseg><trkpt' },
      ]);
      expect(response.statusCode, response.body).toBe(422);
      const error = (response.json() as { error: { code: string; problems: unknown[] } }).error;
      expect(error.code).toBe('no-activities');
      expect(error.problems).toHaveLength(2);
      expect(await listOf(runner)).toHaveLength(before.length);
    });

    it('reads a Strava export zip streamed, its CSV rows merged with the files they name', async () => {
      const csv = readFileSync(activityFixture('csv/strava-export-activities.csv'));
      const zip = zipSync({
        'activities.csv': new Uint8Array(csv),
        'activities/run.gpx': new Uint8Array(readFileSync(activityFixture(GPX))),
      });
      const response = await upload(other, [{ name: 'export_1.zip', bytes: zip }]);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as ImportBody;
      expect(body.imported.length).toBeGreaterThan(1);
      expect(body.imported.some((a) => a.file === 'export_1.zip/activities/run.gpx')).toBe(true);
      expect(body.imported.some((a) => a.file.startsWith('export_1.zip/'))).toBe(true);
    });

    it('refuses a request that is not multipart, or has no file', async () => {
      const json = await runner.request('POST', '/api/activities', { files: [] });
      expect(json.statusCode).toBe(415);
      expect(json.json()).toMatchObject({ error: { code: 'not-multipart' } });
      const form = new FormData();
      form.append('note', 'no file here');
      const request = new Request('http://localhost/', { method: 'POST', body: form });
      const empty = await runner.request(
        'POST',
        '/api/activities',
        Buffer.from(await request.arrayBuffer()),
        { 'content-type': request.headers.get('content-type') ?? '' },
      );
      expect(empty.statusCode, empty.body).toBe(400);
      expect(empty.json()).toMatchObject({ error: { code: 'no-files' } });
    });

    it('needs a sign-in, and a trusted Origin for a cookie upload', async () => {
      const { payload, headers } = await multipartBody([fixture(GPX)]);
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/api/activities',
        payload,
        headers,
      });
      expect(anonymous.statusCode).toBe(401);
      const foreign = await runner.request('POST', '/api/activities', payload, {
        ...headers,
        origin: 'https://evil.example',
      });
      expect(foreign.statusCode).toBe(403);
    });
  });

  describe('ownership', () => {
    it('shows, rates and deletes only your own activities', async () => {
      const mine = await listOf(runner);
      const theirs = await listOf(other);
      const target = mine[0];
      expect(target).toBeDefined();
      if (!target) return;
      expect(theirs.some((a) => a.id === target.id)).toBe(false);
      const rateTheirs = await other.request('PATCH', `/api/activities/${target.id}`, { rpe: 5 });
      expect(rateTheirs.statusCode).toBe(404);
      const deleteTheirs = await other.request('DELETE', `/api/activities/${target.id}`);
      expect(deleteTheirs.statusCode).toBe(404);
      expect(await listOf(runner)).toHaveLength(mine.length);

      const rate = await runner.request('PATCH', `/api/activities/${target.id}`, { rpe: 6 });
      expect(rate.statusCode).toBe(204);
      const badRpe = await runner.request('PATCH', `/api/activities/${target.id}`, { rpe: 11 });
      expect(badRpe.statusCode).toBe(400);
      const removed = await runner.request('DELETE', `/api/activities/${target.id}`);
      expect(removed.statusCode).toBe(204);
      expect((await listOf(runner)).map((a) => a.id)).not.toContain(target.id);
    });
  });

  describe('upload limit', () => {
    let small: TestApp;
    beforeAll(async () => {
      small = await createTestApp(kind, { UPLOAD_LIMIT_BYTES: '4096' });
    });
    afterAll(() => small.close());

    it('answers 413 upload-too-large past UPLOAD_LIMIT_BYTES and stores nothing', async () => {
      const who = await signUp(small);
      const response = await upload(who, [fixture(GPX), fixture(TCX_TWO_RUNS)]);
      expect(response.statusCode, response.body).toBe(413);
      expect(response.json()).toMatchObject({ error: { code: 'upload-too-large' } });
      expect(await listOf(who)).toEqual([]);
    });
  });

  describe('the usual running week', () => {
    /**
     * Eight complete weeks before the test clock's Monday 2027-01-04: easy runs Mon/Wed/Fri at
     * HR 140, quality Tue/Thu at HR 165 (18 % above the easy runs), the long run on Sunday
     * (22 km, well above the 8–10 km of the others). Saturday is free.
     */
    const weekOfRuns = (monday: string): SyntheticRun[] => [
      { start: `${monday}T07:00:00Z`, km: 8, minutes: 48, heartRate: 140 },
      { start: `${plusDays(monday, 1)}T07:00:00Z`, km: 10, minutes: 45, heartRate: 165 },
      { start: `${plusDays(monday, 2)}T07:00:00Z`, km: 8, minutes: 48, heartRate: 140 },
      { start: `${plusDays(monday, 3)}T07:00:00Z`, km: 10, minutes: 45, heartRate: 165 },
      { start: `${plusDays(monday, 4)}T07:00:00Z`, km: 8, minutes: 48, heartRate: 140 },
      { start: `${plusDays(monday, 6)}T07:00:00Z`, km: 22, minutes: 130, heartRate: 145 },
    ];

    it('is offered from eight weeks of runs, with the evidence, beside the profile’s', async () => {
      const who = await signUp(t);
      expect((await who.request('PUT', '/api/profile', exampleProfile())).statusCode).toBe(200);
      const none = await who.request('GET', '/api/activities/running-week');
      expect(none.json()).toMatchObject({ suggestion: null, differs: false });

      const runs = Array.from({ length: 8 }, (_, w) => plusDays('2026-11-09', 7 * w)).flatMap(
        weekOfRuns,
      );
      const response = await upload(who, runs.map(gpxRun));
      expect(response.statusCode, response.body).toBe(200);
      expect((response.json() as ImportBody).imported).toHaveLength(48);

      const week = await who.request('GET', '/api/activities/running-week');
      expect(week.statusCode, week.body).toBe(200);
      const body = week.json() as {
        suggestion: { runningWeek: Record<string, string>; weeksSeen: number; evidence: string[] };
        current: Record<string, string>;
        differs: boolean;
      };
      expect(body.suggestion.runningWeek).toEqual({
        mon: 'easy',
        tue: 'quality',
        wed: 'easy',
        thu: 'quality',
        fri: 'easy',
        sat: 'rest',
        sun: 'long',
      });
      expect(body.suggestion.weeksSeen).toBe(8);
      expect(body.suggestion.evidence.join(' ')).toMatch(/Sunday/);
      // The example profile has its long run on Saturday.
      expect(body.current.sat).toBe('long');
      expect(body.differs).toBe(true);
    });
  });

  describe('the plan follows the runs', () => {
    const planWeek = async (who: Client): Promise<PlanDay[]> => {
      const response = await who.request('GET', '/api/plan?from=2027-01-04&to=2027-01-10');
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { days: PlanDay[] }).days;
    };
    const strengthOn = (days: PlanDay[]) =>
      days.flatMap((d) =>
        d.sessions.filter((s) => s.kind !== 'rehab').map((s) => ({ date: d.date, ...s })),
      );
    const easyWeeks = (mondays: readonly string[]): SyntheticRun[] =>
      mondays.flatMap((monday) => [
        { start: `${monday}T07:00:00Z`, km: 8, minutes: 48, heartRate: 140 },
        { start: `${plusDays(monday, 3)}T07:00:00Z`, km: 8, minutes: 48, heartRate: 140 },
      ]);

    it('A2: the long run moved to Wednesday in the last two weeks, so no strength the day before', async () => {
      const who = await signUp(t);
      expect((await who.request('PUT', '/api/profile', exampleProfile())).statusCode).toBe(200);
      expect((await who.request('POST', '/api/plans', {})).statusCode).toBe(201);
      const runs = [
        ...easyWeeks(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']),
        // The profile says Saturday; the last two complete weeks put the long run on Wednesday.
        { start: '2026-12-23T07:00:00Z', km: 20, minutes: 120, heartRate: 145 },
        { start: '2026-12-30T07:00:00Z', km: 21, minutes: 125, heartRate: 145 },
      ];
      const response = await upload(who, runs.map(gpxRun));
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as ImportBody;
      expect(body.adaptation.signals.map((s) => s.kind)).toContain('long-run-moved');

      const after = strengthOn(await planWeek(who));
      // Tuesday 2027-01-05 is the day before the new long-run day.
      expect(after.filter((s) => s.date === '2027-01-05')).toEqual([]);
      const adapted = after.filter((s) => s.movedFrom !== undefined || s.notes.length > 0);
      expect(adapted.length).toBeGreaterThan(0);

      // The same runs again change nothing more.
      const again = await upload(who, runs.map(gpxRun));
      expect((again.json() as ImportBody).adaptation.changes).toEqual([]);
    });

    it('B9: running volume up by more than 20 % lightens the coming strength sessions', async () => {
      const who = await signUp(t);
      expect((await who.request('PUT', '/api/profile', exampleProfile())).statusCode).toBe(200);
      expect((await who.request('POST', '/api/plans', {})).statusCode).toBe(201);
      const before = strengthOn(await planWeek(who));
      // Three weeks of 16 km, then 28 km in the last seven days: +75 %.
      const runs = [
        ...easyWeeks(['2026-12-07', '2026-12-14', '2026-12-21']),
        { start: '2026-12-28T07:00:00Z', km: 14, minutes: 84, heartRate: 140 },
        { start: '2026-12-31T07:00:00Z', km: 14, minutes: 84, heartRate: 140 },
      ];
      const response = await upload(who, runs.map(gpxRun));
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as ImportBody;
      expect(body.adaptation.signals.map((s) => s.kind)).toContain('volume-jump');
      const after = strengthOn(await planWeek(who));
      const setsOf = (sessions: typeof before) =>
        sessions.reduce((sum, s) => sum + s.exercises.reduce((n, e) => n + e.sets, 0), 0);
      expect(after.length).toBe(before.length);
      expect(setsOf(after)).toBeLessThan(setsOf(before));
    });
  });

  describe('load', () => {
    it('B33: puts a logged strength session (RPE 7 × 60 min = 420) beside the runs', async () => {
      const who = await signUp(t);
      expect((await who.request('PUT', '/api/profile', exampleProfile())).statusCode).toBe(200);
      expect((await who.request('POST', '/api/plans', {})).statusCode).toBe(201);
      const logged = await who.request('PUT', `/api/log/workouts/${crypto.randomUUID()}`, {
        sessionId: 'any-session',
        performedOn: '2027-01-03',
        rpe: 7,
        durationMinutes: 60,
      });
      expect(logged.statusCode, logged.body).toBe(201);
      const uploaded = await upload(who, [
        gpxRun({ start: '2027-01-02T07:00:00Z', km: 10, minutes: 60, heartRate: 150 }),
      ]);
      expect(uploaded.statusCode, uploaded.body).toBe(200);
      const response = await who.request('GET', '/api/load?days=28');
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as {
        from: string;
        to: string;
        days: { date: string; running: number; strength: number }[];
        runLoads: { method: string; load: number }[];
        acuteChronic: { note: string };
      };
      expect(body.to).toBe('2027-01-04');
      expect(body.from).toBe('2026-12-08');
      expect(body.days).toHaveLength(28);
      expect(body.days.find((d) => d.date === '2027-01-03')?.strength).toBe(420);
      expect(
        body.days.find((d) => d.date === '2027-01-02')?.running,
        JSON.stringify(body.runLoads),
      ).toBeGreaterThan(0);
      expect(body.runLoads[0]?.method).toBe('heart-rate');
      expect(body.acuteChronic.note).toMatch(/B35/);
    });

    it('refuses a window outside 7–366 days', async () => {
      const response = await runner.request('GET', '/api/load?days=3');
      expect(response.statusCode).toBe(400);
    });
  });
});
