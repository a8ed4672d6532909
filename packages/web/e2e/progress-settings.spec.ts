import { randomUUID } from 'node:crypto';
import { type BrowserContext, type Cookie, expect, type Page, test } from '@playwright/test';
import {
  type Api,
  addDays,
  apiOf,
  expectAccessible,
  isoDate,
  mondayOf,
  PASSWORD,
  screenshotter,
} from './support';

/**
 * Progress, settings and the installable shell, against the real server: the runner is made
 * through the API (sign-up, a profile started three weeks ago, a plan, a few logged sets), then
 * the screens are read the way a runner reads them.
 */

const screenshot = screenshotter('');

const today = isoDate(new Date());
let passwordCount = 0;
/** A new password each time the password test runs in this worker. */
const testInfoSuffix = () => `again ${++passwordCount}`;

/** Three weeks into an eight-week plan, metric, dumbbells to 24 kg and a medium band. */
const PROFILE = {
  version: 1,
  startDate: addDays(mondayOf(today), -21),
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
  equipment: { bands: ['medium'], dumbbells: { maxKg: 24 }, pullUpBar: false },
  injuries: [],
};

/**
 * One runner per worker: the server allows ten sign-ups a minute from one address, and both
 * projects (and other specs) sign up. The tests below share it, each resetting what it reads;
 * signing out uses a session of its own, and deleting the account comes last.
 */
const runner = { email: '', password: PASSWORD, cookies: [] as Cookie[] };

/**
 * Goblet squats logged at 20, 22 and 24 kg and a plank held, under the plan's own last three past
 * strength sessions (so they count as done), each with a workout summary (RPE 7, 35 minutes).
 */
test.beforeAll(async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const api = apiOf(context.request, new URL(baseURL ?? '').origin);
  runner.email = `progress-${randomUUID()}@example.com`;
  runner.password = PASSWORD;
  await api('POST', '/api/auth/sign-up/email', {
    name: 'Progress',
    email: runner.email,
    password: PASSWORD,
  });
  await api('PUT', '/api/profile', PROFILE);
  await api('POST', '/api/plans', {});
  const plan = (await api('GET', `/api/plan?to=${addDays(today, -1)}`)) as {
    days: { date: string; sessions: { id: string; kind: string }[] }[];
  };
  const past = plan.days
    .flatMap((day) => day.sessions.map((s) => ({ ...s, date: day.date })))
    .filter((s) => s.kind === 'strength')
    .slice(-3);
  expect(past.length).toBe(3);
  for (const [index, session] of past.entries()) {
    for (const setNumber of [1, 2]) {
      await api('PUT', `/api/log/sets/${randomUUID()}`, {
        sessionId: session.id,
        exerciseId: 'goblet-squat',
        setNumber,
        performedOn: session.date,
        reps: 8,
        loadKg: 20 + 2 * index,
      });
    }
    await api('PUT', `/api/log/sets/${randomUUID()}`, {
      sessionId: session.id,
      exerciseId: 'plank',
      setNumber: 1,
      performedOn: session.date,
      seconds: 40 + 5 * index,
    });
    await api('PUT', `/api/log/workouts/${randomUUID()}`, {
      sessionId: session.id,
      performedOn: session.date,
      rpe: 7,
      durationMinutes: 35,
    });
  }
  runner.cookies = await context.cookies();
  await context.close();
});

/** The shared runner signed in on this test's page, with the profile as it started. */
const signedIn = async (context: BrowserContext, baseURL: string | undefined): Promise<Api> => {
  await context.addCookies(runner.cookies);
  const api = apiOf(context.request, new URL(baseURL ?? '').origin);
  await api('PUT', '/api/profile', PROFILE);
  return api;
};

/** Waits until every chart on the page has drawn (uPlot loads on demand). */
const chartsDrawn = async (page: Page, count: number) => {
  await expect(page.locator('.uplot canvas')).toHaveCount(count);
};

test('progress shows the logged sets in kg, then in lb once settings say imperial', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  await signedIn(context, baseURL);

  await page.goto('/progress');
  await expect(page.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible();
  const exercise = page.getByLabel('Exercise', { exact: true });
  await expect(exercise).toHaveValue('goblet-squat'); // logged most recently, first by name
  const table = page.getByRole('table', { name: 'Goblet squat, day by day' });
  await expect(table).toContainText('8 × 24 kg');
  await expect(table).toContainText('8 × 20 kg');
  await expect(table).toContainText('384 kg'); // the 24 kg day's volume load: 2 × 8 × 24
  await expect(page.getByRole('table', { name: 'Strength volume by week' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sessions done by plan week' })).toBeVisible();
  await expect(page.getByText(/3 of \d+ planned sessions done/)).toBeVisible();
  // No runs imported: the strength sessions' load alone (RPE 7 × 35 min each).
  const load = page.getByRole('table', { name: 'Training load by week' });
  await expect(load).toContainText('245');
  await expect(page.getByText('No runs in these weeks.')).toBeVisible();
  // Exercise (reps, load), weekly (sets, volume), training load (daily, fitness) and adherence.
  await chartsDrawn(page, 7);
  await expectAccessible(page);
  await screenshot(page, 'progress', testInfo.project.name);

  await exercise.selectOption('plank');
  await expect(page.getByRole('table', { name: 'Plank, day by day' })).toContainText('50 s');
  await expect(page.getByText('No load logged for Plank')).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByText(`Signed in as ${runner.email}`)).toBeVisible();
  await page.getByLabel('Imperial (lb, in)').check();
  await expect(page.getByLabel('Heaviest dumbbell (lb)')).toHaveValue('52.9');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // Units change how loads are written, not the plan: no new plan is offered.
  await expect(page.getByRole('button', { name: 'Regenerate from today' })).toHaveCount(0);

  await page.goto('/progress');
  const inPounds = page.getByRole('table', { name: 'Goblet squat, day by day' });
  await expect(inPounds).toContainText('8 × 52.9 lb');
  await expect(inPounds).not.toContainText('kg');
});

test('settings: new equipment offers to regenerate the weeks ahead, never silently', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  const api = await signedIn(context, baseURL);
  const versions = async () =>
    ((await api('GET', '/api/plans')) as { versions: unknown[] }).versions.length;
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Heaviest dumbbell (kg)')).toHaveValue('24');
  await expectAccessible(page);
  await screenshot(page, 'settings', testInfo.project.name);

  await page.getByLabel('Barbell').check();
  await page.getByLabel('Knee').selectOption('history');
  await page.getByLabel('Kettlebells (kg)').fill('12, sixteen');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('Kettlebells (kg)')).toHaveAccessibleDescription(
    /Enter weights in kg separated by commas/,
  );
  await page.getByLabel('Kettlebells (kg)').fill('12, 16');
  const before = await versions();
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByText('Your past weeks stay as they were')).toBeVisible();
  expect(await versions()).toBe(before); // saved, not regenerated
  const profile = (await api('GET', '/api/profile')) as {
    profile: { equipment: { barbell: boolean; kettlebells: { kg: number[] } } };
  };
  expect(profile.profile.equipment.barbell).toBe(true);
  expect(profile.profile.equipment.kettlebells.kg).toEqual([12, 16]);
  await expectAccessible(page);
  await screenshot(page, 'settings-regenerate-offer', testInfo.project.name);

  await page.getByRole('button', { name: 'Regenerate from today' }).click();
  await expect(page.getByText('your plan from today on now uses your new equipment')).toBeVisible();
  expect(await versions()).toBe(before + 1);
});

test('settings: password, calendar link and data export', async ({ page, context, baseURL }) => {
  const api = await signedIn(context, baseURL);
  await api('DELETE', '/api/calendar/token');
  await page.goto('/settings');

  // A wrong current password is told next to that field.
  const next = `${PASSWORD} ${testInfoSuffix()}`;
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription(
    'That is not your current password.',
  );
  await page.getByLabel('Current password').fill(runner.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();
  runner.password = next;

  // Calendar: make a link, then a new one, which says the old one stops.
  await expect(page.getByText('No active link.')).toBeVisible();
  await page.getByRole('button', { name: 'Make a calendar link' }).click();
  const link = page.getByLabel('Your calendar link (shown this once)');
  await expect(link).toHaveValue(/\/api\/calendar\/[\w-]+\.ics$/);
  const first = await link.inputValue();
  expect((await page.request.get(first)).status()).toBe(200);
  await page.getByRole('button', { name: 'Make a new link' }).click();
  await expect(page.getByText('The current one stops working at once')).toBeVisible();
  await page.getByRole('button', { name: 'Make a new link' }).click();
  await expect(page.getByText('The old one has stopped working')).toBeVisible();
  await expect(link).not.toHaveValue(first);
  expect((await page.request.get(first)).status()).toBe(404);
  await page.getByRole('button', { name: 'Turn off the link' }).click();
  await page.getByRole('button', { name: 'Turn off the link' }).click();
  await expect(page.getByText('No active link.')).toBeVisible();

  // Export: a JSON file named after today.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`runstrong-export-${today}.json`);
});

test('the app installs: manifest, service worker, and the plan and profile kept for offline', async ({
  page,
  context,
  baseURL,
}) => {
  const manifest = await page.request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({
    name: 'RunStrong',
    start_url: '/today',
    display: 'standalone',
    theme_color: '#0f766e',
  });
  const worker = await page.request.get('/sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['content-type']).toMatch(/javascript/);

  await signedIn(context, baseURL);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  // The worker installs, precaches the shell and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  const online = await page.evaluate(async () => {
    const profile = await fetch('/api/profile');
    await fetch('/api/auth/get-session');
    return profile.status;
  });
  expect(online).toBe(200);

  await context.setOffline(true);
  const offline = await page.evaluate(async () => {
    const profile = await fetch('/api/profile').catch(() => null);
    const cache = await caches.open('runstrong-api');
    const cached = (await cache.keys()).map((request) => new URL(request.url).pathname);
    return { status: profile?.status ?? 0, cached };
  });
  expect(offline.status).toBe(200);
  expect(offline.cached).toContain('/api/profile');
  expect(offline.cached.some((path) => path.startsWith('/api/auth'))).toBe(false);
  // The shell itself opens offline (index.html from the precache).
  await page.reload();
  await expect(page.locator('#root')).not.toBeEmpty();
  await context.setOffline(false);
});

test('settings: signing out goes to sign-in and empties the offline copy', async ({
  page,
  baseURL,
}) => {
  // A session of its own: signing out ends only this one.
  const signIn = await page.request.post('/api/auth/sign-in/email', {
    headers: { origin: new URL(baseURL ?? '').origin },
    data: { email: runner.email, password: runner.password },
  });
  expect(signIn.status()).toBe(200);
  await page.goto('/settings');
  await page.evaluate(async () => {
    const cache = await caches.open('runstrong-api');
    await cache.put('/api/profile', new Response('{}'));
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await page.evaluate(() => caches.has('runstrong-api'))).toBe(false);
  await page.goto('/progress');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('settings: deleting the account needs "delete" and the password, then goes to sign-up', async ({
  page,
  context,
  baseURL,
}) => {
  await signedIn(context, baseURL);
  await page.goto('/settings');
  await page.getByLabel('Password', { exact: true }).fill(runner.password);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByLabel('Type "delete" to confirm')).toHaveAccessibleDescription(
    'Type the word delete to confirm.',
  );
  await page.getByLabel('Type "delete" to confirm').fill('delete');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  const signIn = await page.request.post('/api/auth/sign-in/email', {
    headers: { origin: new URL(baseURL ?? '').origin },
    data: { email: runner.email, password: runner.password },
  });
  expect(signIn.status()).toBe(401);
});
