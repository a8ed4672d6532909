import { ConfigError, parseConfig } from './config/config';
import { openStore } from './db/database';
import { migrateToLatest } from './db/migrate';

/** `npm run db:migrate`: bring the configured database to the latest migration, then exit. */
try {
  const store = openStore(parseConfig(process.env));
  const applied = await migrateToLatest(store.db as never, store.dialect);
  await store.close();
  process.stdout.write(
    applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n',
  );
} catch (error) {
  const lines = error instanceof ConfigError ? error.problems : [(error as Error).message];
  for (const line of lines) process.stderr.write(`runstrong db:migrate: ${line}\n`);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
}
