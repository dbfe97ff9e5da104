import { CreateResourcesTables1767225600000 } from './1767225600000-CreateResourcesTables';

export const migrations = [CreateResourcesTables1767225600000];
