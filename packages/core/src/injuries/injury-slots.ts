import type { InjuryArea } from '../catalogue/exercise.schema';
import type { Slot } from '../prescription/slot';
import type { Injury } from '../profile/profile.schema';
import { PAIN_GATE_CUE } from './pain-gate';
import { rathleffDose } from './rathleff-protocol';

/** B28, B29: the hip programme for IT band pain and the hip/knee programme for runner's knee. */
export const HIP_PROGRAMME_WEEKS = 6;

export interface InjurySlotContext {
  injuries: readonly Injury[];
  /** Plan week, 1-based. */
  week: number;
  sessionIndex: number;
  sessionCount: number;
  /** B31: the heel-raise test shows a calf-capacity deficit, or has not been done yet. */
  calfWorkNeeded: boolean;
  preventionForAll: boolean;
}

const slot = (candidates: string[], note: string, extra: Partial<Slot> = {}): Slot => ({
  role: 'injury',
  candidates,
  protected: true,
  note,
  ...extra,
});

/**
 * Prevention and rehabilitation work added to strength sessions for each declared injury (A7,
 * B24–B31). Current Achilles and plantar-fascia problems get their own daily protocols instead
 * (see rehab sessions), and hamstrings the Nordic programme, so they are not repeated here.
 */
export const injurySlots = (ctx: InjurySlotContext): Slot[] => {
  const areas = new Map<InjuryArea, Injury['status']>(ctx.injuries.map((i) => [i.area, i.status]));
  const slots: Slot[] = [];
  const early = ctx.week <= HIP_PROGRAMME_WEEKS;
  const gate = (status: Injury['status'] | undefined) =>
    status === 'current' ? ` ${PAIN_GATE_CUE}` : '';

  if (areas.get('achilles') === 'history') {
    slots.push(
      slot(
        ['eccentric-heel-drop'],
        'Achilles: slow lowering builds the soleus and gastrocnemius (A7).',
        { fixedDose: { sets: 3, reps: 15 } },
      ),
    );
  }
  if (areas.has('it-band')) {
    const status = areas.get('it-band');
    slots.push(
      slot(['clamshell'], `IT band: hip-abductor programme (B28).${gate(status)}`, {
        fixedDose: { sets: 3, reps: 15 },
      }),
    );
    if (early) {
      slots.push(
        slot(
          ['side-lying-hip-abduction', 'band-lateral-walk'],
          `IT band: week ${ctx.week} of the 6-week hip programme (B28).`,
        ),
      );
    }
  }
  if (areas.has('knee') && early) {
    slots.push(
      slot(
        ctx.sessionIndex % 2 === 0
          ? ['spanish-squat', 'step-down', 'wall-sit']
          : ['step-down', 'wall-sit'],
        `Runner's knee: week ${ctx.week} of 6 of hip, core and knee work (B29).${gate(areas.get('knee'))}`,
      ),
    );
  }
  // B31: the heel-raise test decides; without one, a shin history counts as a deficit.
  if (ctx.calfWorkNeeded) {
    slots.push(slot(['tibialis-raise'], 'Shins: tibialis anterior capacity (B31).'));
    slots.push(slot(['bent-knee-calf-raise'], 'Shins: soleus capacity, knee bent (B31).'));
  }
  if (areas.get('plantar-fascia') === 'history') {
    const dose = rathleffDose(ctx.week);
    slots.push(
      slot(['single-leg-heel-raise-towel'], 'Plantar fascia: Rathleff heel raise (B30).', {
        fixedDose: dose,
      }),
    );
  }
  if (ctx.preventionForAll) {
    slots.push(...preventionRotation((ctx.week - 1) * ctx.sessionCount + ctx.sessionIndex, areas));
  }
  return slots;
};

/** One prevention exercise a session, in turn across the six areas (A7). */
const PREVENTION: readonly { area: InjuryArea; id: string; note: string }[] = [
  { area: 'achilles', id: 'eccentric-heel-drop', note: 'Prevention, Achilles (A7).' },
  { area: 'it-band', id: 'clamshell', note: 'Prevention, IT band (A7).' },
  { area: 'knee', id: 'step-down', note: "Prevention, runner's knee (A7)." },
  { area: 'shin', id: 'tibialis-raise', note: 'Prevention, shins (A7).' },
  { area: 'plantar-fascia', id: 'short-foot', note: 'Prevention, plantar fascia (A7).' },
  { area: 'hamstring', id: 'nordic-hamstring-curl', note: 'Prevention, hamstrings (A7).' },
];

const preventionRotation = (
  sessionNumber: number,
  declared: ReadonlyMap<InjuryArea, unknown>,
): Slot[] => {
  const pick = PREVENTION[sessionNumber % PREVENTION.length];
  if (!pick || declared.has(pick.area)) return [];
  return [slot([pick.id], pick.note)];
};
