import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_SCHEMA_FILE, ROOT, SUPERGRAPH_FILE, composeFromFiles } from './lib/compose';

/** npm run compose: writes schema/supergraph.graphql and schema/api.graphql from the subgraphs' SDL. */
try {
  const { supergraphSdl, apiSchemaSdl } = composeFromFiles();
  writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
  writeFileSync(API_SCHEMA_FILE, apiSchemaSdl);
  console.log(`composed ${path.relative(ROOT, SUPERGRAPH_FILE)} and ${path.relative(ROOT, API_SCHEMA_FILE)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
