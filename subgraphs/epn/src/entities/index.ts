import { EpnEntity } from './Epn';
import { LabelEntity } from './Label';
import { LabelEventEntity } from './LabelEvent';
import { LabelRequestEntity } from './LabelRequest';
import { CoverageEpnEntity } from './CoverageEpn';
import { MediatorEntity } from './Mediator';

export { EpnEntity, LabelEntity, LabelEventEntity, LabelRequestEntity, CoverageEpnEntity, MediatorEntity };
export const entities = [EpnEntity, MediatorEntity, LabelEntity, LabelEventEntity, LabelRequestEntity, CoverageEpnEntity];
