/**
 * The two static assets of the catalog site: its style sheet and the small classic script of
 * the index page (search and filters). The script is a plain `<script src>` — module scripts
 * do not run from file:// in Chromium — reads the catalog from
 * `<script type="application/json" id="katalog-data">` with JSON.parse and only ever sets
 * `textContent` and `hidden`, never HTML.
 */

export const SITE_CSS = `/* Katalog Data — Satu Data Workbench */
:root {
  --biru: #123a6b;
  --biru-tua: #0b2747;
  --biru-muda: #e8eef7;
  --merah: #c8102e;
  --teks: #1b2430;
  --redup: #5b6776;
  --garis: #d9e0e8;
  --latar: #f3f5f8;
  --putih: #ffffff;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body {
  margin: 0;
  font-family: "Segoe UI", "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--teks);
  background: var(--latar);
  line-height: 1.5;
}
a { color: var(--biru); }
a:hover { color: var(--merah); }
.wadah { max-width: 1160px; margin: 0 auto; padding: 0 24px; }
.pita { height: 6px; background: linear-gradient(to bottom, var(--merah) 50%, #ffffff 50%); }
.kepala { background: var(--biru); color: #fff; border-bottom: 4px solid var(--biru-tua); }
.kepala .wadah { padding-top: 22px; padding-bottom: 22px; display: flex; align-items: center; gap: 18px; }
.lambang { flex: none; width: 54px; height: 54px; }
.lambang .perisai { fill: #fff; }
.lambang .isi { fill: var(--biru); }
.lambang .garis-merah { fill: var(--merah); }
.kepala .org { margin: 0; font-size: .9rem; letter-spacing: .06em; text-transform: uppercase; opacity: .9; }
.kepala h1, .kepala .judul-situs { margin: 2px 0 0; font-size: 1.75rem; font-weight: 700; line-height: 1.2; }
.kepala .judul-situs a { color: #fff; text-decoration: none; }
.kepala .sub { margin: 4px 0 0; font-size: .95rem; opacity: .88; }
main { padding: 24px 0 40px; }
.ringkasan { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; margin-bottom: 20px; }
.angka { background: var(--putih); border: 1px solid var(--garis); border-radius: 8px; padding: 14px 16px; }
.angka b { display: block; font-size: 1.6rem; color: var(--biru); line-height: 1.1; }
.angka span { color: var(--redup); font-size: .9rem; }
.saring { background: var(--putih); border: 1px solid var(--garis); border-radius: 8px; padding: 16px; margin-bottom: 16px; display: grid; grid-template-columns: 2fr repeat(4, 1fr) auto; gap: 12px; align-items: end; }
.saring label { display: block; font-size: .8rem; font-weight: 600; color: var(--redup); margin-bottom: 4px; text-transform: uppercase; letter-spacing: .04em; }
.saring input, .saring select { width: 100%; height: 40px; font: inherit; font-size: .95rem; padding: 8px 10px; border: 1px solid #b9c4d0; border-radius: 6px; background: #fff; color: var(--teks); }
.saring input:focus, .saring select:focus { outline: 2px solid var(--biru); outline-offset: 1px; }
.saring button { font: inherit; font-size: .95rem; padding: 8px 14px; border: 1px solid var(--biru); background: #fff; color: var(--biru); border-radius: 6px; cursor: pointer; }
.saring button:hover { background: var(--biru-muda); }
.hasil { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; margin: 4px 2px 10px; color: var(--redup); font-size: .95rem; }
.unduh-katalog a { margin-left: 10px; }
.daftar { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
.kartu { background: var(--putih); border: 1px solid var(--garis); border-left: 4px solid var(--biru); border-radius: 8px; padding: 16px 18px; }
.kartu h2 { margin: 0 0 6px; font-size: 1.15rem; line-height: 1.3; }
.kartu h2 a { text-decoration: none; }
.kartu h2 a:hover { text-decoration: underline; }
.kartu p.desk { margin: 0 0 10px; color: #333d4a; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 0 0 10px; font-size: .9rem; }
.meta div { display: flex; gap: 6px; }
.meta dt { color: var(--redup); }
.meta dd { margin: 0; font-weight: 600; }
.lencana { display: flex; flex-wrap: wrap; gap: 6px; }
.lb { display: inline-block; font-size: .78rem; font-weight: 600; padding: 2px 9px; border-radius: 999px; border: 1px solid transparent; background: #eceff3; color: #374151; }
.lb.terbuka { background: #e3f3e9; color: #17603a; border-color: #b7dfc6; }
.lb.terbatas { background: #fff3d6; color: #7a4d00; border-color: #f0d28e; }
.lb.tertutup { background: #fde8e8; color: #8f1b1b; border-color: #f3b9b9; }
.lb.belum-diklasifikasikan { background: #eceff3; color: #4b5563; border-color: #d1d7df; }
.lb.lolos { background: #e3f3e9; color: #17603a; }
.lb.galat { background: #fde8e8; color: #8f1b1b; }
.lb.belum { background: #eceff3; color: #4b5563; }
.lb.topik { background: var(--biru-muda); color: var(--biru); }
.lb.status { background: #f1ecfb; color: #4c2a85; }
.kosong-hasil { background: var(--putih); border: 1px dashed #b9c4d0; border-radius: 8px; padding: 24px; text-align: center; color: var(--redup); }
.jejak { font-size: .9rem; margin: 0 0 10px; color: var(--redup); }
.jejak a { color: var(--redup); }
.judul-dataset { margin: 0 0 8px; font-size: 1.7rem; line-height: 1.25; color: var(--biru-tua); }
.tata { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 20px; align-items: start; margin-top: 16px; }
.panel { background: var(--putih); border: 1px solid var(--garis); border-radius: 8px; padding: 18px 20px; margin-bottom: 16px; }
.panel > h2 { margin: 0 0 12px; font-size: 1.15rem; color: var(--biru-tua); border-bottom: 2px solid var(--biru-muda); padding-bottom: 6px; }
.panel h3, .bagian h2 { font-size: 1rem; margin: 16px 0 8px; color: var(--biru); }
.bagian:first-child h2 { margin-top: 0; }
.isian { width: 100%; border-collapse: collapse; font-size: .93rem; }
.isian th, .isian td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #edf0f4; }
.isian th { width: 34%; color: var(--redup); font-weight: 600; }
.isian .wajib { display: none; }
.baris { margin: 0; padding-left: 18px; }
.mono, code { font-family: "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .88em; }
.tabel-bungkus { overflow-x: auto; margin: 6px 0 10px; }
.grid, .pratinjau { border-collapse: collapse; width: 100%; font-size: .88rem; }
.grid caption { text-align: left; font-weight: 600; color: var(--biru); padding: 4px 0 6px; }
.grid th, .grid td, .pratinjau th, .pratinjau td { border: 1px solid var(--garis); padding: 5px 8px; text-align: left; vertical-align: top; }
.grid thead th, .pratinjau thead th { background: var(--biru-muda); color: var(--biru-tua); font-weight: 600; }
.pratinjau td { white-space: nowrap; max-width: 22em; overflow: hidden; text-overflow: ellipsis; }
.pratinjau td.angka-sel { text-align: right; font-variant-numeric: tabular-nums; }
.kosong, .catatan { color: var(--redup); font-style: italic; }
.pemberitahuan { border-left: 4px solid #d98e04; background: #fff8e6; padding: 10px 14px; border-radius: 6px; margin: 0 0 10px; font-size: .93rem; }
.pemberitahuan.merah { border-color: var(--merah); background: #fdf0f0; }
.pribadi { font-size: .75rem; font-weight: 700; color: #8f1b1b; background: #fde8e8; border-radius: 4px; padding: 1px 6px; margin-left: 6px; white-space: nowrap; }
.skor { width: 100%; border-collapse: collapse; font-size: .93rem; }
.skor th, .skor td { padding: 6px 8px; border-bottom: 1px solid #edf0f4; text-align: left; }
.skor td.n, .skor th.n { text-align: right; font-variant-numeric: tabular-nums; }
.skor-batang { display: block; width: 160px; max-width: 100%; height: 10px; }
.skor-batang .latar { fill: #e5e9ef; }
.skor-batang .baik { fill: #1f8a4c; }
.skor-batang .sedang { fill: #d98e04; }
.skor-batang .kurang { fill: var(--merah); }
.unduhan { list-style: none; padding: 0; margin: 0; }
.unduhan li { display: flex; justify-content: space-between; gap: 10px; padding: 8px 0; border-bottom: 1px solid #edf0f4; }
.unduhan a { font-weight: 600; }
.unduhan .ukuran { color: var(--redup); font-size: .88rem; white-space: nowrap; }
.fakta { margin: 0; font-size: .92rem; }
.fakta div { display: grid; grid-template-columns: 44% 56%; gap: 6px; padding: 5px 0; border-bottom: 1px solid #edf0f4; }
.fakta dt { color: var(--redup); }
.fakta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.grafik { display: block; max-width: 100%; height: auto; }
.grafik rect { fill: var(--biru); }
.grafik .batang:hover rect { fill: var(--merah); }
.grafik text { font-size: 12px; fill: var(--teks); font-family: inherit; }
.grafik text.nilai { fill: var(--redup); font-variant-numeric: tabular-nums; }
.grafik text.catatan { fill: var(--redup); font-style: italic; }
.grafik .sumbu { stroke: #9aa6b4; stroke-width: 1; }
.kaki { border-top: 1px solid var(--garis); background: var(--putih); color: var(--redup); font-size: .85rem; }
.kaki .wadah { padding-top: 16px; padding-bottom: 20px; }
.kaki p { margin: 2px 0; }
[hidden] { display: none !important; }
@media (max-width: 900px) {
  .saring { grid-template-columns: 1fr 1fr; }
  .ringkasan { grid-template-columns: 1fr 1fr; }
  .tata { grid-template-columns: 1fr; }
}
@media print {
  @page { size: A4; margin: 15mm; }
  body { background: #fff; font-size: 10.5pt; }
  .kepala { background: #fff; color: #000; border-bottom: 2px solid #000; }
  .kepala .wadah { padding: 0 0 8px; }
  .lambang, .pita, .saring, .hasil .unduh-katalog, .jejak { display: none; }
  .wadah { max-width: none; padding: 0; }
  .kartu, .panel, .angka { border: 1px solid #999; break-inside: avoid; page-break-inside: avoid; }
  .tata { grid-template-columns: 1fr; }
  a { color: #000; text-decoration: none; }
  .unduhan a::after { content: " (" attr(href) ")"; font-weight: normal; font-size: 9pt; }
  .kartu[hidden] { display: none !important; }
}
`;

/** The index page's search and filters (ES2017, no modules, no innerHTML). */
export const SITE_JS = `/* Katalog Data — pencarian dan penyaring (Satu Data Workbench) */
(function () {
  'use strict';
  var dataEl = document.getElementById('katalog-data');
  var form = document.getElementById('saring');
  if (!dataEl || !form) return;
  var data;
  try {
    data = JSON.parse(dataEl.textContent || '{}');
  } catch (e) {
    return;
  }
  var datasets = Array.isArray(data.datasets) ? data.datasets : [];
  var texts = data.texts || {};

  function norm(s) {
    return String(s == null ? '' : s)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\\u0300-\\u036f]/g, '');
  }

  var byId = {};
  datasets.forEach(function (d) {
    d.haystack = norm([d.title, d.description, (d.keywords || []).join(' '), d.producer,
      (d.topics || []).join(' '), d.fileName, d.status, d.accessLabel].join(' '));
    byId[d.id] = d;
  });

  var q = document.getElementById('cari');
  var selects = {
    topik: document.getElementById('saring-topik'),
    produsen: document.getElementById('saring-produsen'),
    status: document.getElementById('saring-status'),
    akses: document.getElementById('saring-akses')
  };
  var count = document.getElementById('jumlah-hasil');
  var empty = document.getElementById('kosong-hasil');
  var cards = Array.prototype.slice.call(document.querySelectorAll('[data-dataset-id]'));

  function value(el) {
    return el ? el.value : '';
  }

  function matches(d, terms, f) {
    for (var i = 0; i < terms.length; i++) if (d.haystack.indexOf(terms[i]) === -1) return false;
    if (f.topik && (d.topics || []).indexOf(f.topik) === -1) return false;
    if (f.produsen && d.producer !== f.produsen) return false;
    if (f.status && d.statusKey !== f.status) return false;
    if (f.akses && d.access !== f.akses) return false;
    return true;
  }

  function writeHash(f, text) {
    var parts = [];
    if (text) parts.push('q=' + encodeURIComponent(text));
    Object.keys(f).forEach(function (k) {
      if (f[k]) parts.push(k + '=' + encodeURIComponent(f[k]));
    });
    try {
      history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname);
    } catch (e) {
      /* some browsers refuse replaceState on file:// — the filters still work */
    }
  }

  function readHash() {
    var h = location.hash.replace(/^#/, '');
    if (!h) return;
    h.split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i < 0) return;
      var k = pair.slice(0, i);
      var v;
      try {
        v = decodeURIComponent(pair.slice(i + 1));
      } catch (e) {
        return;
      }
      if (k === 'q' && q) q.value = v;
      var el = selects[k];
      if (el) {
        for (var j = 0; j < el.options.length; j++) if (el.options[j].value === v) el.value = v;
      }
    });
  }

  function apply() {
    var text = value(q).trim();
    var terms = norm(text).split(/\\s+/).filter(Boolean);
    var f = {
      topik: value(selects.topik),
      produsen: value(selects.produsen),
      status: value(selects.status),
      akses: value(selects.akses)
    };
    var shown = 0;
    cards.forEach(function (card) {
      var d = byId[card.getAttribute('data-dataset-id')];
      var ok = !!d && matches(d, terms, f);
      card.hidden = !ok;
      if (ok) shown++;
    });
    if (count) {
      count.textContent = String(texts.showing || 'Menampilkan {n} dari {total} dataset')
        .replace('{n}', String(shown))
        .replace('{total}', String(cards.length));
    }
    if (empty) empty.hidden = shown !== 0;
    writeHash(f, text);
  }

  form.hidden = false;
  readHash();
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    apply();
  });
  form.addEventListener('reset', function () {
    setTimeout(apply, 0);
  });
  apply();
})();
`;
