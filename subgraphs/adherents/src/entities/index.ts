import { AdherentEntity } from './Adherent';
import { AdhesionEntity } from './Adhesion';
import { AdhesionEventEntity } from './AdhesionEvent';
import { ContactEntity } from './Contact';
import { PaysCommuneEntity } from './PaysCommune';

export { AdherentEntity, AdhesionEntity, AdhesionEventEntity, ContactEntity, PaysCommuneEntity };
export const entities = [AdherentEntity, AdhesionEntity, AdhesionEventEntity, ContactEntity, PaysCommuneEntity];
