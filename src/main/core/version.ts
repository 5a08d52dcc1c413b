/** The application version, injected at build time from package.json (esbuild/vite `define`). */
declare const __SATUDATA_VERSION__: string | undefined;

export const APP_VERSION: string =
  typeof __SATUDATA_VERSION__ === 'string' ? __SATUDATA_VERSION__ : '0.0.0-dev';
