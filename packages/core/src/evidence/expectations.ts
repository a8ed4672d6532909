import type { Expectation } from '../plan/plan.schema';

/**
 * What a runner is told to expect (A13, B32, B37). The seed article claims more (8–15 %
 * efficiency, 50 % fewer injuries from core work); the plan quotes only what the studies show.
 */
export const EXPECTATIONS: readonly Expectation[] = [
  {
    outcome: 'Running economy',
    figure: 'about 2–8 % better; no change in VO2max or body mass',
    source: 'Blagrove et al. 2018, Sports Medicine 48:1117',
    rule: 'B37',
  },
  {
    outcome: 'Overuse injuries',
    figure: 'roughly halved by strength training; stretching alone showed no protective effect',
    source: 'Lauersen et al. 2018, British Journal of Sports Medicine 52:1557',
    rule: 'B32',
  },
  {
    outcome: '5 km time',
    figure: 'about 3 % faster after 9 weeks of explosive strength work',
    source: 'Paavolainen et al. 1999, Journal of Applied Physiology 86:1527',
    rule: 'B37',
  },
];
