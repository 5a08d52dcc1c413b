/** Minimal typings for the parts of jsonld (no bundled types) the export tests use. */
declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export interface Options {
    base?: string;
    format?: 'application/n-quads';
    documentLoader?: (url: string) => Promise<RemoteDocument>;
  }
  const jsonld: {
    toRDF(input: unknown, options: Options & { format: 'application/n-quads' }): Promise<string>;
    expand(input: unknown, options?: Options): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}
