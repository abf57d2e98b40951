// The displacement map: admin boundaries from our own GeoJSON (no tile server), coloured by the
// people counted in the latest round, and sites as points. Data comes from JSON endpoints.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || !window.L) {
    return;
  }
  var labels = el.dataset;
  var number = new Intl.NumberFormat(document.documentElement.lang || 'en');
  var colours = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'];

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); });
  }

  function shade(value, max) {
    if (value == null || value === 0) {
      return { colour: '#ffffff', step: -1 };
    }
    var step = Math.min(4, Math.floor(5 * value / (max + 1)));
    return { colour: colours[step], step: step };
  }

  function text(content) {
    var span = document.createElement('span');
    span.textContent = content;
    return span;
  }

  function legend(map, max) {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = L.DomUtil.create('div', 'map-legend');
      box.appendChild(text(labels.labelIndividuals));
      for (var i = 0; i < colours.length; i++) {
        var row = document.createElement('div');
        var swatch = document.createElement('span');
        swatch.className = 'swatch swatch-' + i;
        row.appendChild(swatch);
        row.appendChild(text('≥ ' + number.format(Math.ceil(i * (max + 1) / 5))));
        box.appendChild(row);
      }
      return box;
    };
    control.addTo(map);
  }

  var map = L.map(el, { attributionControl: false, zoomSnap: 0.25 });
  Promise.all([json(labels.boundaries), json(labels.figures)]).then(function (loaded) {
    var geo = loaded[0];
    var figures = loaded[1];
    var values = figures.individuals || {};
    var max = Object.keys(values).reduce(function (m, k) { return Math.max(m, values[k] || 0); }, 0);
    var areas = L.geoJSON(geo, {
      style: function (feature) {
        return { color: '#495057', weight: 1, fillColor: shade(values[feature.properties.pcode], max).colour, fillOpacity: 0.8 };
      },
      onEachFeature: function (feature, layer) {
        var p = feature.properties;
        var value = values[p.pcode];
        layer.bindTooltip(text(p.name + (p.localName ? ' · ' + p.localName : '') + ' (' + p.pcode + '): '
          + (value == null ? labels.labelNone : number.format(value))));
      }
    }).addTo(map);
    var sites = L.featureGroup();
    figures.sites.forEach(function (s) {
      L.circleMarker([s.latitude, s.longitude], { radius: 5, color: '#842029', weight: 1, fillColor: '#dc3545', fillOpacity: 0.9 })
        .bindTooltip(text(s.name + ' (' + s.code + ')' + (s.agency ? ' · ' + s.agency : '')))
        .addTo(sites);
    });
    sites.addTo(map);
    var bounds = areas.getBounds();
    map.fitBounds(bounds.isValid() ? bounds : sites.getBounds());
    legend(map, max);
    el.dataset.rendered = 'true';
    el.dataset.areas = String(geo.features.length);
    el.dataset.sites = String(figures.sites.length);
  });
}());
