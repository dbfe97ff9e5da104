import { CreateRegionalTemplateTables1767398400000 } from './1767398400000-CreateRegionalTemplateTables';

export const migrations = [CreateRegionalTemplateTables1767398400000];
