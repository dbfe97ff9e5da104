import { CreateEpnTables1767225600000 } from './1767225600000-CreateEpnTables';
import { CreateLabelledPeriods1767830400000 } from './1767830400000-CreateLabelledPeriods';

export const migrations = [CreateEpnTables1767225600000, CreateLabelledPeriods1767830400000];
