import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { type Cookie, expect, type Page, type Route, test } from '@playwright/test';
import {
  addDays,
  apiOf,
  expectAccessible,
  isoDate,
  mondayOf,
  PASSWORD,
  screenshotter,
} from './support';

/**
 * Issue 5 in the browser, against the real server: a new runner signs up and makes a plan, then
 * on Runs cancels an upload, uploads two real recordings and a file of random bytes (progress to
 * 100 %, the counts, the bad file's problem with its code, the runs listed with their class),
 * uploads a recent run beside one already stored, deletes one, and reads the run's load beside
 * strength on Progress. Then runs dropped on the upload area show a usual running week, which
 * becomes the profile's and remakes the plan from today; a jump in running lightens the coming
 * sessions, and Today and the plan say so. Each screen is checked with axe and kept at phone and
 * desktop size.
 */

const shoot = screenshotter('runs');

const REPO = resolve(import.meta.dirname, '../../..');
/** Real recordings, in `shared/` beside the checkout (as CI lays it out). */
const FIXTURES = resolve(REPO, '../shared/fixtures/activities');
/** Two runs with heart rate; the GPX has no sport in it, so it is stored as "other". */
const TCX_WORKOUT = join(FIXTURES, 'tcx/garmin-fr945-run-workout-16laps.tcx');
const TCX_RUN = join(FIXTURES, 'tcx/garmin-fr410-run-3laps-hr.tcx');
const GPX_NO_SPORT = join(FIXTURES, 'gpx/garmin-connect-run-hr.gpx');

/** A file for the picker, as Playwright takes several of them at once. */
const fileOf = (path: string, name = basename(path)) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(path),
});

const STAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g;

/**
 * A real recording moved in time to start on `date` at 07:00 UTC, every timestamp shifted alike:
 * the same run, recent enough for the last weeks' load and running week.
 */
const recordedOn = (path: string, date: string) => {
  const text = readFileSync(path, 'utf8');
  const first = Math.min(...[...text.matchAll(STAMP)].map((m) => Date.parse(m[0])));
  const shift = Date.parse(`${date}T07:00:00Z`) - first;
  return {
    name: `${date}-${basename(path)}`,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(
      text.replace(STAMP, (stamp) => new Date(Date.parse(stamp) + shift).toISOString()),
    ),
  };
};

/**
 * One runner a project, made by the first test through the sign-up form and reused (its data
 * reset) by the next, so this spec spends one of the ten sign-ups a minute the server allows.
 */
let runnerCookies: Cookie[] | undefined;

/** Signs up through the form. */
const signUpThroughForm = async (page: Page, email: string) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  runnerCookies = await page.context().cookies();
};

test('runs: upload with progress and cancel, each file’s outcome, the list, the training load', async ({
  page,
}, testInfo) => {
  const project = testInfo.project.name;

  // A new runner with a plan, through the real screens.
  await signUpThroughForm(page, `runs-${project}-${Date.now()}@example.com`);
  await page.getByRole('button', { name: 'Save and make my plan' }).click();
  await expect(page).toHaveURL(/\/plan$/);

  // Runs, from the navigation: nothing yet, and what to upload.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' }).click();
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole('heading', { name: 'Runs', level: 1 })).toBeVisible();
  await expect(page.getByText('No runs yet.')).toBeVisible();
  await expect(page.getByText('Request your archive')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'empty', project);

  const input = page.getByLabel('Choose run files');
  const progress = page.getByRole('progressbar');

  // Cancel: the request is held before it reaches the server, then cancelled from the page.
  let held: Route | undefined;
  await page.route('**/api/activities', (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    held = route;
  });
  await input.setInputFiles(fileOf(TCX_WORKOUT));
  await expect(progress).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel upload' })).toBeVisible();
  await expect.poll(() => held !== undefined).toBe(true);
  await page.getByRole('button', { name: 'Cancel upload' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Upload cancelled.' })).toBeVisible();
  await held?.abort().catch(() => undefined);
  await page.unroute('**/api/activities');
  await expect(page.getByText('No runs yet.')).toBeVisible();

  // Nothing but a file of random bytes: refused, and said why, file by file.
  await input.setInputFiles({
    name: 'noise.fit',
    mimeType: 'application/octet-stream',
    buffer: randomBytes(2048),
  });
  const refused = page.getByRole('alert').filter({ hasText: '(code no-activities)' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('list', { name: 'Problems by file' })).toContainText('noise.fit');
  await expect(page.getByText('No runs yet.')).toBeVisible();

  // Two real recordings and one file of random bytes, in one upload.
  await input.setInputFiles([
    fileOf(TCX_WORKOUT),
    fileOf(TCX_RUN),
    { name: 'bad.fit', mimeType: 'application/octet-stream', buffer: randomBytes(4096) },
  ]);
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(progress).toHaveAttribute('aria-valuetext', /sent \(100 %\)$/);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '2 runs imported, 0 already stored, 0 duplicates merged.' }),
  ).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems by file' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('bad.fit');
  await expect(problems.locator('code')).toHaveText(/^[a-z-]+$/);

  const runs = page.getByRole('list', { name: 'Your runs' });
  /** One item per activity (a run's reasons are lists of their own inside it). */
  const items = runs.locator(':scope > li');
  await expect(items).toHaveCount(2);
  for (const item of await items.all()) {
    await expect(item).toContainText(/Easy run|Quality run|Long run/);
    // Onboarding picks units from the browser's locale: km or miles.
    await expect(item).toContainText(/\d+\.\d\d (km|mi)/);
    await expect(item).toContainText(/\d+:\d\d \/(km|mi)/);
  }
  // The reasons behind a class open from its "Why".
  const why = runs.getByText(/^Why “/).first();
  await why.click();
  await expect(runs.locator('details[open] li').first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'imported', project);

  // A recent run, a GPX with no sport in it, and a run already stored.
  await input.setInputFiles([
    recordedOn(TCX_RUN, addDays(isoDate(new Date()), -2)),
    fileOf(GPX_NO_SPORT),
    fileOf(TCX_WORKOUT),
  ]);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '2 activities imported, 1 already stored, 0 duplicates merged.' }),
  ).toBeVisible();
  await expect(items).toHaveCount(4);
  const other = items.filter({ hasText: 'Other activity' });
  await expect(other).toHaveCount(1);
  await expect(other).not.toContainText(/Easy run|Quality run|Long run/);

  // Deleting asks first; then it is gone.
  await other.getByRole('button', { name: 'Delete' }).click();
  await expect(other.getByText(/^Delete this other activity/)).toBeVisible();
  await other.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'Other activity' })).toHaveCount(0);

  // Progress: the recent run's load beside strength, week by week, and how it was counted.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Progress' })
    .click();
  await expect(page.getByRole('heading', { name: 'Training load', level: 2 })).toBeVisible();
  const weeks = page.getByRole('table', { name: 'Training load by week' });
  await expect(weeks).toBeVisible();
  const runningCells = weeks.locator('tbody tr td:nth-child(2)');
  await expect
    .poll(async () => (await runningCells.allInnerTexts()).some((text) => text.trim() !== '0'))
    .toBe(true);
  const runLoads = page.getByRole('table', { name: 'Run load by method' });
  await expect(runLoads.locator('tbody tr')).toHaveCount(1);
  await expect(runLoads).toContainText(/Heart rate|RPE|Duration only/);
  await expect(page.getByText(/acute:chronic ratio/i)).toBeVisible();
  await expect(page.locator('.uplot canvas').first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'progress', project);
});

interface RunningWeekAnswer {
  suggestion: { runningWeek: Record<string, string>; evidence: string[] } | null;
  differs: boolean;
}

test('runs: the usual running week from imported runs becomes the profile’s, and the plan follows', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  const project = testInfo.project.name;
  const today = isoDate(new Date());
  const origin = new URL(baseURL ?? '').origin;
  const api = apiOf(page.request, origin);
  // The first test's runner, with no runs left; a runner of its own when run alone.
  if (runnerCookies) {
    await context.addCookies(runnerCookies);
    const { activities } = (await api('GET', '/api/activities')) as {
      activities: { id: string }[];
    };
    for (const { id } of activities) await api('DELETE', `/api/activities/${id}`);
  } else {
    const response = await page.request.fetch('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { origin },
      data: {
        name: 'Week',
        email: `runs-week-${project}-${Date.now()}@example.com`,
        password: PASSWORD,
      },
    });
    expect(response.status()).toBe(200);
  }
  await api('PUT', '/api/profile', {
    version: 1,
    startDate: mondayOf(today),
    weeks: 8,
    experience: 'intermediate',
    units: 'metric',
    sessionsPerWeek: 2,
    minutesPerSession: 35,
    runningWeek: {
      mon: 'rest',
      tue: 'quality',
      wed: 'easy',
      thu: 'quality',
      fri: 'rest',
      sat: 'long',
      sun: 'easy',
    },
    equipment: { bands: ['medium'], dumbbells: { maxKg: 24 } },
    injuries: [],
  });
  await api('POST', '/api/plans', {});
  const versions = async () =>
    ((await api('GET', '/api/plans')) as { versions: unknown[] }).versions.length;
  const before = await versions();

  // The same real run on the Tuesday and Friday of each of the last three complete weeks.
  const monday = mondayOf(today);
  const days = [-6, -3, -13, -10, -20, -17].map((offset) => addDays(monday, offset));
  await page.goto('/runs');
  // Dropped on the upload area this time, as files dragged from a folder are.
  const files = days.map((day) => recordedOn(TCX_RUN, day));
  const dropped = await page.evaluateHandle(
    (all) => {
      const transfer = new DataTransfer();
      for (const file of all) transfer.items.add(new File([file.text], file.name));
      return transfer;
    },
    files.map((file) => ({ name: file.name, text: file.buffer.toString('utf8') })),
  );
  const area = page.locator('fieldset').filter({ has: page.getByLabel('Choose run files') });
  await area.dispatchEvent('dragover', { dataTransfer: dropped });
  await area.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(
    page.getByRole('status').filter({ hasText: '6 runs imported, 0 already stored' }),
  ).toBeVisible();

  const answer = (await api('GET', '/api/activities/running-week')) as RunningWeekAnswer;
  expect(answer.differs).toBe(true);
  const card = page.getByRole('region', { name: 'Your usual running week' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('list', { name: 'Suggested running week' })).toContainText(/Tue/);
  await expect(card.getByRole('list', { name: 'Why this week' }).getByRole('listitem')).toHaveCount(
    answer.suggestion?.evidence.length ?? -1,
  );
  await expectAccessible(page);
  await shoot(page, 'running-week', project);

  await card.getByRole('button', { name: 'Use this running week' }).click();
  await expect(card.getByText('Saved. Update your plan too?')).toBeVisible();
  const profile = (await api('GET', '/api/profile')) as {
    profile: { runningWeek: Record<string, string> };
  };
  expect(profile.profile.runningWeek).toEqual(answer.suggestion?.runningWeek);
  expect(await versions()).toBe(before); // saved, not regenerated yet

  await card.getByRole('button', { name: 'Regenerate from today' }).click();
  await expect(
    card.getByText('your plan from today on now follows this running week'),
  ).toBeVisible();
  expect(await versions()).toBe(before + 1);

  // Three runs in the last three days: more running than the weeks before, so the strength
  // sessions of the coming week get lighter, and the runner is told where and why.
  await page
    .getByLabel('Choose run files')
    .setInputFiles([1, 2, 3].map((back) => recordedOn(TCX_RUN, addDays(today, -back))));
  await expect(page.getByRole('heading', { name: 'Your plan changed' })).toBeVisible();
  await expect(page.getByText(/^Your plan changed: .*in the last 7 days/)).toBeVisible();
  await shoot(page, 'plan-changed', project);

  const plan = (await api('GET', '/api/plan')) as {
    days: { date: string; sessions: { adaptations?: { what: string; why: string }[] }[] }[];
  };
  const adapted = plan.days.find((day) => day.sessions.some((s) => s.adaptations?.length));
  const adaptation = adapted?.sessions.find((s) => s.adaptations?.length)?.adaptations?.[0];
  expect(adaptation).toBeDefined();

  // On that day, Today and the plan say what changed and why, in words.
  await page.clock.install({ time: new Date(`${adapted?.date}T08:00:00`) });
  await page.goto('/today');
  const note = page.getByText('The coach changed this').first();
  await expect(note).toBeVisible();
  await expect(note.locator('..')).toContainText(/Your running rose/);
  await expectAccessible(page);
  await shoot(page, 'today-changed', project);
  await page.goto('/plan');
  await expect(page.getByText('The coach changed this').first()).toBeVisible();
  await expectAccessible(page);
});
