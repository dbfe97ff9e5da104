import { EpnEntity } from './Epn';
import { LabelEntity } from './Label';
import { LabelEventEntity } from './LabelEvent';
import { LabelRequestEntity } from './LabelRequest';
import { LabelledPeriodEntity } from './LabelledPeriod';
import { MediatorEntity } from './Mediator';

export { EpnEntity, LabelEntity, LabelEventEntity, LabelRequestEntity, LabelledPeriodEntity, MediatorEntity };
export const entities = [EpnEntity, MediatorEntity, LabelEntity, LabelEventEntity, LabelRequestEntity, LabelledPeriodEntity];
