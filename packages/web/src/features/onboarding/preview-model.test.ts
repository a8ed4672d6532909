import { describe, expect, it } from 'vitest';
import { PROGRAMME_CHOICES, previewOf, problemsOf, weeksLabel } from './preview-model';
import { defaultDraft, draftToProfile, type ProfileDraft } from './profile-draft';

// The README's worked example, as the form would hold it.
const example = (): ProfileDraft => {
  const base = defaultDraft('2027-01-01');
  return {
    ...base,
    startDate: '2027-01-04',
    goal: 'race',
    race: { date: '2027-04-25', distance: 'half-marathon', name: '' },
    experience: 'intermediate',
    runningWeek: {
      mon: 'rest',
      tue: 'quality',
      wed: 'easy',
      thu: 'quality',
      fri: 'rest',
      sat: 'long',
      sun: 'easy',
    },
    unavailable: { ...base.unavailable, fri: true },
    injuries: { ...base.injuries, achilles: 'history' },
  };
};

describe('previewOf', () => {
  it('shows the first three weeks: phase, the days with a session, and why each is there', () => {
    const preview = previewOf(draftToProfile(example()).profile);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.totalWeeks).toBe(16);
    expect(preview.weeks.map((w) => [w.index, w.phaseLabel])).toEqual([
      [1, 'Foundation'],
      [2, 'Foundation'],
      [3, 'Foundation'],
    ]);
    const [tuesday, thursday] = preview.weeks[0]?.days ?? [];
    expect(tuesday?.label).toBe('Tuesday 5 Jan');
    expect(tuesday?.run).toBe('quality');
    expect(tuesday?.sessions[0]?.minutes).toBeGreaterThan(0);
    expect(tuesday?.reasons[0]).toMatch(/^B5: Quality-run day/);
    expect(thursday?.label).toBe('Thursday 7 Jan');
    expect(preview.weeks[0]?.dates).toBe('4–10 Jan 2027');
  });

  it('lists what was relaxed, dropped or warned about in those weeks', () => {
    // Six unavailable days and three sessions wanted: two must be dropped, and a 4-week block is short.
    const base = example();
    const draft: ProfileDraft = {
      ...base,
      goal: 'weeks',
      weeks: '4',
      sessionsPerWeek: 3,
      unavailable: { mon: true, tue: true, wed: true, thu: false, fri: true, sat: true, sun: true },
    };
    const preview = previewOf(draftToProfile(draft).profile);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    const kinds = preview.notes.map((n) => `${n.kind} ${n.rule}`);
    expect(kinds).toContain('warning B2');
    expect(kinds).toContain('dropped A1');
    expect(preview.notes.find((n) => n.rule === 'B2')?.when).toBe('Whole plan');
  });

  it('gives the problems in plain words instead of a plan', () => {
    const profile = { ...draftToProfile(example()).profile, race: undefined };
    const preview = previewOf(profile);
    expect(preview).toEqual({
      ok: false,
      problems: [
        { path: 'weeks', message: 'Enter a number of weeks from 1 to 52, or choose a race.' },
      ],
    });
    expect(problemsOf(profile)).toEqual(preview.ok ? [] : preview.problems);
  });
});

describe('weeksLabel', () => {
  it('says which of the shown weeks a note is about', () => {
    expect(weeksLabel([], 3)).toBe('Whole plan');
    expect(weeksLabel([2], 3)).toBe('Week 2');
    expect(weeksLabel([1, 2, 3], 3)).toBe('Weeks 1–3');
    expect(weeksLabel([1, 3], 3)).toBe('Weeks 1 and 3');
    expect(weeksLabel([3, 4, 5], 3)).toBe('Week 3 and later');
  });
});

describe('PROGRAMME_CHOICES', () => {
  it('offers every built-in programme with its summary, the default build first', () => {
    expect(PROGRAMME_CHOICES.length).toBe(7);
    expect(PROGRAMME_CHOICES[0]).toMatchObject({ id: 'runstrong-periodised', isDefault: true });
    expect(PROGRAMME_CHOICES.every((p) => p.summary.length > 0)).toBe(true);
  });
});
