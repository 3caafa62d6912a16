// recapdeck uses a system Chromium/Chrome (see README "Browser"); never download one at install time.
module.exports = { skipDownload: true };
