import { CreateEventsTables1767225600000 } from './1767225600000-CreateEventsTables';
import { RegistrationCancellationCode1767312000000 } from './1767312000000-RegistrationCancellationCode';

export const migrations = [CreateEventsTables1767225600000, RegistrationCancellationCode1767312000000];
