import { AdherentEntity } from './Adherent';
import { AdhesionEntity } from './Adhesion';
import { ContactEntity } from './Contact';
import { PaysCommuneEntity } from './PaysCommune';

export { AdherentEntity, AdhesionEntity, ContactEntity, PaysCommuneEntity };
export const entities = [AdherentEntity, AdhesionEntity, ContactEntity, PaysCommuneEntity];
