import { runSubgraphMain } from '../../kit/src/main';
import { resourcesSubgraph } from '.';

void runSubgraphMain(resourcesSubgraph);
