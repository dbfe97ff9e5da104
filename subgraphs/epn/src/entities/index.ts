import { EpnEntity } from './Epn';
import { LabelEntity } from './Label';
import { LabelEventEntity } from './LabelEvent';
import { LabelRequestEntity } from './LabelRequest';
import { MediatorEntity } from './Mediator';

export { EpnEntity, LabelEntity, LabelEventEntity, LabelRequestEntity, MediatorEntity };
export const entities = [EpnEntity, MediatorEntity, LabelEntity, LabelEventEntity, LabelRequestEntity];
