import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../subgraphs/kit/src';
import { HttpError, type GraphQLParams } from './http';

/**
 * Trusted documents: the operations of schema/operations/, written at codegen time to a manifest
 * (`sha256:<hex>` → document, the client preset's format, which is also the GraphQL-over-HTTP
 * persisted-documents appendix's). A client may send only the id — `documentId`, or Apollo's
 * `extensions.persistedQuery.sha256Hash` — and the gateway fills in the document. With
 * TRUSTED_DOCUMENTS_REQUIRED the gateway runs nothing else for anonymous clients (`anonymous`) or for
 * anyone (`all`). Automatic persisted queries (APQ) stay available otherwise: a hash that is not in
 * the manifest goes to Apollo Server's APQ cache.
 */
export type TrustedDocumentsRequired = 'none' | 'anonymous' | 'all';

export interface ResolvedDocument {
  /** The document came from the manifest, or its text is one of the manifest's. */
  trusted: boolean;
}

export class TrustedDocuments {
  private readonly byId = new Map<string, string>();
  private readonly hashes = new Set<string>();
  readonly operationNames: string[] = [];

  constructor(manifest: Record<string, string>, private readonly required: TrustedDocumentsRequired) {
    for (const [id, document] of Object.entries(manifest)) {
      if (typeof document !== 'string') throw new ConfigError(`Invalid trusted documents manifest: the value of "${id}" is not a document`);
      this.byId.set(id, document);
      this.hashes.add(sha256(document));
      const name = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1];
      if (name) this.operationNames.push(name);
    }
  }

  static load(source: string | Record<string, string> | null, required: TrustedDocumentsRequired): TrustedDocuments {
    if (source === null) return new TrustedDocuments({}, required);
    if (typeof source !== 'string') return new TrustedDocuments(source, required);
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(source, 'utf8'));
    } catch (error) {
      throw new ConfigError(`Invalid configuration: the trusted documents manifest ${source} cannot be read (${error instanceof Error ? error.message : error})`);
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
      throw new ConfigError(`Invalid trusted documents manifest ${source}: expected a JSON object of id → document`);
    }
    return new TrustedDocuments(manifest as Record<string, string>, required);
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * Fills in the document of a request that names a trusted one, and enforces
   * TRUSTED_DOCUMENTS_REQUIRED; throws an HttpError naming what the client must send instead.
   */
  resolve(params: GraphQLParams, anonymous: boolean): ResolvedDocument {
    const mustBeTrusted = this.required === 'all' || (this.required === 'anonymous' && anonymous);
    if (params.documentId) {
      const document = this.byId.get(params.documentId) ?? this.byId.get(`sha256:${params.documentId}`);
      if (!document) {
        throw new HttpError(400, 'PERSISTED_QUERY_NOT_FOUND', `No trusted document has the id "${params.documentId}": use an id from the trusted documents manifest.`);
      }
      params.query = document;
      delete params.documentId;
      return { trusted: true };
    }
    const hash = params.extensions?.persistedQuery?.sha256Hash;
    if (!params.query && typeof hash === 'string') {
      const document = this.byId.get(`sha256:${hash}`);
      if (document) {
        params.query = document;
        // Served from the manifest: Apollo's APQ cache has nothing to do.
        const { persistedQuery: _persistedQuery, ...extensions } = params.extensions ?? {};
        params.extensions = extensions;
        return { trusted: true };
      }
      if (mustBeTrusted) throw this.refusal(anonymous);
      return { trusted: false };
    }
    if (!mustBeTrusted) return { trusted: false };
    if (params.query && this.hashes.has(sha256(params.query))) return { trusted: true };
    throw this.refusal(anonymous);
  }

  private refusal(anonymous: boolean): HttpError {
    const who = this.required === 'all' ? 'any client' : anonymous ? 'anonymous clients' : 'this client';
    return new HttpError(
      400,
      'TRUSTED_DOCUMENT_REQUIRED',
      `This gateway runs only trusted documents for ${who} (TRUSTED_DOCUMENTS_REQUIRED=${this.required}): send the "documentId" of an operation of the trusted documents manifest.`,
    );
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
