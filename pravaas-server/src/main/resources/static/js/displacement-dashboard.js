// An operation's dashboard: fetches its figures as JSON (no inline script under our CSP) and
// draws them with Apache ECharts. Labels come from data- attributes, in the page's language.
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root || !window.echarts) {
    return;
  }
  var labels = root.dataset;
  var number = new Intl.NumberFormat(document.documentElement.lang || 'en');

  function chart(id, option) {
    var el = document.getElementById(id);
    var instance = echarts.init(el, null, { renderer: 'svg' });
    option.tooltip = Object.assign({ renderMode: 'richText', trigger: 'axis' }, option.tooltip || {});
    option.grid = { containLabel: true, left: 8, right: 16, top: 40, bottom: 8 };
    option.animation = false;
    instance.setOption(option);
    window.addEventListener('resize', function () { instance.resize(); });
  }

  function line(name, values) {
    return { name: name, type: 'line', smooth: true, data: values };
  }

  function rounds(data) {
    chart('chart-rounds', {
      legend: { top: 0 },
      xAxis: { type: 'category', data: data.rounds.map(function (r) { return labels.labelRound + ' ' + r.number; }) },
      yAxis: { type: 'value' },
      series: [
        line(labels.labelIndividuals, data.rounds.map(function (r) { return r.individuals; })),
        line(labels.labelIdps, data.rounds.map(function (r) { return r.idps; })),
        line(labels.labelRefugees, data.rounds.map(function (r) { return r.refugees; })),
        line(labels.labelReturnees, data.rounds.map(function (r) { return r.returnees; }))
      ]
    });
  }

  function areas(data) {
    var shown = data.areas.slice(0, 12).reverse();
    chart('chart-areas', {
      legend: { top: 0 },
      tooltip: { axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: shown.map(function (a) { return a.name; }) },
      series: [
        { name: labels.labelIndividuals, type: 'bar', data: shown.map(function (a) { return a.individuals; }) },
        { name: labels.labelIdps, type: 'bar', data: shown.map(function (a) { return a.idps; }) }
      ]
    });
  }

  function areaTrends(data) {
    var rounds = [];
    var byArea = {};
    data.areaRounds.forEach(function (r) {
      if (rounds.indexOf(r.round) < 0) {
        rounds.push(r.round);
      }
      byArea[r.area] = byArea[r.area] || {};
      byArea[r.area][r.round] = r.individuals;
    });
    chart('chart-area-trends', {
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: rounds.map(function (n) { return labels.labelRound + ' ' + n; }) },
      yAxis: { type: 'value' },
      series: Object.keys(byArea).map(function (area) {
        return line(area, rounds.map(function (n) { return byArea[area][n] == null ? null : byArea[area][n]; }));
      })
    });
  }

  function flows(data) {
    var months = [];
    var arrivals = {};
    var departures = {};
    data.flows.forEach(function (f) {
      if (months.indexOf(f.month) < 0) {
        months.push(f.month);
      }
      arrivals[f.month] = (arrivals[f.month] || 0) + (f.arrivals || 0);
      departures[f.month] = (departures[f.month] || 0) + (f.departures || 0);
    });
    chart('chart-flows', {
      legend: { top: 0 },
      xAxis: { type: 'category', data: months.map(function (m) { return m.substring(0, 7); }) },
      yAxis: { type: 'value' },
      series: [
        { name: labels.labelArrivals, type: 'bar', data: months.map(function (m) { return arrivals[m]; }) },
        { name: labels.labelDepartures, type: 'bar', data: months.map(function (m) { return departures[m]; }) }
      ]
    });
  }

  function needs(data) {
    var shown = data.needs.slice().reverse();
    chart('chart-needs', {
      tooltip: { axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map(function (n) { return n.need; }) },
      series: [{ name: labels.labelPlaces, type: 'bar', data: shown.map(function (n) { return n.places; }) }]
    });
  }

  function surveys(data) {
    var names = { CONFLICT: labels.surveyConflict, DISASTER: labels.surveyDisaster, ECONOMIC: labels.surveyEconomic,
      FAMILY: labels.surveyFamily, OTHER: labels.surveyOther };
    var shown = data.surveys.slice().reverse();
    chart('chart-surveys', {
      legend: { top: 0 },
      tooltip: { axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map(function (r) { return names[r.reason] || r.reason; }) },
      series: [
        { name: labels.labelArrivals, type: 'bar', stack: 'all', data: shown.map(function (r) { return r.arriving; }) },
        { name: labels.labelDepartures, type: 'bar', stack: 'all', data: shown.map(function (r) { return r.leaving; }) }
      ]
    });
  }

  function cell(row, text, end) {
    var td = document.createElement('td');
    td.textContent = text;
    if (end) {
      td.className = 'text-end';
    }
    row.appendChild(td);
  }

  function originDestination(data) {
    var body = document.querySelector('#origin-destination tbody');
    data.originDestination.forEach(function (od) {
      var row = document.createElement('tr');
      cell(row, od.origin, false);
      cell(row, od.destination, false);
      cell(row, od.idps == null ? labels.labelWithheld : number.format(od.idps), true);
      body.appendChild(row);
    });
  }

  function events(data) {
    var body = document.querySelector('#events tbody');
    var reasons = { CONFLICT: labels.reasonConflict, DISASTER: labels.reasonDisaster, OTHER: labels.reasonOther };
    data.events.forEach(function (e) {
      var row = document.createElement('tr');
      cell(row, new Date(e.occurredOn + 'T00:00:00').toLocaleDateString(document.documentElement.lang || 'en'), false);
      cell(row, e.area, false);
      cell(row, reasons[e.reason] || e.reason, false);
      cell(row, e.individuals == null ? labels.labelWithheld : number.format(e.individuals), true);
      cell(row, e.description, false);
      body.appendChild(row);
    });
  }

  fetch(labels.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      rounds(data);
      areaTrends(data);
      areas(data);
      flows(data);
      originDestination(data);
      events(data);
      needs(data);
      surveys(data);
      root.dataset.rendered = 'true';
    });
}());
