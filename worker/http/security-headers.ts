import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every answer (OWASP secure headers): no MIME sniffing, no framing, no
 * referrer sent to another site, and a strict Content-Security-Policy: pages load only their own
 * stylesheet and images, run no script at all (the dashboard works without JavaScript), and
 * post forms only to this origin.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  xFrameOptions: 'DENY',
  // `same-origin`, not `no-referrer`: with the latter Chromium sends `Origin: null` on the
  // dashboard's own form posts, and the origin check needs the real one.
  referrerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginOpenerPolicy: 'same-origin',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
});
