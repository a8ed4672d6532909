export * from './config/config';
export * from './db/database';
export * from './db/migrate';
export * from './http/app';
export * from './server';
