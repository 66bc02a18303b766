it('probe', async () => {
  for (const p of ['/__web-dev-server__/rollup/error-correction-level.js?web-dev-server-rollup-null-byte=%00%2Fwork%2Fmain%2Fnode_modules%2Fqrcode%2Flib%2Fcore%2Ferror-correction-level.js%3Fcommonjs-proxy', '/__web-dev-server__/rollup/error-correction-level.js?web-dev-server-rollup-null-byte=%00%2Fwork%2Fmain%2Fnode_modules%2Fqrcode%2Flib%2Fcore%2Ferror-correction-level.js%3Fcommonjs-exports']) {
    const t = await (await fetch(p)).text();
    console.log('SRC', p, t.slice(0, 1500));
  }
});
