// Stylesheets are bundled by Vite as files served from the app origin; importing one has only
// that side effect.
declare module '*.css';
