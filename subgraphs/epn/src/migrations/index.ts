import { CreateEpnTables1767225600000 } from './1767225600000-CreateEpnTables';
import { CreateDirectorySearch1767830400000 } from './1767830400000-CreateDirectorySearch';
import { AddStandardSourceValues1768000000008 } from './1768000000008-AddStandardSourceValues';

export const migrations = [CreateEpnTables1767225600000, CreateDirectorySearch1767830400000, AddStandardSourceValues1768000000008];
