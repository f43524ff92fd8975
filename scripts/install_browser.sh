#!/bin/sh
# Installs Debian's Chromium for the browser tests (tests/test_html_browser.py) when it is missing.
# Does nothing, and says why, unless it runs as root on a machine with apt-get. Never fails: the
# browser tests skip themselves without a browser, so `make test` may call this on any machine.

for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then
        echo "install_browser: $(command -v "$name") is there already"
        exit 0
    fi
done
if [ "$(id -u)" != "0" ]; then
    echo "install_browser: no Chromium, and not root: the browser tests will be skipped (install chromium to run them)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser: no Chromium, and no apt-get: the browser tests will be skipped (install chromium to run them)"
    exit 0
fi
echo "install_browser: installing Debian's chromium"
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
    echo "install_browser: installed $(command -v chromium)"
else
    echo "install_browser: apt-get could not install chromium: the browser tests will be skipped"
fi
exit 0
