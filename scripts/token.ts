import { signDevToken } from './lib/dev-token';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isUuid } from '../subgraphs/kit/src/validation';
import { ROLES, isRole } from '../subgraphs/kit/src/viewer';
import { ensureDevJwtSecret } from './lib/dev-secrets';
import { ROOT } from './lib/compose';

/**
 * npm run token -- --role ADHERENT_ADMIN --adherent <id> [--epn <id>] [--subgraph <name>] [--sub <id>] [--expires 8h]
 * prints a development token signed with the HS256 secret `npm start` uses (JWT_SECRET or .data/keys).
 */
const usage = `usage: npm run token -- --role <${ROLES.filter((r) => r !== 'ANONYMOUS').join('|')}> [--adherent ID] [--epn ID] [--subgraph NAME] [--sub SUBJECT] [--expires 8h]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' }, adherent: { type: 'string' }, epn: { type: 'string' }, subgraph: { type: 'string' },
      sub: { type: 'string' }, expires: { type: 'string', default: '8h' },
    },
  });
  const role = values.role?.toUpperCase();
  if (!isRole(role) || role === 'ANONYMOUS') throw new Error(`--role is required and must be a known role.\n${usage}`);
  if (role === 'ADHERENT_ADMIN' && !values.adherent) throw new Error(`An adherent administrator token needs --adherent <adherent id>.\n${usage}`);
  if (role === 'EPN_MANAGER' && !values.epn) throw new Error(`An EPN manager token needs --epn <EPN id>.\n${usage}`);
  if (role === 'REGIONAL_CENTRE' && !values.subgraph) throw new Error(`A regional centre token needs --subgraph <its subgraph name>.\n${usage}`);
  for (const [flag, value] of [['--adherent', values.adherent], ['--epn', values.epn]] as const) {
    if (value && !isUuid(value)) throw new Error(`${flag} must be an id (a UUID) as the graph gives it, e.g. { adherents(first: 5) { edges { node { id name } } } }.`);
  }
  const secret = process.env.JWT_SECRET ?? ensureDevJwtSecret(path.join(ROOT, '.data', 'keys'));
  const claims: Record<string, string> = { role };
  if (values.adherent) claims.adherentId = values.adherent;
  if (values.epn) claims.epnId = values.epn;
  if (values.subgraph) claims.subgraph = values.subgraph;
  const token = await signDevToken(secret, claims, {
    subject: values.sub ?? `dev-${role.toLowerCase()}`, expiresIn: values.expires, issuer: process.env.JWT_ISSUER, audience: process.env.JWT_AUDIENCE,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
