/** Minimal typings for the `datapackage` npm package (frictionless datapackage-js, no types). */
declare module 'datapackage' {
  export interface Resource {
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export interface Package {
    valid: boolean;
    errors: Error[];
    getResource(name: string): Resource | null;
  }
  const datapackage: {
    Package: {
      load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    };
    validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
  };
  export default datapackage;
}
