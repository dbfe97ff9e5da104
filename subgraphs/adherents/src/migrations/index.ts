import { CreateAdherentsTables1767225600000 } from './1767225600000-CreateAdherentsTables';

export const migrations = [CreateAdherentsTables1767225600000];
