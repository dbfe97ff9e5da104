import type { SubgraphDefinition } from './kit/src';
import { adherentsSubgraph } from './adherents/src';
import { epnSubgraph } from './epn/src';
import { eventsSubgraph } from './events/src';
import { resourcesSubgraph } from './resources/src';

/** The four national subgraphs, in the order of schema/subgraphs.json, with their default ports. */
export const nationalSubgraphs: SubgraphDefinition<any>[] = [adherentsSubgraph, epnSubgraph, resourcesSubgraph, eventsSubgraph];

export const DEFAULT_PORTS: Record<string, number> = { gateway: 4000, adherents: 4001, epn: 4002, resources: 4003, events: 4004 };
