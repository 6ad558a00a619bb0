// Local stand-ins for four open-data APIs, so browser tests never reach the internet (issue #5).
// Koa middleware for @web/test-runner; each route answers in the documented shape of its API over
// the same table (dataset.mjs), with server-side paging, sort, filter and search:
//   /api-replay/tabular/api/resources/{rid}/data/ and /profile/        data.gouv.fr Tabular API
//   /api-replay/ckan/api/3/action/datastore_search?resource_id=…        CKAN DataStore
//   /api-replay/ods/api/explore/v2.1/catalog/datasets/{id}[/records]    Opendatasoft Explore v2.1 (ODSQL where)
//   /api-replay/datasette/{db}/{table}.json                             Datasette (tilde-encoded names, _next)
//   /api-replay/requests?id=…   the requests received for that id (resource/dataset/table), as JSON
// Failure scenarios, by the id's prefix (tests add a unique suffix; counters are per full id):
//   limite…          first request 429 + Retry-After: 1, then normal
//   limite-longue…   always 429 + Retry-After: 120
//   panne…           500          json-casse…  200 with truncated JSON
//   html…            200 text/html          forme…  200 JSON of the wrong shape
//   lent…            answers after 3 s      inconnu…  404
//   sans-profil…     Tabular: the profile answers 404 (old resources), the data is served
import { COLUMNS, ROWS, fullText, matches, objectJson, sortRows } from './dataset.mjs';

const requests = new Map();
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function send(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/** Plays the failure scenario of `id`; returns true when it answered. */
async function scenario(ctx, id) {
  const count = (counts.get(id) ?? 0) + 1;
  counts.set(id, count);
  if (id.startsWith('limite-longue')) return send(ctx, 429, { error: 'Too Many Requests' }, { 'Retry-After': '120' }), true;
  if (id.startsWith('limite') && count === 1) return send(ctx, 429, { error: 'Too Many Requests' }, { 'Retry-After': '1' }), true;
  if (id.startsWith('panne')) return send(ctx, 500, { error: 'Internal Server Error' }), true;
  if (id.startsWith('json-casse')) return send(ctx, 200, '{"data": [{"code": "00007", "nom": "Ami'), true;
  if (id.startsWith('forme')) return send(ctx, 200, { data: 'pas un tableau', result: [], results: 'x', rows: {} }), true;
  if (id.startsWith('inconnu')) return send(ctx, 404, { message: 'Not found' }), true;
  if (id.startsWith('html')) {
    ctx.status = 200;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = '<!doctype html><title>Maintenance</title><p>Service en maintenance</p>';
    return true;
  }
  if (id.startsWith('lent')) await sleep(3000);
  return false;
}

const columnIndex = (name) => COLUMNS.findIndex((column) => column.name === name || column.odsName === name);
const pairs = (row, nameOf = (c) => c.name) => COLUMNS.map((column, i) => [nameOf(column), row[i]]);
const badRequest = (ctx, message) => send(ctx, 400, { error: message });

function select(conditions, search) {
  return ROWS.filter((row) => conditions.every(({ index, op, value }) => matches(row[index], op, value)) && (!search || fullText(row, search)));
}

// ---- data.gouv.fr Tabular API ----
function tabular(ctx, rid, route, params) {
  if (route === 'profile/' && rid.startsWith('sans-profil')) return send(ctx, 404, { message: 'No profile' });
  if (route === 'profile/') {
    const columns = Object.fromEntries(COLUMNS.map((c) => [c.name, { python_type: c.python, format: c.python, score: 1 }]));
    return send(ctx, 200, { profile: { header: COLUMNS.map((c) => c.name), columns, total_lines: ROWS.length } });
  }
  if (route !== 'data/') return send(ctx, 404, { message: 'Not found' });
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('page_size') ?? '20');
  if (!(page >= 1) || !(size >= 1 && size <= 50)) return badRequest(ctx, 'page_size must be between 1 and 50');
  const conditions = [];
  let sort;
  for (const [key, value] of params) {
    const at = key.lastIndexOf('__');
    if (at < 0) continue;
    const [name, op] = [key.slice(0, at), key.slice(at + 2)];
    const index = columnIndex(name);
    if (index < 0) return badRequest(ctx, `Unknown column ${name}`);
    if (op === 'sort') sort = { index, direction: value };
    else if (['exact', 'contains', 'greater', 'less'].includes(op)) {
      conditions.push({ index, op: { greater: 'gte', less: 'lte' }[op] ?? op, value });
    } else return badRequest(ctx, `Unknown operator ${op}`);
  }
  let rows = select(conditions);
  if (sort) rows = sortRows(rows, sort.index, sort.direction);
  const slice = rows.slice((page - 1) * size, page * size);
  const data = slice.map((row) => objectJson([['__id', ROWS.indexOf(row) + 1], ...pairs(row)]));
  const link = (p) => `${ctx.origin}${ctx.path}?page=${p}&page_size=${size}`;
  const links = { profile: 'x', swagger: 'x', next: page * size < rows.length ? link(page + 1) : null, prev: page > 1 ? link(page - 1) : null };
  return send(ctx, 200, `{"data":[${data.join(',')}],"links":${JSON.stringify(links)},"meta":${JSON.stringify({ page, page_size: size, total: rows.length })}}`);
}

// ---- CKAN datastore_search ----
function ckan(ctx, params) {
  const conflict = (message) => send(ctx, 409, { success: false, error: { message, __type: 'Validation Error' } });
  const limit = Number(params.get('limit') ?? '100');
  const offset = Number(params.get('offset') ?? '0');
  const conditions = [];
  if (params.has('filters')) {
    let filters;
    try {
      filters = JSON.parse(params.get('filters'));
    } catch {
      return conflict('filters: Cannot parse JSON');
    }
    for (const [name, value] of Object.entries(filters)) {
      const index = columnIndex(name);
      if (index < 0) return conflict(`field "${name}" not in table`);
      conditions.push({ index, op: 'exact', value });
    }
  }
  let rows = select(conditions, params.get('q'));
  if (params.has('sort')) {
    const clause = /^\s*"([^"]+)"\s+(asc|desc)\s*$/.exec(params.get('sort'));
    const index = clause ? columnIndex(clause[1]) : -1;
    if (index < 0) return conflict('sort: field not in table');
    rows = sortRows(rows, index, clause[2]);
  }
  const fields = [{ id: '_id', type: 'int' }, ...COLUMNS.map((c) => ({ id: c.name, type: c.ckan }))];
  fields[2].info = { label: 'Nom de la commune', notes: 'Nom officiel <i>(COG)</i>' };
  const records = rows.slice(offset, offset + limit).map((row) => objectJson([['_id', ROWS.indexOf(row) + 1], ...pairs(row)]));
  const result = `{"fields":${JSON.stringify(fields)},"records":[${records.join(',')}],"total":${rows.length},"limit":${limit},"offset":${offset}}`;
  return send(ctx, 200, `{"help":"https://demo.ckan.org/api/3/action/help_show?name=datastore_search","success":true,"result":${result}}`);
}

// ---- Opendatasoft: a small ODSQL parser for the subset the adapter writes ----
function tokenize(text) {
  const tokens = [];
  const re = /\s*(?:`([^`]*)`|"((?:[^"\\]|\\.)*)"|date'(\d{4}-\d{2}-\d{2})'|(-?\d+(?:\.\d+)?)|(>=|<=|=|\(|\)|,)|([a-z_]+))/gy;
  let match;
  while (re.lastIndex < text.length && (match = re.exec(text))) {
    if (match[1] !== undefined) tokens.push({ field: match[1] });
    else if (match[2] !== undefined) tokens.push({ string: match[2].replace(/\\(.)/gs, '$1') });
    else if (match[3] !== undefined) tokens.push({ string: match[3] });
    else if (match[4] !== undefined) tokens.push({ number: Number(match[4]) });
    else tokens.push({ word: match[5] ?? match[6] });
  }
  if (re.lastIndex !== 0 && re.lastIndex < text.trimEnd().length) throw new Error('ODSQL syntax error');
  if (!match && text.trim()) throw new Error('ODSQL syntax error');
  return tokens;
}

/** `where` → [{ field, op, value }] or { search }; throws on anything outside the subset. */
export function parseOdsql(where) {
  const tokens = tokenize(where);
  const conditions = [];
  let i = 0;
  const next = () => tokens[i++] ?? {};
  const expect = (word) => { if (next().word !== word) throw new Error(`ODSQL: expected ${word}`); };
  for (;;) {
    const token = next();
    if (token.word === 'search') {
      expect('(');
      const first = next();
      if (first.field !== undefined) {
        expect(',');
        const value = next();
        if (value.string === undefined) throw new Error('ODSQL: search() needs a string');
        conditions.push({ field: first.field, op: 'contains', value: value.string });
      } else if (first.string !== undefined) conditions.push({ search: first.string });
      else throw new Error('ODSQL: bad search()');
      expect(')');
    } else if (token.field !== undefined) {
      const op = { '=': 'exact', '>=': 'gte', '<=': 'lte' }[next().word];
      const value = next();
      const literal = value.string ?? value.number;
      if (!op || literal === undefined) throw new Error('ODSQL: bad comparison');
      conditions.push({ field: token.field, op, value: literal });
    } else throw new Error('ODSQL: unexpected token');
    if (i >= tokens.length) return conditions;
    expect('and');
  }
}

function ods(ctx, id, route, params, log) {
  const odsName = (c) => c.odsName ?? c.name;
  if (route === '') {
    return send(ctx, 200, {
      dataset_id: id,
      fields: COLUMNS.map((c) => ({ name: odsName(c), label: c.label, type: c.ods, description: c.name === 'nom' ? '<p>Nom <b>officiel</b></p>' : null })),
      metas: { default: { title: 'Communes', records_count: ROWS.length } },
    });
  }
  if (route !== '/records') return send(ctx, 404, { error_code: 'NotFound' });
  const limit = Number(params.get('limit') ?? '10');
  const offset = Number(params.get('offset') ?? '0');
  if (limit > 100 || limit < -1) return badRequest(ctx, 'Invalid value for limit');
  if (offset + limit > 10000) return badRequest(ctx, 'Invalid value for offset + limit');
  let conditions = [];
  try {
    if (params.has('where')) conditions = parseOdsql(params.get('where'));
  } catch (error) {
    return send(ctx, 400, { error_code: 'ODSQLError', message: String(error.message) });
  }
  log.where = conditions;
  const search = conditions.find((c) => c.search !== undefined)?.search;
  const filters = [];
  for (const c of conditions.filter((c) => c.field !== undefined)) {
    const index = columnIndex(c.field);
    if (index < 0) return send(ctx, 400, { error_code: 'ODSQLError', message: `Unknown field: ${c.field}` });
    filters.push({ index, op: c.op, value: c.value });
  }
  let rows = select(filters, search);
  if (params.has('order_by')) {
    const clause = /^`([A-Za-z0-9_]+)` (asc|desc)$/.exec(params.get('order_by'));
    const index = clause ? columnIndex(clause[1]) : -1;
    if (index < 0) return send(ctx, 400, { error_code: 'ODSQLError', message: 'Bad order_by' });
    rows = sortRows(rows, index, clause[2]);
  }
  const results = rows.slice(offset, offset + Math.max(0, limit)).map((row) => objectJson(pairs(row, odsName)));
  return send(ctx, 200, `{"total_count":${rows.length},"results":[${results.join(',')}]}`);
}

// ---- Datasette ----
const tildeDecode = (text) => decodeURIComponent(text.replace(/\+/g, ' ').replace(/~([0-9A-F]{2})/g, '%$1'));

function datasette(ctx, params) {
  const size = Number(params.get('_size') ?? '100');
  if (!(size >= 1 && size <= 1000)) return badRequest(ctx, '_size must be a positive integer');
  const conditions = [];
  for (const [key, value] of params) {
    if (key.startsWith('_')) continue;
    const at = key.lastIndexOf('__');
    const [name, op] = at < 0 ? [key, 'exact'] : [key.slice(0, at), key.slice(at + 2)];
    const index = columnIndex(name);
    if (index < 0 || !['exact', 'contains', 'gte', 'lte'].includes(op)) return badRequest(ctx, `Bad filter ${key}`);
    conditions.push({ index, op, value });
  }
  let rows = select(conditions, params.get('_search'));
  const sortName = params.get('_sort') ?? params.get('_sort_desc');
  if (sortName !== null) {
    const index = columnIndex(sortName);
    if (index < 0) return badRequest(ctx, `Cannot sort table by ${sortName}`);
    rows = sortRows(rows, index, params.has('_sort') ? 'asc' : 'desc');
  }
  const token = params.get('_next');
  const start = token === null ? 0 : Number(/^k(\d+)$/.exec(token)?.[1] ?? NaN);
  if (Number.isNaN(start)) return badRequest(ctx, 'Bad _next');
  const end = start + size;
  const next = end < rows.length ? `k${end}` : null;
  const body = {
    database: 'communes', table: 't', columns: COLUMNS.map((c) => c.name),
    next, next_url: next && `${ctx.origin}${ctx.path}?_next=${next}`, filtered_table_rows_count: rows.length,
  };
  const objects = rows.slice(start, end).map((row) => objectJson(pairs(row)));
  return send(ctx, 200, `${JSON.stringify(body).slice(0, -1)},"rows":[${objects.join(',')}]}`);
}

export async function apiReplay(ctx, next) {
  if (!ctx.path.startsWith('/api-replay/')) return next();
  const url = new URL(ctx.url, 'http://127.0.0.1');
  const params = url.searchParams;
  const parts = url.pathname.split('/').slice(2); // ['tabular', …]
  if (parts[0] === 'requests') return send(ctx, 200, requests.get(params.get('id')) ?? []);

  let id;
  let handler;
  const m = {
    tabular: /^\/api-replay\/tabular\/api\/resources\/([^/]+)\/(.*)$/.exec(url.pathname),
    ckan: /^\/api-replay\/ckan\/api\/3\/action\/datastore_search$/.exec(url.pathname),
    ods: /^\/api-replay\/ods\/api\/explore\/v2\.1\/catalog\/datasets\/([^/]+)(\/records)?$/.exec(url.pathname),
    datasette: /^\/api-replay\/datasette\/([^/]+)\/([^/]+)\.json$/.exec(url.pathname),
  };
  const log = { path: url.pathname, params: [...params] };
  if (m.tabular) [id, handler] = [decodeURIComponent(m.tabular[1]), () => tabular(ctx, id, m.tabular[2], params)];
  else if (m.ckan) [id, handler] = [params.get('resource_id') ?? '', () => ckan(ctx, params)];
  else if (m.ods) [id, handler] = [decodeURIComponent(m.ods[1]), () => ods(ctx, id, m.ods[2] ?? '', params, log)];
  else if (m.datasette) {
    const [database, table] = [tildeDecode(m.datasette[1]), tildeDecode(m.datasette[2])];
    Object.assign(log, { database, table });
    [id, handler] = [table, () => datasette(ctx, params)];
  } else return send(ctx, 404, { error: 'No such replayed API route' });

  if (!requests.has(id)) requests.set(id, []);
  requests.get(id).push(log);
  log.cookie = ctx.get('Cookie') !== '';
  log.referer = ctx.get('Referer');
  if (!(await scenario(ctx, id))) handler();
  // WTR's cacheMiddleware (outside ours) marks every path with an extension, such as Datasette's
  // `.json`, as cacheable for a year, and the browser would then replay answers (even a 429) from
  // its cache. It reads ctx.path after us: show it the path without its extension.
  ctx.path = ctx.path.replace(/\.json$/, '');
  return undefined;
}
