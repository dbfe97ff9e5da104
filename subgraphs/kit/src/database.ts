import { DataSource, DefaultNamingStrategy, type Logger as TypeOrmLogger, type MixedList, type ObjectLiteral, type Repository } from 'typeorm';
import type { Logger } from './logger';

/** snake_case tables and columns, so hand-written SQL (migrations, aggregates) reads naturally. */
export class SnakeNamingStrategy extends DefaultNamingStrategy {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className.replace(/Entity$/, ''));
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake([...prefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/__+/g, '_').toLowerCase();
}

/**
 * Counts SQL statements (the benchmark reports statements per request to prove there is no N+1)
 * and logs slow or failing ones as JSON.
 */
let shuttingDown = false;

/** During an orderly shutdown the database closes connections on purpose: do not warn about it. */
export function markShuttingDown(): void {
  shuttingDown = true;
}

export class SqlStatementCounter implements TypeOrmLogger {
  statements = 0;

  constructor(private readonly logger: Logger) {}

  logQuery(): void {
    this.statements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ err: error instanceof Error ? error.message : error, query: truncate(query) }, 'SQL statement failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, query: truncate(query) }, 'slow SQL statement');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug({ message }, 'schema build');
  }

  logMigration(message: string): void {
    this.logger.info({ message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn' && !shuttingDown) this.logger.warn({ message }, 'typeorm');
    else this.logger.debug({ message }, 'typeorm');
  }
}

function truncate(sql: string): string {
  return sql.length > 500 ? `${sql.slice(0, 500)}…` : sql;
}

export interface SubgraphDatabaseOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; nothing else writes to it. */
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  logger: Logger;
  poolSize?: number;
  applicationName?: string;
}

export function createDataSource(options: SubgraphDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new SqlStatementCounter(options.logger.child({ component: `sql:${options.schema}` })),
    maxQueryExecutionTime: 1000,
    applicationName: options.applicationName ?? `netpublic-${options.schema}`,
    extra: { max: options.poolSize ?? 10, idleTimeoutMillis: 30_000 },
  });
}

export function statementCount(dataSource: DataSource): number {
  const logger = dataSource.logger as unknown;
  return logger instanceof SqlStatementCounter ? logger.statements : 0;
}

/** Creates the subgraph's schema if needed and applies its pending migrations, each in a transaction. */
export async function migrate(dataSource: DataSource, schema: string, logger: Logger): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  for (const migration of applied) logger.info({ schema, migration: migration.name }, 'migration applied');
  return applied.map((m) => m.name);
}

/** Turns a raw row (database column names) into an entity instance, with TypeORM's value conversions. */
export function hydrate<T extends ObjectLiteral>(repository: Repository<T>, raw: Record<string, unknown>): T {
  const entity = repository.create() as T;
  const driver = repository.manager.connection.driver;
  for (const column of repository.metadata.columns) {
    if (!(column.databaseName in raw)) continue;
    (entity as Record<string, unknown>)[column.propertyName] = driver.prepareHydratedValue(raw[column.databaseName], column);
  }
  return entity;
}

/** Whether a query failed on a unique index (optionally a given one): a race another check lost. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}
