// report.html of a newsbeam run. Every figure shown comes from the embedded data, which the
// report writer read from the run's CSV tables; nothing here recounts. Text from articles only
// ever reaches the page as text nodes (el, esc), never as markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf', '#393b79', '#ad494a', '#637939', '#7b4173', '#3182bd', '#e6550d'];
  var CERTAINTY = { claimed: '#e08e2b', negated: '#c44e4e', hypothetical: '#7c5cc4' };
  var charts = [];

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c != null) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function count(n, one, many) { return fmt(n) + ' ' + (Number(n) === 1 ? one : many); }
  function safeUrl(u) { return /^https?:\/\//i.test(u || '') ? u : null; }
  function link(url, text) {
    var u = safeUrl(url);
    return u ? el('a', { href: u, target: '_blank', rel: 'noopener noreferrer', text: text }) : el('span', { text: text });
  }
  function figure(name, value, cls) {
    return el('span', { cls: cls || 'figure', 'data-figure': name, 'data-value': String(value), text: fmt(value) });
  }
  function num(col, value, text) {
    return el('td', { cls: 'n', 'data-col': col, 'data-value': String(value), text: text != null ? text : fmt(value) });
  }
  function guard(name, fn) {
    try { fn(); } catch (e) {
      var list = document.getElementById('script-errors');
      list.appendChild(el('li', { text: name + ': ' + (e && e.stack ? e.stack.split('\n').slice(0, 2).join(' ') : e) }));
      list.hidden = false;
      document.body.setAttribute('data-report-errors', String(list.children.length));
    }
  }
  function toggle(container, options, selected, onChange) {
    container.textContent = '';
    options.forEach(function (o) {
      var b = el('button', { type: 'button', 'data-value': o.value, text: o.label });
      if (o.value === selected) { b.className = 'on'; }
      b.addEventListener('click', function () {
        Array.prototype.forEach.call(container.children, function (c) { c.className = c === b ? 'on' : ''; });
        onChange(o.value);
      });
      container.appendChild(b);
    });
  }
  function tagFor(certainty) {
    return certainty && certainty !== 'asserted' ? el('span', { cls: 'tag ' + certainty, text: certainty }) : null;
  }
  function example(e) {
    var head = [el('span', { cls: 'tag', text: (e.type || '').replace(/_/g, ' ') }), tagFor(e.certainty)];
    if (e.weapon) { head.push(el('span', { cls: 'tag', text: e.weapon })); }
    if (e.quantity) { head.push(el('span', { cls: 'tag', text: 'quantity ' + e.quantity })); }
    if (e.date) { head.push(el('span', { cls: 'tag', text: e.date })); }
    if (e.actors) { head.push(el('span', { cls: 'note', text: e.actors })); }
    return el('li', {}, [el('div', {}, head), el('span', { cls: 'sentence', text: e.sentence }), link(e.url, e.url)]);
  }

  // ---- summary ------------------------------------------------------------------------------
  function summary() {
    var s = data.summary, c = s.counters;
    document.title = 'newsbeam report: ' + (s.study || 'run') + (s.first_day ? ', ' + s.first_day + ' to ' + s.last_day : '');
    document.getElementById('subtitle').textContent = 'Study ' + s.study + ' · newsbeam ' + s.version + ' · archive ' + s.archive;
    var cards = document.getElementById('summary-cards');
    function card(name, main, sub) { cards.appendChild(el('div', { cls: 'card' }, [el('span', { cls: 'name', text: name }), main].concat(sub ? [el('span', { cls: 'sub' }, sub)] : []))); }
    card('Articles', figure('articles', c.articles), [count(c.duplicates, 'syndicated copy', 'syndicated copies') + ' (left out of counts), ' + count(c.snapshots_folded, 'snapshot', 'snapshots') + ' folded, ' + fmt(c.undated) + ' undated']);
    card('Sites', figure('sites', s.sites), ['distinct sites in ', link('articles.csv', 'articles.csv')]);
    card('Date range', el('span', { cls: 'text', 'data-figure': 'date_range', 'data-value': s.first_day + '/' + s.last_day, text: s.first_day ? s.first_day + ' – ' + s.last_day : 'no dated article' }),
      [s.since || s.until ? 'kept: ' + (s.since || '…') + ' to ' + (s.until || '…') + ', ' + fmt(c.out_of_range) + ' out of range' : 'published dates of the articles']);
    card('Records read', figure('records', c.records), [count(c.files, 'file', 'files') + ', ' + count(c.pages, 'page', 'pages')]);
    var kinds = Object.keys(s.skipped_by_kind || {}).map(function (k) { return k + ' ' + fmt(s.skipped_by_kind[k]); }).join(', ');
    card('Skipped', figure('skipped', c.skipped), [kinds ? kinds + ' (' : '(', link('run_summary.json', 'run_summary.json'), ')']);
    var rej = el('a', { href: 'rejects.csv', text: 'rejects.csv' });
    card('Rejected', figure('rejected', c.rejected), ['listed in ', rej, ' and ', el('a', { href: '#rejects-section', text: 'below' })]);
    card('Study', el('span', { cls: 'text', 'data-figure': 'study', 'data-value': s.study, text: s.study }), ['newsbeam ' + s.version]);
    card('Mentions', figure('actor_mentions', c.actor_mentions), [fmt(c.event_mentions) + ' event mentions in ' + fmt(c.sentences) + ' sentences']);
    document.getElementById('summary-note').textContent = 'Runner ' + s.runner + (s.wall_seconds ? ', ' + s.wall_seconds + ' s' : '') +
      '. Every figure in this report is read from the tables in this folder; the tables hold everything the report leaves out.';
  }

  // ---- timeline -----------------------------------------------------------------------------
  function timeline() {
    var t = data.timeline, days = t.days;
    var measure = 'events', split = 'type';
    var chart = echarts.init(document.getElementById('timeline'), null, { renderer: 'canvas' });
    var cert = echarts.init(document.getElementById('certainty'), null, { renderer: 'canvas' });
    charts.push(chart, cert);
    var colours = {};
    t.types.forEach(function (k, i) { colours[k] = PALETTE[i % PALETTE.length]; });
    // a long run opens on its latest year; the slider below the chart reaches the rest
    var zoom = days.length > 120 ? [{ type: 'slider', startValue: Math.max(0, days.length - 366), endValue: days.length - 1, height: 18, bottom: 4 }, { type: 'inside' }] : [];
    var visible = {};

    function keys() { return split === 'weapon' ? t.weapons.names : t.types; }
    function source() { return split === 'weapon' ? t.weapons.series : t.series; }
    function label(k) { return k.replace(/_/g, ' '); }

    function dayTooltip(params) {
      if (!params.length) { return ''; }
      var i = params[0].dataIndex, day = days[i];
      var lines = ['<b>' + esc(day) + '</b> · ' + esc(measure)];
      params.forEach(function (p) { if (p.value) { lines.push(p.marker + esc(p.seriesName) + ': <b>' + fmt(p.value) + '</b>'); } });
      var ex = t.examples[day];
      if (ex) {
        ex.list.slice(0, 3).forEach(function (e) {
          var s = e.sentence.length > 110 ? e.sentence.slice(0, 109) + '…' : e.sentence;
          lines.push('<span style="color:#5f6b7a">' + esc(label(e.type)) + (e.certainty !== 'asserted' ? ' (' + esc(e.certainty) + ')' : '') + ':</span> ' + esc(s));
        });
        lines.push('<span style="color:#5f6b7a">' + fmt(ex.reports) + ' reports in events.csv; all listed below the chart</span>');
      }
      return '<div style="max-width:460px;white-space:normal">' + lines.join('<br>') + '</div>';
    }

    function draw() {
      var src = source();
      chart.setOption({
        animation: false,
        color: keys().map(function (k, i) { return split === 'type' ? colours[k] : PALETTE[i % PALETTE.length]; }),
        grid: { left: 54, right: 18, top: 56, bottom: zoom.length ? 58 : 30 },
        legend: { type: 'scroll', top: 0, formatter: label, selected: visible },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: dayTooltip },
        xAxis: { type: 'category', data: days, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', name: measure === 'events' ? 'distinct events' : 'asserted reports', nameGap: 10, minInterval: 1 },
        dataZoom: zoom,
        series: keys().map(function (k) { return { name: k, type: 'bar', stack: 'all', barMaxWidth: 26, emphasis: { focus: 'series' }, data: src[k][measure] }; })
      }, { notMerge: true });
      drawCertainty();
    }

    function drawCertainty() {
      var src = source();
      var series = ['claimed', 'negated', 'hypothetical'].map(function (m) {
        var values = days.map(function (d, i) {
          var sum = 0;
          keys().forEach(function (k) { if (visible[k] !== false) { sum += src[k][m][i]; } });
          return sum;
        });
        return { name: m, type: 'bar', stack: 'c', barMaxWidth: 26, data: values, itemStyle: { color: CERTAINTY[m] } };
      });
      cert.setOption({
        animation: false,
        grid: { left: 54, right: 18, top: 26, bottom: zoom.length ? 44 : 22 },
        legend: { top: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
        xAxis: { type: 'category', data: days, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', minInterval: 1 }, // the heading above names the unit
        dataZoom: zoom.length ? [{ type: 'slider', show: false, startValue: zoom[0].startValue, endValue: zoom[0].endValue }, { type: 'inside' }] : [],
        series: series
      }, { notMerge: true });
    }

    function showDay(i) {
      var day = days[i], panel = document.getElementById('day-panel');
      panel.textContent = '';
      panel.setAttribute('data-day', day);
      var ex = t.examples[day];
      var src = source(), counts = [];
      keys().forEach(function (k) { var v = src[k][measure][i]; if (v) { counts.push(label(k) + ' ' + fmt(v)); } });
      panel.appendChild(el('h4', { text: day + ': ' + (counts.length ? counts.join(', ') + ' (' + measure + ')' : 'no ' + measure) }));
      if (!ex) { panel.appendChild(el('p', { cls: 'note', text: 'No reports in events.csv on this day.' })); return; }
      panel.appendChild(el('p', { cls: 'note' }, [figure('day_reports', ex.reports, 'day-reports'), ' reports in events.csv on this day (every certainty); ' +
        (ex.list.length < ex.reports ? 'one per event, the first ' + ex.list.length + ':' : 'one per event:')]));
      panel.appendChild(el('ul', { cls: 'examples' }, ex.list.map(example)));
    }

    var measures = [{ value: 'events', label: 'distinct events' }, { value: 'reports', label: 'reports' }];
    toggle(document.getElementById('measure-toggle'), measures, measure, function (v) { measure = v; draw(); });
    if (t.weapons) {
      document.getElementById('split-label').hidden = false;
      var st = document.getElementById('split-toggle');
      st.hidden = false;
      toggle(st, [{ value: 'type', label: 'event type' }, { value: 'weapon', label: 'weapon' }], split, function (v) { split = v; visible = {}; draw(); });
    }
    chart.on('legendselectchanged', function (e) { visible = e.selected; drawCertainty(); });
    chart.on('updateAxisPointer', function (e) {
      var info = e.axesInfo && e.axesInfo[0];
      if (info && info.value != null) { showDay(info.value); }
    });
    chart.on('click', function (p) { showDay(p.dataIndex); });
    echarts.connect([chart, cert]);
    draw();
    // open on the busiest day, so the panel shows what a day looks like
    var best = -1, bestValue = -1;
    days.forEach(function (d, i) {
      var v = 0;
      t.types.forEach(function (k) { v += t.series[k].reports[i]; });
      if (v > bestValue) { best = i; bestValue = v; }
    });
    if (best >= 0) { showDay(best); }

    var table = document.getElementById('event-types');
    var head = ['event type', 'events', 'reports', 'claimed', 'negated', 'hypothetical', 'quantity'];
    table.appendChild(el('tr', {}, head.map(function (h, i) { return el('th', { cls: i ? 'n' : '', text: h }); })));
    t.totals.forEach(function (r) {
      table.appendChild(el('tr', { 'data-type': r.type }, [el('td', {}, [el('span', { cls: 'bar', style: 'width:10px;background:' + colours[r.type] }), label(r.type)]),
        num('events', r.events), num('reports', r.reports), num('claimed', r.claimed), num('negated', r.negated), num('hypothetical', r.hypothetical), num('quantity', r.quantity)]));
    });
    var notes = ['Sums of event_counts.csv over its days. Events are counted on the day of their first report; quantity is the sum of the events\' quantities.'];
    if (t.undated_reports) { notes.push(fmt(t.undated_reports) + ' reports of undated articles are in the totals but not on the timeline.'); }
    if (t.days_with_events_shown < t.days_total) { notes.push('The timeline shows the latest ' + fmt(t.days.length) + ' days (' + fmt(t.days_with_events_shown) + ' of ' + fmt(t.days_total) + ' days with events).'); }
    notes.push('Each day lists at most ' + data.caps.examples_per_day + ' example reports; events.csv holds them all.');
    if (!t.weapons) { notes.push('The tables of this run have no weapon column, so there is no weapon split.'); }
    document.getElementById('timeline-note').textContent = notes.join(' ');
  }

  // ---- actors -------------------------------------------------------------------------------
  function sparkline(trend, span) {
    var NS = 'http://www.w3.org/2000/svg', w = 150, h = 26;
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('class', 'spark'); svg.setAttribute('width', w); svg.setAttribute('height', h);
    var size = Math.ceil(span / Math.max(1, Math.min(span, 50))), bins = Math.max(1, Math.ceil(span / size)), values = new Array(bins).fill(0);
    trend.forEach(function (p) { var b = Math.min(bins - 1, Math.floor(p[0] / size)); values[b] += p[1]; });
    var max = Math.max.apply(null, values) || 1, bw = w / bins;
    values.forEach(function (v, i) {
      if (!v) { return; }
      var r = document.createElementNS(NS, 'rect'), bh = Math.max(1.5, (h - 2) * v / max);
      r.setAttribute('x', (i * bw).toFixed(1)); r.setAttribute('y', (h - bh).toFixed(1));
      r.setAttribute('width', Math.max(1, bw - 0.6).toFixed(1)); r.setAttribute('height', bh.toFixed(1)); r.setAttribute('fill', '#4a7fc1');
      svg.appendChild(r);
    });
    var base = document.createElementNS(NS, 'line');
    base.setAttribute('x1', 0); base.setAttribute('x2', w); base.setAttribute('y1', h - 0.5); base.setAttribute('y2', h - 0.5); base.setAttribute('stroke', '#c9d1db');
    svg.appendChild(base);
    var title = document.createElementNS(NS, 'title');
    title.textContent = 'mentions per ' + (size === 1 ? 'day' : size + ' days') + ', ' + data.actors.trend_start + ' to ' + data.actors.trend_end + '; peak ' + max;
    svg.appendChild(title);
    return svg;
  }

  function actors() {
    var a = data.actors, select = document.getElementById('actor-type');
    var span = 1;
    if (a.trend_start && a.trend_end) { span = Math.round((Date.parse(a.trend_end) - Date.parse(a.trend_start)) / 86400000) + 1; }
    select.appendChild(el('option', { value: '', text: 'all types (' + fmt(a.total) + ' actors)' }));
    Object.keys(a.types).sort(function (x, y) { return a.types[y] - a.types[x]; }).forEach(function (k) {
      select.appendChild(el('option', { value: k, text: k + ' (' + fmt(a.types[k]) + ')' }));
    });
    function draw() {
      var type = select.value;
      var rows = a.rows.filter(function (r) { return !type || r.type === type; });
      if (!type) { rows = rows.slice(0, data.caps.actors); }
      var total = type ? a.types[type] : a.total;
      var table = document.getElementById('actors-table');
      table.textContent = '';
      table.setAttribute('data-type', type);
      table.appendChild(el('tr', {}, ['#', 'actor', 'type', 'country', 'mentions', 'articles', 'mentions per day, ' + a.trend_start + ' to ' + a.trend_end, 'first seen', 'last seen']
        .map(function (h, i) { return el('th', { cls: i === 4 || i === 5 ? 'n' : '', text: h }); })));
      var max = rows.reduce(function (m, r) { return Math.max(m, r.mentions); }, 1);
      rows.forEach(function (r, i) {
        var name = el('td', {}, [r.name, r.listed ? null : el('span', { cls: 'tag', title: 'found in the text, not in the dictionary', text: 'found' })]);
        var mentions = num('mentions', r.mentions);
        mentions.insertBefore(el('span', { cls: 'bar', style: 'width:' + Math.round(80 * r.mentions / max) + 'px' }), mentions.firstChild);
        table.appendChild(el('tr', { 'data-actor': r.name }, [el('td', { cls: 'note', text: String(i + 1) }), name, el('td', { text: r.type }), el('td', { text: r.country }),
          mentions, num('articles', r.articles), el('td', {}, [sparkline(r.trend, span)]), el('td', { text: r.first_seen }), el('td', { text: r.last_seen })]));
      });
      document.getElementById('actors-cap').textContent = 'the ' + fmt(rows.length) + ' most mentioned of ' + fmt(total) + ' actors' +
        (rows.length < total ? ' (actors.csv lists them all)' : '') + '; bars under "mentions per day" are per day, or per few days on a long run';
    }
    select.addEventListener('change', draw);
    draw();
  }

  // ---- network ------------------------------------------------------------------------------
  function network() {
    var n = data.network, chart = echarts.init(document.getElementById('network'), null, { renderer: 'canvas' });
    charts.push(chart);
    var byName = {};
    n.nodes.forEach(function (d) { byName[d.name] = d; });
    var maxArticles = n.nodes.reduce(function (m, d) { return Math.max(m, d.articles); }, 1);
    var maxSentences = n.edges.reduce(function (m, e) { return Math.max(m, e.sentences); }, 1);
    var colourBy = document.getElementById('colour-by'), metricBy = document.getElementById('edge-metric');
    var slider = document.getElementById('edge-threshold'), shownValue = document.getElementById('edge-threshold-value');
    var selected = null;
    var labelled = {};
    n.nodes.slice().sort(function (x, y) { return y.articles - x.articles; }).slice(0, 30).forEach(function (d) { labelled[d.name] = true; });

    function setSlider() {
      if (metricBy.value === 'npmi') { slider.min = -1; slider.max = 1; slider.step = 0.05; slider.value = 0; }
      else { slider.min = 1; slider.max = Math.max(1, maxSentences); slider.step = 1; slider.value = Math.min(2, maxSentences); }
    }
    function threshold() { return Number(slider.value); }
    function value(e) { return metricBy.value === 'npmi' ? e.npmi : e.sentences; }
    function categories() {
      var key = colourBy.value, counts = {};
      n.nodes.forEach(function (d) { var k = d[key] || 'unknown'; counts[k] = (counts[k] || 0) + 1; });
      var names = Object.keys(counts).sort(function (x, y) { return counts[y] - counts[x] || (x < y ? -1 : 1); });
      if (names.length > 12) { names = names.slice(0, 11).concat(['other']); }
      return names;
    }
    function draw() {
      var cats = categories(), key = colourBy.value, t = threshold();
      shownValue.textContent = metricBy.value === 'npmi' ? t.toFixed(2) : String(t);
      var edges = n.edges.filter(function (e) { return value(e) >= t; });
      document.getElementById('edge-count').textContent = fmt(edges.length) + ' of ' + fmt(n.edges.length) + ' pairs drawn';
      var degree = {};
      edges.forEach(function (e) { degree[e.a] = 1; degree[e.b] = 1; });
      chart.setOption({
        animation: false,
        color: PALETTE,
        legend: { type: 'scroll', top: 0, data: cats },
        tooltip: {
          confine: true, formatter: function (p) {
            if (p.dataType === 'edge') {
              var e = p.data.raw;
              return esc(e.a) + ' – ' + esc(e.b) + '<br>' + fmt(e.sentences) + ' sentences, ' + fmt(e.articles) + ' articles, NPMI ' + e.npmi;
            }
            var d = byName[p.name];
            return '<b>' + esc(d.name) + '</b><br>' + esc(d.type) + (d.country ? ', ' + esc(d.country) : '') + '<br>' + fmt(d.mentions) + ' mentions in ' + fmt(d.articles) + ' articles';
          }
        },
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true, top: 40,
          force: { repulsion: 130, gravity: 0.3, edgeLength: [35, 130], layoutAnimation: false },
          labelLayout: { hideOverlap: true },
          categories: cats.map(function (c) { return { name: c }; }),
          label: { position: 'right', fontSize: 11, color: '#1f2933' },
          emphasis: { focus: 'adjacency', label: { show: true } },
          lineStyle: { color: '#8a97a8', curveness: 0.08 },
          data: n.nodes.map(function (d) {
            var k = d[key] || 'unknown', ci = cats.indexOf(k);
            return {
              name: d.name, category: ci >= 0 ? ci : cats.length - 1, value: d.articles,
              symbolSize: 7 + 33 * Math.sqrt(d.articles / maxArticles),
              label: { show: !!labelled[d.name] || d.name === selected },
              itemStyle: { opacity: degree[d.name] || d.name === selected ? 1 : 0.35, borderColor: d.name === selected ? '#000' : '#fff', borderWidth: d.name === selected ? 2 : 0.5 }
            };
          }),
          links: edges.map(function (e) {
            var v = value(e), w = metricBy.value === 'npmi' ? 0.6 + 3.4 * Math.max(0, v) : 0.6 + 4 * Math.sqrt(v / maxSentences);
            return { source: e.a, target: e.b, raw: e, lineStyle: { width: w, opacity: 0.55 } };
          })
        }]
      }, { notMerge: true });
    }

    function partnersOf(name) {
      return n.edges.filter(function (e) { return e.a === name || e.b === name; }).sort(function (x, y) {
        return value(y) - value(x) || y.sentences - x.sentences;
      });
    }
    function showNode(name) {
      var d = byName[name];
      if (!d) { return; }
      selected = name;
      var panel = document.getElementById('node-panel');
      panel.textContent = '';
      panel.setAttribute('data-actor', name);
      panel.appendChild(el('h4', { text: d.name }));
      panel.appendChild(el('p', { cls: 'note', text: [d.type, d.country].filter(Boolean).join(', ') + ' · ' + fmt(d.mentions) + ' mentions in ' + fmt(d.articles) + ' articles' + (d.listed ? '' : ' · found in the text') }));
      var partners = partnersOf(name).slice(0, 10);
      panel.appendChild(el('h3', { text: 'Strongest partners (by ' + (metricBy.value === 'npmi' ? 'NPMI' : 'sentences') + ')' }));
      var table = el('table', { id: 'partners' }, [el('tr', {}, ['partner', 'sentences', 'articles', 'NPMI'].map(function (h, i) { return el('th', { cls: i ? 'n' : '', text: h }); }))]);
      partners.forEach(function (e) {
        var other = e.a === name ? e.b : e.a;
        table.appendChild(el('tr', { 'data-a': e.a, 'data-b': e.b }, [el('td', { text: other }), num('sentences', e.sentences), num('articles', e.articles), num('npmi', e.npmi, String(e.npmi))]));
      });
      panel.appendChild(partners.length ? table : el('p', { cls: 'note', text: 'No pair of this actor among the pairs drawn.' }));
      var shown = {};
      var items = [];
      partners.slice(0, 4).forEach(function (e) {
        (n.pair_examples[e.a < e.b ? e.a + '\t' + e.b : e.b + '\t' + e.a] || []).forEach(function (x) { if (!shown[x.sentence]) { shown[x.sentence] = 1; items.push(x); } });
      });
      (n.node_examples[name] || []).forEach(function (x) { if (!shown[x.sentence]) { shown[x.sentence] = 1; items.push(x); } });
      panel.appendChild(el('h3', { text: 'Example sentences (from events.csv)' }));
      panel.appendChild(items.length ? el('ul', { cls: 'examples' }, items.map(example)) : el('p', { cls: 'note', text: 'No event sentence names this actor.' }));
    }

    setSlider();
    colourBy.addEventListener('change', draw);
    metricBy.addEventListener('change', function () { setSlider(); draw(); if (selected) { showNode(selected); } });
    slider.addEventListener('input', draw);
    chart.on('click', function (p) {
      if (p.dataType === 'node') { showNode(p.name); draw(); }
      else if (p.dataType === 'edge') { showNode(p.data.raw.a); draw(); }
    });
    if (n.nodes.length) { showNode(n.nodes[0].name); }
    draw();
    var notes = ['Nodes: actors sized by articles; edges: pairs named in one sentence (co_mentions.csv). NPMI runs from -1 to 1: 0 is chance, 1 is only ever together.'];
    if (n.nodes.length < n.actors_in_pairs || n.edges.length < n.pairs_total) {
      notes.push('Drawn: the ' + fmt(n.nodes.length) + ' actors with most articles of the ' + fmt(n.actors_in_pairs) + ' in a pair, and the ' + fmt(n.edges.length) +
        ' pairs among them with most sentences of ' + fmt(n.pairs_total) + ' pairs. co_mentions.gexf and co_mentions.graphml hold the whole network.');
    }
    document.getElementById('network-note').textContent = notes.join(' ');
  }

  // ---- candidates, rejects, files -----------------------------------------------------------
  function candidates() {
    var c = data.candidates, table = document.getElementById('candidates-table');
    if (c.rows.length) table.appendChild(el('tr', {}, ['name', 'role', 'mentions', 'articles', 'example sentence'].map(function (h, i) { return el('th', { cls: i === 2 || i === 3 ? 'n' : '', text: h }); })));
    c.rows.forEach(function (r) {
      table.appendChild(el('tr', { 'data-candidate': r.name }, [el('td', { text: r.name }), el('td', { text: r.role }), num('mentions', r.mentions), num('articles', r.articles), el('td', { cls: 'sentence', text: r.example })]));
    });
    document.getElementById('candidates-note').textContent = 'People found in the text from a title or a speech verb, not in the study\'s dictionary: add the right ones to actors.yaml. ' +
      (c.rows.length < c.total ? 'The ' + fmt(c.rows.length) + ' most mentioned of ' + fmt(c.total) + ' (candidate_actors.csv lists them all).' : count(c.total, 'candidate', 'candidates') + '.');
  }
  function rejects() {
    var r = data.rejects, table = document.getElementById('rejects-table');
    var note = document.getElementById('rejects-note');
    note.appendChild(document.createTextNode(count(r.total, 'record', 'records') + ' could not be used' + (r.rows.length < r.total ? '; the first ' + fmt(r.rows.length) + ' are listed. ' : '. ')));
    note.appendChild(el('a', { href: 'rejects.csv', text: 'rejects.csv' }));
    note.appendChild(document.createTextNode(' lists them all with their reasons.'));
    if (!r.rows.length) { return; }
    table.appendChild(el('tr', {}, ['file', 'location', 'reason'].map(function (h) { return el('th', { text: h }); })));
    r.rows.forEach(function (x) { table.appendChild(el('tr', {}, [el('td', { text: x.file }), el('td', { text: x.location }), el('td', { text: x.reason })])); });
  }
  function files() {
    var f = document.getElementById('files');
    var names = ['articles.csv', 'actors.csv', 'co_mentions.csv', 'event_counts.csv', 'events.csv', 'actor_daily.csv', 'article_actors.csv', 'candidate_actors.csv', 'places.csv', 'skipped.csv', 'rejects.csv', 'run_summary.json', 'co_mentions.gexf', 'co_mentions.graphml'];
    f.appendChild(document.createTextNode('Tables of this run: '));
    names.forEach(function (n, i) { if (i) { f.appendChild(document.createTextNode(' · ')); } f.appendChild(el('a', { href: n, text: n })); });
    f.appendChild(el('p', { text: 'Open co_mentions.gexf in Gephi (File > Open) for the whole network, with type, country, mentions and articles on each actor and sentences, articles and NPMI on each pair.' }));
  }

  guard('summary', summary);
  guard('timeline', timeline);
  guard('actors', actors);
  guard('network', network);
  guard('candidates', candidates);
  guard('rejects', rejects);
  guard('files', files);
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-report-state', 'ready');
}());
