import { runSubgraphMain } from '../../kit/src/main';
import { regionalTemplateSubgraph } from '.';

void runSubgraphMain(regionalTemplateSubgraph);
