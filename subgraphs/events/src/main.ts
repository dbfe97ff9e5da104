import { runSubgraphMain } from '../../kit/src/main';
import { eventsSubgraph } from '.';

void runSubgraphMain(eventsSubgraph);
