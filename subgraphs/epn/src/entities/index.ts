import { DirectoryEntryEntity } from './DirectoryEntry';
import { DirectoryWordEntity } from './DirectoryWord';
import { EpnEntity } from './Epn';
import { LabelEntity } from './Label';
import { LabelEventEntity } from './LabelEvent';
import { LabelRequestEntity } from './LabelRequest';
import { CoverageEpnEntity } from './CoverageEpn';
import { MediatorEntity } from './Mediator';
import { OpeningScheduleEntity } from './OpeningSchedule';

export { CoverageEpnEntity, DirectoryEntryEntity, DirectoryWordEntity, EpnEntity, LabelEntity, LabelEventEntity, LabelRequestEntity, MediatorEntity, OpeningScheduleEntity };
export const entities = [EpnEntity, MediatorEntity, LabelEntity, LabelEventEntity, LabelRequestEntity, CoverageEpnEntity, OpeningScheduleEntity, DirectoryEntryEntity, DirectoryWordEntity];
