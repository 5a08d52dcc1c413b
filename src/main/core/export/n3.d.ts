/**
 * Minimal typings for the parts of n3 (https://github.com/rdfjs/N3.js) the exporters and
 * their tests use. n3 ships no types and @types/n3 is not installed; delete this file if it
 * ever is.
 */
declare module 'n3' {
  export interface Term {
    termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'Variable' | 'DefaultGraph' | 'Quad';
    value: string;
    equals(other: Term | null | undefined): boolean;
  }
  export interface NamedNode extends Term {
    termType: 'NamedNode';
  }
  export interface BlankNode extends Term {
    termType: 'BlankNode';
  }
  export interface Literal extends Term {
    termType: 'Literal';
    language: string;
    datatype: NamedNode;
  }
  export interface Quad {
    subject: Term;
    predicate: Term;
    object: Term;
    graph: Term;
  }

  export const DataFactory: {
    namedNode(iri: string): NamedNode;
    blankNode(name?: string): BlankNode;
    literal(value: string, languageOrDatatype?: string | NamedNode): Literal;
    quad(subject: Term, predicate: Term, object: Term, graph?: Term): Quad;
  };

  export interface WriterOptions {
    format?: string;
    prefixes?: Record<string, string>;
    baseIRI?: string;
  }
  export class Writer {
    constructor(options?: WriterOptions);
    addQuad(quad: Quad): void;
    addQuad(subject: Term, predicate: Term, object: Term, graph?: Term): void;
    end(done: (error: Error | null, result: string) => void): void;
  }

  export interface ParserOptions {
    format?: string;
    baseIRI?: string;
  }
  export class Parser {
    constructor(options?: ParserOptions);
    parse(input: string): Quad[];
  }
}
