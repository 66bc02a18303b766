/* Reper blocks in the block editor: plain JavaScript on WordPress's own globals, no build step.
 * The blocks are dynamic (saved as a comment with attributes; PHP renders them), so save() is
 * null. Each preview is the server render itself (ServerSideRender), upgraded by the same
 * cdn/ bundle as the front end, so it looks like the published page. Clicks and taps inside a
 * preview are stopped: a quick exit or a tel: link must not leave the editor. */
(function (wp, strings) {
  'use strict';
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl, Disabled, Notice } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const t = (key) => strings[key] || key;
  const options = (...keys) => keys.map((value) => ({ value, label: t(value) }));

  // Stop activation before it reaches anything inside the preview (capture phase, on the wrapper).
  const stop = (event) => {
    event.preventDefault();
    event.stopPropagation();
  };

  function preview(name, attributes) {
    return el(
      'div',
      { className: 'reper-editor-preview', onClickCapture: stop },
      el(Disabled, null, el(ServerSideRender, { block: name, attributes })),
    );
  }

  const controls = {
    'reper/hotline': (a, set) => [
      el(SelectControl, { key: 'v', label: t('variant'), value: a.variant, options: options('banner', 'compact', 'card'), onChange: (variant) => set({ variant }) }),
      el(SelectControl, { key: 'a', label: t('audience'), value: a.audience, options: options('general', 'children'), onChange: (audience) => set({ audience }) }),
      el(ToggleControl, { key: 'n', label: t('neutral'), checked: !!a.neutral, onChange: (neutral) => set({ neutral }) }),
    ],
    'reper/exit': (a, set) => [
      el(Notice, { key: 'note', status: 'info', isDismissible: false }, t('exitNote')),
      el(TextControl, { key: 'l', label: t('label'), value: a.label, onChange: (label) => set({ label }) }),
      el(TextControl, { key: 'h', label: t('href'), type: 'url', value: a.href, onChange: (href) => set({ href }) }),
      el(SelectControl, { key: 's', label: t('shortcut'), value: a.shortcut, options: options('shift3', 'escape2', 'none'), onChange: (shortcut) => set({ shortcut }) }),
      el(ToggleControl, { key: 'i', label: t('info'), checked: !!a.info, onChange: (info) => set({ info }) }),
    ],
    'reper/finder': (a, set) => [
      el(Notice, { key: 'note', status: 'info', isDismissible: false }, t('finderNote')),
      el(TextControl, { key: 'l', label: t('locality'), value: a.locality, onChange: (locality) => set({ locality }) }),
      el(TextControl, { key: 'c', label: t('category'), value: a.category, onChange: (category) => set({ category }) }),
      el(TextControl, { key: 'a', label: t('audienceCode'), value: a.audience, onChange: (audience) => set({ audience }) }),
      el(ToggleControl, { key: 'r', label: t('reportChanges'), checked: !!a.reportChanges, onChange: (reportChanges) => set({ reportChanges }) }),
    ],
    'reper/qr': (a, set) => [
      el(TextControl, { key: 'v', label: t('value'), value: a.value, onChange: (value) => set({ value }) }),
      el(TextControl, { key: 'l', label: t('qrLabel'), value: a.label, onChange: (label) => set({ label }) }),
      el(SelectControl, { key: 'e', label: t('ecc'), value: a.ecc, options: ['L', 'M', 'Q', 'H'].map((value) => ({ value, label: value })), onChange: (ecc) => set({ ecc }) }),
      el(TextControl, { key: 's', label: t('size'), value: a.size, onChange: (size) => set({ size }) }),
    ],
    'reper/pathway': (a, set) => [
      el(SelectControl, { key: 'a', label: t('audience'), value: a.audience, options: options('general', 'professional'), onChange: (audience) => set({ audience }) }),
    ],
  };

  for (const name of Object.keys(controls)) {
    registerBlockType(name, {
      edit: function Edit(props) {
        const blockProps = useBlockProps();
        return el(
          Fragment,
          null,
          el(InspectorControls, null, el(PanelBody, { title: t('settings') }, controls[name](props.attributes, props.setAttributes))),
          el('div', blockProps, preview(name, props.attributes)),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.reperEditor || {});
