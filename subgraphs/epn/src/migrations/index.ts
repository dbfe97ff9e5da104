import { CreateEpnTables1767225600000 } from './1767225600000-CreateEpnTables';
import { CreateCoverageEpn1767830400000 } from './1767830400000-CreateCoverageEpn';
import { CreateDirectorySearch1767916800000 } from './1767916800000-CreateDirectorySearch';
import { AddStandardSourceValues1768000000008 } from './1768000000008-AddStandardSourceValues';

export const migrations = [CreateEpnTables1767225600000, CreateCoverageEpn1767830400000, CreateDirectorySearch1767916800000, AddStandardSourceValues1768000000008];
