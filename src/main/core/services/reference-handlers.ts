/** Contract area: Kemendagri region codes, the shipped BPS list and local reference lists. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReferenceContract } from '../../../shared/api/reference';
import type { ReferenceListInfo } from '../../../shared/model/reference';
import { decodeListBytes } from '../reference/reference-list-csv';
import { LocalReferenceLists } from '../reference/local-reference-lists';
import type { AreaHandlers, ServiceContext } from './context';
import { resolveSource } from './dataset-handlers';

export function createReferenceHandlers(
  ctx: ServiceContext,
): AreaHandlers<keyof ReferenceContract> {
  const local = (): LocalReferenceLists => new LocalReferenceLists(ctx.db);
  const anyList = (listId: string, version?: number) => {
    const shipped = ctx.reference().list(listId);
    return shipped && version === undefined ? shipped : local().get(listId, version);
  };
  return {
    'reference:stats': () => Promise.resolve(ctx.reference().stats()),
    'reference:wilayah': (req) => {
      const store = ctx.reference();
      const r = store.byCode(req.code);
      return Promise.resolve(r ? { ...r, ancestors: store.ancestors(req.code) } : null);
    },
    'reference:children': (req) => Promise.resolve(ctx.reference().children(req.code)),
    'reference:find': (req) =>
      Promise.resolve(
        ctx.reference().find(req.name, {
          ...(req.level ? { level: req.level } : {}),
          ...(req.parentCode ? { parentCode: req.parentCode } : {}),
          ...(req.limit ? { limit: req.limit } : {}),
        }),
      ),
    'reference:check-name': (req) =>
      Promise.resolve(ctx.reference().checkName(req.code, req.name) ?? null),
    'reference:obsolete': (req) => Promise.resolve(ctx.reference().isObsolete(req.code) ?? null),
    'reference:lists': () => {
      const all: ReferenceListInfo[] = [...ctx.reference().lists(), ...local().lists()];
      return Promise.resolve(all);
    },
    'reference:list-versions': (req) => {
      const shipped = ctx
        .reference()
        .lists()
        .filter((l) => l.id === req.listId);
      return Promise.resolve(shipped.length > 0 ? shipped : local().versions(req.listId));
    },
    'reference:list-entries': (req) => {
      const list = anyList(req.listId, req.version);
      const entries = list.entries();
      const offset = req.offset ?? 0;
      const limit = req.limit ?? 500;
      return Promise.resolve({
        info: list.info,
        entries: entries.slice(offset, offset + limit),
        total: entries.length,
      });
    },
    'reference:list-find': (req) =>
      Promise.resolve(anyList(req.listId, req.version).find(req.name, req.limit ?? 10)),
    'reference:list-import': (req) => {
      const src = resolveSource(ctx, req.source);
      const text = decodeListBytes(readFileSync(src.path));
      return Promise.resolve(
        local().importCsv({
          name: req.name,
          text,
          sourceFile: src.name ?? basename(src.path),
          user: ctx.user,
          ...(req.listId ? { listId: req.listId } : {}),
          ...(req.system ? { system: req.system } : {}),
          ...(req.mapsTo ? { mapsTo: req.mapsTo } : {}),
          ...(req.note ? { note: req.note } : {}),
        }),
      );
    },
  };
}
