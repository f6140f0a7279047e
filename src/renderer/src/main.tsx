// Must stay the first import: configures zod before any schema module is evaluated.
import './zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/theme/waymark.css';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { Root } from './app/Root';
import { styleNonce } from './app/providers';

// Mantine's modals lock page scrolling through react-remove-scroll, which injects its own <style>
// element and takes its nonce from this global (the `get-nonce` convention). Without it the CSP
// refuses that style; with it the style carries this page load's nonce like Mantine's own.
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
