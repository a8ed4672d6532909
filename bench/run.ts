import { benchCoaching } from './coaching.bench';
import { benchHttp } from './http.bench';
import { benchImport } from './import.bench';
import { benchPlanGeneration } from './plan-generation.bench';
import { benchWeb } from './web.bench';

/**
 * `npm run bench`: every benchmark prints its numbers beside a baseline measured in the same
 * run, because these machines are noisy and an absolute time alone says little.
 */
const benches: [string, () => string[] | Promise<string[]>][] = [
  ['plan-generation', benchPlanGeneration],
  ['coaching', benchCoaching],
  ['import', benchImport],
  ['http', benchHttp],
  ['web', benchWeb],
];

for (const [name, bench] of benches) {
  const lines = await bench();
  console.log(lines.join('\n'));
  if (name !== benches.at(-1)?.[0]) console.log('');
}
