import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import * as antd from 'antd';
import type { ThemeConfig } from 'antd';
import { createHash } from 'node:crypto';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import type { Plugin } from 'vite';

/**
 * Ant Design writes its styles at run time: each component, on first use, computes its CSS from the theme and
 * inserts a <style>. On a slow computer that is a good part of the first page's time. This plugin renders every
 * antd component once at build time, under each theme the portal uses, and ships the CSS as a file with the map
 * antd reads on start (`.data-ant-cssinjs-cache-path`): a component whose style is in the file skips computing it.
 * A component or theme missing from the file still works: antd computes its style as before.
 */

/**
 * Components the portal uses neither directly nor inside the ones it uses: left out, so every page's stylesheet
 * stays smaller (a browser parses and matches every rule of it). Should a page use one later, antd computes its
 * style at run time, as it does for anything not in the file.
 */
const UNUSED = new Set(['Affix', 'Anchor', 'BackTop', 'Breadcrumb', 'Calendar', 'Carousel', 'Cascader', 'ColorPicker', 'FloatButton', 'Mentions', 'QRCode', 'Rate', 'Segmented', 'Slider', 'Splitter', 'Tour', 'Transfer', 'Tree', 'TreeSelect', 'Watermark']);

/** Every other component antd exports (names in capitals), rendered with no props; those that need props are skipped. */
function components(): Array<ComponentType> {
  return Object.entries(antd)
    .filter(([name, value]) => /^[A-Z]/.test(name) && !UNUSED.has(name) && name !== 'ConfigProvider' && value !== null && (typeof value === 'function' || typeof value === 'object'))
    .map(([, value]) => value as ComponentType);
}

/** The CSS of every component under each theme, each theme nested in the first (as the portal nests them). */
export function renderAntdStyles(themes: readonly ThemeConfig[]): string {
  const cache = createCache();
  const all = components();
  for (let depth = 1; depth <= themes.length; depth += 1) {
    const nested = depth === 1 ? [themes[0]] : [themes[0], themes[depth - 1]];
    for (const component of all) {
      let element = createElement(component);
      for (const theme of [...nested].reverse()) element = createElement(antd.ConfigProvider, { theme }, element);
      try {
        renderToString(createElement(StyleProvider, { cache }, element));
      } catch {
        // Needs props to render: its style is computed at run time instead.
      }
    }
  }
  return extractStyle(cache, true);
}

export function antdStaticStyles(themes: readonly ThemeConfig[]): Plugin {
  let css = '';
  let fileName = '';
  return {
    name: 'antd-static-styles',
    apply: 'build',
    buildStart() {
      css = renderAntdStyles(themes);
      fileName = `assets/antd-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: css });
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `/${fileName}` }, injectTo: 'head-prepend' }];
    },
  };
}
