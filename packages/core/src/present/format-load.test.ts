import { describe, expect, it } from 'vitest';
import { formatLoad } from './format-load';

describe('formatLoad', () => {
  it('words each kind of load in metric', () => {
    expect(formatLoad({ kind: 'none' }, 'metric')).toBe('bodyweight');
    expect(formatLoad({ kind: 'band', tension: 'light' }, 'metric')).toBe('light band');
    expect(
      formatLoad({ kind: 'kg', equipment: 'kettlebell', kg: 16, targetRpe: 8 }, 'metric'),
    ).toBe('kettlebell 16 kg');
    expect(
      formatLoad(
        { kind: 'kg', equipment: 'dumbbells', kg: null, maxKg: 20, targetRpe: 8 },
        'metric',
      ),
    ).toBe('dumbbells by feel at RPE 8 (up to 20 kg)');
    expect(formatLoad({ kind: 'kg', equipment: 'barbell', kg: null, targetRpe: 7 }, 'metric')).toBe(
      'barbell by feel at RPE 7',
    );
    expect(formatLoad({ kind: 'vest', kg: 10 }, 'metric')).toBe('vest 10 kg');
    expect(formatLoad({ kind: 'box', heightCm: 45 }, 'metric')).toBe('box 45 cm');
  });

  it('shows pounds to one decimal and inches to the nearest inch in imperial', () => {
    // 16 kg × 2.2046 = 35.27 lb; 20 kg = 44.09 lb; 10 kg = 22.05 lb.
    expect(formatLoad({ kind: 'kg', equipment: 'kettlebell', kg: 16 }, 'imperial')).toBe(
      'kettlebell 35.3 lb',
    );
    expect(
      formatLoad(
        { kind: 'kg', equipment: 'dumbbells', kg: null, maxKg: 20, targetRpe: 8 },
        'imperial',
      ),
    ).toBe('dumbbells by feel at RPE 8 (up to 44.1 lb)');
    expect(formatLoad({ kind: 'vest', kg: 10 }, 'imperial')).toBe('vest 22.0 lb');
    // 30 cm = 11.8 in, 45 cm = 17.7 in, 60 cm = 23.6 in: A5's 12–24 in boxes.
    expect(formatLoad({ kind: 'box', heightCm: 30 }, 'imperial')).toBe('box 12 in');
    expect(formatLoad({ kind: 'box', heightCm: 45 }, 'imperial')).toBe('box 18 in');
    expect(formatLoad({ kind: 'box', heightCm: 60 }, 'imperial')).toBe('box 24 in');
  });
});
