import type { IsoDate } from '../calendar/iso-date';
import type { Decision } from './decision';
import type { RuleId } from './rule-id';

/**
 * Collects decisions while weeks are built and merges repeats: "B5 relaxed on Saturdays" is one
 * decision listing the weeks it applies to, not sixteen copies.
 */
export class DecisionLog {
  private readonly byKey = new Map<string, Decision>();

  add(
    kind: Decision['kind'],
    rule: RuleId,
    message: string,
    where: { week?: number; date?: IsoDate; relaxed?: RuleId } = {},
  ): void {
    const key = `${kind}|${rule}|${where.relaxed ?? ''}|${message}`;
    const existing = this.byKey.get(key);
    const decision: Decision = existing ?? {
      kind,
      rule,
      ...(where.relaxed ? { relaxed: where.relaxed } : {}),
      weeks: [],
      message,
    };
    if (where.week !== undefined && !decision.weeks.includes(where.week))
      decision.weeks.push(where.week);
    if (where.date !== undefined) decision.dates = [...(decision.dates ?? []), where.date];
    this.byKey.set(key, decision);
  }

  list(): Decision[] {
    return [...this.byKey.values()];
  }
}
