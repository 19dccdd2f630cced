// The embed page's widget list, generated from custom-elements.json at build time.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {embedWidgets} from '../../scripts/embed-widgets.mjs';
import {readEmbedWidgets, WIDGET_BUNDLES} from '../../scripts/build-embed.mjs';

test('the four widgets, from the real manifest, with their attributes and events', () => {
  const widgets = readEmbedWidgets();
  assert.deepEqual(Object.keys(widgets).sort(), ['eligibility-check', 'etalage', 'event-list', 'partner-map']);
  assert.deepEqual(WIDGET_BUNDLES.sort(), ['ncte-eligibility-check', 'ncte-etalage', 'ncte-event-list', 'ncte-partner-map']);
  for (const [name, attributes] of Object.entries({etalage: ['src', 'gemeente', 'locked', 'page-size'], 'eligibility-check': ['track'], 'partner-map': ['view', 'tiles'], 'event-list': ['show-past', 'locked']})) {
    for (const attribute of attributes) assert.ok(widgets[name].attributes.includes(attribute), `${name} ${attribute}`);
  }
  assert.deepEqual(widgets['event-list'].booleans.sort(), ['locked', 'no-structured-data', 'show-past', 'sync-url']);
  assert.ok(widgets.etalage.events.includes('ncte-initiative-open'));
  assert.ok(widgets['eligibility-check'].events.includes('ncte-eligibility-result'));
  assert.ok(widgets['eligibility-check'].events.includes('ncte-step-change'));
  assert.ok(widgets['partner-map'].events.includes('ncte-partner-select'));
  assert.ok(widgets['event-list'].events.includes('ncte-event-select'));
  for (const widget of Object.values(widgets)) assert.ok(widget.events.includes('ncte-feed-issues'));
});

test('every attribute in the manifest is in the list: none is hand-copied or left out', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const widgets = readEmbedWidgets();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const name = declaration.tagName?.replace(/^ncte-/, '');
      if (!widgets[name]) continue;
      assert.deepEqual(widgets[name].attributes, [...new Set((declaration.attributes ?? []).map((a) => a.name))]);
    }
  }
});

test('reads a manifest defensively: missing fields, other shapes, unions, odd names', () => {
  const manifest = {
    schemaVersion: '2.1.0',
    modules: [
      null,
      {path: 'x.ts'},
      {declarations: 'nope'},
      {
        declarations: [
          {kind: 'function', name: 'helper'},
          {tagName: 'ncte-etalage', attributes: [{name: 'src', type: {text: 'string | undefined'}}, {name: 'locked', type: {text: 'boolean'}}, {name: 'sync-url', type: {text: 'boolean | undefined'}}, {name: 'layout', type: {text: "'cards' | 'list'"}}, {name: 'Bad Name'}, {fieldName: 'noName'}, null, {name: 'src'}], events: [{name: 'ncte-filter-change', type: {text: 'FilterChangeEvent'}}, {description: 'nameless'}, {name: 'click'}, null]},
          {tagName: 'ncte-feed', attributes: [{name: 'src'}]},
          {tagName: 'other-widget', attributes: [{name: 'x'}]},
          {tagName: 'ncte-event-list'},
        ],
      },
    ],
  };
  const widgets = embedWidgets(manifest, ['ncte-etalage', 'ncte-event-list', 'ncte-partner-map']);
  assert.deepEqual(widgets, {
    etalage: {attributes: ['src', 'locked', 'sync-url', 'layout'], booleans: ['locked', 'sync-url'], events: ['ncte-filter-change']},
    'event-list': {attributes: [], booleans: [], events: []},
  });
  assert.deepEqual(embedWidgets(undefined, ['ncte-etalage']), {});
  assert.deepEqual(embedWidgets({modules: 'x'}, ['ncte-etalage']), {});
});
