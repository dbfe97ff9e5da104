import { CreateEpnTables1767225600000 } from './1767225600000-CreateEpnTables';
import { CreateCoverageEpn1767830400000 } from './1767830400000-CreateCoverageEpn';

export const migrations = [CreateEpnTables1767225600000, CreateCoverageEpn1767830400000];
