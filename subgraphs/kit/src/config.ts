import { z } from 'zod';

/** Raised when the environment does not describe a valid configuration; the message is one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const PORT_RULE = 'must be a TCP port number between 1 and 65535';

/** Validators with messages a person can act on; each names the rule, the caller names the variable. */
export const envVar = {
  port: (fallback: number) =>
    z.coerce.number({ error: PORT_RULE }).int({ error: PORT_RULE }).min(1, { error: PORT_RULE }).max(65535, { error: PORT_RULE }).default(fallback),
  positiveInt: (fallback: number) =>
    z.coerce.number({ error: 'must be a positive integer' }).int({ error: 'must be a positive integer' }).min(1, { error: 'must be a positive integer' }).default(fallback),
  url: (protocols: string[]) =>
    z
      .string()
      .refine((value) => {
        try {
          return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
        } catch {
          return false;
        }
      }, { error: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}` }),
  oneOf: <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  text: () => z.string().min(1, { error: 'must not be empty' }),
};

/**
 * Reads and validates the environment against a shape. Every invalid variable is named in a single
 * line, with the rule it breaks and the value it had, so a bad deployment fails at start-up and says why.
 */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  // Empty strings count as unset, as shells and compose files often produce them.
  const input: Record<string, string> = {};
  for (const key of Object.keys(shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const result = z.object(shape).safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const got = input[name] === undefined ? 'unset' : JSON.stringify(input[name]);
    const rule = issue.code === 'invalid_type' && input[name] === undefined ? 'is required' : issue.message;
    return `${name} ${rule} (got ${got})`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/** Settings every subgraph process shares. */
export const commonConfigShape = {
  LOG_LEVEL: envVar.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  DATABASE_URL: envVar.url(['postgres', 'postgresql']).optional(),
  PG_PORT: envVar.port(54329),
  PG_DATA_DIR: z.string().default('.data/postgres'),
  MAX_PAGE_SIZE: envVar.positiveInt(100),
  DEFAULT_PAGE_SIZE: envVar.positiveInt(20),
};
