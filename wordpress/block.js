/* The "Know the Signs" block in the editor: plain wp.* calls, no build step. Its options are
 * block.json's attributes (the same as the shortcode's); the choices in its menus are block.json's
 * enums. The page shows what the server renders (know-the-signs.php, kts_render), as visitors
 * get it before the widget's script runs: the region's helpline paragraph. */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var NAME = 'know-the-signs/widget';
  var LABELS = {
    region: 'Region (helplines)', audience: 'Audience', locale: 'Language', theme: 'Colours',
    topics: 'Topics (labour, sex, csec, smuggling, myths)', questions: 'Questions per run',
    panels: 'Panels, in order (quiz, help, facts)', pack: 'Your own content pack (URL)',
    help_name: 'Your service’s name', help_phone: 'Its phone number', help_text: 'Its number for texts',
    help_url: 'Its website', exit_url: 'Quick exit goes to', safety_url: 'Safe-browsing advice page'
  };

  wp.blocks.registerBlockType(NAME, {
    edit: function (props) {
      var schema = wp.blocks.getBlockType(NAME).attributes;
      var controls = Object.keys(LABELS).map(function (name) {
        var common = {
          key: name,
          label: LABELS[name],
          value: props.attributes[name] || '',
          onChange: function (value) {
            var change = {};
            change[name] = value;
            props.setAttributes(change);
          }
        };
        if (schema[name] && schema[name].enum) {
          common.options = schema[name].enum.map(function (value) {
            return { value: value, label: value === '' ? 'Site default' : value };
          });
          return el(wp.components.SelectControl, common);
        }
        return el(wp.components.TextControl, common);
      });
      return el(wp.element.Fragment, null,
        el(wp.blockEditor.InspectorControls, null,
          el(wp.components.PanelBody, { title: 'Know the Signs' }, controls)),
        el('div', wp.blockEditor.useBlockProps(),
          el(wp.serverSideRender, { block: NAME, attributes: props.attributes })));
    },
    // Rendered on the server, like the shortcode.
    save: function () { return null; }
  });
})(window.wp);
