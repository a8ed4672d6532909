import type { Plan } from '@runstrong/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exampleProfile, run } from '../testing/run-main';

interface Event {
  uid: string;
  start: string;
  summary: string;
  description: string;
  allDay: boolean;
}

const parseIcs = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: Event[] = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      start: start.toString(),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: String(vevent.getFirstPropertyValue('description')),
      allDay: start.isDate,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
};

const sessionsOf = (plan: Plan) =>
  plan.weeks.flatMap((w) =>
    w.days.flatMap((d) =>
      d.sessions
        .filter((s) => ['strength', 'activation', 'rehab'].includes(s.kind))
        .map((s) => ({ session: s, date: d.date })),
    ),
  );

const exportBoth = async (file: string, files?: Record<string, string>) => {
  const options = files ? { files } : {};
  const json = await run(['plan', '--profile', file], options);
  const ics = await run(['plan', '--profile', file, '--format', 'ics'], options);
  expect(json.code).toBe(0);
  expect(ics.code).toBe(0);
  return { plan: JSON.parse(json.stdout) as Plan, ics: ics.stdout };
};

describe('plan --format ics', () => {
  it('has one all-day event per session, with stable unique UIDs on the session dates', async () => {
    const { plan, ics } = await exportBoth('examples/profile.json');
    const { name, events } = parseIcs(ics);
    const sessions = sessionsOf(plan);
    // Two sessions in each of the 16 weeks (Tue/Thu, then Mon/Thu in race week).
    expect(sessions).toHaveLength(32);
    expect(events).toHaveLength(sessions.length);
    expect(name).toBe('RunStrong — RunStrong periodised build');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    events.forEach((event, i) => {
      const expected = sessions[i];
      expect(event.uid).toBe(`${expected?.session.id}@runstrong`);
      expect(event.start).toBe(expected?.date);
      expect(event.summary).toBe(expected?.session.title);
      expect(event.allDay).toBe(true);
    });
    expect(events[0]?.uid).toBe('2027-01-05-strength@runstrong');
    expect(events[0]?.description).toContain('Single-leg squat: 3 × 10 per leg, bodyweight\n');
    expect(events[0]?.description).toContain('After your run, at least 3 h later');
  });

  it('gives identical output, hence identical UIDs, when regenerated', async () => {
    const first = await run(['plan', '--profile', 'examples/profile.json', '--format', 'ics']);
    const second = await run(['plan', '--profile', 'examples/profile.json', '--format', 'ics']);
    expect(parseIcs(second.stdout).events.map((e) => e.uid)).toEqual(
      parseIcs(first.stdout).events.map((e) => e.uid),
    );
    expect(second.stdout).toBe(first.stdout);
  });

  it('keeps UIDs unique when a day has a strength and a rehab session', async () => {
    // A current Achilles problem adds the daily Alfredson protocol as rehab sessions (B24).
    const profile = {
      ...(await exampleProfile()),
      injuries: [{ area: 'achilles', status: 'current' }],
    };
    const { plan, ics } = await exportBoth('achilles.json', {
      'achilles.json': JSON.stringify(profile),
    });
    const { events } = parseIcs(ics);
    const sessions = sessionsOf(plan);
    expect(sessions.some((s) => s.session.kind === 'rehab')).toBe(true);
    expect(events).toHaveLength(sessions.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const tuesday = events.filter((e) => e.start === '2027-01-05').map((e) => e.uid);
    expect(tuesday.sort()).toEqual(['2027-01-05-rehab@runstrong', '2027-01-05-strength@runstrong']);
  });

  it('writes weights in the runner units', async () => {
    const profile = { ...(await exampleProfile()), units: 'imperial' };
    const { ics } = await exportBoth('imperial.json', { 'imperial.json': JSON.stringify(profile) });
    const text = parseIcs(ics)
      .events.map((e) => e.description)
      .join('\n');
    expect(text).toContain('lb');
    expect(text).not.toMatch(/\bkg\b/);
  });
});
