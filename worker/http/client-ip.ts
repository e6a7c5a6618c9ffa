import type { Context } from 'hono';

/**
 * The caller's IP as Cloudflare's edge reports it (`CF-Connecting-IP`, which the edge sets and a
 * client cannot forge through it). `wrangler dev` and the tests have no edge: one key for all.
 */
export const clientIp = (c: Context): string => c.req.header('CF-Connecting-IP') ?? 'local';
