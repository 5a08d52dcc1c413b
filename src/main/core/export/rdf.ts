/**
 * A tiny RDF model (triples of IRIs and literals, no blank nodes) with two serialisations of
 * the same triples: JSON-LD (a flat `@graph` with a prefix `@context`) and Turtle (written by
 * n3's Writer). Building one triple list and serialising it twice keeps the two outputs equal.
 */
import { DataFactory, Writer, type Term } from 'n3';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  spdx: 'http://spdx.org/rdf/terms#',
  /** workbench terms for SDI fields DCAT has no property for (satuan, ukuran…) */
  sdi: 'urn:satudata:sdi:',
} as const;

export type Prefix = keyof typeof NS;

export type RdfObject = { iri: string } | { value: string; datatype?: string; language?: string };

export interface Triple {
  s: string;
  p: string;
  o: RdfObject;
}

/** `term('dct', 'title')` → the full IRI. */
export function term(prefix: Prefix, local: string): string {
  return NS[prefix] + local;
}

export const RDF_TYPE = term('rdf', 'type');

export class GraphBuilder {
  readonly triples: Triple[] = [];
  private readonly seen = new Set<string>();

  add(s: string, p: string, o: RdfObject): this {
    const key = JSON.stringify([s, p, o]);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.triples.push({ s, p, o });
    }
    return this;
  }

  type(s: string, cls: string): this {
    return this.add(s, RDF_TYPE, { iri: cls });
  }

  iri(s: string, p: string, iri: string | undefined): this {
    return iri === undefined ? this : this.add(s, p, { iri });
  }

  text(s: string, p: string, value: string | undefined, language?: string): this {
    if (value === undefined || value === '') return this;
    return this.add(s, p, language ? { value, language } : { value });
  }

  typed(s: string, p: string, value: string | undefined, datatype: string): this {
    return value === undefined ? this : this.add(s, p, { value, datatype });
  }

  addAll(triples: readonly Triple[]): this {
    for (const t of triples) this.add(t.s, t.p, t.o);
    return this;
  }
}

// ── JSON-LD ────────────────────────────────────────────────────────────────────────────────

export type JsonLdValue =
  string | { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };
export type JsonLdNode = Record<string, unknown> & { '@id': string };

export interface JsonLdDocument {
  '@context': Record<string, string>;
  '@graph': JsonLdNode[];
}

function compactIri(iri: string): string {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (prefix === 'sdi') continue; // keep the URN namespace spelled out in @id positions
    if (iri.startsWith(ns)) {
      const local = iri.slice(ns.length);
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(local)) return `${prefix}:${local}`;
    }
  }
  return iri;
}

function compactPredicate(iri: string): string {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns)) {
      const local = iri.slice(ns.length);
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(local)) return `${prefix}:${local}`;
    }
  }
  return iri;
}

function jsonLdValue(o: RdfObject): JsonLdValue {
  if ('iri' in o) return { '@id': o.iri };
  if (o.language) return { '@value': o.value, '@language': o.language };
  if (o.datatype && o.datatype !== term('xsd', 'string')) {
    return { '@value': o.value, '@type': compactIri(o.datatype) };
  }
  return o.value;
}

/** Group triples by subject (first-seen order) into a flat JSON-LD `@graph`. */
export function toJsonLd(triples: readonly Triple[]): JsonLdDocument {
  const nodes = new Map<string, JsonLdNode>();
  for (const { s, p, o } of triples) {
    let node = nodes.get(s);
    if (!node) {
      node = { '@id': s };
      nodes.set(s, node);
    }
    const key = p === RDF_TYPE ? '@type' : compactPredicate(p);
    const value = p === RDF_TYPE && 'iri' in o ? compactIri(o.iri) : jsonLdValue(o);
    const prev = node[key];
    if (prev === undefined) node[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else node[key] = [prev, value];
  }
  const context: Record<string, string> = {};
  for (const [prefix, ns] of Object.entries(NS)) context[prefix] = ns;
  return { '@context': context, '@graph': [...nodes.values()] };
}

// ── Turtle ─────────────────────────────────────────────────────────────────────────────────

const { namedNode, literal, quad } = DataFactory;

function objectTerm(o: RdfObject): Term {
  if ('iri' in o) return namedNode(o.iri);
  if (o.language) return literal(o.value, o.language);
  if (o.datatype) return literal(o.value, namedNode(o.datatype));
  return literal(o.value);
}

/** Turtle via n3's Writer; triples of one subject are kept together. */
export function toTurtle(triples: readonly Triple[]): Promise<string> {
  const order = new Map<string, Triple[]>();
  for (const t of triples) {
    const group = order.get(t.s);
    if (group) group.push(t);
    else order.set(t.s, [t]);
  }
  const writer = new Writer({ prefixes: { ...NS } });
  for (const group of order.values()) {
    for (const t of group) writer.addQuad(quad(namedNode(t.s), namedNode(t.p), objectTerm(t.o)));
  }
  return new Promise((resolve, reject) => {
    writer.end((error, result) => (error ? reject(error) : resolve(result)));
  });
}
