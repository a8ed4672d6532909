import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

/** What the e2e specs share: where screenshots go, the test password, dates, axe, API writes. */

export const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/screenshots');
export const PASSWORD = 'correct horse battery';

/** Screenshots at `<prefix>-<name>-<project>.png` (no prefix: `<name>-<project>.png`), full page. */
export const screenshotter =
  (prefix: string) =>
  async (page: Page, name: string, project: string): Promise<void> => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({
      path: join(SCREENSHOTS, `${prefix ? `${prefix}-` : ''}${name}-${project}.png`),
      fullPage: true,
    });
  };

/** No serious or critical axe violation on the page, each named with where it is. */
export const expectAccessible = async (page: Page): Promise<void> => {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(bad).toEqual([]);
};

export const pad = (n: number): string => String(n).padStart(2, '0');
/** The local calendar date of a Date, as the browser and the runner see it. */
export const isoDate = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Calendar arithmetic on YYYY-MM-DD (at noon UTC, so no daylight-saving edge moves a day). */
export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
export const mondayOf = (date: string): string =>
  addDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

export type Api = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  data?: unknown,
) => Promise<unknown>;

/** Every write from this origin, as the app's own fetches are (the server checks Origin). */
export const apiOf =
  (request: APIRequestContext, origin: string): Api =>
  async (method, path, data) => {
    const response = await request.fetch(path, {
      method,
      headers: { origin },
      ...(data === undefined ? {} : { data }),
    });
    const text = await response.text();
    expect(response.ok(), `${method} ${path}: ${response.status()} ${text}`).toBe(true);
    return text ? JSON.parse(text) : undefined;
  };
