// Stands in for `proxy-agent` in the CLI's bundle. puppeteer-core's launcher imports
// @puppeteer/browsers, whose download code imports proxy-agent, and with it a PAC-script
// interpreter, FTP and SOCKS clients: 1.4 MB that the bundle loaded on every browser start, about
// 0.15 s. recapdeck never downloads a browser through puppeteer-core (it finds an installed one,
// or asks `puppeteer`, which is not bundled), so nothing here is ever constructed.
export class ProxyAgent {
  constructor() {
    throw new Error('recapdeck: browser downloads are not part of the CLI bundle (install Chromium, or use puppeteer)');
  }
}
