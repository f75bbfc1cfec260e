/** The site's icon: 公 in white on the red of official documents. Small enough to keep in code. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#a4161a"/><text x="32" y="46" font-size="40" text-anchor="middle" fill="#fff" font-family="PingFang SC,Microsoft YaHei,Noto Sans CJK SC,sans-serif">公</text></svg>`;
