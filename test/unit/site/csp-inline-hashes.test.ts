// Inline scripts Astro does not hash get their SHA-256 added to the page's script-src.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { addInlineScriptHashes } from '../../../src/plugins/csp-inline-hashes.mjs';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('addInlineScriptHashes', () => {
  it('adds the hash of each executable inline script, once, to script-src only', () => {
    const a = '\n\tconsole.log(1);\n';
    const b = 'var x=`y`';
    const html = page("default-src 'self'; script-src 'self' 'sha256-known='; style-src 'self' 'unsafe-inline'", `<script>${a}</script><script type="module">${b}</script><script>${a}</script>`);
    const policy = policyOf(addInlineScriptHashes(html));
    const script = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script.trim().split(/\s+/)).toEqual(['script-src', "'self'", "'sha256-known='", hash(a), hash(b)]);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy.match(new RegExp(hash(a).replace(/[+/=]/g, '\\$&'), 'g'))).toHaveLength(1);
  });

  it('leaves external scripts, JSON data blocks, pages already covered and pages without a policy alone', () => {
    const json = page("script-src 'self'", '<script src="/a.js"></script><script type="application/json">{"a":1}</script>');
    expect(addInlineScriptHashes(json)).toBe(json);
    const covered = page(`script-src 'self' ${hash('go()')}`, '<script>go()</script>');
    expect(addInlineScriptHashes(covered)).toBe(covered);
    const none = '<html><body><script>go()</script></body></html>';
    expect(addInlineScriptHashes(none)).toBe(none);
  });
});
