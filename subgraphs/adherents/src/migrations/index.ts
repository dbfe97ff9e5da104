import { CreateAdherentsTables1767225600000 } from './1767225600000-CreateAdherentsTables';
import { AdhesionLifecycle1767312000000 } from './1767312000000-AdhesionLifecycle';

export const migrations = [CreateAdherentsTables1767225600000, AdhesionLifecycle1767312000000];
