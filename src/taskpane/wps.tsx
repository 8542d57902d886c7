import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createWpsHost, type WpsApplication } from '../hosts/wps';
import { App } from './components/App';

/**
 * The pane in WPS 表格: the same App over the WPS adapter. WPS gives the add-in's pages the global `Application`;
 * pane-check.js has already explained in Chinese when it is missing or the built-in browser is too old.
 */
const globals = window as unknown as { Application?: WpsApplication; __fundcheckBlocked?: boolean };
const container = document.getElementById('container');
if (container && globals.Application && !globals.__fundcheckBlocked) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={createWpsHost(globals.Application)} />
    </FluentProvider>,
  );
}
