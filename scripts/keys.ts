import path from 'node:path';
import { ensureDevKeyPair } from '../subgraphs/kit/src/internal-auth';
import { ensureDevJwtSecret } from './lib/dev-secrets';
import { ROOT } from './lib/compose';

/** npm run keys: the development key pair (gateway → subgraphs) and JWT secret, under .data/keys/. */
const dir = path.join(ROOT, '.data', 'keys');
ensureDevKeyPair(dir);
ensureDevJwtSecret(dir);
process.stdout.write(`development keys ready in ${path.relative(ROOT, dir)}/ (gateway-ed25519.pem, gateway-ed25519.pub.pem, jwt-dev-secret)\n`);
