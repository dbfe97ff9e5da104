import { runSubgraphMain } from '../../kit/src/main';
import { adherentsSubgraph } from '.';

void runSubgraphMain(adherentsSubgraph);
