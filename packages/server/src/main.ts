import { ConfigError, parseConfig } from './config/config';
import { startServer } from './server';

/**
 * `npm start`: the RunStrong server. Configuration errors print one line each and exit 2; SIGTERM
 * and SIGINT close gracefully, letting in-flight requests finish.
 */
const main = async (): Promise<void> => {
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(parseConfig(process.env));
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`runstrong-server: ${problem}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`runstrong-server: could not start: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
};

await main();
