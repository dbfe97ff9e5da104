import { CreateRegistryTables1767312000000 } from './1767312000000-CreateRegistryTables';

export const registryMigrations = [CreateRegistryTables1767312000000];
