import { runSubgraphMain } from '../../kit/src/main';
import { epnSubgraph } from '.';

void runSubgraphMain(epnSubgraph);
