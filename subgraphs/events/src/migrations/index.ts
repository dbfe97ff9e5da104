import { CreateEventsTables1767225600000 } from './1767225600000-CreateEventsTables';

export const migrations = [CreateEventsTables1767225600000];
