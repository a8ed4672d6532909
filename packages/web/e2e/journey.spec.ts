import { expect, test } from '@playwright/test';
import { expectAccessible, screenshotter } from './support';

/**
 * Issue 4's journey through the real UI: sign up → onboarding → the plan shows 2 sessions a week
 * on allowed days → moving one onto the day before the long run is refused with A2 → today's
 * session played with the clock under control → its sets logged → progress shows them. Each
 * screen is checked with axe and kept as a screenshot at phone and desktop size.
 */

const shoot = screenshotter('journey');

interface PlanDay {
  date: string;
  weekday: string;
  run: string;
  sessions: {
    id: string;
    kind: string;
    skipped?: boolean;
    exercises: { exerciseId: string; name: string }[];
  }[];
}

test('sign up, onboard, see and move the plan, play today, log, see progress', async ({
  page,
}, testInfo) => {
  const project = testInfo.project.name;
  // Wednesday 6 January 2027: onboarding's default start is the next Monday, 11 January.
  await page.clock.install({ time: new Date('2027-01-06T09:00:00') });

  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await shoot(page, 'sign-up', project);
  await expectAccessible(page);
  await page.getByLabel('Email').fill(`journey-${project}-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();

  // Onboarding: the defaults are a complete week; the live preview shows the first weeks.
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByLabel('Plan preview')).toContainText(/Week 1/);
  await shoot(page, 'onboarding', project);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save and make my plan' }).click();

  // The plan: 2 sessions a week, never consecutive, never the day before the long run (A1, A2).
  await expect(page).toHaveURL(/\/plan$/);
  const plan = (await (await page.request.get('/api/plan')).json()) as { days: PlanDay[] };
  const strengthDays = plan.days.filter((d) => d.sessions.some((s) => s.kind === 'strength'));
  const firstWeek = strengthDays.filter((d) => d.date < '2027-01-18');
  expect(firstWeek).toHaveLength(2);
  const runOn = new Map(plan.days.map((d) => [d.date, d.run]));
  for (const day of strengthDays) {
    const next = new Date(`${day.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(runOn.get(next.toISOString().slice(0, 10))).not.toBe('long');
  }
  await shoot(page, 'plan', project);
  await expectAccessible(page);

  // Moving the week's first session onto Saturday, the day before Sunday's long run, is refused.
  const first = firstWeek[0] as PlanDay;
  const weekday = new Date(`${first.date}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  await page
    .getByRole('button', { name: `Move ${weekday}'s session` })
    .first()
    .click();
  await page.getByRole('button', { name: /^Sat 16 Jan/ }).click();
  await expect(page.getByText(/A2: /).first()).toBeVisible();
  await shoot(page, 'plan-move-refused', project);
  const unchanged = (await (
    await page.request.get(`/api/plan?from=${first.date}&to=${first.date}`)
  ).json()) as { days: PlanDay[] };
  expect(unchanged.days[0]?.sessions.map((s) => s.id)).toEqual(first.sessions.map((s) => s.id));

  // Today, on the first session's morning: play the first set, log it as prescribed.
  await page.clock.setSystemTime(new Date(`${first.date}T07:00:00`));
  await page.goto('/today');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await shoot(page, 'today', project);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByLabel('Pain before you start (0–10)')).toBeVisible();
  await page.getByRole('button', { name: 'Start workout' }).click();
  await page.clock.runFor(5_000);
  await shoot(page, 'player', project);
  await expectAccessible(page);
  const exercise = first.sessions[0]?.exercises[0];
  for (const _side of ['first', 'second']) {
    const done = page.getByRole('button', { name: /^Done/ });
    if (!(await done.isVisible())) await page.getByRole('button', { name: 'Start now' }).click();
    await done.click();
    if (await page.getByRole('button', { name: 'As prescribed' }).isVisible()) break;
  }
  await page.getByRole('button', { name: 'As prescribed' }).click();
  await expect
    .poll(async () => {
      const logged = (await (
        await page.request.get(`/api/log/sets?from=${first.date}&to=${first.date}`)
      ).json()) as {
        sets: { exerciseId: string }[];
      };
      return logged.sets.map((s) => s.exerciseId);
    })
    .toEqual([exercise?.exerciseId]);

  // Progress shows the logged set.
  await page.goto('/progress');
  await expect(page.getByRole('table', { name: `${exercise?.name}, day by day` })).toBeVisible();
  await shoot(page, 'progress', project);
  await expectAccessible(page);
});
