import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../kit/src';
import { AdherentService } from './services/adherent-service';
import { AdhesionService } from './services/adhesion-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface AdherentsContext extends BaseContext {
  dataSource: DataSource;
  adherents: AdherentService;
  adhesions: AdhesionService;
}

export function createContext(base: BaseContext, dataSource: DataSource): AdherentsContext {
  return { ...base, dataSource, adherents: new AdherentService(dataSource), adhesions: new AdhesionService(dataSource) };
}
