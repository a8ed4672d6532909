import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type APIRequestContext,
  type Cookie,
  expect,
  type Page,
  type PlaywrightWorkerArgs,
  test,
} from '@playwright/test';
import { expectAccessible, PASSWORD } from './support';

/**
 * Today and the guided player against the real server, with the browser's clock under the test's
 * control (`page.clock`): the rest timer keeps true time, the movement runs at its tempo, sets are
 * logged with one tap, and a set logged offline arrives exactly once.
 */

const PROFILE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../examples/profile.json'), 'utf8'),
) as Record<string, unknown>;

interface Tempo {
  down: number;
  holdBottom: number;
  up: number;
  holdTop: number;
}
interface PlanExercise {
  exerciseId: string;
  name: string;
  sets: number;
  reps?: number;
  seconds?: number;
  perSide: boolean;
  tempo: Tempo | null;
  restSeconds: number;
  targetRpe?: number;
}
interface Day {
  date: string;
  sessions: { id: string; title: string; skipped?: boolean; exercises: PlanExercise[] }[];
}

const writes =
  (request: APIRequestContext, origin: string) =>
  async (method: 'POST' | 'PUT', path: string, data: unknown) => {
    const response = await request.fetch(path, { method, headers: { origin }, data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(
      true,
    );
    return response.json() as Promise<unknown>;
  };

interface Runner {
  cookies: Cookie[];
  date: string;
  session: Day['sessions'][number];
}

/** One runner a project: sign-up allows 10 a minute from one address. */
const runners = new Map<string, Promise<Runner>>();

/** Signs up through the API (the e2e server allows many sign-ups a minute: playwright.config). */
const signUp = async (request: APIRequestContext, origin: string, name: string) => {
  const response = await request.fetch('/api/auth/sign-up/email', {
    method: 'POST',
    headers: { origin },
    data: {
      name,
      email: `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      password: PASSWORD,
    },
  });
  expect(response.ok(), `sign-up: ${response.status()} ${await response.text()}`).toBe(true);
};

const makeRunner = async (playwright: PlaywrightWorkerArgs['playwright'], baseURL: string) => {
  const request = await playwright.request.newContext({ baseURL });
  const send = writes(request, baseURL);
  await signUp(request, baseURL, 'Player');
  await send('PUT', '/api/profile', PROFILE);
  await send('POST', '/api/plans', {});
  const plan = (await (await request.get('/api/plan')).json()) as { days: Day[] };
  const day = plan.days.find((d) => d.sessions.some((s) => !s.skipped));
  const session = day?.sessions.find((s) => !s.skipped);
  if (!day || !session) throw new Error('the example plan has no session');
  const { cookies } = await request.storageState();
  await request.dispose();
  return { cookies, date: day.date, session };
};

/**
 * A runner with the README's example profile and its plan, signed in in this test's browser, with
 * nothing logged on the first day that has a session; answers that day and its session.
 */
const runnerWithPlan = async (
  page: Page,
  baseURL: string,
  playwright: PlaywrightWorkerArgs['playwright'],
) => {
  const project = test.info().project.name;
  let made = runners.get(project);
  if (!made) {
    made = makeRunner(playwright, baseURL);
    runners.set(project, made);
  }
  const runner = await made;
  await page.context().addCookies(runner.cookies);
  const { date } = runner;
  for (const set of await loggedSets(page, date)) {
    await page.request.delete(`/api/log/sets/${set.id}`, { headers: { origin: baseURL } });
  }
  const workouts = (await (
    await page.request.get(`/api/log/workouts?from=${date}&to=${date}`)
  ).json()) as {
    workouts: { id: string }[];
  };
  for (const w of workouts.workouts) {
    await page.request.delete(`/api/log/workouts/${w.id}`, { headers: { origin: baseURL } });
  }
  return { date, session: runner.session };
};

/**
 * The browser's clock at 07:00 on the day, paused once the page is up (unless `running`): from then
 * on only `runFor` moves time, so every countdown is exact.
 */
const openTodayAt = async (page: Page, date: string, { running = false } = {}) => {
  const start = new Date(`${date}T07:00:00`);
  await page.clock.install({ time: start });
  await page.goto('/today');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByText(/No strength session today|^Start$/).first()).toBeVisible();
  if (!running) await page.clock.pauseAt(new Date(start.getTime() + 60_000));
};

const loggedSets = async (page: Page, date: string) =>
  (
    (await (await page.request.get(`/api/log/sets?from=${date}&to=${date}`)).json()) as {
      sets: {
        id: string;
        exerciseId: string;
        setNumber: number;
        reps: number | null;
        rpe: number | null;
      }[];
    }
  ).sets;

/**
 * Start on Today opens the player's intro (what the coach changed, pain before the session);
 * "Start workout" begins the first set's get-ready. `painBefore` answers B26's question first.
 */
const startWorkout = async (page: Page, painBefore?: number) => {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  if (painBefore !== undefined)
    await page.getByLabel('Pain before you start (0–10)').selectOption(String(painBefore));
  await page.getByRole('button', { name: 'Start workout' }).click();
};

const repSeconds = (t: Tempo) => t.down + t.holdBottom + t.up + t.holdTop;

/** Starts a set from the get-ready countdown and finishes it (both sides when per side). */
const doSet = async (page: Page, exercise: PlanExercise) => {
  for (const _ of exercise.perSide ? ['left', 'right'] : ['both']) {
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('button', { name: /^Done/ }).click();
  }
};

test('today lists the session; the player counts the get-ready, runs at the tempo and rests in true time', async ({
  page,
  baseURL,
  playwright,
}) => {
  const { date, session } = await runnerWithPlan(page, baseURL ?? '', playwright);
  const first = session.exercises[0];
  if (!first?.tempo || first.reps === undefined)
    throw new Error('expected a repeated movement first');
  await openTodayAt(page, date);

  await expect(page.getByRole('heading', { name: session.title })).toBeVisible();
  await expect(page.getByText(first.name).first()).toBeVisible();
  await startWorkout(page);

  // Get ready: 5 s on the clock, then the set begins by itself.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first.name);
  await expect(page.getByRole('timer', { name: 'Get ready' })).toHaveText('5');
  await page.clock.runFor(2_000);
  await expect(page.getByRole('timer', { name: 'Get ready' })).toHaveText('3');
  await page.clock.runFor(3_000);
  await expect(page.getByRole('button', { name: /^Done/ })).toBeVisible();

  // A6: one repetition takes down + holds + up seconds of the clock, not of ticks.
  await expect(page.getByText(/Rep 1 of \d+/)).toBeVisible();
  await page.clock.runFor(repSeconds(first.tempo) * 1000 * 2 + 100);
  await expect(page.getByText(/Rep 3 of \d+/)).toBeVisible();

  await page.getByRole('button', { name: /^Done/ }).click();
  if (first.perSide) {
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Right');
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('button', { name: /^Done/ }).click();
  }
  await page.getByRole('button', { name: 'As prescribed' }).click();

  // The rest is the prescription's, counted from its end time.
  const rest = page.getByRole('timer', { name: 'Rest remaining' });
  const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  await expect(rest).toHaveText(clock(first.restSeconds));
  await page.clock.runFor(20_000);
  await expect(rest).toHaveText(clock(first.restSeconds - 20));
  // In the background the page gets no ticks; back in front it shows true time at once.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward(15_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(rest).toHaveText(clock(first.restSeconds - 35));
  await page.getByRole('button', { name: '+30 s' }).click();
  await expect(rest).toHaveText(clock(first.restSeconds - 5));
  await page.clock.runFor((first.restSeconds - 5) * 1000);
  await expect(page.getByRole('timer', { name: 'Get ready' })).toBeVisible();
  await expect(page.getByText(`Set 2 of ${first.sets} ·`)).toBeVisible();
});

test('"As prescribed" logs each set as done with one tap, and the workout at the end with the pain before it', async ({
  page,
  baseURL,
  playwright,
}) => {
  const { date, session } = await runnerWithPlan(page, baseURL ?? '', playwright);
  const first = session.exercises[0];
  if (!first) throw new Error('no exercise');
  await openTodayAt(page, date);
  await startWorkout(page, 2);

  for (let set = 1; set <= first.sets; set++) {
    await doSet(page, first);
    await page.getByRole('button', { name: 'As prescribed' }).click();
    await page.getByRole('button', { name: 'Skip rest' }).click();
  }
  await expect
    .poll(async () =>
      (await loggedSets(page, date)).map((s) => [s.exerciseId, s.setNumber, s.reps, s.rpe]),
    )
    .toEqual(
      Array.from({ length: first.sets }, (_, i) => [
        first.exerciseId,
        i + 1,
        first.reps ?? null,
        first.targetRpe ?? null,
      ]),
    );

  // Twenty minutes later the runner ends the workout: its RPE and the measured minutes are logged.
  await page.clock.runFor(20 * 60_000);
  await page.getByRole('button', { name: 'End workout' }).click();
  await expect(page.getByLabel('Minutes')).toHaveValue('20');
  await page.getByLabel('Session effort (RPE 1–10)').selectOption('7.5');
  await page.getByRole('button', { name: 'Save workout' }).click();
  await expect(page.getByRole('heading', { name: 'Workout saved' })).toBeVisible();
  await expect
    .poll(async () =>
      (
        (await (await page.request.get(`/api/log/workouts?from=${date}&to=${date}`)).json()) as {
          workouts: {
            sessionId: string;
            rpe: number;
            durationMinutes: number;
            painBefore: number | null;
            painNextMorning: number | null;
          }[];
        }
      ).workouts.map((w) => [
        w.sessionId,
        w.rpe,
        w.durationMinutes,
        w.painBefore,
        w.painNextMorning,
      ]),
    )
    .toEqual([[session.id, 7.5, 20, 2, null]]);
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page.getByText('Done today')).toBeVisible();
});

test('a hold counts down its prescribed seconds on the clock', async ({
  page,
  baseURL,
  playwright,
}) => {
  const { date, session } = await runnerWithPlan(page, baseURL ?? '', playwright);
  const holdIndex = session.exercises.findIndex((e) => e.seconds !== undefined);
  const hold = session.exercises[holdIndex];
  if (!hold?.seconds) throw new Error('the example session has no hold');
  await openTodayAt(page, date);
  await startWorkout(page);
  for (let i = 0; i < holdIndex; i++)
    await page.getByRole('button', { name: 'Skip this exercise' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(hold.name);
  await page.clock.runFor(5_000);
  const timer = page.getByRole('timer', { name: 'Hold remaining' });
  await expect(timer).toHaveText(`0:${String(hold.seconds).padStart(2, '0')}`);
  await page.clock.runFor((hold.seconds - 10) * 1000);
  await expect(timer).toHaveText('0:10');
  await page.clock.runFor(10_000);
  await expect(page.getByRole('button', { name: 'As prescribed' })).toBeVisible();
});

test('the player works from the keyboard: Space presses the main button', async ({
  page,
  baseURL,
  playwright,
}) => {
  const { date, session } = await runnerWithPlan(page, baseURL ?? '', playwright);
  const first = session.exercises[0];
  if (!first) throw new Error('no exercise');
  await openTodayAt(page, date);
  await startWorkout(page);
  await expect(page.getByRole('timer', { name: 'Get ready' })).toBeVisible();
  const sides = first.perSide ? 2 : 1;
  for (let i = 0; i < sides; i++) {
    await page.keyboard.press('Space'); // Start now
    await expect(page.getByRole('button', { name: /^Done/ })).toBeFocused();
    await page.keyboard.press('Space'); // Done
  }
  await expect(page.getByRole('button', { name: 'As prescribed' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer', { name: 'Rest remaining' })).toBeVisible();
  await expect.poll(async () => (await loggedSets(page, date)).length).toBe(1);
});

test('offline: a set logged without a connection is kept on the device and arrives exactly once', async ({
  page,
  context,
  baseURL,
  playwright,
}) => {
  const { date, session } = await runnerWithPlan(page, baseURL ?? '', playwright);
  const first = session.exercises[0];
  if (!first) throw new Error('no exercise');
  await context.clock.install({ time: new Date(`${date}T07:00:00`) });
  await page.goto('/today');
  await startWorkout(page);

  await context.setOffline(true);
  await doSet(page, first);
  await page.getByRole('button', { name: 'As prescribed' }).click();
  await expect(page.getByText('1 set waiting to send (offline)')).toBeVisible();
  expect(await loggedSets(page, date)).toEqual([]);

  // The tab closes before the connection comes back: the set is in IndexedDB.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto('/today');
  await expect.poll(async () => (await loggedSets(again, date)).length).toBe(1);
  await expect(again.getByText(/waiting to send/)).toHaveCount(0);

  // Back online in the same tab: the `online` event sends what waits, once.
  await again.getByRole('button', { name: /^(Start|Resume)$/ }).click();
  await again.getByRole('button', { name: 'Skip rest' }).click();
  await context.setOffline(true);
  await doSet(again, first);
  await again.getByRole('button', { name: 'As prescribed' }).click();
  await expect(again.getByText('1 set waiting to send (offline)')).toBeVisible();
  await context.setOffline(false);
  await expect.poll(async () => (await loggedSets(again, date)).length).toBe(2);
  await again.waitForTimeout(1_000);
  const sets = await loggedSets(again, date);
  expect(sets.map((s) => s.setNumber)).toEqual([1, 2]);
  expect(new Set(sets.map((s) => s.id)).size).toBe(2);
});

test('a day without a session says why, and when the next one is', async ({
  page,
  baseURL,
  playwright,
}) => {
  const { date } = await runnerWithPlan(page, baseURL ?? '', playwright);
  // The example plan starts on a Monday, a rest day from running with no session (A1).
  const monday = String(PROFILE.startDate);
  expect(monday < date).toBe(true);
  await openTodayAt(page, monday, { running: true });
  await expect(page.getByRole('heading', { name: 'No strength session today' })).toBeVisible();
  await expect(page.getByText(/\(A\d+\)|\(B\d+\)/).first()).toBeVisible();
  await expect(page.getByText(/^Next:/)).toContainText('Tuesday 5 January 2027');
  await expectAccessible(page);
});

test('without a plan, Today sends the runner to make one', async ({ page, baseURL }) => {
  // One viewport is enough, and spares a sign-up.
  test.skip(test.info().project.name !== 'phone', 'the same screen in both viewports');
  await signUp(page.request, baseURL ?? '', 'New');
  await page.goto('/today');
  await expect(page.getByText('You have no plan yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Make your plan' }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
});

test('Today and the player pass an accessibility scan at each step', async ({
  page,
  baseURL,
  playwright,
}) => {
  const { date, session } = await runnerWithPlan(page, baseURL ?? '', playwright);
  const first = session.exercises[0];
  if (!first) throw new Error('no exercise');
  // axe waits on timers of its own: the clock runs, and the countdown is paused while it looks.
  await openTodayAt(page, date, { running: true });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(session.title);
  await page.getByLabel('Pain before you start (0–10)').selectOption('6');
  await expect(
    page.getByText(/6\/10: stop: above 5\/10 the pain gate says not to load/),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Start workout' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: /^Done/ }).click();
  if (first.perSide) {
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('button', { name: /^Done/ }).click();
  }
  await page.getByRole('button', { name: 'Enter what I did' }).click();
  await expectAccessible(page);
  await page.getByLabel('Pain (0–10)').selectOption('6');
  await expect(
    page.getByText('6/10: stop: above 5/10 the pain gate says stop this exercise.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Log set' }).click();
  await expect(page.getByRole('alert')).toContainText('the pain gate says stop');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'End this exercise' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    session.exercises[1]?.name ?? '',
  );
});
