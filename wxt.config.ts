import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The public half of the extension's signing key pins its id to
 * `pdilopegpfmagjekjkieecglomhocdnp` in unpacked builds too, so the worker can allow exactly
 * that origin (docs/architecture.md §5) and tests can open its pages by URL.
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtKU2gUcApq0DFKl9uWCuXFLe7HitjhR0PQj50ZoOvSW5DgI1IKFX8GF9rdgLkz7dpqlnj6itfDXD5aeuqO9nkPvZtIEDb//Q6k5G4ZG+g+pj1xO3ZqfPgfzOvsKgRREhzaWwvQuKGgk5lA/hR/oZ3rsRtOq1ELnop880AmYOKRYpevGM5zdmml7NDAF5a8rt2nYkZTYTB+J+mgffpF/UTqOoD7X1rovKxLLoOUKITB2jjQ7ARt8mV6ZUB3hKrvtwlmvn382t4EpfBkU1ofeYI3bMITb3rqBDvr8abOhsMSwDOx/KiQUFb9dBsG3ih+ze69GXvO2ammfvIe5nD6ULAQIDAQAB';

export default defineConfig({
  srcDir: 'extension',
  // Static files (the _locales the manifest's default_locale needs) live with the extension.
  publicDir: 'extension/public',
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CongKhai',
    description: 'Kiểm tra công khai thủ tục hành chính trên Cổng Dịch vụ công.',
    default_locale: 'vi',
    ...(browser === 'chrome' ? { key: EXTENSION_KEY } : {}),
    // The toolbar button opens the side panel (background sets openPanelOnActionClick).
    action: { default_title: 'CongKhai' },
    // `scripting` registers the unit-site content script for the hosts granted in Options.
    permissions: ['storage', 'alarms', 'sidePanel', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // MV2 (the Firefox build) has no optional_host_permissions, and WXT drops the key there.
    ...(manifestVersion === 2 ? { optional_permissions: ['http://*/*', 'https://*/*'] } : {}),
  }),
});
