import type { Plan } from '@runstrong/core';
import { describe, expect, it } from 'vitest';
import { exampleProfile, run } from '../testing/run-main';

const planOf = async (argv: string[], files?: Record<string, string>) => {
  const json = await run([...argv, '--format', 'json'], files ? { files } : {});
  const md = await run([...argv, '--format', 'md'], files ? { files } : {});
  expect(json.code).toBe(0);
  expect(md.code).toBe(0);
  return { plan: JSON.parse(json.stdout) as Plan, md: md.stdout };
};

describe('plan --format md', () => {
  it('has the header, expectations, every week heading, every session title and the decisions', async () => {
    const { plan, md } = await planOf(['plan', '--profile', 'examples/profile.json']);
    expect(md).toMatch(/^# RunStrong strength plan: RunStrong periodised build\n/);
    expect(md).toContain('- **Dates:** Monday 4 January 2027 to Sunday 25 April 2027, 16 weeks');
    expect(md).toContain('- **Race:** half-marathon on Sunday 25 April 2027');
    expect(md).toContain('## What to expect');
    expect(md).toContain('Source: Blagrove et al. 2018, Sports Medicine 48:1117 (B37)');
    expect(md).toContain('## Week 1 of 16 · 4–10 Jan 2027 · Foundation');
    expect(md).toContain('## Week 16 of 16 · 19–25 Apr 2027 · Taper');
    for (const week of plan.weeks) expect(md).toContain(`## Week ${week.index} of 16 · `);
    const titles = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions.map((s) => s.title)));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of new Set(titles)) expect(md).toContain(`**${title}**`);
    expect(md).toContain('### Tuesday 5 January 2027 · quality run');
    expect(md).toContain('| Exercise | Dose | Tempo | Rest | Load | First form cue |');
    expect(md).toContain('## Why the plan looks like this');
    for (const decision of plan.decisions) expect(md).toContain(decision.message);
    expect(md).toMatch(/^- \*\*B12\*\* \(week 16\): Race week: bodyweight activation only/m);
  });

  it('shows each exercise with dose, tempo, rest, load and its first cue', async () => {
    const { plan, md } = await planOf(['plan', '--profile', 'examples/profile.json']);
    const first = plan.weeks[0]?.days.find((d) => d.sessions.length > 0)?.sessions[0]?.exercises[0];
    expect(first?.exerciseId).toBe('single-leg-squat');
    // Week 1's first exercise, as the coach plans it: 3 × 10 per leg, 2 s down, 1 s up.
    expect(md).toContain(
      `| Single-leg squat | 3 × 10 per leg | 2-0-1-0 | 60 s | bodyweight | ${first?.cues[0]} |`,
    );
    expect(md).toContain('dumbbells by feel at RPE 8 (up to 20 kg)');
  });

  it('shows pounds and inches, never kilograms, when the runner uses imperial units', async () => {
    const profile = { ...(await exampleProfile()), units: 'imperial' };
    const { md } = await planOf(['plan', '--profile', 'imperial.json'], {
      'imperial.json': JSON.stringify(profile),
    });
    expect(md).toContain('(up to 44.1 lb)');
    expect(md).toMatch(/\| box (12|18|24) in \|/);
    expect(md).not.toMatch(/\bkg\b/);
    // Only the loads are converted: catalogue cue text is the coach's, quoted as written.
    expect(md).not.toMatch(/\| box \d+ cm \|/);
  });

  it('renders the imperial bodyweight example without kilograms', async () => {
    const { plan, md } = await planOf(['plan', '--profile', 'examples/novice-bodyweight.json']);
    expect(plan.units).toBe('imperial');
    expect(plan.weeks).toHaveLength(8);
    for (let week = 1; week <= 8; week++) expect(md).toContain(`## Week ${week} of 8 · `);
    expect(md).not.toMatch(/\bkg\b/);
  });
});
