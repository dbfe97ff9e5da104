import { CreateEpnTables1767225600000 } from './1767225600000-CreateEpnTables';

export const migrations = [CreateEpnTables1767225600000];
